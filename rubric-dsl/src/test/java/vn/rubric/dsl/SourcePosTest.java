package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.source.SourcePos;

class SourcePosTest {

    @Test
    void aTextPositionReadsFileLineColumn() {
        assertEquals("data/units.csv:37:4", new SourcePos(Path.of("data/units.csv"), 37, 4).toString());
        assertEquals("data/units.csv:37", new SourcePos(Path.of("data/units.csv"), 37, 0).toString());
        assertEquals("data/units.csv", SourcePos.of(Path.of("data/units.csv")).toString());
    }

    @Test
    void aSpreadsheetPositionReadsAsTheSpreadsheetNamesACell() {
        Path f = Path.of("units.xlsx");
        assertEquals("units.xlsx!Sheet1!D37", SourcePos.cell(f, "Sheet1", 37, 4).toString());
        assertEquals("units.xlsx!Đơn vị!AD1", SourcePos.cell(f, "Đơn vị", 1, 30).toString());
        assertEquals("units.xlsx!Sheet1!37:37", SourcePos.cell(f, "Sheet1", 37, 0).toString());
        assertEquals("units.xlsx!Sheet1!E37", SourcePos.cell(f, "Sheet1", 37, 4).plusColumns(1).toString());
    }

    @Test
    void columnLettersGoOnPastZ() {
        assertEquals("A", SourcePos.columnLetters(1));
        assertEquals("Z", SourcePos.columnLetters(26));
        assertEquals("AA", SourcePos.columnLetters(27));
        assertEquals("AZ", SourcePos.columnLetters(52));
        assertEquals("BA", SourcePos.columnLetters(53));
        assertEquals("XFD", SourcePos.columnLetters(16384));
    }
}
