package vn.rubric.workbench.plugins;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDependency;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;
import vn.rubric.workbench.platform.Contributions;
import vn.rubric.workbench.platform.ExtensionPoint;
import vn.rubric.workbench.platform.ExtensionPoints;
import vn.rubric.workbench.platform.Plugin;
import vn.rubric.workbench.platform.PluginInfo;
import vn.rubric.workbench.platform.PluginInfo.Problem;
import vn.rubric.workbench.platform.PluginInfo.Requirement;
import vn.rubric.workbench.platform.Registry;

/**
 * Finds the plugins, checks them, loads them in dependency order and collects what they
 * contribute. The built-in plugins come from the application class path (each jar that
 * holds {@value Descriptor#BUILT_IN}); the others are the jars of the plugin folders,
 * each with {@code plugin.properties} at its root.
 *
 * <p>A plugin that is wrong in any way — its descriptor, its platform range, a plugin it
 * needs, its class, or an exception while it contributes — is disabled with the reason, and
 * so is every plugin that needs it; the others are loaded as if it were not there. PF4J reads
 * the descriptors, checks version ranges and makes the class loaders; the checks run here,
 * before PF4J loads anything, so that each broken plugin gets its own reason.
 */
public final class PluginLoader {

    public static final String BUILT_IN = "built-in";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    private final String platformVersion;
    // PF4J's reader and semver checks are for plugin jars: made when a folder holds one, so a
    // run without plugins (the usual case) does not load them or the logging they start
    private VersionManager versions;
    private DescriptorReader reader;

    private final java.time.Duration contributeLimit;

    public PluginLoader(String platformVersion) {
        this(platformVersion, CONTRIBUTE_LIMIT);
    }

    /** With another time a jar plugin may take to contribute (tests give a short one). */
    PluginLoader(String platformVersion, java.time.Duration contributeLimit) {
        this.platformVersion = platformVersion;
        this.contributeLimit = contributeLimit;
    }

    /** The plugins of the workbench: built in, then those of {@code folders}. */
    public static LoadedPlugins load(PluginFolders folders) {
        return new PluginLoader(ExtensionPoints.PLATFORM_VERSION).load(folders, PluginLoader.class.getClassLoader());
    }

    /** A plugin found: its descriptor (null if it would not read), where, and how it stands so far. */
    private static final class Candidate {
        final Descriptor descriptor;
        final Path jar; // null: built in
        final String source;
        Problem problem;

        Candidate(Descriptor descriptor, Path jar, String source, Problem problem) {
            this.descriptor = descriptor;
            this.jar = jar;
            this.source = source;
            this.problem = problem;
        }

        String id() {
            return descriptor == null ? null : descriptor.getPluginId();
        }

        boolean sound() {
            return problem == null;
        }
    }

    public LoadedPlugins load(PluginFolders folders, ClassLoader application) {
        List<Candidate> found = new ArrayList<>(builtIns(application));
        for (Path folder : folders.folders()) found.addAll(jarsIn(folder));
        Map<String, Candidate> byId = new LinkedHashMap<>();
        for (Candidate c : found) {
            if (!c.sound()) continue;
            Candidate first = byId.putIfAbsent(c.id(), c);
            if (first != null) c.problem = Problem.of("plugin.problem.duplicate", c.id(), first.source);
        }
        for (Candidate c : found) {
            if (c.sound() && c.jar != null && !versions().checkVersionConstraint(platformVersion, c.descriptor.getRequires())) {
                c.problem = Problem.of("plugin.problem.platform", c.descriptor.getRequires(), platformVersion);
            }
        }
        checkRequirements(found, byId);
        List<Candidate> ordered = dependencyOrder(found, byId);

        List<Path> jars = ordered.stream().filter(c -> c.jar != null).map(c -> c.jar).toList();
        // no jar to load (the usual case): PF4J is not started at all, which keeps start-up as it was
        JarPluginManagerForWorkbench pf4j = jars.isEmpty() ? null : new JarPluginManagerForWorkbench(folders.folders(), platformVersion);
        if (pf4j != null) pf4j.load(jars);

        Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> contributions = new LinkedHashMap<>();
        for (Candidate c : ordered) {
            Problem dependency = requirementDisabled(c, byId);
            if (dependency != null) {
                c.problem = dependency;
                continue;
            }
            ClassLoader loader = application;
            if (c.jar != null) {
                PluginWrapper w = pf4j.getPlugin(c.id());
                if (w == null || w.getPluginState() != PluginState.RESOLVED) {
                    c.problem = Problem.of("plugin.problem.not-loaded", w == null ? "-" : w.getPluginState().toString());
                    continue;
                }
                loader = w.getPluginClassLoader();
            }
            Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> staged = contribute(c, loader, contributions);
            if (staged == null) continue;
            staged.forEach((point, list) -> contributions.computeIfAbsent(point, k -> new ArrayList<>()).addAll(list));
        }
        List<PluginInfo> infos = new ArrayList<>();
        for (Candidate c : ordered) infos.add(info(c));
        for (Candidate c : found) if (!ordered.contains(c)) infos.add(info(c));
        return new LoadedPlugins(new Registry(infos, contributions, folders.folders()));
    }

