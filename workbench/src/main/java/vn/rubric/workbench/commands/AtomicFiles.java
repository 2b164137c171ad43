package vn.rubric.workbench.commands;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.source.SourcePos;

/**
 * Writes a file whole or not at all: to a temporary file beside it, then an atomic rename.
 *
 * <p>Every way the place cannot take the file (a folder in the way, a file where a folder
 * should be, a link, FIFO or device, an empty or over-long name, no permission, a full disk)
 * is an {@link Unwritable} naming the path the user gave, never the temporary file. A link,
 * FIFO or device is never replaced: renaming over it would replace the link itself, and
 * writing to a FIFO or device is not a file the user gets back.
 *
 * <p>The temporary file is {@code .NAME.PID.rubric-tmp} beside the target: recognisable in a
 * listing, and the next write of the same name removes leftovers of processes that are gone
 * (one killed with SIGKILL). It is deleted on every exit the JVM sees ({@link java.io.File#deleteOnExit}:
 * the JVM's own shutdown hook, so a Ctrl+C or SIGTERM during a long write leaves nothing).
 */
public final class AtomicFiles {

    /** How a temporary file's name ends. */
    public static final String TEMP_SUFFIX = ".rubric-tmp";

    /** The longest file name most filesystems take (ext4, XFS, APFS, NTFS in UTF-16 units). */
    static final int MAX_NAME_BYTES = 255;

    /** The place cannot take the file; {@link #diagnostic()} says why, naming the user's path. */
    public static final class Unwritable extends IOException {
        private final transient Diagnostic diagnostic;

        Unwritable(Diagnostic diagnostic, Throwable cause) {
            super(diagnostic.code() + " " + diagnostic.pos(), cause);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }

