package vn.rubric.workbench.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The contributions of a set of plugins, by extension point, in plugin order. Built once
 * at start-up and read-only afterwards.
 */
public final class Registry {

    /** A contribution and the plugin it came from (shown by {@code rubric plugins}). */
    public record Contribution<T>(String pluginId, T value) {}

    private final List<Plugin> plugins;
    private final Map<ExtensionPoint<?>, List<Contribution<?>>> byPoint = new LinkedHashMap<>();

    public Registry(List<Plugin> plugins) {
        this.plugins = List.copyOf(plugins);
        for (Plugin p : this.plugins) {
            p.contribute(new Contributions() {
                @Override
                public <T> void add(ExtensionPoint<T> point, T contribution) {
                    if (!point.type().isInstance(contribution)) {
                        throw new IllegalArgumentException(p.id() + " contributes a " + contribution.getClass().getName()
                                + " to " + point.id() + ", which takes " + point.type().getName());
                    }
                    byPoint.computeIfAbsent(point, k -> new ArrayList<>()).add(new Contribution<>(p.id(), contribution));
                }
            });
        }
    }

    /** The plugins on the class path, found with ServiceLoader. */
    public static Registry discover() {
        List<Plugin> found = new ArrayList<>();
        ServiceLoader.load(Plugin.class).forEach(found::add);
        return new Registry(found);
    }

    public List<Plugin> plugins() {
        return plugins;
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
