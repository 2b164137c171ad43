package vn.rubric.dsl.compile;

import java.util.List;
import java.util.Map;
import vn.rubric.dsl.model.Rubric;

/**
 * A rubric turned into DRL text: {@code drl} scores and rates each unit on its own;
 * {@code populationDrl} holds the rules over all units scored together (quotas on rating
 * classes, {@link QuotaCompiler}), empty when the rubric has none. {@code fieldsRead}
 * tells, per item id, which evidence fields its rule reads, so a score sheet can show them.
 */
public record CompiledRubric(
        Rubric rubric,
        String packageName,
        String drl,
        String populationDrl,
        SourceMap sourceMap,
        Map<String, List<String>> fieldsRead) {

    public boolean hasPopulationRules() {
        return !populationDrl.isEmpty();
    }
}
