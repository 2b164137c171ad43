package vn.rubric.workbench.commands;

import vn.rubric.workbench.Workbench;

/**
 * A subcommand of the {@code rubric} CLI: a name and a factory for the picocli command
 * object (a class annotated with {@code @Command} that implements {@code Callable<Integer>}).
 */
public interface CommandContribution {

    String name();

    Object create(Workbench workbench);

    static CommandContribution of(String name, java.util.function.Function<Workbench, Object> factory) {
        return new CommandContribution() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object create(Workbench workbench) {
                return factory.apply(workbench);
            }
        };
    }
}
