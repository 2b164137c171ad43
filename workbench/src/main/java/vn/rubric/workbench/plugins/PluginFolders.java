package vn.rubric.workbench.plugins;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where plugin jars are looked for: the folders given with {@code --plugins DIR} (repeatable),
 * or else {@code ./plugins} and {@code ~/.rubric/plugins}. A folder that does not exist holds
 * no plugins.
 */
public record PluginFolders(List<Path> folders) {

    public static final String OPTION = "--plugins";

    public PluginFolders {
        folders = List.copyOf(folders);
    }

    /** Read from the command line before parsing (the plugins decide which commands there are). */
    public static PluginFolders of(String[] args, Path workingDir, Path home) {
        List<Path> given = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(OPTION) && i + 1 < args.length) given.add(workingDir.resolve(args[++i]));
            else if (args[i].startsWith(OPTION + "=")) given.add(workingDir.resolve(args[i].substring(OPTION.length() + 1)));
        }
        if (!given.isEmpty()) return new PluginFolders(given);
        return new PluginFolders(List.of(workingDir.resolve("plugins"), home.resolve(".rubric").resolve("plugins")));
    }

    public static PluginFolders none() {
        return new PluginFolders(List.of());
    }
}
