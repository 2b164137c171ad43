package vn.rubric.workbench.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric document PACK --kind appendix}, {@code rubric document BASE DRAFT --kind
 * comparison} and {@code rubric document BASE DRAFT --data FILE --kind impact}: the documents a
 * drafter hands on (the decision's appendix, the comparison of current and amended text, the
 * impact on the units), written by the {@code docx} reporter of each kind of report.
 */
@Command(name = "document", mixinStandardHelpOptions = true)
public final class DocumentCommand implements Callable<Integer> {

    /** Each kind of document and the report it writes, in the order the help lists them. */
    static final Map<String, Class<? extends Report>> KINDS = kinds();

    private static Map<String, Class<? extends Report>> kinds() {
        Map<String, Class<? extends Report>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("appendix", Report.Sheet.class);
        kinds.put("comparison", Report.Changes.class);
        kinds.put("impact", Report.Diff.class);
        return java.util.Collections.unmodifiableMap(kinds);
    }

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", descriptionKey = "document.pack")
    Path pack;

    @Parameters(index = "1", paramLabel = "DRAFT", arity = "0..1", descriptionKey = "document.draft")
    Path draft;

    @Option(names = "--kind", paramLabel = "KIND", required = true, descriptionKey = "document.kind")
    String kind;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "document.data")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "document.output")
    Path output;

    public DocumentCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Class<? extends Report> report = KINDS.get(kind);
        if (report == null) return Console.usage(wb, "document.unknown-kind", kind, String.join(", ", KINDS.keySet()));
        boolean appendix = kind.equals("appendix");
        if (appendix && draft != null) return Console.usage(wb, "document.one-pack", kind);
        if (!appendix && draft == null) return Console.usage(wb, "document.needs-draft", kind);
        if (data != null && !kind.equals("impact")) return Console.usage(wb, "document.data-only-impact", kind);
        Reporter reporter = ReportOutput.find(wb, "docx", report);
        if (reporter == null) return ExitCode.USAGE;
        Console console = new Console(wb);
        Outcome<? extends Report> made = switch (kind) {
            case "appendix" -> console.workspace().sheet(pack);
            case "comparison" -> console.workspace().changes(pack, draft);
            default -> console.workspace().compare(pack, draft, data, Map.of(), console.progress(new Timings(false)));
        };
        int exit = console.finish(made);
        if (!made.hasValue()) return exit;
        ReportOutput.write(wb, reporter, made.value(), output);
        return exit;
    }
}
