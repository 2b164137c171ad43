package vn.rubric.workbench.reports;

import vn.rubric.workbench.platform.Report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.model.RatingClass;
import vn.rubric.dsl.score.ScoreSheet;
import vn.rubric.workbench.simulate.Comparison;
import vn.rubric.workbench.simulate.Summary;

/** The HTML report on the really scored sample pack: well-formed, self-contained, charts present, texts verbatim, reproducible. */
class HtmlReporterTest {

    private static final Locale VI = Messages.VIETNAMESE;

    static SamplePack sample;
    static Report.Simulation simulation;
    static Report.Diff diff;

    @TempDir
    static Path dir;

    @BeforeAll
    static void score() throws Exception {
        sample = new SamplePack();
        simulation = sample.simulation(SamplePack.UNITS);
        diff = sample.diff(new SamplePack(SamplePack.writeDraft(dir)), 88);
    }

    @Test
    void aSimulationIsOneWellFormedOfflinePageWithTheCharts() throws Exception {
        byte[] bytes = SamplePack.write(new HtmlReporter(), simulation, VI);
        String html = new String(bytes, StandardCharsets.UTF_8);
        Document doc = parse(bytes);
        Element root = doc.getDocumentElement();
        assertEquals("html", root.getTagName());
        assertEquals("vi", root.getAttribute("lang"));
        assertEquals("utf-8", ((Element) doc.getElementsByTagName("meta").item(0)).getAttribute("charset"));
        selfContained(doc, html);

        List<Element> charts = charts(doc);
        assertEquals(List.of("Xếp loại", "Phân bố tổng điểm"), charts.stream().map(e -> e.getAttribute("aria-label")).toList());
        // the class bars: every class of the rubric by name, with its count and share
        String bars = charts.get(0).getTextContent();
        for (Summary.ClassCount c : simulation.summary().classes()) {
            assertTrue(bars.contains(c.ratingClass()), c.ratingClass());
            assertTrue(bars.contains(c.count() + " · " + TextLayout.percent(c.share(), VI)), bars);
        }
        // the histogram: one bar per bin, titled with the bin and its count, all units counted
        int counted = 0;
        for (Element rect : elements(charts.get(1), "rect")) {
            String title = rect.getTextContent();
            if (!title.isEmpty()) counted += Integer.parseInt(title.substring(title.lastIndexOf(' ') + 1));
        }
        assertEquals(simulation.sheets().size(), counted);
        assertEquals(simulation.summary().histogram().bins().size(), elements(charts.get(1), "rect").size());

        for (RatingClass c : simulation.rubric().rating()) {
            assertTrue(html.contains(c.name()), c.name());
            assertEquals(Normalizer.normalize(c.name(), Normalizer.Form.NFC), c.name());
        }
        assertTrue(html.contains("Trung tâm Y tế huyện Văn Giang"));
        assertTrue(html.contains("Dữ liệu có đủ mọi minh chứng mà bộ tiêu chí cần."));
        // each item's row: the range bar and, where tiers split the units, each tier with its count
        assertTrue(html.contains("không để xảy ra điểm nóng: <b>8</b>"), "tiers of 4.4");
        assertEquals(simulation.summary().criteria().size() + simulation.summary().items().size(),
                (int) elements(root, "svg").stream().filter(e -> "range".equals(e.getAttribute("class"))).count());
    }

    @Test
    void theSamePageTwiceIsTheSameBytes() throws Exception {
        assertArrayEquals(SamplePack.write(new HtmlReporter(), simulation, VI), SamplePack.write(new HtmlReporter(), simulation, VI));
        assertArrayEquals(SamplePack.write(new HtmlReporter(), diff, VI), SamplePack.write(new HtmlReporter(), diff, VI));
    }

