package vn.rubric.workbench.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * One test case of a pack as it ran: its file, its name, and each expectation it missed
 * (what, expected, actual); {@code base} for a case of the regulation an amending pack amends.
 */
public record TestResult(Path file, String name, boolean base, List<Miss> misses) {

    public record Miss(String what, String expected, String actual) {}

    public TestResult {
        misses = List.copyOf(misses);
    }

    public boolean passed() {
        return misses.isEmpty();
    }
}
