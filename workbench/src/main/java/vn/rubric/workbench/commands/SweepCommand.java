package vn.rubric.workbench.commands;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.rubric.rules.engine.RuleBase;
import vn.rubric.rules.pack.PackLoader;
import vn.rubric.dsl.pack.RulePack;
import vn.rubric.rules.score.Scorer;
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.simulate.Stats;
import vn.rubric.workbench.simulate.Summary;
import vn.rubric.workbench.simulate.Sweep;

/** {@code rubric sweep PACK --param NAME=FROM..TO[:STEP] --data FILE}: class counts for each value of one parameter. */
@Command(name = "sweep", mixinStandardHelpOptions = true)
public final class SweepCommand implements Callable<Integer> {

    /** More values than this is almost surely a typo in the step, and would take minutes. */
    static final int MAX_POINTS = 201;
    private static final Pattern RANGE = Pattern.compile("([^=]+)=(-?\\d+(?:\\.\\d+)?)\\.\\.(-?\\d+(?:\\.\\d+)?)(?::(\\d+(?:\\.\\d+)?))?");

    private final Workbench wb;

    @Parameters(index = "0", paramLabel = "PACK", defaultValue = ".", descriptionKey = "pack")
    Path pack;

    @Option(names = "--param", paramLabel = "NAME=FROM..TO[:STEP]", required = true, descriptionKey = "sweep.param")
    String param;

    @Option(names = "--data", paramLabel = "FILE", descriptionKey = "simulate.data")
    Path data;

    @Option(names = "--set", paramLabel = "NAME=VALUE", descriptionKey = "simulate.set")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "sweep.format")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output")
    Path output;

    public SweepCommand(Workbench wb) {
        this.wb = wb;
    }

    @Override
    public Integer call() throws IOException {
        Reporter reporter = ReportOutput.find(wb, format, Report.SweepRun.class);
        if (reporter == null) return ExitCode.USAGE;
        Matcher m = RANGE.matcher(param.strip());
        if (!m.matches()) return Packs.usage(wb, "sweep.bad-range", param);
        String name = m.group(1).strip();
        List<BigDecimal> values = values(new BigDecimal(m.group(2)), new BigDecimal(m.group(3)), new BigDecimal(m.group(4) == null ? "1" : m.group(4)));
        if (values == null) return Packs.usage(wb, "sweep.bad-step", param);
        if (values.size() > MAX_POINTS) return Packs.usage(wb, "sweep.too-many", values.size(), MAX_POINTS);
        // only validated and compiled here: each swept value builds its own rule base
        Packs.Loaded loaded = Packs.load(wb, pack, true, settings);
        if (loaded.pack() == null) return loaded.exitCode();
        RulePack p = loaded.pack();
        if (Packs.parameterValues(wb, p, Map.of(name, m.group(2))) == null) return ExitCode.USAGE;
        Path file = data != null ? data : DataFiles.defaultData(wb, p);
        if (file == null) return Packs.usage(wb, "score.no-data", p.folder().resolve(RulePack.DATA_FOLDER));
        List<DataFiles.Read> reads = DataFiles.read(wb, file, p.rubric());
        if (reads == null) return ExitCode.USAGE;
        DataFiles.Read read = reads.get(0);
        List<Sweep.Point> points = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i).doubleValue();
            progress(i + 1, values.size(), name, values.get(i));
            PackLoader.Result changed = PackLoader.withParameters(p, Map.of(name, v), wb.registry().functions());
            RuleBase.Result rb = changed.ok() ? RuleBase.build(changed.pack()) : null;
            if (rb == null || rb.ruleBase() == null) {
                // a value that breaks the rubric (e.g. a class minimum above the class before it) is shown, not fatal
                endProgress();
                Packs.print(wb, changed.ok() ? rb.diagnostics() : changed.diagnostics(), false);
                wb.err().println(wb.text().get("sweep.skipped", name, values.get(i).toPlainString()));
                failed = true;
                continue;
            }
            Scorer.Result result = new Scorer(rb.ruleBase()).score(read.units(), done -> {});
            Packs.print(wb, result.problems(), false);
            failed |= result.problems().hasErrors();
            double[] totals = result.sheets().stream().mapToDouble(s -> s.total()).toArray();
            points.add(new Sweep.Point(v, Summary.classCounts(changed.pack().rubric(), result.sheets()), Stats.of(totals)));
        }
        endProgress();
        var parameter = p.rubric().parameters().get(name);
        Sweep sweep = new Sweep(name, parameter.label(), parameter.value(), List.copyOf(points));
        ReportOutput.write(wb, reporter, new Report.SweepRun(p.rubric(), file, sweep), output);
        return failed ? ExitCode.FAILED : ExitCode.OK;
    }

    /** from, from+step, ... up to and including to; null when the step is 0 or goes the wrong way. */
    static List<BigDecimal> values(BigDecimal from, BigDecimal to, BigDecimal step) {
        if (step.signum() <= 0) return null;
        List<BigDecimal> out = new ArrayList<>();
        boolean up = to.compareTo(from) >= 0;
        for (BigDecimal v = from; up ? v.compareTo(to) <= 0 : v.compareTo(to) >= 0; v = up ? v.add(step) : v.subtract(step)) {
            out.add(v);
            if (out.size() > MAX_POINTS) break;
        }
        return out;
    }

    private void progress(int i, int n, String name, BigDecimal value) {
        if (System.console() == null) return;
        wb.err().print("\r" + wb.text().get("sweep.progress", i, n, name, value.toPlainString()) + "   ");
        wb.err().flush();
    }

    private void endProgress() {
        if (System.console() == null) return;
        wb.err().println();
        wb.err().flush();
    }
}
