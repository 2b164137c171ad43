package vn.rubric.dsl.compile;

import java.util.List;
import java.util.Map;
import vn.rubric.dsl.model.Rubric;

/**
 * A rubric turned into DRL text. {@code fieldsRead} tells, per item id, which evidence
 * fields its rule reads, so a score sheet can show them.
 */
public record CompiledRubric(
        Rubric rubric,
        String packageName,
        String drl,
        SourceMap sourceMap,
        Map<String, List<String>> fieldsRead) {}
