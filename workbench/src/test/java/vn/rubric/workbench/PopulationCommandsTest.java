package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** simulate, diff and sweep on the small test pack (3 units), whose results are worked out by hand. */
class PopulationCommandsTest {

    /** A draft of the test pack: a handled hot spot earns 5 instead of 3. */
    static Path draft(Path dir) throws IOException {
        Path draft = dir.resolve("draft");
        Files.createDirectories(draft);
        String rubric = Files.readString(CliTest.pack().resolve("rubric.yaml"), StandardCharsets.UTF_8);
        Files.writeString(draft.resolve("rubric.yaml"), rubric.replace("when: hot_spot == handled, points: 3", "when: hot_spot == handled, points: 5"),
                StandardCharsets.UTF_8);
        return draft;
    }

    @Test
    void simulateCountsClassesAndTiers() {
        Cli r = Cli.run("simulate", CliTest.pack().toString());
        assertEquals(0, r.exit(), r.toString());
        // u1 10 Xuất sắc; u2 3 + 2.75 = 5.75 Khá; u3 0 + 4 = 4 Yếu
        assertTrue(r.out().matches("(?s).*Xuất sắc\\s+1\\s+33,3%.*"), r.out());
        assertTrue(r.out().matches("(?s).*Khá\\s+1\\s+33,3%.*"), r.out());
        assertTrue(r.out().contains("TỔNG ĐIỂM: trung bình 6,58 · trung vị 5,75 · thấp nhất 4 · cao nhất 10"), r.out());
        assertTrue(r.out().contains("\"không có\" 1 · \"đã xử lý\" 1 · \"chưa xử lý\" 1"), r.out());
    }

    @Test
    void diffShowsTheMoverTheItemThatMovedItAndTheMatrix(@TempDir Path dir) throws IOException {
        Path draft = draft(dir);
        Cli r = Cli.run("diff", CliTest.pack().toString(), draft.toString(), "--set", "top=7", "--format", "json");
        assertEquals(0, r.exit(), r.toString());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("rubric-workbench/diff@2", doc.get("format").asText());
        // what changed, in the regulation's order: the parameter set for the run (with what it moves), then the tier's points
        JsonNode changes = doc.get("changes");
        assertEquals(2, changes.size(), changes.toString());
        assertEquals("parameter", changes.get(0).get("target").get("kind").asText());
        assertEquals("top", changes.get(0).get("target").get("id").asText());
        assertEquals(9.0, changes.get(0).get("before").asDouble());
        assertEquals(7.0, changes.get(0).get("after").asDouble());
        assertEquals("rating-class", changes.get(0).get("moves").get(0).get("kind").asText());
        assertEquals("tier", changes.get(1).get("target").get("kind").asText());
        assertEquals("đã xử lý", changes.get(1).get("target").get("tier").asText());
        assertEquals("points", changes.get(1).get("key").asText());
        assertEquals(3.0, changes.get(1).get("before").get("value").asDouble());
        assertEquals(5.0, changes.get(1).get("after").get("value").asDouble());
        // u2: 5 + 2.75 = 7.75 reaches the draft's top class (7); u1 stays, u3 stays (0 + 4)
        assertEquals("[[1,0,0],[1,0,0],[0,0,1]]", doc.get("transitions").get("counts").toString());
        assertEquals("[\"u2\"]", doc.get("movers").toString());
        JsonNode u2 = doc.get("units").get(1);
        assertEquals(7.75, u2.get("draft").get("total").asDouble());
        assertEquals("1.1", u2.get("items").get(0).get("id").asText());
        assertEquals(2.0, u2.get("items").get(0).get("delta").asDouble() + 0.0, 1e-9);
        // why it moved: 1.1 gives more, and 7.75 reaches the new minimum of 7 (it did not reach 9)
        assertEquals("item-points", u2.get("reasons").get(0).get("kind").asText());
        assertEquals("over-new-min", u2.get("reasons").get(1).get("kind").asText());
        assertEquals(7.0, u2.get("reasons").get(1).get("after").asDouble());
        JsonNode item = doc.get("items").get(0);
        assertEquals(2.0, item.get("gained").asDouble());
        assertEquals(1, item.get("unitsGained").asInt());

        Cli text = Cli.run("diff", CliTest.pack().toString(), draft.toString(), "--set", "top=7");
        assertTrue(text.out().contains("UBND xã Long Hưng (u2): 5,75 → 7,75, Khá → Xuất sắc"), text.out());
        assertTrue(text.out().contains("      nội dung 1.1: 3 → 5 điểm\n"), text.out());
        assertTrue(text.out().contains("ĐƠN VỊ ĐỔI XẾP LOẠI: 1/3"), text.out());
        // the list of changes comes first, before the points gained and lost
        String out = text.out();
        assertTrue(out.indexOf("NHỮNG ĐIỂM THAY ĐỔI CỦA QUY ĐỊNH: 2") < out.indexOf("ĐIỂM ĐƯỢC THÊM VÀ BỊ BỚT"), out);
        assertTrue(out.contains("  2. nội dung 1.1, mức \"đã xử lý\": điểm 3 → 5\n"), out);
    }

