package vn.rubric.workbench.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.rubric.dsl.expr.ExpressionFunction;

/**
 * The plugins found (active or not) and the contributions of the active ones, by extension
 * point, in plugin order (dependencies first, built-in first). Built once at start-up and
 * read-only afterwards.
 */
public final class Registry {

    /**
     * A contribution, the plugin it came from and its name at the point (its format, command
     * name...), asked of the plugin once when it contributed (shown by {@code rubric plugins}).
     */
    public record Contribution<T>(String pluginId, String name, T value) {}

    private final List<PluginInfo> plugins;
    private final Map<ExtensionPoint<?>, List<Contribution<?>>> byPoint;
    private final List<Path> folders;

    /** {@code folders}: where plugin jars were looked for (shown by {@code rubric plugins}). */
    public Registry(List<PluginInfo> plugins, Map<ExtensionPoint<?>, List<Contribution<?>>> contributions, List<Path> folders) {
        this.plugins = List.copyOf(plugins);
        this.folders = List.copyOf(folders);
        Map<ExtensionPoint<?>, List<Contribution<?>>> copy = new LinkedHashMap<>();
        contributions.forEach((point, list) -> copy.put(point, List.copyOf(list)));
        this.byPoint = copy;
    }

    public List<Path> folders() {
        return folders;
    }

    /** Every plugin found, in load order, the disabled ones too. */
    public List<PluginInfo> plugins() {
        return plugins;
    }

    public Optional<PluginInfo> plugin(String id) {
        return plugins.stream().filter(p -> p.id() != null && p.id().equals(id)).findFirst();
    }

    /** The functions plugins add to the rubric language, by name: what loading a rubric needs. */
    public Map<String, ExpressionFunction> functions() {
        Map<String, ExpressionFunction> out = new LinkedHashMap<>();
        for (ExpressionFunction f : contributions(ExtensionPoints.FUNCTIONS)) out.put(f.name(), f);
        return out;
    }

    public <T> List<T> contributions(ExtensionPoint<T> point) {
        return entries(point).stream().map(Contribution::value).toList();
    }

    @SuppressWarnings("unchecked")
    public <T> List<Contribution<T>> entries(ExtensionPoint<T> point) {
        List<Contribution<T>> out = new ArrayList<>();
        for (Contribution<?> c : byPoint.getOrDefault(point, List.of())) out.add((Contribution<T>) c);
        return out;
    }
}
