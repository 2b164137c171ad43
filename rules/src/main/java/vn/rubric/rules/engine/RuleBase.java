package vn.rubric.rules.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import vn.rubric.dsl.amend.BaseNotes;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.source.SourcePos;
import vn.rubric.dsl.pack.RulePack;

/**
 * The Drools KieBase of a pack, built once from the generated DRL and the hand-written
 * rules. Build errors point at the file and line a person can fix: the hand-written file,
 * or, for generated DRL, the rubric line that produced it.
 */
public final class RuleBase {

    /** The name of the generated DRL in the KieFileSystem (and in an exported KJAR), in its package's folder. */
    public static final String GENERATED_FILE = "generated.drl";
    /** The generated population rules (quotas), present only when the rubric has some. */
    public static final String POPULATION_FILE = "generated-population.drl";

    public record Result(RuleBase ruleBase, Diagnostics diagnostics) {}

    /** Thrown by {@link #lease} on a rule base whose rules a later build of its pack changed. */
    public static final class Stale extends IllegalStateException {
        Stale(String packId) {
            super("the rules of " + packId + " were changed by a later build of the pack; build it again");
        }
    }

    /** What {@link #lease} gives: closing it lets a later build change the rules. */
    public interface Lease extends AutoCloseable {
        @Override
        void close();
    }

    private final RulePack pack;
    private final KieBase kieBase;
    private final String contentKey;
    /** The module it was built as; null when built elsewhere. Kept to test that Drools' repository forgot it. */
    private final ReleaseId releaseId;
    /** What lets a later build of the same pack change these rules in place; null when built elsewhere. */
    private final LiveRules live;

    private RuleBase(RulePack pack, KieBase kieBase, String contentKey, ReleaseId releaseId, LiveRules live) {
        this.pack = pack;
        this.kieBase = kieBase;
        this.contentKey = contentKey;
        this.releaseId = releaseId;
        this.live = live;
    }

    ReleaseId releaseId() {
        return releaseId;
    }

