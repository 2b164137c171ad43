package vn.rubric.rules.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.rubric.dsl.testcase.TestCase.ExpectedBar;
import vn.rubric.dsl.score.ScoreSheet.Bar;

class TestRunnerTest {

    private static final List<Bar> TWO_REASONS = List.of(new Bar("Xuất sắc", "kỷ luật"), new Bar("Xuất sắc", "điểm nóng"));

    @Test
    void aClassBarredTwiceIsTwoBars() {
        assertTrue(TestRunner.barsMatch(List.of(new ExpectedBar("Xuất sắc", null), new ExpectedBar("Xuất sắc", null)), TWO_REASONS));
        assertFalse(TestRunner.barsMatch(List.of(new ExpectedBar("Xuất sắc", null)), TWO_REASONS));
    }

    @Test
    void aGivenReasonMustBeTheOneWritten() {
        assertTrue(TestRunner.barsMatch(List.of(new ExpectedBar("Xuất sắc", null), new ExpectedBar("Xuất sắc", "kỷ luật")), TWO_REASONS));
        assertFalse(TestRunner.barsMatch(List.of(new ExpectedBar("Xuất sắc", "kỷ luật"), new ExpectedBar("Xuất sắc", "kỷ luật")), TWO_REASONS));
        assertFalse(TestRunner.barsMatch(List.of(new ExpectedBar("Khá", null), new ExpectedBar("Xuất sắc", null)), TWO_REASONS));
    }
}
