package vn.rubric.workbench.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.documents.SheetImport;
import vn.rubric.workbench.workspace.Outcome;

/**
 * {@code rubric import-sheet FILE.docx|FILE.xlsx -o FOLDER}: a new pack from a province's
 * scoring table, with its titles, points and tier wording, and each condition left as a marked
 * placeholder that {@code rubric validate FOLDER} then lists.
 */
@Command(name = "import-sheet", mixinStandardHelpOptions = true)
public final class ImportSheetCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import-sheet.file")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FOLDER", required = true, descriptionKey = "import-sheet.output")
    Path folder;

    public ImportSheetCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() {
        Console console = new Console(wb);
        Outcome<SheetImport.Imported> imported = console.workspace().importSheet(file, folder);
        int exit = console.finish(imported);
        if (!imported.hasValue()) return exit;
        SheetImport.Imported i = imported.value();
        wb.out().println(wb.text().get("import-sheet.done", i.folder(), i.criteria(), i.items(), i.tiers()));
        if (i.ratingClasses() == 0) wb.out().println(wb.text().get("import-sheet.no-rating"));
        wb.out().println(wb.text().get("import-sheet.next", i.undecided(), i.folder()));
        wb.out().flush();
        return exit;
    }
}