    @Test
    void aParameterAloneCanMoveAUnitAndTheDiffSaysSo() {
        Cli r = Cli.run("diff", CliTest.pack().toString(), CliTest.pack().toString(), "--set", "top=5", "--timings");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("dựng luật Drools") && r.err().contains("tổng từ khi khởi động JVM"), r.err());
        assertTrue(r.out().contains("  1. tham số top: giá trị 9 → 5 (tác động tới xếp loại \"Xuất sắc\")\n"), r.out());
        assertTrue(r.out().contains("UBND xã Long Hưng (u2): 5,75 → 5,75, Khá → Xuất sắc\n"
                + "      đạt mức 5 điểm mới để được xếp \"Xuất sắc\" (trước đây 9)\n"), r.out());
    }

    @Test
    void sweepGivesClassCountsPerValue() {
        Cli r = Cli.run("sweep", CliTest.pack().toString(), "--param", "top=4..10:3", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        // at 4: u1 and u2 reach the top class; u3 (4 points) is barred from it and below Khá's 5
        assertEquals("\uFEFFtop,Xuất sắc,Khá,Yếu,mean_total\r\n4,2,0,1,6.583333\r\n7,1,1,1,6.583333\r\n10,1,1,1,6.583333\r\n", r.out());
    }

    @Test
    void aSweepOfTooManyValuesSaysHowManyItWouldTakeNotWhereItStoppedCounting() {
        Cli r = Cli.run("--lang", "en", "sweep", CliTest.pack().toString(), "--param", "top=0..1000000:0.001");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("the sweep would try 1,000,000,001 values; at most 201"), r.err());
        Cli edge = Cli.run("--lang", "en", "sweep", CliTest.pack().toString(), "--param", "top=0..20.1:0.1");
        assertEquals(2, edge.exit(), edge.toString());
        assertTrue(edge.err().contains("would try 202 values"), edge.err());
    }

    @Test
    void anUnknownParameterIsAUsageErrorWithASuggestion() {
        Cli r = Cli.run("--lang", "en", "simulate", CliTest.pack().toString(), "--set", "tops=8");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("has no parameter \"tops\"; did you mean \"top\"?"), r.err());
        Cli bad = Cli.run("--lang", "en", "sweep", CliTest.pack().toString(), "--param", "top=1..5:0");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("the step must be greater than 0"), bad.err());
        assertFalse(bad.out().contains("top"), bad.out());
    }

    @Test
    void simulateOnTheSampleDataBreaksDownByKindAndListsRecordedGapsLargestFirst() {
        Path pack = Path.of("..", "samples", "hung-yen-02-2020"), data = Path.of("..", "samples", "data", "hung-yen-2024-units.csv");
        Cli r = Cli.run("simulate", pack.toString(), "--data", data.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().matches("(?s).*xã, phường, thị trấn\\s+150 .*"), r.out());
        // the generator gives 10 units an appraisal that saw other evidence; the largest gap is listed first
        assertTrue(r.out().contains("KẾT QUẢ ĐÃ GHI KHÁC VỚI KẾT QUẢ THEO QUY TẮC: 10/250 đơn vị"), r.out());
        String gaps = r.out().substring(r.out().indexOf("KẾT QUẢ ĐÃ GHI"));
        assertTrue(gaps.lines().skip(1).findFirst().orElseThrow().contains("chênh lệch -4"), gaps);
    }

    @Test
    void dataFromAYearOutsideThePeriodInForceIsWarnedAbout(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack);
        String rubric = Files.readString(CliTest.pack().resolve("rubric.yaml"), StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("rubric.yaml"), rubric.replace("  cite: QĐ 1/2026\n",
                "  cite: QĐ 1/2026\n  effective-from: \"2020-01-18\"\n  effective-until: \"2025-02-14\"\n"), StandardCharsets.UTF_8);
        Path csv = Files.writeString(dir.resolve("units.csv"), "unit_id,year,hot_spot,office\nu1,2024,none,1\nu2,2026,none,1\nu3,2026,handled,1\n");
        Cli r = Cli.run("--lang", "en", "simulate", pack.toString(), "--data", csv.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("warning W-DATA-PERIOD: the data holds 2 units for 2026, outside the period mini is in force (2020-01-18 to 2025-02-14)"), r.err());
        assertFalse(r.err().contains("2024"), r.err());
    }

    /** The README's main command (its defaults, from the repository root): the draft's quota, explained on every unit it moves down. */
    @Test
    void theSampleDiffShowsTheQuotaAndWhoItMovedDown() {
        Path samples = Path.of("..", "samples");
        Cli r = Cli.run("diff", samples.resolve("hung-yen-02-2020").toString(), samples.resolve("hung-yen-draft").toString(),
                "--data", samples.resolve("data").resolve("hung-yen-2024-units.csv").toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("MA TRẬN CHUYỂN LOẠI"), r.out());
        // 20% of 250 units: 50 keep the top class
        assertTrue(r.out().matches("(?s).*\\(1\\) Hoàn thành xuất sắc nhiệm vụ\\s+\\[50\\].*"), r.out());
        assertTrue(r.out().contains("không quá 20% số đơn vị được đánh giá (dự thảo, Điều 1, khoản 4) (thứ 51/"), r.out());
    }

    @Test
    void sweepingTheQuotaChangesHowManyKeepTheTopClass() {
        Path pack = Path.of("..", "samples", "hung-yen-draft"), data = Path.of("..", "samples", "data", "hung-yen-2024-units.csv");
        Cli r = Cli.run("sweep", pack.toString(), "--data", data.toString(), "--param", "top_class_quota=20..40:20", "--format", "csv");
        assertEquals(0, r.exit(), r.toString());
        // 20% and 40% of 250 units
        assertTrue(r.out().contains("\n20,50,"), r.out());
        assertTrue(r.out().contains("\n40,100,"), r.out());
    }
}
