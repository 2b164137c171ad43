package vn.rubric.dsl.diag;

/**
 * A word of the message language inside a diagnostic's arguments ("a number", "this
 * criterion"), looked up as {@code word.KEY} in the bundle when the message is shown, so a
 * Vietnamese message never carries an English word. {@code arg} fills its {0}, if any
 * (a list fills {0}, {1}, ...: see {@link #phrase}).
 */
public record Word(String key, Object arg) {

    public static Word of(String key) {
        return new Word(key, null);
    }

    public static Word of(String key, Object arg) {
        return new Word(key, arg);
    }

    /** A phrase of the message language with several arguments ({0}, {1}, ...), each of which may be a word. */
    public static Word phrase(String key, Object... args) {
        return new Word(key, java.util.Arrays.asList(args));
    }
}
