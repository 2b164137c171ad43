package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;

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
        Packs.Built built = Packs.build(wb, pack, false);
        if (built.ruleBase() == null) return built.exitCode();
        var compiled = built.ruleBase().pack().compiled();
        // the population rules (quotas) are a file of their own in the pack; printed after the unit
        // rules as one file, which takes one package line
        String drl = compiled.drl() + (compiled.hasPopulationRules()
                ? "\n" + compiled.populationDrl().replaceFirst("(?m)^package [^;]+;\n", "") : "");
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
