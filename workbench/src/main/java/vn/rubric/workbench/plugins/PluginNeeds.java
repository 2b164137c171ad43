package vn.rubric.workbench.plugins;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.expr.Expr;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.dsl.model.PluginNeed;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.Registry;

/**
 * The plugins a rubric declares ({@code plugins:}, id and version range) against the ones
 * installed and the functions it calls: a range that does not parse is an error; a declared
 * plugin that is missing, disabled or of another version, and a function called from a
 * plugin the rubric does not declare, are warnings that say what to do. Built-in plugins are
 * always there, so they need no declaring.
 */
public final class PluginNeeds {

    private PluginNeeds() {}

    public static Diagnostics check(Rubric rubric, Registry registry) {
        Diagnostics d = new Diagnostics();
        VersionManager versions = new DefaultVersionManager();
        Map<String, PluginNeed> declared = new LinkedHashMap<>();
        for (PluginNeed need : rubric.plugins()) {
            declared.put(need.id(), need);
            if (!isRange(versions, need.versions())) {
                d.add(Diagnostic.error("E-PLUGIN-RANGE", need.versionPos(), need.id(), need.versions()));
                continue;
            }
            Optional<PluginInfo> installed = installed(registry, need.id());
            if (installed.isEmpty()) d.add(Diagnostic.warning("W-PLUGIN-MISSING", need.pos(), need.id(), need.versions()));
            else if (!accepts(versions, need.versions(), installed.get().version())) {
                d.add(Diagnostic.warning("W-PLUGIN-VERSION", need.versionPos(), need.id(), need.versions(), installed.get().version()));
            }
        }
        Map<String, String> pluginOf = new HashMap<>();
        for (Registry.Contribution<ExpressionFunction> c : registry.entries(ExtensionPoints.FUNCTIONS)) pluginOf.put(c.value().name(), c.pluginId());
        Set<String> told = new HashSet<>();
        for (Expr.PluginCall call : rubric.pluginCalls()) {
            String plugin = pluginOf.get(call.name());
            if (plugin == null || declared.containsKey(plugin) || builtIn(registry, plugin) || !told.add(call.name())) continue;
            String version = registry.plugin(plugin).map(PluginInfo::version).orElse("1.0.0");
            d.add(Diagnostic.warning("W-PLUGIN-UNDECLARED", call.pos(), call.name(), plugin, version));
        }
        return d;
    }

    /** The active plugin of that id, if one is installed. */
    public static Optional<PluginInfo> installed(Registry registry, String id) {
        return registry.plugin(id).filter(PluginInfo::active);
    }

    /** Whether {@code version} is one of {@code range} ({@code *} or blank: any). */
    public static boolean accepts(String range, String version) {
        return accepts(new DefaultVersionManager(), range, version);
    }

    private static boolean accepts(VersionManager versions, String range, String version) {
        if (range.isBlank() || range.strip().equals("*")) return true;
        try {
            return versions.checkVersionConstraint(version, range);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean isRange(VersionManager versions, String range) {
        if (range.isBlank() || range.strip().equals("*")) return true;
        try {
            versions.checkVersionConstraint("0.0.0", range);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean builtIn(Registry registry, String id) {
        return registry.plugin(id).map(p -> PluginLoader.BUILT_IN.equals(p.source())).orElse(false);
    }
}
