package vn.rubric.dsl.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.diag.Word;

/**
 * Reading a user's file within its {@link InputLimit}: the size is checked before reading
 * (a file that is not a regular one is read only up to the limit), and text that is not
 * UTF-8 is reported at its line, column and byte offset. Every failure is a diagnostic.
 */
public final class InputText {

    private InputText() {}

    /** The file's text as UTF-8 (a leading byte-order mark dropped), or null with the reason added. */
    public static String read(Path file, InputLimit limit, Diagnostics diagnostics) {
        return read(file, limit, "E-FILE-ENCODING", diagnostics);
    }

    /** As {@link #read(Path, InputLimit, Diagnostics)}, reporting text that is not UTF-8 with {@code encodingCode}. */
    public static String read(Path file, InputLimit limit, String encodingCode, Diagnostics diagnostics) {
        byte[] bytes = bytes(file, limit, diagnostics);
        return bytes == null ? null : decode(file, bytes, encodingCode, diagnostics);
    }

    /** The file's bytes, at most the limit; null with the reason added. */
    public static byte[] bytes(Path file, InputLimit limit, Diagnostics diagnostics) {
        try (InputStream in = open(file, limit, diagnostics)) {
            if (in == null) return null;
            return in.readAllBytes();
        } catch (TooLarge e) {
            diagnostics.add(e.diagnostic());
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
    }

    /**
     * The file opened for reading, or null with the reason added (missing, larger than the
     * limit). The stream throws {@link TooLarge} when more than the limit comes out of it (a
     * device, a pipe, a file that grew); its {@link TooLarge#diagnostic()} says so.
     */
    public static InputStream open(Path file, InputLimit limit, Diagnostics diagnostics) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isRegularFile() && a.size() > limit.bytes()) {
                diagnostics.add(tooLarge(file, limit, a.size()));
                return null;
            }
            return new Bounded(Files.newInputStream(file), file, limit);
        } catch (NoSuchFileException e) {
            diagnostics.add(Diagnostic.error("E-FILE-MISSING", SourcePos.of(file), file));
            return null;
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error("E-FILE-UNREADABLE", SourcePos.of(file), file, e.getMessage()));
            return null;
        }
    }

    /** The error for {@code size} bytes (0: unknown, the file is not a regular one) beyond {@code limit}. */
    public static Diagnostic tooLarge(Path file, InputLimit limit, long size) {
        Word kind = Word.of("input." + limit.kind());
        if (size <= 0) {
            return Diagnostic.error("E-INPUT-TOO-LARGE-STREAM", SourcePos.of(file), file, kind, limit.megabytes(), limit.setting());
        }
        String mb = String.format(java.util.Locale.ROOT, "%.1f", size / (1024.0 * 1024));
        return Diagnostic.error("E-INPUT-TOO-LARGE", SourcePos.of(file), file, mb, kind, limit.megabytes(), limit.setting());
    }

    /**
     * {@code bytes} as UTF-8 text, or null with {@code code} reported at the first byte that
     * is not UTF-8: its line and column, and its offset from the start of the file, so that
     * a hex editor finds it too.
     */
    public static String decode(Path file, byte[] bytes, String code, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) r = decoder.flush(out);
        if (r.isError()) {
            int offset = in.position();
            int line = 1, lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // the column counts characters, as an editor does: the line's bytes before the bad one, decoded
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            String hex = String.format("0x%02X", bytes[offset] & 0xFF);
            diagnostics.add(Diagnostic.error(code, new SourcePos(file, line, column), hex, offset));
            return null;
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Thrown by an opened file's stream when more than the limit comes out of it. */
    public static final class TooLarge extends IOException {
        private final transient Diagnostic diagnostic;

        TooLarge(Diagnostic diagnostic) {
            super(diagnostic.code());
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    /** A stream that gives at most {@code limit} bytes and throws {@link TooLarge} on the next. */
    private static final class Bounded extends FilterInputStream {
        private final Path file;
        private final InputLimit limit;
        private final long max;
        private long read;

        Bounded(InputStream in, Path file, InputLimit limit) {
            super(in);
            this.file = file;
            this.limit = limit;
            this.max = limit.bytes();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            // one byte more than allowed is asked for, to know that there is more
            int n = super.read(buf, off, (int) Math.min(len, max - read + 1));
            if (n > 0) count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(Math.min(n, max - read + 1));
            if (s > 0) count(s);
            return s;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > max) throw new TooLarge(tooLarge(file, limit, sizeOf(file)));
        }

        private static long sizeOf(Path file) {
            try {
                return Files.isRegularFile(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
