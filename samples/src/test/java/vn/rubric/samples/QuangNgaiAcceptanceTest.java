package vn.rubric.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.rules.pack.PackLoader;

/** The Quảng Ngãi 1211/QĐ-UBND (2022) pack: the seed's shape, and the seed's unit at 82 → "Hoàn thành tốt nhiệm vụ". */
class QuangNgaiAcceptanceTest {

    static final Path PACK = Path.of("quang-ngai-1211-2022");

    @Test
    void theSheetHasTheSeedsTenCriteriaAndTheBonusOfCriterionTen() {
        Rubric rubric = PackLoader.load(PACK).pack().rubric();
        // nội dung per tiêu chí as the seed numbers them; criterion 10 keeps nội dung 1, its 2–4 are the bonus
        assertEquals(List.of(3, 3, 4, 3, 3, 4, 3, 3, 2, 1), rubric.criteria().stream().map(c -> c.items().size()).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), rubric.criteria().stream().map(Criterion::id).toList());
        assertEquals(List.of("10.2", "10.3", "10.4"), rubric.bonus().items().stream().map(Item::id).toList());
        // assumed points: 9 × 10 + 5 = 95 on the sheet, up to 5 of bonus
        assertEquals(95, rubric.regulation().total());
        assertEquals(5, rubric.bonus().max());
        assertEquals(5, rubric.bonus().items().stream().mapToDouble(Item::max).sum());
    }

    @Test
    void theSeedsUnitScores82AndIsRatedGood() throws Exception {
        JsonNode unit = scoreOne("qn-ban-dan-toc");
        assertEquals("Ban Dân tộc tỉnh Quảng Ngãi", unit.at("/unit/name").asText());
        assertEquals(82.0, unit.get("total").asDouble(), 1e-9);
        assertEquals(2.25, unit.get("bonus").asDouble(), 1e-9);
        assertEquals("Hoàn thành tốt nhiệm vụ", unit.get("class").asText());
        assertEquals(0, unit.get("barred").size());
    }

    @Test
    void theSampleUnitsReachEveryClass() throws Exception {
        String[] r = SamplePacksTest.cli("score", PACK.toString(), "--format", "json");
        assertEquals("0", r[0], r[2]);
        Set<String> classes = new TreeSet<>();
        new ObjectMapper().readTree(r[1]).get("units").forEach(u -> classes.add(u.get("class").asText()));
        Set<String> all = new TreeSet<>(PackLoader.load(PACK).pack().rubric().rating().stream().map(RatingClass::name).toList());
        assertEquals(all, classes);
    }

    private static JsonNode scoreOne(String unitId) throws Exception {
        String[] r = SamplePacksTest.cli("score", PACK.toString(), "--unit", unitId, "--format", "json");
        assertEquals("0", r[0], r[2]);
        JsonNode units = new ObjectMapper().readTree(r[1]).get("units");
        assertEquals(1, units.size());
        return units.get(0);
    }
}
