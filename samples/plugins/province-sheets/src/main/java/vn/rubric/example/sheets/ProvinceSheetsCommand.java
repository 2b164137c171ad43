package vn.rubric.example.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.dsl.compile.DrlCompiler;
import vn.rubric.dsl.diag.Diagnostic;
import vn.rubric.dsl.diag.Diagnostics;
import vn.rubric.dsl.expr.ExpressionFunction;
import vn.rubric.dsl.load.RubricLoader;
import vn.rubric.dsl.model.Criterion;
import vn.rubric.dsl.model.Item;
import vn.rubric.dsl.model.Rubric;
import vn.rubric.dsl.validate.Validator;
import vn.rubric.workbench.Workbench;

/**
 * {@code rubric province-sheets PACK [-o FILE] [--unit ID]...}: the blank workbook in the
 * province's layout ({@link Layout}) for a pack: one sheet per unit given (one template
 * sheet when none is), each listing the criteria and items with their maximum, an empty
 * "Điểm tự chấm" and, under "Minh chứng", the evidence fields each item is scored on, to
 * be filled in as {@code field = value}.
 */
@Command(name = "province-sheets", mixinStandardHelpOptions = true)
public final class ProvinceSheetsCommand implements Callable<Integer> {

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "province-sheets.xlsx", descriptionKey = "output")
    Path output;

    @Option(names = "--unit", paramLabel = "ID", descriptionKey = "unit")
    List<String> units;

    public ProvinceSheetsCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Path file = Files.isDirectory(pack) ? pack.resolve("rubric.yaml") : pack;
        RubricLoader.Result loaded = RubricLoader.load(file);
        Diagnostics problems = new Diagnostics();
        problems.addAll(loaded.diagnostics().all());
        // a rubric may call functions other plugins add to the language
        Map<String, ExpressionFunction> functions = wb.registry().functions();
        if (loaded.rubric() != null) problems.addAll(Validator.validate(loaded.rubric(), functions).all());
        if (problems.hasErrors()) {
            for (Diagnostic d : problems.sorted()) if (d.isError()) wb.err().println(wb.diagnostics().render(d));
            wb.err().flush();
            return 1;
        }
        Rubric rubric = loaded.rubric();
        Map<String, List<String>> reads = DrlCompiler.compile(rubric, functions).fieldsRead();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (String id : units == null || units.isEmpty() ? List.of("mau") : units) sheet(book.createSheet(id), id, rubric, reads, bold);
            // written whole or not at all, as the workbench's own outputs are
            Path tmp = Files.createTempFile(output.toAbsolutePath().getParent(), ".province-sheets", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                book.write(out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        wb.err().println(wb.text().get("written", output));
        wb.err().flush();
        return 0;
    }

    private static void sheet(Sheet s, String unitId, Rubric rubric, Map<String, List<String>> reads, CellStyle bold) {
        int r = 0;
        cells(s.createRow(r++), bold, Layout.TITLE);
        cells(s.createRow(r++), null, rubric.regulation().title());
        cells(s.createRow(r++), null, Layout.NAME + ":", "");
        cells(s.createRow(r++), null, Layout.ID + ":", unitId);
        cells(s.createRow(r++), null, Layout.KIND + ":", "");
        cells(s.createRow(r++), null, Layout.PARENT + ":", "");
        cells(s.createRow(r++), null, Layout.YEAR + ":", "");
        r++;
        cells(s.createRow(r++), bold, Layout.NO, Layout.CONTENT, Layout.MAX, Layout.SELF, Layout.EVIDENCE);
        for (Criterion c : rubric.criteria()) {
            Row row = cells(s.createRow(r++), bold, c.id(), c.title());
            row.createCell(2).setCellValue(c.max());
            for (Item i : c.items()) {
                List<String> fields = reads.getOrDefault(i.id(), List.of());
                row = cells(s.createRow(r++), null, i.id(), i.title());
                row.createCell(2).setCellValue(i.max());
                row.createCell(4).setCellValue(String.join("; ", fields.stream().map(f -> f + " = ").toList()));
            }
        }
        Row total = cells(s.createRow(r), bold, "", Layout.TOTAL);
        total.createCell(2).setCellValue(rubric.regulation().total());
        s.setColumnWidth(1, 70 * 256);
        s.setColumnWidth(4, 40 * 256);
    }

    private static Row cells(Row row, CellStyle style, String... texts) {
        for (int i = 0; i < texts.length; i++) {
            var c = row.createCell(i);
            c.setCellValue(texts[i]);
            if (style != null) c.setCellStyle(style);
        }
        return row;
    }
}
