package vn.rubric.dsl.util;

import java.text.Normalizer;

/**
 * A drafter's text in NFC, the one form the workbench compares and shows: "ễ" typed as e with
 * two combining marks is the same title as "ễ" typed as one character.
 */
public final class Nfc {

    private Nfc() {}

    /** {@code s} in NFC; the same string when it already is (most text is, and checking is cheaper). */
    public static String of(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
