package vn.rubric.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.evidence.EvidenceValues;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.EvidenceField;
import vn.rubric.dsl.model.FieldType;

class EvidenceValuesTest {

    private static final EvidenceField FLAG = new EvidenceField("flag", "Cờ", FieldType.BOOLEAN, Map.of(), null, null);
    private static final EvidenceField SHARE = new EvidenceField("share", "Tỷ lệ", FieldType.SHARE, Map.of(), null, null);

    @Test
    void booleansAsUsersWriteThem() {
        for (Object yes : new Object[] {"true", "có", "Yes", "on", "1", "x", true}) assertEquals(true, EvidenceValues.coerce(FLAG, yes).value(), "" + yes);
        for (Object no : new Object[] {"false", "không", "no", "off", "0", false}) assertEquals(false, EvidenceValues.coerce(FLAG, no).value(), "" + no);
        EvidenceValues.Coerced two = EvidenceValues.coerce(FLAG, 2.0);
        assertEquals("E-DATA-BOOLEAN", two.errorCode());
        assertEquals("2", two.errorArgs()[0], "a number is shown as written, not as 2.0");
    }

    @Test
    void aCountTooLargeForTheRulesIsAnErrorNotClamped() {
        EvidenceField count = new EvidenceField("complaints", "Số vụ", FieldType.COUNT, Map.of(), null, null);
        EvidenceValues.Coerced huge = EvidenceValues.coerce(count, "99999999999999999999");
        assertEquals("E-DATA-COUNT-RANGE", huge.errorCode());
        assertEquals("99999999999999999999", huge.errorArgs()[0], "shown as written");
        assertEquals("E-DATA-COUNT-RANGE", EvidenceValues.coerce(count, 1e20).errorCode(), "a number a YAML or JSON reader made a double");
        assertEquals("E-DATA-COUNT-RANGE", EvidenceValues.coerce(count, "2147483648").errorCode());
        assertEquals(2147483647, EvidenceValues.coerce(count, "2147483647").value());
    }

    @Test
    void notANumberIsNotEvidence() {
        assertEquals("E-DATA-NUMBER", EvidenceValues.coerce(SHARE, "NaN").errorCode());
        assertEquals("E-DATA-NUMBER", EvidenceValues.coerce(SHARE, "Infinity").errorCode());
        assertEquals("E-DATA-NUMBER", EvidenceValues.coerce(SHARE, "0.5d").errorCode(), "Java's 'd' suffix is not a number");
        assertEquals("E-DATA-NUMBER", EvidenceValues.coerce(SHARE, "0x1p-1").errorCode(), "nor is a hex float");
        assertEquals(0.75, EvidenceValues.coerce(SHARE, "0,75").value());
    }

    @Test
    void yamlYesIsTrue() {
        String yaml = Fixtures.MINI.replace("evidence:\n", "evidence:\n  flag: { label: Cờ, type: boolean, default: yes }\n")
                .replace("when: hot_spot == handled", "when: hot_spot == handled and flag");
        assertEquals(true, RubricLoader.parse(Fixtures.FILE, yaml).rubric().evidence().get("flag").defaultValue());
    }
}
