package vn.rubric.workbench.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.workbench.commands.AtomicFiles;
import vn.rubric.workbench.workspace.Outcome;

/**
 * A new pack from a province's scoring table: the table read ({@link SheetReader}), its
 * rubric.yaml written ({@link PackFromSheet}) into a folder of its own beside the target, renamed
 * into place only when whole. A folder that already holds files is never written into.
 */
public final class SheetImport {

    /** The pack written, and what the sheet held. */
    public record Imported(Path folder, int criteria, int items, int tiers, int undecided, int ratingClasses) {}

    private SheetImport() {}

    public static Outcome<Imported> into(Path sheet, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
                return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-IMPORT-FOLDER-EXISTS", SourcePos.of(folder), folder));
            }
        } catch (IOException e) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-OUTPUT-UNWRITABLE", SourcePos.of(folder), folder, e.getMessage()));
        }
        Outcome<ScoringTable> read = SheetReader.read(sheet);
        if (!read.hasValue()) return read.carry();
        ScoringTable table = read.value();
        String yaml = PackFromSheet.yaml(table, PackFromSheet.id(target.getFileName().toString()), sheet.getFileName().toString());
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
            Files.writeString(tmp.resolve(RulePack.RUBRIC_FILE), yaml, StandardCharsets.UTF_8);
            // an empty folder the user made stands aside for the pack
            if (Files.isDirectory(target)) Files.delete(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            return Outcome.failed(Outcome.Failure.INPUT, Diagnostic.error("E-OUTPUT-UNWRITABLE", SourcePos.of(folder), folder, e.getMessage()));
        } finally {
            if (tmp != null) deleteQuietly(tmp);
        }
        return Outcome.ok(new Imported(folder, table.criteria().size(), table.items(), table.tiers(), table.undecided(), table.rating().size()), read.diagnostics());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            AtomicFiles.deleteTree(dir);
        } catch (IOException e) {
            // nothing more to do: the temporary folder is hidden and named as such
        }
    }
}
