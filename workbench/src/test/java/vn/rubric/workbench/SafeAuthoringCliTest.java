package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rubric with errors is refused by every command that runs it, with the finding in
 * stderr, and its warnings are shown there too: a pick-one whose tiers overlap, a tier no
 * unit can get, an unused field.
 */
class SafeAuthoringCliTest {

    /** The test pack with "đã xử lý" written so that it also fits units without a hot spot. */
    private static Path overlapping(Path dir) throws IOException {
        return pack(dir.resolve("overlap"), "when: hot_spot == handled", "when: hot_spot != unhandled");
    }

    private static Path pack(Path dir, String from, String to) throws IOException {
        Files.createDirectories(dir.resolve("data"));
        String rubric = Files.readString(CliTest.pack().resolve("rubric.yaml"), StandardCharsets.UTF_8);
        if (!rubric.contains(from)) throw new IllegalStateException(from);
        Files.writeString(dir.resolve("rubric.yaml"), rubric.replace(from, to), StandardCharsets.UTF_8);
        Files.copy(CliTest.pack().resolve("data/units.csv"), dir.resolve("data/units.csv"));
        return dir;
    }

    @Test
    void overlappingTiersAreRefusedByEveryCommandWithTheWitness(@TempDir Path dir) throws IOException {
        Path bad = overlapping(dir);
        String witness = "error E-TIER-OVERLAP: in item 1.1, tiers \"không có\" and \"đã xử lý\" both hold for a unit with hot_spot = none";
        List<String[]> commands = List.of(
                new String[] {"validate", bad.toString()},
                new String[] {"test", bad.toString()},
                new String[] {"simulate", bad.toString()},
                new String[] {"diff", CliTest.pack().toString(), bad.toString(), "--data", CliTest.pack().resolve("data/units.csv").toString()},
                new String[] {"sweep", bad.toString(), "--param", "top=8..9"},
                new String[] {"export", bad.toString(), "--version", "1.0.0", "-o", dir.resolve("out").toString()});
        for (String[] command : commands) {
            String[] args = new String[command.length + 2];
            args[0] = "--lang";
            args[1] = "en";
            System.arraycopy(command, 0, args, 2, command.length);
            Cli r = Cli.run(args);
            assertEquals(1, r.exit(), command[0] + ": " + r);
            assertTrue(r.err().contains(witness), command[0] + ": " + r.err());
        }
        assertTrue(Files.notExists(dir.resolve("out")) || Files.list(dir.resolve("out")).findAny().isEmpty(), "nothing exported");
    }

    @Test
    void validateSaysWhatTheOverlapCostsOnThePackData(@TempDir Path dir) throws IOException {
        Cli r = Cli.run("--lang", "en", "validate", overlapping(dir).toString());
        // u1 has no hot spot: it fits "đã xử lý" (3 points) but gets "không có" (6)
        assertTrue(r.err().contains("in the pack data, 1 unit fits \"đã xử lý\" but gets the 6 points of \"không có\", not 3"), r.err());
        assertTrue(r.err().contains("fix: write tier \"đã xử lý\" as \"when: hot_spot != unhandled and not (hot_spot == none)\""), r.err());
        Cli vi = Cli.run("validate", overlapping(dir.resolve("vi")).toString());
        assertTrue(vi.err().contains("trên dữ liệu của gói, 1 đơn vị thuộc mức \"đã xử lý\" nhận 6 điểm của mức \"không có\" thay vì 3 điểm"), vi.err());
    }

    @Test
    void aDeadTierIsRefused(@TempDir Path dir) throws IOException {
        Path dead = pack(dir, "when: hot_spot == handled", "when: hot_spot == none");
        for (String command : List.of("validate", "test", "simulate", "export")) {
            Cli r = command.equals("export") ? Cli.run("--lang", "en", command, dead.toString(), "--version", "1.0.0", "-o", dir.resolve("out").toString())
                    : Cli.run("--lang", "en", command, dead.toString());
            assertEquals(1, r.exit(), command + ": " + r);
            assertTrue(r.err().contains("error E-TIER-DEAD: tier \"đã xử lý\" of item 1.1 is never given: every unit that fits it gets an earlier tier first (\"không có\")"), r.err());
        }
    }

    @Test
    void commandsThatRunARubricShowItsWarnings(@TempDir Path dir) throws IOException {
        Path warned = pack(dir, "evidence:\n", "evidence:\n  spare: { label: Dự phòng, type: count, default: 0 }\n");
        String warning = "warning W-UNUSED-FIELD: evidence field spare is not read by any item or rating rule";
        for (String[] command : List.of(new String[] {"test", warned.toString()}, new String[] {"simulate", warned.toString()},
                new String[] {"diff", CliTest.pack().toString(), warned.toString()}, new String[] {"sweep", warned.toString(), "--param", "top=8..9"},
                new String[] {"export", warned.toString(), "--version", "1.0.0", "-o", dir.resolve("out").toString()})) {
            String[] args = new String[command.length + 2];
            args[0] = "--lang";
            args[1] = "en";
            System.arraycopy(command, 0, args, 2, command.length);
            Cli r = Cli.run(args);
            assertTrue(r.err().contains(warning), command[0] + ": " + r);
        }
    }
}
