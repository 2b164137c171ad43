package vn.rubric.workbench.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.source.SourcePos;

/**
 * Columns in characters, as a client's editor counts them. The parsers read the body as
 * bytes (to locate invalid UTF-8 by its offset) and so count a column in bytes: "có" is two
 * characters and three bytes. The findings' columns are turned into characters in one pass
 * over the body, which stops at the last place asked for.
 */
final class BodyColumns {

    private BodyColumns() {}

    /** The findings with each column counted in characters (code points) instead of bytes. */
    static List<BodyCheck.Finding> inCharacters(Path body, List<BodyCheck.Finding> findings) throws IOException {
        TreeSet<Long> wanted = new TreeSet<>();
        for (BodyCheck.Finding f : findings) {
            SourcePos p = f.diagnostic().pos();
            if (p.line() > 0 && p.column() > 1) wanted.add(BodyCheck.pack(p.line(), p.column()));
        }
        if (wanted.isEmpty()) return findings;
        Map<Long, Integer> columns = characterColumns(body, wanted);
        List<BodyCheck.Finding> out = new ArrayList<>(findings.size());
        for (BodyCheck.Finding f : findings) {
            Diagnostic d = f.diagnostic();
            Integer column = columns.get(BodyCheck.pack(d.pos().line(), d.pos().column()));
            out.add(column == null ? f : new BodyCheck.Finding(d.at(new SourcePos(d.pos().file(), d.pos().line(), column), d.args()), f.pointer()));
        }
        return out;
    }

    /** For each wanted (line, byte column), packed, its column in characters; lines end at LF, CR or CR LF, as Jackson counts them. */
    private static Map<Long, Integer> characterColumns(Path body, TreeSet<Long> wanted) throws IOException {
        Map<Long, Integer> found = new HashMap<>();
        var next = wanted.iterator();
        long want = next.next();
        int line = 1, byteColumn = 1, charColumn = 1;
        boolean afterCr = false;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(body)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    long here = BodyCheck.pack(line, byteColumn);
                    while (want <= here) {
                        if (want == here) found.put(want, charColumn);
                        if (!next.hasNext()) return found;
                        want = next.next();
                    }
                    int b = buffer[i] & 0xFF;
                    if (b == '\n' && afterCr) {
                        afterCr = false;
                        continue;
                    }
                    afterCr = b == '\r';
                    if (b == '\n' || b == '\r') {
                        line++;
                        byteColumn = 1;
                        charColumn = 1;
                        continue;
                    }
                    byteColumn++;
                    // a UTF-8 continuation byte (10xxxxxx) is part of the character before it
                    if ((b & 0xC0) != 0x80) charColumn++;
                }
            }
        }
        return found;
    }
}
