package vn.rubric.workbench.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void textThatBeginsLikeAFormulaIsMarked() {
        for (String s : new String[] {"=cmd|' /C calc'!A0", "+1+1", "-1+2", "@SUM(A1:A9)", "\tx", "\rx", "=", "-"}) {
            assertTrue(SpreadsheetText.formulaLike(s), s);
            assertEquals("'" + s, SpreadsheetText.csv(s));
        }
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvReporter.quote("=HYPERLINK(\"http://x\")"));
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAsTheyAre() {
        for (String s : new String[] {"-2", "-2.5", "+3", "90.25", "UBND xã Long Hưng", "a=b", "", "'=x"}) {
            assertFalse(SpreadsheetText.formulaLike(s), s);
            assertEquals(s, SpreadsheetText.csv(s));
        }
        assertEquals("-2.5", CsvReporter.quote("-2.5"));
    }
}