    @Test
    void aDiffShowsTheHeatMapTheMoversAndWherePointsMoved() throws Exception {
        byte[] bytes = SamplePack.write(new HtmlReporter(), diff, VI);
        String html = new String(bytes, StandardCharsets.UTF_8);
        Document doc = parse(bytes);
        selfContained(doc, html);
        Comparison c = diff.comparison();
        List<Element> charts = charts(doc);
        assertEquals(List.of("Ma trận chuyển loại", "Số đơn vị mỗi loại theo hung-yen-02-2020 và theo hung-yen-draft-test",
                "Điểm được thêm và bị bớt theo tiêu chí", "Điểm được thêm và bị bớt theo nội dung"),
                charts.stream().map(e -> e.getAttribute("aria-label")).toList());

        // the heat map: a cell per pair of classes titled "base → draft: n", the kept classes outlined
        Element matrix = charts.get(0);
        Comparison.Transitions t = c.transitions();
        List<String> cells = elements(matrix, "title").stream().map(Node::getTextContent).filter(s -> s.contains(" → ")).toList();
        assertEquals(t.baseClasses().size() * t.draftClasses().size(), cells.size());
        for (int i = 0; i < t.baseClasses().size(); i++) {
            for (int j = 0; j < t.draftClasses().size(); j++) {
                assertTrue(cells.contains(t.baseClasses().get(i) + " → " + t.draftClasses().get(j) + ": " + t.counts()[i][j]));
            }
        }
        assertEquals(4, elements(matrix, "rect").stream().filter(e -> "same".equals(e.getAttribute("class"))).count());
        assertTrue(c.movers().size() > 0, "the draft must move some unit for this test to mean anything");
        int offDiagonal = 0;
        for (int i = 0; i < t.baseClasses().size(); i++) for (int j = 0; j < t.draftClasses().size(); j++) if (i != j) offDiagonal += t.counts()[i][j];
        assertEquals(c.movers().size(), offDiagonal);

        // what changed in the regulation comes first: the tier's points, the minimum set for the run
        Element changes = byId(doc, "changes");
        Element main = (Element) doc.getElementsByTagName("main").item(0);
        assertEquals(changes, elements(main, "section").get(0));
        List<String> lines = elements(changes, "li").stream().map(Node::getTextContent).toList();
        assertEquals(diff.changes().size(), lines.size());
        assertTrue(lines.contains("tham số top_class_min: giá trị 90 → 88 (tác động tới xếp loại \"Hoàn thành xuất sắc nhiệm vụ\")"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches("nội dung 4\\.4, mức \"[^\"]+\": điểm 3 → 5")), lines.toString());

        // the movers, each with the changes that moved it; 4.4 gained points for the handled hot spots
        Element movers = byId(doc, "movers");
        for (Comparison.UnitChange u : c.movers()) assertTrue(movers.getTextContent().contains(u.unit().id()), u.unit().id());
        assertTrue(movers.getTextContent().contains("nội dung 4.4: 3 → 5 điểm"), movers.getTextContent());
        assertTrue(charts.get(3).getTextContent().contains("4.4 Cơ quan, đơn vị không để xảy ra điểm nóng"));
        Comparison.ItemShift hotSpot = c.items().stream().filter(s -> s.id().equals("4.4")).findFirst().orElseThrow();
        assertTrue(charts.get(3).getTextContent().contains("+" + TextLayout.points(VI).format(hotSpot.gained()) + " (" + hotSpot.unitsGained() + " đơn vị)"));
        // every unit in the per-unit table
        assertEquals(c.units().size(), elements(byId(doc, "units"), "tr").size() - 1);
    }

    @Test
    void aRewordedTitleShowsItsWordsStruckOutAndInserted() throws Exception {
        Report.Changes changes = sample.rewordedChanges();
        byte[] bytes = SamplePack.write(new HtmlReporter(), changes, VI);
        Document doc = parse(bytes);
        selfContained(doc, new String(bytes, StandardCharsets.UTF_8));
        List<Element> lines = elements(byId(doc, "changes"), "li");
        assertEquals(2, lines.size());
        Element title = lines.get(0);
        assertEquals(List.of("vi phạm"), elements(title, "del").stream().map(Node::getTextContent).toList());
        assertEquals(List.of("bị"), elements(title, "ins").stream().map(Node::getTextContent).toList());
        assertTrue(title.getTextContent().startsWith("nội dung 5.2: tên: Cơ quan, đơn vị"), title.getTextContent());
        assertTrue(title.getTextContent().contains("người lao động vi phạm bị kỷ luật (kể cả vi phạm pháp luật"), title.getTextContent());
        assertEquals("nội dung 5.2, mức \"kiểm điểm, phê bình\": điểm 2 → 1", lines.get(1).getTextContent());
    }

