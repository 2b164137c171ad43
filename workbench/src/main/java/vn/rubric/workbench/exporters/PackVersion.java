package vn.rubric.workbench.exporters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The version an exported pack carries: {@code X.Y.Z} for an issued regulation,
 * {@code X.Y.Z-draft.N} for a draft sent out for comment (docs/rule-pack.md). Whether a
 * pack is a draft is read from its version, so pack.json and the KJAR's pom say the same.
 */
public final class PackVersion {

    private static final Pattern RELEASE = Pattern.compile("\\d+(\\.\\d+){0,2}");
    private static final Pattern DRAFT = Pattern.compile("(\\d+(?:\\.\\d+){0,2})-draft\\.(\\d+)");
    private static final Pattern ANY_DRAFT = Pattern.compile("(?i)(^|[-.])draft([-.]|$)");

    private PackVersion() {}

    /** Whether {@code version} names a draft (a {@code draft} qualifier anywhere: 1.2.0-draft.1, 1.2.0-draft). */
    public static boolean isDraft(String version) {
        return ANY_DRAFT.matcher(version).find();
    }

    /** Whether {@code --draft} can take {@code version}: X.Y.Z (the draft number is added) or X.Y.Z-draft.N. */
    public static boolean canBeDraft(String version) {
        return RELEASE.matcher(version).matches() || DRAFT.matcher(version).matches();
    }

    /** {@code "draft"} or {@code "issued"}: what pack.json says of a pack exported as {@code version}. */
    public static String status(String version) {
        return isDraft(version) ? "draft" : "issued";
    }

    /**
     * The draft version to export for {@code version}: itself when it already is
     * {@code X.Y.Z-draft.N}; for {@code X.Y.Z}, {@code X.Y.Z-draft.N} with N one more than the
     * highest draft of that version already exported into {@code dir} (1 when none is).
     * Null when {@code version} is neither.
     */
    public static String draft(String id, String version, Path dir) throws IOException {
        if (DRAFT.matcher(version).matches()) return version;
        if (!RELEASE.matcher(version).matches()) return null;
        Pattern exported = Pattern.compile(Pattern.quote(id + "-" + version + "-draft.") + "(\\d+)" + Pattern.quote(KjarExporter.PACK_JSON_SUFFIX));
        int highest = 0;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Matcher m = exported.matcher(f.getFileName().toString());
                    if (m.matches() && m.group(1).length() < 9) highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        }
        return version + "-draft." + (highest + 1);
    }
}
