package vn.rubric.workbench.platform;

import java.util.Optional;
import java.util.function.Function;
import vn.rubric.workbench.Workbench;

/**
 * A subcommand of the {@code rubric} CLI: a name and a factory for the picocli command
 * object (a class annotated with {@code @Command} that implements {@code Callable<Integer>}).
 */
public interface CommandContribution {

    String name();

    Object create(Workbench workbench);

    /**
     * The base name of a resource bundle (in the plugin's own jar) with the command's texts in
     * picocli's keys ({@code usage.description}, option {@code descriptionKey}s), so that they
     * follow {@code --lang}. Empty: the texts are the annotations' or the workbench's own.
     */
    default Optional<String> bundle() {
        return Optional.empty();
    }

    static CommandContribution of(String name, Function<Workbench, Object> factory) {
        return of(name, null, factory);
    }

    /** A command whose texts are in the bundle {@code bundle} (null: none). */
    static CommandContribution of(String name, String bundle, Function<Workbench, Object> factory) {
        return new CommandContribution() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object create(Workbench workbench) {
                return factory.apply(workbench);
            }

            @Override
            public Optional<String> bundle() {
                return Optional.ofNullable(bundle);
            }
        };
    }
}
