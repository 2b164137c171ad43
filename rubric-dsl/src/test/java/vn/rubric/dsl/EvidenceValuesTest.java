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
        for (Object yes : new Object[] {"true", "có", "Yes", "1", "x", 1.0, true}) assertEquals(true, EvidenceValues.coerce(FLAG, yes).value(), "" + yes);
        for (Object no : new Object[] {"false", "không", "no", "0", 0.0, false}) assertEquals(false, EvidenceValues.coerce(FLAG, no).value(), "" + no);
        assertEquals("E-DATA-BOOLEAN", EvidenceValues.coerce(FLAG, 2.0).errorCode());
    }

    @Test
    void notANumberIsNotEvidence() {
        assertEquals("E-DATA-NUMBER", EvidenceValues.coerce(SHARE, "NaN").errorCode());
        assertEquals("E-DATA-NUMBER", EvidenceValues.coerce(SHARE, "Infinity").errorCode());
        assertEquals(0.75, EvidenceValues.coerce(SHARE, "0,75").value());
    }

    @Test
    void yamlYesIsTrue() {
        String yaml = Fixtures.MINI.replace("evidence:\n", "evidence:\n  flag: { label: Cờ, type: boolean, default: yes }\n")
                .replace("when: hot_spot == handled", "when: hot_spot == handled and flag");
        assertEquals(true, RubricLoader.parse(Fixtures.FILE, yaml).rubric().evidence().get("flag").defaultValue());
    }
}