    // ---------------------------------------------------------------- finding

    /**
     * The plugins the application itself holds. Their descriptors are the platform's own,
     * checked by its build (PluginLoaderTest), so they are not checked against it here.
     */
    private List<Candidate> builtIns(ClassLoader application) {
        List<Candidate> out = new ArrayList<>();
        try {
            for (URL url : Collections.list(application.getResources(Descriptor.BUILT_IN))) {
                out.add(new Candidate(Descriptor.builtIn(url), null, BUILT_IN, null));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in plugin descriptors: " + e.getMessage(), e);
        }
        return out;
    }

    private List<Candidate> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> jars;
        try (Stream<Path> s = Files.list(folder)) {
            jars = s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of(new Candidate(null, null, folder.toString(), Problem.of("plugin.problem.unreadable", e.getMessage())));
        }
        List<Candidate> out = new ArrayList<>();
        for (Path jar : jars) {
            Descriptor d;
            try {
                d = (Descriptor) reader().find(jar);
            } catch (DescriptorReader.NoDescriptor e) {
                out.add(new Candidate(null, jar, jar.toString(), Problem.of("plugin.problem.no-descriptor")));
                continue;
            } catch (RuntimeException e) {
                out.add(new Candidate(null, jar, jar.toString(), Problem.of("plugin.problem.unreadable", PluginFailure.describe(rootOf(e)))));
                continue;
            }
            out.add(new Candidate(d, jar, jar.toString(), check(d)));
        }
        return out;
    }

    /** What is wrong with a descriptor on its own, or null. */
    private Problem check(Descriptor d) {
        if (blank(d.getPluginId())) return Problem.of("plugin.problem.missing-key", "plugin.id");
        if (!ID.matcher(d.getPluginId()).matches()) return Problem.of("plugin.problem.bad-id", d.getPluginId());
        if (blank(d.getVersion())) return Problem.of("plugin.problem.missing-key", "plugin.version");
        if (!isVersion(d.getVersion())) return Problem.of("plugin.problem.bad-version", d.getVersion());
        if (blank(d.getPluginClass())) return Problem.of("plugin.problem.missing-key", "plugin.class");
        if (!isRange(d.getRequires())) return Problem.of("plugin.problem.bad-requires", d.getRequires());
        for (PluginDependency dep : d.getDependencies()) {
            if (!isRange(dep.getPluginVersionSupport())) return Problem.of("plugin.problem.bad-requires", dep.getPluginId() + "@" + dep.getPluginVersionSupport());
        }
        for (String point : d.contributes()) {
            if (ExtensionPoints.byId(point).isEmpty()) {
                return Problem.of("plugin.problem.unknown-point", point, String.join(", ", ExtensionPoints.ALL.stream().map(ExtensionPoint::id).toList()));
            }
        }
        return null;
    }

