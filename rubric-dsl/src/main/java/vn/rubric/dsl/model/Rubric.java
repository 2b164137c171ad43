package vn.rubric.dsl.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A regulation written as a rubric: who issued it, its parameters, the evidence it reads,
 * its criteria and items, bonus and deduction sections, and its rating classes. Every
 * part keeps the position it was written at.
 */
public record Rubric(
        Path file,
        Regulation regulation,
        Map<String, Parameter> parameters,
        Map<String, EvidenceField> evidence,
        List<Criterion> criteria,
        Section bonus,
        Section deductions,
        List<RatingClass> rating) {

    /** Every scored item: the criteria's items in order, then bonus items, then deductions. */
    public List<Item> allItems() {
        List<Item> all = new ArrayList<>();
        criteria.forEach(c -> all.addAll(c.items()));
        if (bonus != null) all.addAll(bonus.items());
        if (deductions != null) all.addAll(deductions.items());
        return all;
    }

    public Stream<Section> sections() {
        return Stream.of(bonus, deductions).filter(java.util.Objects::nonNull);
    }

    public Optional<Item> item(String id) {
        return allItems().stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
