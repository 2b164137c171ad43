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

    private final RulePack pack;
    private final KieBase kieBase;

    private RuleBase(RulePack pack, KieBase kieBase) {
        this.pack = pack;
        this.kieBase = kieBase;
    }

    public RulePack pack() {
        return pack;
    }

    public KieBase kieBase() {
        return kieBase;
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
     * A rule base whose rules were built elsewhere from this pack's DRL, e.g. an exported
     * KJAR's own DRL, which verify-pack runs the pack's tests against.
     */
    public static RuleBase of(RulePack pack, KieBase kieBase) {
        return new RuleBase(pack, kieBase);
    }

    public static Result build(RulePack pack) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // each build gets its own release id, so two packs (or two drafts) can live in one JVM
        ReleaseId releaseId = ks.newReleaseId("vn.rubric.pack", pack.id(), "0.0.0-" + UUID.randomUUID());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> sources = sources(pack);
        // declare UTF-8 on every resource: Drools would otherwise decode in the platform charset
        sources.forEach((path, text) -> kfs.write(path, ks.getResources()
                .newByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "UTF-8").setResourceType(ResourceType.DRL)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        Diagnostics diagnostics = new Diagnostics();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            diagnostics.add(locate(pack, m));
        }
        diagnostics = BaseNotes.inBase(diagnostics, pack.rubric());
        if (diagnostics.hasErrors()) return new Result(null, diagnostics);
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        return new Result(new RuleBase(pack, kieBase), diagnostics);
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
        String name = path.substring(path.lastIndexOf('/') + 1);
        Path file = pack.handWritten().stream().map(RulePack.DrlFile::path)
                .filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElse(pack.folder().resolve(RulePack.RULES_FOLDER).resolve(name));
        return Diagnostic.error("E-DRL", new SourcePos(file, Math.max(0, m.getLine()), Math.max(0, m.getColumn())), text);
    }
}
