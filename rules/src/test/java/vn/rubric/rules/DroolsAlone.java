package vn.rubric.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.io.ResourceType;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.engine.RuleBase;

/** A pack's DRL built by Drools alone, as another system builds it: no class of the project's in the rule base. */
final class DroolsAlone {

    private DroolsAlone() {}

    static KieBase kieBase(RulePack pack) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        RuleBase.sources(pack).forEach((path, drl) -> kfs.write(path,
                ks.getResources().newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8), "UTF-8").setResourceType(ResourceType.DRL)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        assertEquals(0, builder.getResults().getMessages(Message.Level.ERROR).size(), builder.getResults().toString());
        return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }
}
