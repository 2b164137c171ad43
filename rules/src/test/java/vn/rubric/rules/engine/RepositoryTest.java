package vn.rubric.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.pack.PackLoader;

/** A build leaves nothing in Drools' global repository: a long-running workspace rebuilds a draft at every edit. */
class RepositoryTest {

    @Test
    void aBuiltRuleBaseLeavesNoModuleInTheKieRepository() throws URISyntaxException {
        RulePack pack = PackLoader.load(Path.of(RepositoryTest.class.getResource("/mini-pack/rubric.yaml").toURI()).getParent()).pack();
        for (int i = 0; i < 3; i++) {
            RuleBase built = RuleBase.build(pack).ruleBase();
            assertNotNull(built.releaseId());
            assertNull(KieServices.Factory.get().getRepository().getKieModule(built.releaseId()), "module " + built.releaseId() + " is still there");
            // it still scores: the container kept what it needs
            assertEquals(1, built.kieBase().getKiePackages().stream().filter(p -> p.getName().equals(pack.compiled().packageName())).count());
        }
    }

    @Test
    void theContentKeyFollowsTheRulesNotTheFolder() throws URISyntaxException {
        RulePack pack = PackLoader.load(Path.of(RepositoryTest.class.getResource("/mini-pack/rubric.yaml").toURI()).getParent()).pack();
        RulePack changed = PackLoader.withParameters(pack, java.util.Map.of(pack.rubric().parameters().keySet().iterator().next(), 1234.0)).pack();
        assertEquals(RuleBase.contentKey(pack), RuleBase.contentKey(PackLoader.load(pack.folder()).pack()));
        org.junit.jupiter.api.Assertions.assertNotEquals(RuleBase.contentKey(pack), RuleBase.contentKey(changed));
    }
}
