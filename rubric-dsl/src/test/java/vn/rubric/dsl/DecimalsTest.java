package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import vn.rubric.dsl.util.Decimals;

class DecimalsTest {

    @Test
    void readsNumbersAsPeopleWriteThem() {
        assertEquals(3.0, Decimals.parse("3"));
        assertEquals(0.75, Decimals.parse("0.75"));
        assertEquals(0.75, Decimals.parse("0,75"));
        assertEquals(0.5, Decimals.parse(".5"));
        assertEquals(0.5, Decimals.parse(",5"));
        assertEquals(3.0, Decimals.parse("3."));
        assertEquals(-2.5, Decimals.parse(" -2.5 "));
        assertEquals(94.25, Decimals.parse("+94.25"));
        assertEquals(1500.0, Decimals.parse("1.5e3"));
        assertEquals(0.015, Decimals.parse("1.5E-2"));
    }

    @Test
    void rejectsWhatJavaWouldTakeAndWhatIsNotANumber() {
        for (String s : new String[] {"", " ", "-", ".", ",", "abc", "4d", "4f", "0x1.5p6", "NaN", "Infinity", "-Infinity",
                "1e", "1e+", "1.2.3", "1,2,3", "1 000", "75%", "٣", "e5", "+-1", "1..2"}) {
            assertNull(Decimals.parse(s), s);
        }
    }
}