    public RulePack pack() {
        return pack;
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /**
     * The same rules around another load of the same pack (titles and citations as just
     * loaded): what a workspace gives when the DRL did not change.
     */
    public RuleBase withPack(RulePack loaded) {
        return new RuleBase(loaded, kieBase, contentKey, releaseId, live);
    }

    /** False once a later build of the same pack changed these rules in place ({@link #build(RulePack, ClassLoader, RuleBase)}). */
    public boolean isLive() {
        return live == null || live.isLive(contentKey);
    }

    /**
     * Holds these rules as they are while sessions run on them (a later build waits for it to
     * close). Throws {@link Stale} when a later build of the same pack has already changed
     * them: a caller that kept an old rule base must build it again.
     */
    public Lease lease() {
        if (live == null) return () -> { };
        Lease lease = live.lease(contentKey);
        if (lease == null) throw new Stale(pack.id());
        return lease;
    }

    /** The {@link #contentKey(RulePack)} of the DRL this rule base was built from. */
    public String contentKey() {
        return contentKey;
    }

    /** The DRL sources of a pack, by their path in a KieFileSystem. */
    public static Map<String, String> sources(RulePack pack) {
        // Drools advises a folder that matches the package
        String folder = "src/main/resources/" + pack.compiled().packageName().replace('.', '/') + "/";
        Map<String, String> out = new LinkedHashMap<>();
        out.put(folder + GENERATED_FILE, pack.compiled().drl());
        if (pack.compiled().hasPopulationRules()) out.put(folder + POPULATION_FILE, pack.compiled().populationDrl());
        for (RulePack.DrlFile f : pack.handWritten()) out.put(folder + f.path().getFileName(), f.text());
        return out;
    }

    /**
     * A digest of everything a build reads (each DRL source, by its path): two packs with the
     * same key build the same rule base, so a workspace can keep one and skip the other build.
     */
    public static String contentKey(RulePack pack) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        sources(pack).forEach((path, text) -> {
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        });
        return java.util.HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A rule base whose rules were built elsewhere from this pack's DRL, e.g. an exported
     * KJAR's own DRL, which verify-pack runs the pack's tests against.
     */
    public static RuleBase of(RulePack pack, KieBase kieBase) {
        return new RuleBase(pack, kieBase, contentKey(pack), null, null);
    }

    public static Result build(RulePack pack) {
        return build(pack, RuleBase.class.getClassLoader());
    }

    /**
     * The rules of {@code pack}, made by changing those of {@code previous} (an earlier build of
     * the same pack): kept as they are when its DRL is the same, changed in place when only some
     * generated rules differ, else built anew. When changed or built anew, {@code previous} is
     * no longer live. The studio's edit loop: BENCHMARKS.md, "Edit to comparison".
     */
    public static Result build(RulePack pack, ClassLoader classLoader, RuleBase previous) {
        String key = contentKey(pack);
        if (previous != null && previous.contentKey.equals(key)) return new Result(previous.withPack(pack), new Diagnostics());
        if (previous != null && previous.live != null && previous.live.update(pack, key)) {
            return new Result(new RuleBase(pack, previous.kieBase, key, previous.releaseId, previous.live), new Diagnostics());
        }
        return build(pack, classLoader, key);
    }

    /**
     * Builds with {@code classLoader} as the one Drools' compiler asks for classes (a
     * {@link LookupCache} shared by a workspace's builds makes rebuilds faster).
     */
    public static Result build(RulePack pack, ClassLoader classLoader) {
        return build(pack, classLoader, contentKey(pack));
    }

    private static Result build(RulePack pack, ClassLoader classLoader, String key) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // each build gets its own release id, so two packs (or two drafts) can live in one JVM
        ReleaseId releaseId = ks.newReleaseId("vn.rubric.pack", pack.id(), "0.0.0-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> sources = sources(pack);
        // declare UTF-8 on every resource: Drools would otherwise decode in the platform charset
        sources.forEach((path, text) -> kfs.write(path, ks.getResources()
                .newByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "UTF-8").setResourceType(ResourceType.DRL)));
        KieBuilder builder = ks.newKieBuilder(kfs, classLoader).buildAll();
        Diagnostics diagnostics = new Diagnostics();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            diagnostics.add(locate(pack, m));
        }
        diagnostics = BaseNotes.inBase(diagnostics, pack.rubric());
        if (diagnostics.hasErrors()) return new Result(null, diagnostics);
        KieBase kieBase;
        try {
            kieBase = ks.newKieContainer(releaseId, classLoader).getKieBase();
        } finally {
            // the container holds the module now; left in Drools' global repository it would
            // outlive the rule base, one module for every build of a long-running workspace
            ks.getRepository().removeKieModule(releaseId);
        }
        return new Result(new RuleBase(pack, kieBase, key, releaseId, LiveRules.of(kieBase, pack, key)), diagnostics);
    }

    /**
     * Where the rule named {@code rule} is written: its hand-written file and the line of its
     * {@code rule} header, or the rubric line a generated rule comes from. Drools keeps a rule's
     * resource but not its line, so the header is looked for in the sources this base was built from.
     */
    public SourcePos ruleSource(String rule) {
        java.util.regex.Pattern header = java.util.regex.Pattern.compile(
                "^\\s*rule\\s+(\"" + java.util.regex.Pattern.quote(rule) + "\"|'" + java.util.regex.Pattern.quote(rule) + "'|"
                        + java.util.regex.Pattern.quote(rule) + "(?=\\s|$))");
        for (Map.Entry<String, String> source : sources(pack).entrySet()) {
            String[] lines = source.getValue().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!header.matcher(lines[i]).find()) continue;
                String path = source.getKey();
                if (path.endsWith("/" + GENERATED_FILE)) {
                    SourcePos at = pack.compiled().sourceMap().rubricPos(i + 1);
                    return at != null ? at : SourcePos.of(pack.rubric().file());
                }
                if (path.endsWith("/" + POPULATION_FILE)) return SourcePos.of(pack.rubric().file());
                return new SourcePos(handWrittenFile(pack, path), i + 1, lines[i].indexOf("rule") + 1);
            }
        }
        return SourcePos.of(pack.rubric().file());
    }

    /** Where a Drools message belongs: the hand-written file and line, or the rubric line behind a generated one. */
    static Diagnostic locate(RulePack pack, Message m) {
        String text = m.getText() == null ? "" : m.getText().strip();
        String path = m.getPath();
        if (path == null || path.endsWith("/" + GENERATED_FILE)) {
            SourcePos at = pack.compiled().sourceMap().rubricPos(m.getLine());
            return Diagnostic.error("E-DRL-GENERATED", at == null ? SourcePos.of(pack.rubric().file()) : at, text, m.getLine());
        }
        if (path.endsWith("/" + POPULATION_FILE)) {
            // no source map for the quota rules: they come from the rating classes' quotas
            SourcePos at = pack.rubric().rating().stream().filter(c -> c.quota() != null).map(c -> c.quota().pos())
                    .findFirst().orElse(SourcePos.of(pack.rubric().file()));
            return Diagnostic.error("E-DRL-GENERATED", at, text, m.getLine());
        }
        return Diagnostic.error("E-DRL", new SourcePos(handWrittenFile(pack, path), Math.max(0, m.getLine()), Math.max(0, m.getColumn())), text);
    }

    /** The pack's hand-written file behind a source's path in the KieFileSystem ({@link #sources}). */
    private static Path handWrittenFile(RulePack pack, String sourcePath) {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        return pack.handWritten().stream().map(RulePack.DrlFile::path)
                .filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElse(pack.folder().resolve(RulePack.RULES_FOLDER).resolve(name));
    }
}