        /** The Unwritable in {@code t}'s causes, or null. */
        public static Unwritable in(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) if (c instanceof Unwritable u) return u;
            return null;
        }
    }

    private AtomicFiles() {}

    public static void write(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        writeAll(Map.of(target, bytes));
    }

    /** What goes into a file, written as it is made (a report of many units is never held whole). */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        writeEach(Map.of(target, content));
    }

    /** Removes a folder and everything in it (a stage or temporary folder of the workbench's own). */
    public static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /**
     * Writes several files that belong together (an exported pack): every target is checked
     * and every file written to its temporary file first, and only then are they renamed, so
     * a failure on any of them replaces none.
     */
    public static void writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Content> contents = new LinkedHashMap<>();
        files.forEach((target, bytes) -> contents.put(target, out -> out.write(bytes)));
        writeEach(contents);
    }

    private static void writeEach(Map<Path, Content> files) throws IOException {
        for (Path target : files.keySet()) check(target);
        Map<Path, Path> temporary = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, Content> f : files.entrySet()) {
                Path target = f.getKey();
                Path tmp = temporaryFor(target);
                temporary.put(target, tmp);
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                    f.getValue().writeTo(out);
                } catch (IOException e) {
                    throw unwritable(target, e);
                }
                keepPermissions(tmp, target);
            }
            for (Map.Entry<Path, Path> t : temporary.entrySet()) {
                try {
                    Files.move(t.getValue(), t.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw unwritable(t.getKey(), e);
                }
            }
        } finally {
            for (Path tmp : temporary.values()) Files.deleteIfExists(tmp);
        }
    }

    /** Refuses a target that cannot or must not be replaced by a file, before anything is written. */
    static void check(Path target) throws Unwritable {
        if (target.toString().isEmpty() || target.getFileName() == null || target.getFileName().toString().isEmpty()) {
            throw new Unwritable(Diagnostic.error("E-OUTPUT-NAME-EMPTY", SourcePos.of(target)), null);
        }
        String name = target.getFileName().toString();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
            throw new Unwritable(Diagnostic.error("E-OUTPUT-NAME-LONG", SourcePos.of(target), target.getParent() == null ? shown : target.getParent().resolve(shown), shown, bytes, MAX_NAME_BYTES), null);
        }
        if (Files.isDirectory(target)) throw new Unwritable(Diagnostic.error("E-OUTPUT-FOLDER", SourcePos.of(target), target), null);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new Unwritable(Diagnostic.error("E-OUTPUT-SPECIAL", SourcePos.of(target), target), null);
        }
        // the nearest folder that exists must be a folder: a path "under" a file cannot be made
        Path dir = target.toAbsolutePath().getParent();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) throw new Unwritable(Diagnostic.error("E-OUTPUT-UNDER-FILE", SourcePos.of(target), target, p), null);
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw unwritable(target, e);
        }
    }

    /** {@code .NAME.PID.rubric-tmp} beside the target, after removing leftovers of dead runs. */
    private static Path temporaryFor(Path target) throws Unwritable {
        Path dir = target.toAbsolutePath().getParent();
        String name = target.getFileName().toString();
        long pid = ProcessHandle.current().pid();
        String stem = "." + name + ".";
        // within the name limit, whatever the target's length: the stem is cut, the pid and suffix kept
        int room = MAX_NAME_BYTES - (pid + TEMP_SUFFIX).length();
        while (stem.getBytes(StandardCharsets.UTF_8).length > room) stem = stem.substring(0, stem.length() - 2) + ".";
        removeLeftovers(dir, stem);
        for (int k = 0; ; k++) {
            // a second write of the same name in this process (writeAll of one path twice cannot happen, a studio may)
            Path tmp = dir.resolve(stem + pid + (k == 0 ? "" : "-" + k) + TEMP_SUFFIX);
            if (!Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
                tmp.toFile().deleteOnExit();
                return tmp;
            }
        }
    }

    /** Deletes {@code STEM<pid>[-k].rubric-tmp} files whose process is no longer running. */
    private static void removeLeftovers(Path dir, String stem) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob(stem) + "*" + TEMP_SUFFIX)) {
            for (Path p : s) {
                String middle = p.getFileName().toString();
                middle = middle.substring(stem.length(), middle.length() - TEMP_SUFFIX.length());
                int dash = middle.indexOf('-');
                String pid = dash < 0 ? middle : middle.substring(0, dash);
                if (isRunning(pid)) continue;
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // cleaning is a courtesy: a folder that cannot be listed is reported by the write itself
        }
    }

    /**
     * Whether the process a leftover's name carries ({@code pid}) is still running; a name part
     * that is not a process number counts as running, so its file is left alone.
     */
    public static boolean isRunning(String pid) {
        if (!pid.matches("\\d{1,18}")) return true;
        return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String glob(String literal) {
        return literal.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    /** What an I/O failure means to the user, with the path they gave. */
    static Unwritable unwritable(Path target, IOException e) {
        if (e instanceof Unwritable u) return u;
        Path dir = target.toAbsolutePath().getParent();
        Path shownDir = target.getParent() != null ? target.getParent() : Path.of(".");
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || reason.contains("Read-only file system") || reason.contains("Permission denied")) {
            return new Unwritable(Diagnostic.error("E-OUTPUT-DENIED", SourcePos.of(target), target, shownDir), e);
        }
        if (reason.contains("No space left") || reason.contains("Disk quota exceeded")) {
            return new Unwritable(Diagnostic.error("E-OUTPUT-FULL", SourcePos.of(target), target, shownDir), e);
        }
        if (e instanceof java.nio.file.NotDirectoryException || reason.contains("Not a directory")) {
            return new Unwritable(Diagnostic.error("E-OUTPUT-UNDER-FILE", SourcePos.of(target), target, dir), e);
        }
        if (reason.contains("File name too long")) {
            String name = target.getFileName().toString();
            return new Unwritable(Diagnostic.error("E-OUTPUT-NAME-LONG", SourcePos.of(target), target, name, name.getBytes(StandardCharsets.UTF_8).length, MAX_NAME_BYTES), e);
        }
        // the OS's own words, never the temporary file's path (a FileSystemException's reason has no path)
        return new Unwritable(Diagnostic.error("E-OUTPUT-UNWRITABLE", SourcePos.of(target), target, reason.replace(String.valueOf(dir), shownDir.toString())), e);
    }

    /** A temporary file is private (rw-------); give the result the target's permissions, or rw-r--r--. */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) return;
        Set<PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }
}
