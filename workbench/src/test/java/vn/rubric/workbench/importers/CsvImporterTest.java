package vn.rubric.workbench.importers;

import vn.rubric.workbench.data.RawTable;
import vn.rubric.workbench.data.ImportResult;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.rubric.workbench.importers.DataFixtures.codes;
import static vn.rubric.workbench.importers.DataFixtures.mini;
import static vn.rubric.workbench.importers.DataFixtures.rendered;
import static vn.rubric.workbench.importers.DataFixtures.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.score.Unit;

class CsvImporterTest {

    @TempDir
    Path dir;

    private ImportResult read(String text) throws IOException {
        return new CsvImporter().read(write(dir, "units.csv", text), mini());
    }

    @Test
    void aByteOrderMarkAndCrlfAreNotPartOfTheData() throws IOException {
        ImportResult r = read("\uFEFFunit_id,unit_name,hot_spot,office\r\nu1,UBND xã An Bình,none,0.5\r\nu2,Phòng Tư pháp,handled,1\r\n");
        assertEquals(List.of(), codes(r.diagnostics()));
        assertEquals(List.of("u1", "u2"), r.units().stream().map(Unit::id).toList());
        assertEquals(Map.of("hot_spot", "none", "office", 0.5), r.units().get(0).evidence());
        assertEquals("Phòng Tư pháp", r.units().get(1).name());
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThemAndThenADecimalCommaNeedsNoQuotes() throws IOException {
        ImportResult r = read("unit_id;unit_name;hot_spot;office\nu1;Trung tâm Văn hóa, Thông tin và Thể thao;none;0,75\n");
        assertEquals(List.of(), codes(r.diagnostics()));
        Unit u = r.units().get(0);
        assertEquals("Trung tâm Văn hóa, Thông tin và Thể thao", u.name());
        assertEquals(0.75, u.evidence().get("office"));
    }

    @Test
    void aSemicolonInsideQuotesDoesNotDecideTheSeparator() {
        assertEquals(',', CsvImporter.separator("unit_id,\"a;b;c\",x\n"));
        assertEquals(';', CsvImporter.separator("unit_id;\"a,b,c\";x\n"));
        assertEquals(',', CsvImporter.separator("unit_id\nu1;u2;u3\n"));
    }

    @Test
    void quotedCellsHoldSeparatorsQuotesAndLineBreaks() throws IOException {
        ImportResult r = read("unit_id,unit_name,hot_spot,office\n"
                + "u1,\"UBND xã \"\"An Bình\"\", huyện Văn Giang\",none,\"0,5\"\n"
                + "u2,\"Trung tâm\nY tế\" ,handled,1\n");
        assertEquals(List.of(), codes(r.diagnostics()));
        assertEquals("UBND xã \"An Bình\", huyện Văn Giang", r.units().get(0).name());
        assertEquals(0.5, r.units().get(0).evidence().get("office"));
        assertEquals("Trung tâm\nY tế", r.units().get(1).name());
        // a cell after a line break inside quotes is still placed on its real line
        assertEquals(3, r.units().get(1).origin().line());
    }

    @Test
    void aQuoteNeverClosedIsNamedWhereItOpens() throws IOException {
        Path f = write(dir, "units.csv", "unit_id,unit_name,hot_spot,office\nu1,A,none,1\nu2,\"Phòng Nội vụ,none,1\nu3,C,none,1\n");
        ImportResult r = new CsvImporter().read(f, mini());
        assertEquals(List.of(f + ":3:4: error E-DATA-QUOTE: a double quote opened here is never closed"), rendered(r.diagnostics()));
    }

    @Test
    void aQuoteNeverClosedInTheFirstRowIsThatErrorNotAnEmptyFile() throws IOException {
        Path f = write(dir, "units.csv", "unit_id,hot_spot,office\nu1,\"none,1\nu2,none,1\n");
        assertEquals(List.of("E-DATA-QUOTE"), codes(new CsvImporter().read(f, mini()).diagnostics()));
    }

    @Test
    void textAfterAClosingQuoteSpoilsItsRowOnly() throws IOException {
        Path f = write(dir, "units.csv", "unit_id,unit_name,hot_spot,office\nu1,\"UBND xã \"An Bình\"\",none,1\nu2,B,solved,1\n");
        Diagnostics d = new Diagnostics();
        RawTable t = new CsvImporter().readTable(f, d);
        t.type(mini(), java.util.Set.of(), d);
        assertEquals(List.of(f + ":2:14: error E-DATA-QUOTE-TEXT: text follows the closing double quote of this cell",
                f + ":3:6: error E-DATA-ENUM: \"solved\" is not a declared value of hot_spot"), rendered(d));
    }

    @Test
    void aZeroByteFileAndAHeaderWithoutRowsAreToldApart() throws IOException {
        Path empty = write(dir, "empty.csv", "");
        ImportResult r = new CsvImporter().read(empty, mini());
        assertEquals(List.of(empty + ": error E-DATA-EMPTY-FILE: the file is empty"), rendered(r.diagnostics()));
        Path headerOnly = write(dir, "header.csv", "\uFEFFunit_id,hot_spot\n\n");
        assertEquals(List.of(headerOnly + ":1:1: error E-DATA-EMPTY: the data file holds no units"),
                rendered(new CsvImporter().read(headerOnly, mini()).diagnostics()));
    }

    @Test
    void aFileNotInUtf8IsNamedWithTheLineOfTheFirstBadByte() throws IOException {
        Path f = dir.resolve("units.csv");
        byte[] head = "unit_id,unit_name,hot_spot\nu1,A,none\nu2,".getBytes(StandardCharsets.UTF_8);
        byte[] cp1258 = {(byte) 0xD0, 'a', 'n', 'g'}; // "Đang" in Windows-1258
        byte[] all = new byte[head.length + cp1258.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(cp1258, 0, all, head.length, cp1258.length);
        Files.write(f, all);
        Diagnostics d = new Diagnostics();
        assertNull(new CsvImporter().readTable(f, d));
        assertEquals(List.of(f + ":3:4: error E-DATA-ENCODING: this file is not UTF-8 text: byte 0xD0 (at byte offset 40 of the file) does not begin or continue a UTF-8 character"), rendered(d));
    }

    @Test
    void aControlCharacterInTheHeaderIsNamedAsSuch() throws IOException {
        Path f = write(dir, "units.csv", "unit_id,unit\u0000_name,hot_spot\nu1,A,none\n");
        assertEquals(List.of(f + ":1:13: error E-DATA-CONTROL-CHAR: this cell holds the control character U+0000, which is not text"),
                rendered(new CsvImporter().read(f, mini()).diagnostics()));
    }

    @Test
    void aQuoteThatClosesLinesLaterIsReportedWhereItOpened() throws IOException {
        Path f = write(dir, "units.csv", "unit_id,unit_name,hot_spot\nu1,A,none\nu2,\"B,none\nu3,C,none\nu4,D,none\nu5,E,none\nu6,\"F\",none\n");
        assertEquals(List.of(f + ":3:4: error E-DATA-QUOTE-CLOSED-LATE: the double quote opened here closes only on line 7, and text follows it there: the lines between were read as one cell"),
                rendered(new CsvImporter().read(f, mini()).diagnostics()).stream().filter(x -> x.contains(": error ")).toList());
    }

    @Test
    void emptyColumnsTrailingTheHeaderAreIgnoredButAValueUnderNoNameIsNot() throws IOException {
        Path f = write(dir, "units.csv", "unit_id,hot_spot,office,,\nu1,none,1,,\nu2,none,1,,x\n");
        ImportResult r = new CsvImporter().read(f, mini());
        assertEquals(List.of(f + ":3:1: error E-DATA-CELLS: this row has 5 cells but the header has 3"), rendered(r.diagnostics()));
        Path g = write(dir, "middle.csv", "unit_id,,hot_spot,office\nu1,,none,1\nu2,x,none,1\n");
        assertEquals(List.of(g + ":3:4: error E-DATA-BLANK-COLUMN: this cell holds a value, but its column has no name in the header (" + g + ":1:9)"),
                rendered(new CsvImporter().read(g, mini()).diagnostics()));
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("nowhere.csv");
        assertEquals(List.of("E-FILE-MISSING"), codes(new CsvImporter().read(f, mini()).diagnostics()));
    }
}
