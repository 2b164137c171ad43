package vn.rubric.workbench.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import vn.rubric.workbench.commands.AtomicFiles;

/**
 * The files of the studio's folder, and only those: a path the page names is relative to the
 * folder; {@code ..}, an absolute path and a link that leads out of the folder are refused.
 * A save is atomic, refuses a file that changed on disk since it was opened (its stamp: a hash
 * of its bytes), and keeps the previous version under {@value #HISTORY} for undo.
 */
final class FolderFiles {

    /** Where the previous versions of saved files are kept, inside the folder. */
    static final String HISTORY = ".rubric-studio/history";

    /** A file's text and the stamp a save must hand back. */
    record Opened(String path, String text, String stamp) {}

    /** Thrown for a path outside the folder: the page's fault, never a file to touch. */
    static final class OutsideFolder extends Exception {
        OutsideFolder(String path) {
            super(path);
        }
    }

    /** Thrown when the file's stamp is not the one the page opened: someone else wrote it. */
    static final class ChangedOnDisk extends Exception {
        ChangedOnDisk(String path) {
            super(path);
        }
    }

    private final Path folder;
    private final Path realFolder;

    FolderFiles(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.realFolder = this.folder.toRealPath();
    }

    Path folder() {
        return folder;
    }

    /** The file {@code relative} names, inside the folder (links followed and checked too). */
    Path resolve(String relative) throws OutsideFolder {
        if (relative == null || relative.isBlank() || relative.contains("\0")) throw new OutsideFolder(String.valueOf(relative));
        Path given;
        try {
            given = Path.of(relative.replace('\\', '/'));
        } catch (InvalidPathException e) {
            throw new OutsideFolder(relative);
        }
        if (given.isAbsolute() || relative.startsWith("/")) throw new OutsideFolder(relative);
        for (Path part : given) if (part.toString().equals("..")) throw new OutsideFolder(relative);
        Path file = folder.resolve(given).normalize();
        if (!file.startsWith(folder)) throw new OutsideFolder(relative);
        // a link inside the folder may point out of it: check where the nearest existing part really is
        Path existing = file;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        try {
            if (existing == null || !existing.toRealPath().startsWith(realFolder)) throw new OutsideFolder(relative);
        } catch (IOException e) {
            throw new OutsideFolder(relative);
        }
        if (file.startsWith(folder.resolve(HISTORY))) throw new OutsideFolder(relative);
        return file;
    }

    /** The path the page uses for a file of the folder: relative, with '/'. */
    String relative(Path file) {
        String r = folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return r.isEmpty() ? "." : r;
    }

    Opened open(String relative) throws OutsideFolder, IOException {
        byte[] bytes = Files.readAllBytes(resolve(relative));
        return new Opened(relative, new String(bytes, StandardCharsets.UTF_8), stamp(bytes));
    }

    /** Writes {@code text} if the file is still as opened ({@code stamp}); gives the new stamp. */
    String save(String relative, String text, String stamp) throws OutsideFolder, ChangedOnDisk, IOException {
        Path file = resolve(relative);
        byte[] before = Files.readAllBytes(file);
        if (stamp == null || !stamp.equals(stamp(before))) throw new ChangedOnDisk(relative);
        byte[] after = text.getBytes(StandardCharsets.UTF_8);
        Path kept = history(relative).resolve(String.format("%019d", System.nanoTime() & Long.MAX_VALUE));
        AtomicFiles.write(kept, before);
        AtomicFiles.write(file, after);
        return stamp(after);
    }

    /**
     * Puts back the version kept by the last save (if the file is still as opened), and forgets
     * it, so that each call goes one save further back. Gives the file as it is then, or null
     * when no version is kept.
     */
    Opened previous(String relative, String stamp) throws OutsideFolder, ChangedOnDisk, IOException {
        Path file = resolve(relative);
        if (stamp == null || !stamp.equals(stamp(Files.readAllBytes(file)))) throw new ChangedOnDisk(relative);
        Path dir = history(relative);
        if (!Files.isDirectory(dir)) return null;
        List<Path> kept;
        try (Stream<Path> s = Files.list(dir)) {
            kept = s.filter(Files::isRegularFile).sorted().toList();
        }
        if (kept.isEmpty()) return null;
        Path last = kept.get(kept.size() - 1);
        byte[] bytes = Files.readAllBytes(last);
        AtomicFiles.write(file, bytes);
        Files.delete(last);
        return new Opened(relative, new String(bytes, StandardCharsets.UTF_8), stamp(bytes));
    }

    private Path history(String relative) {
        return folder.resolve(HISTORY).resolve(relative);
    }

    static String stamp(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
