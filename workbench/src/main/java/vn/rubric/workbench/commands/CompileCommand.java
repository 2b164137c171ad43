package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.workspace.Outcome;

/** {@code rubric compile PACK}: prints the DRL the rubric compiles to, after Drools has built it. */

@Command(name = "compile", mixinStandardHelpOptions = true)
public final class CompileCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    public CompileCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Console console = new Console(wb);
        Outcome<String> compiled = console.workspace().compile(pack);
        int exit = console.finish(compiled);
        if (!compiled.ok()) return exit;
        String drl = compiled.value();
        if (output == null) {
            wb.out().print(drl);
            wb.out().flush();
        } else {
            AtomicFiles.write(output, drl);
            wb.err().println(wb.text().get("written", output));
            wb.err().flush();
        }
        return ExitCode.OK;
    }
}
