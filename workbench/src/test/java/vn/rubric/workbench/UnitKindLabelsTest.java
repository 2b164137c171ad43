package vn.rubric.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.diag.Messages;
import vn.rubric.dsl.score.UnitKind;

class UnitKindLabelsTest {

    @Test
    void everyKindHasALabelInBothLanguagesAndIsSpelledByItsKey() {
        Messages vi = Messages.of("vn.rubric.workbench.cli", Messages.VIETNAMESE);
        Messages en = Messages.of("vn.rubric.workbench.cli", Locale.ENGLISH);
        for (UnitKind k : UnitKind.values()) {
            assertTrue(vi.has(k.labelKey()) && en.has(k.labelKey()), k.key);
            assertEquals(k, UnitKind.of(k.key));
        }
        assertEquals("xã, phường, thị trấn", vi.get(UnitKind.COMMUNE.labelKey()));
        assertEquals("đơn vị sự nghiệp công lập", vi.get(UnitKind.SERVICE_UNIT.labelKey()));
    }
}
