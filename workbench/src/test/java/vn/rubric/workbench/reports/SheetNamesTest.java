package vn.rubric.workbench.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void keepsAValidIdAsItIs() {
        SheetNames names = new SheetNames();
        assertEquals("vg-ttyt", names.take("vg-ttyt"));
        assertEquals("Tổng hợp", names.take("Tổng hợp"));
    }

    @Test
    void replacesTheCharactersExcelRefuses() {
        assertEquals("a_b_c_d_e_f_g_", new SheetNames().take("a[b]c:d*e?f/g\\"));
    }

    @Test
    void cutsAt31CharactersWithoutSplittingASurrogatePair() {
        SheetNames names = new SheetNames();
        assertEquals("a".repeat(31), names.take("a".repeat(40)));
        String emoji = "\uD83D\uDE00";
        assertEquals("b".repeat(30), names.take("b".repeat(30) + emoji));
    }

    @Test
    void aClashIgnoringCaseGetsANumberThatStillFits() {
        SheetNames names = new SheetNames();
        assertEquals("Unit", names.take("Unit"));
        assertEquals("unit~2", names.take("unit"));
        assertEquals("UNIT~3", names.take("UNIT"));
        assertEquals("c".repeat(31), names.take("c".repeat(31)));
        assertEquals("c".repeat(29) + "~2", names.take("c".repeat(35)));
    }

    @Test
    void noApostropheAtEitherEndNoHistoryNoEmptyName() {
        SheetNames names = new SheetNames();
        assertEquals("it's", names.take("'it's'"));
        assertEquals("History_", names.take("History"));
        assertEquals("_", names.take("   "));
        assertEquals("_~2", names.take("'''"));
    }

    @Test
    void aReferenceQuotesTheNameAndDoublesInnerQuotes() {
        assertEquals("'it''s'!A1", SheetNames.reference("it's"));
    }
}
