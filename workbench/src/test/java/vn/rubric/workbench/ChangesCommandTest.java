package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rubric changes}: the Hưng Yên draft's changes, in the regulation's order, each with its article where the draft gives one. */
class ChangesCommandTest {

    static final Path BASE = Path.of("..", "samples", "hung-yen-02-2020"), DRAFT = Path.of("..", "samples", "hung-yen-draft");

    @Test
    void listsTheDraftsChangesInTheRegulationsOrderWithTheirArticles() {
        Cli r = Cli.run("changes", BASE.toString(), DRAFT.toString());
        assertEquals(0, r.exit(), r.toString());
        String out = r.out();
        assertTrue(out.startsWith("NHỮNG ĐIỂM THAY ĐỔI: Quyết định số 02/2020/QĐ-UBND (hung-yen-02-2020) → "), out);
        assertTrue(out.contains("\n   2. quy định: quyết định: {+Dự thảo+} Quyết định {+sửa đổi, bổ sung Quyết định+} số 02/2020/QĐ-UBND {+(chưa ban hành)+}\n"), out);
        assertTrue(out.contains("\n  11. minh chứng a_3_8_sipas bị bãi bỏ (trước đây: Mức độ đạt nội dung 3.8 (đoàn thẩm định đánh giá, 0–1)) (Điều 1, khoản 1)\n"), out);
        assertTrue(out.contains("\n  16. nội dung 5.2, mức \"kiểm điểm, phê bình\": điểm 2 → 1 (Điều 1, khoản 2)\n"), out);
        assertTrue(out.endsWith("\n  19. xếp loại \"Hoàn thành xuất sắc nhiệm vụ\": bổ sung hạn mức: 20% (top_class_quota) (Điều 1, khoản 4)\n"), out);
        assertEquals(20, out.lines().count(), out);
    }

    @Test
    void inEnglishAndAsJson(@TempDir Path dir) throws Exception {
        Cli en = Cli.run("--lang", "en", "changes", BASE.toString(), DRAFT.toString());
        assertTrue(en.out().contains("\n  15. item 3.8: rounding to the nearest multiple of 0.25 → down to a multiple of 0.25 (Điều 1, khoản 1)\n"), en.out());

        Path file = dir.resolve("changes.json");
        Cli json = Cli.run("changes", BASE.toString(), DRAFT.toString(), "--format", "json", "-o", file.toString());
        assertEquals(0, json.exit(), json.toString());
        assertEquals("", json.out());
        JsonNode doc = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals("rubric-workbench/changes@1", doc.get("format").asText());
        assertEquals("hung-yen-draft", doc.get("draft").get("id").asText());
        JsonNode changes = doc.get("changes");
        assertEquals(19, changes.size());
        JsonNode tier = changes.get(15);
        assertEquals("changed", tier.get("kind").asText());
        assertEquals("tier", tier.get("target").get("kind").asText());
        assertEquals("5.2", tier.get("target").get("id").asText());
        assertEquals("kiểm điểm, phê bình", tier.get("target").get("tier").asText());
        assertEquals(2.0, tier.get("before").get("value").asDouble());
        assertEquals(1.0, tier.get("after").get("value").asDouble());
        assertTrue(tier.get("cite").asText().contains("Điều 1, khoản 2"));
        JsonNode decision = changes.get(1);
        assertEquals("added", decision.get("words").get(0).get("op").asText());
        assertEquals("Dự thảo ", decision.get("words").get(0).get("text").asText());
        JsonNode quota = changes.get(18);
        assertEquals("quota", quota.get("key").asText());
        assertEquals("top_class_quota", quota.get("after").get("parameter").asText());
        assertEquals("Điều 1, khoản 4", quota.get("cite").asText());
    }

    @Test
    void aRubricComparedWithItselfHasNoChange() {
        Cli r = Cli.run("changes", BASE.toString(), BASE.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith("\n  Không có thay đổi: hai bộ tiêu chí có nội dung như nhau.\n"), r.out());
    }

    @Test
    void aMissingPackOrAnUnknownFormatIsAUsageError(@TempDir Path dir) {
        Cli missing = Cli.run("changes", BASE.toString(), dir.resolve("no-such-pack").toString());
        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("no-such-pack"), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
        Cli format = Cli.run("--lang", "en", "changes", BASE.toString(), DRAFT.toString(), "--format", "csv");
        assertEquals(2, format.exit(), format.toString());
        assertTrue(format.err().contains("\"csv\""), format.err());
    }
}