    @Test
    void aSweepMarksTheRubricsOwnValue() throws Exception {
        Report.SweepRun run = sample.sweep("good_class_min", 65, 70, 75);
        byte[] bytes = SamplePack.write(new HtmlReporter(), run, VI);
        Document doc = parse(bytes);
        selfContained(doc, new String(bytes, StandardCharsets.UTF_8));
        Element chart = charts(doc).get(0);
        assertEquals(1, elements(chart, "rect").stream().filter(e -> "current".equals(e.getAttribute("class"))).count());
        List<Element> current = elements(doc.getDocumentElement(), "tr").stream().filter(e -> "current".equals(e.getAttribute("class"))).toList();
        assertEquals(1, current.size());
        assertTrue(current.get(0).getTextContent().startsWith("▶ 70"), current.get(0).getTextContent());
        // every value's bar holds every unit
        for (double v : new double[] {65, 70, 75}) {
            String value = TextLayout.points(VI).format(v);
            int units = elements(chart, "title").stream().map(Node::getTextContent).filter(s -> s.startsWith("good_class_min = " + value + " · "))
                    .mapToInt(s -> Integer.parseInt(s.substring(s.lastIndexOf(' ') + 1))).sum();
            assertEquals(12, units, "units at " + value);
        }
    }

    @Test
    void englishLabelsAndLanguage() throws Exception {
        byte[] bytes = SamplePack.write(new HtmlReporter(), diff, Locale.ENGLISH);
        Document doc = parse(bytes);
        assertEquals("en", doc.getDocumentElement().getAttribute("lang"));
        assertEquals("Class transitions", charts(doc).get(0).getAttribute("aria-label"));
        // the drafters' texts are not translated
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("Hoàn thành xuất sắc nhiệm vụ"));
    }

    @Test
    void scoreSheetsEscapeMarkupInTheDraftersTexts(@TempDir Path tmp) throws Exception {
        Report.Scores scores = sample.scores(SamplePack.awkwardUnits(tmp));
        byte[] bytes = SamplePack.write(new HtmlReporter(), scores, VI);
        Document doc = parse(bytes);
        selfContained(doc, new String(bytes, StandardCharsets.UTF_8));
        List<Element> sheets = elements(doc.getDocumentElement(), "section");
        assertEquals(scores.sheets().size(), sheets.size());
        assertEquals("BẢNG CHẤM ĐIỂM: Phòng <Nội vụ> & \"Tổ chức\" (vg/noi:vu*[1]?)", elements(sheets.get(0), "h2").get(0).getTextContent());
        ScoreSheet first = scores.sheets().get(0);
        Element total = elements(sheets.get(0), "tr").stream().filter(e -> "total".equals(e.getAttribute("class"))).findFirst().orElseThrow();
        assertTrue(total.getTextContent().contains(TextLayout.points(VI).format(first.total())));
        assertTrue(sheets.get(0).getTextContent().contains("Xếp loại: " + first.ratingClass()));
    }

    // ------------------------------------------------------------------ helpers

    /** Parsed as XML: a page that is not well-formed fails here. */
    static Document parse(byte[] html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(html));
    }

    /** Nothing is loaded from anywhere: no script, link, image, frame or object; no src; only in-page hrefs; no url() or @import. */
    static void selfContained(Document doc, String html) {
        for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "image", "use", "audio", "video", "source")) {
            assertEquals(0, doc.getElementsByTagName(tag).getLength(), "<" + tag + ">");
        }
        for (Element e : elements(doc.getDocumentElement(), "*")) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                assertFalse(a.getNodeName().equals("src") || a.getNodeName().endsWith("href") && !a.getNodeValue().startsWith("#"),
                        a.getNodeName() + "=" + a.getNodeValue());
            }
        }
        String style = doc.getElementsByTagName("style").item(0).getTextContent();
        assertFalse(style.contains("url(") || style.contains("@import") || style.contains("@font-face"), "the style sheet fetches nothing");
        assertFalse(html.contains("http://") || html.contains("https://"), "no address at all");
    }

    static List<Element> charts(Document doc) {
        return elements(doc.getDocumentElement(), "svg").stream().filter(e -> "chart".equals(e.getAttribute("class"))).toList();
    }

    static Element byId(Document doc, String id) {
        return elements(doc.getDocumentElement(), "*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow();
    }

    static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) out.add((Element) nodes.item(i));
        return out;
    }
}