    private boolean isVersion(String v) {
        try {
            versions().compareVersions(v, v);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean isRange(String range) {
        if (blank(range) || range.strip().equals("*")) return true;
        try {
            versions().checkVersionConstraint("0.0.0", range);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- requirements and order

    /** Disables, until nothing changes, every plugin that needs one that is absent, disabled or of a version it does not take. */
    private void checkRequirements(List<Candidate> found, Map<String, Candidate> byId) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Candidate c : found) {
                if (!c.sound()) continue;
                for (PluginDependency dep : c.descriptor.getDependencies()) {
                    Candidate needed = byId.get(dep.getPluginId());
                    if (needed == null) {
                        if (!dep.isOptional()) c.problem = Problem.of("plugin.problem.missing", dep.getPluginId(), range(dep));
                    } else if (!needed.sound()) {
                        if (!dep.isOptional()) c.problem = Problem.of("plugin.problem.dependency-disabled", dep.getPluginId());
                    } else if (!versions().checkVersionConstraint(needed.descriptor.getVersion(), range(dep))) {
                        c.problem = Problem.of("plugin.problem.dependency-version", dep.getPluginId(), range(dep), needed.descriptor.getVersion());
                    }
                    if (!c.sound()) {
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * The sound plugins, each after the plugins it needs, otherwise in the order found
     * (built in first, then the folders' jars by name), so every run loads them alike. Plugins
     * that need each other in a circle are disabled, with what needs them.
     */
    private List<Candidate> dependencyOrder(List<Candidate> found, Map<String, Candidate> byId) {
        List<Candidate> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Candidate c : found) {
                if (!c.sound() || placed.contains(c.id())) continue;
                boolean ready = c.descriptor.getDependencies().stream()
                        .allMatch(dep -> placed.contains(dep.getPluginId()) || (dep.isOptional() && !sound(byId.get(dep.getPluginId()))));
                if (ready) {
                    ordered.add(c);
                    placed.add(c.id());
                    progress = true;
                }
            }
        }
        List<String> circle = found.stream().filter(c -> c.sound() && !placed.contains(c.id())).map(Candidate::id).toList();
        for (Candidate c : found) {
            if (c.sound() && !placed.contains(c.id())) c.problem = Problem.of("plugin.problem.cycle", String.join(" → ", circle));
        }
        return ordered;
    }

    /** Whether a plugin is there and not disabled (an optional requirement that is not counts as absent). */
    private static boolean sound(Candidate c) {
        return c != null && c.sound();
    }

    /** The reason a plugin cannot run because a plugin it needs failed while contributing, or null. */
    private static Problem requirementDisabled(Candidate c, Map<String, Candidate> byId) {
        for (PluginDependency dep : c.descriptor.getDependencies()) {
            Candidate needed = byId.get(dep.getPluginId());
            if (needed != null && !needed.sound() && !dep.isOptional()) return Problem.of("plugin.problem.dependency-disabled", dep.getPluginId());
        }
        return null;
    }

    // ---------------------------------------------------------------- contributing

    /**
     * How long a jar plugin may take to load its class and contribute. Contributing is handing
     * over objects (a few milliseconds); a plugin still at it after this is stuck, and must not
     * hang every command, {@code rubric plugins} included.
     */
    static final java.time.Duration CONTRIBUTE_LIMIT = java.time.Duration.ofSeconds(10);

    /**
     * Makes the plugin's object and lets it contribute, into a list of its own: if anything
     * goes wrong, none of it is kept and the plugin is disabled. Returns null then. A jar
     * plugin runs on a thread of its own, so that one that never returns is left behind (a
     * daemon: it does not keep the JVM up) and disabled after {@link #CONTRIBUTE_LIMIT}.
     */
    private Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> contribute(
            Candidate c, ClassLoader loader, Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> earlier) {
        Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> staged = new LinkedHashMap<>();
        Staging staging = new Staging(c, earlier, staged);
        if (c.jar == null) {
            Problem p = contributeNow(c, loader, staging);
            if (p != null) c.problem = p;
            return p == null ? staged : null;
        }
        Problem[] outcome = new Problem[1];
        boolean[] done = new boolean[1];
        Thread t = new Thread(() -> {
            Problem p = contributeNow(c, loader, staging);
            synchronized (outcome) {
                outcome[0] = p;
                done[0] = true;
            }
        }, "rubric-plugin-" + c.id());
        t.setDaemon(true);
        t.start();
        try {
            t.join(contributeLimit.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (outcome) {
            if (!done[0]) {
                // whatever it adds from now on is refused: its contributions are not the registry's
                staging.close();
                t.interrupt();
                c.problem = Problem.of("plugin.problem.timeout", contributeLimit.toSeconds());
                return null;
            }
        }
        if (outcome[0] != null) c.problem = outcome[0];
        return outcome[0] == null ? staged : null;
    }

    /**
     * Loads the plugin's class, makes its object and lets it contribute; the problem, or null.
     * Anything it throws is caught, Errors too (a StackOverflowError, an ExceptionInInitializerError,
     * an OutOfMemoryError from a plugin that asks for too much): the plugin is disabled, the rest run.
     */
    private static Problem contributeNow(Candidate c, ClassLoader loader, Staging staging) {
        String className = c.descriptor.getPluginClass();
        Class<?> type;
        try {
            type = Class.forName(className, true, loader);
        } catch (Throwable e) {
            return Problem.of("plugin.problem.class", className, PluginFailure.describe(e));
        }
        if (!Plugin.class.isAssignableFrom(type)) return Problem.of("plugin.problem.not-a-plugin", className);
        try {
            Plugin plugin = (Plugin) type.getDeclaredConstructor().newInstance();
            plugin.contribute(staging);
            return null;
        } catch (java.lang.reflect.InvocationTargetException e) {
            return Problem.of("plugin.problem.failed", PluginFailure.describe(e.getCause()));
        } catch (RejectedContribution e) {
            return e.problem;
        } catch (Throwable e) {
            return Problem.of("plugin.problem.failed", PluginFailure.describe(e));
        }
    }

    /** A contribution the platform refuses (an undeclared point, a name already taken): the plugin is disabled. */
    private static final class RejectedContribution extends RuntimeException {
        final transient Problem problem;

        RejectedContribution(Problem problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }
    }

    /** What one plugin is handed: checks each contribution and keeps it aside until the plugin is done. */
    private static final class Staging implements Contributions {
        private final Candidate plugin;
        private final Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> earlier;
        private final Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> staged;

        Staging(Candidate plugin, Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> earlier, Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> staged) {
            this.plugin = plugin;
            this.earlier = earlier;
            this.staged = staged;
        }

        private boolean closed;

        /** No more contributions: the plugin took too long, and what it still adds is not kept. */
        synchronized void close() {
            closed = true;
        }

        @Override
        public synchronized <T> void add(ExtensionPoint<T> point, T contribution) {
            if (closed) throw new RejectedContribution(Problem.of("plugin.problem.timeout", 0));
            if (!plugin.descriptor.contributes().contains(point.id())) {
                throw new RejectedContribution(Problem.of("plugin.problem.undeclared-point", point.id()));
            }
            if (!point.type().isInstance(contribution)) {
                throw new RejectedContribution(Problem.of("plugin.problem.wrong-type", point.id(),
                        contribution == null ? "null" : contribution.getClass().getName(), point.type().getName()));
            }
            String name = point.name(contribution); // plugin code: if it throws, the plugin fails here, not later
            if (point.uniqueNames()) {
                for (Map<ExtensionPoint<?>, List<Registry.Contribution<?>>> m : List.of(earlier, staged)) {
                    for (Registry.Contribution<?> other : m.getOrDefault(point, List.of())) {
                        if (other.name().equals(name)) {
                            throw new RejectedContribution(Problem.of("plugin.problem.taken", point.id(), name, other.pluginId()));
                        }
                    }
                }
            }
            T kept = plugin.jar == null ? contribution : Isolation.guard(plugin.id(), point.type(), contribution);
            staged.computeIfAbsent(point, k -> new ArrayList<>()).add(new Registry.Contribution<>(plugin.id(), name, kept));
        }
    }

    // ---------------------------------------------------------------- helpers

    private VersionManager versions() {
        if (versions == null) versions = new DefaultVersionManager();
        return versions;
    }

    private DescriptorReader reader() {
        if (reader == null) reader = new DescriptorReader();
        return reader;
    }

    private static PluginInfo info(Candidate c) {
        Descriptor d = c.descriptor;
        if (d == null) return new PluginInfo(null, null, null, null, List.of(), List.of(), c.source, c.problem);
        List<Requirement> deps = d.getDependencies().stream().map(x -> new Requirement(x.getPluginId() + (x.isOptional() ? "?" : ""), range(x))).toList();
        return new PluginInfo(d.getPluginId(), d.name() == null ? d.getPluginId() : d.name(), d.getVersion(),
                blank(d.getRequires()) ? "*" : d.getRequires(), deps, d.contributes(), c.source,
                c.problem);
    }

    private static String range(PluginDependency dep) {
        return blank(dep.getPluginVersionSupport()) ? "*" : dep.getPluginVersionSupport();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Throwable rootOf(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }
}
