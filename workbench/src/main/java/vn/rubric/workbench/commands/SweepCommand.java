package vn.rubric.workbench.commands;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
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
import vn.rubric.workbench.Workbench;
import vn.rubric.workbench.platform.Report;
import vn.rubric.workbench.platform.Reporter;
import vn.rubric.workbench.workspace.Outcome;

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
        Console console = new Console(wb);
        Matcher m = RANGE.matcher(param.strip());
        if (!m.matches()) return console.usage("sweep.bad-range", param);
        String name = m.group(1).strip();
        BigDecimal from = new BigDecimal(m.group(2)), to = new BigDecimal(m.group(3)), step = new BigDecimal(m.group(4) == null ? "1" : m.group(4));
        if (step.signum() <= 0) return console.usage("sweep.bad-step", param);
        // counted, not listed: a step of 0.001 over a million would be a billion values
        BigInteger count = count(from, to, step);
        if (count.compareTo(BigInteger.valueOf(MAX_POINTS)) > 0) return console.usage("sweep.too-many", count, MAX_POINTS);
        List<BigDecimal> values = values(from, to, step);
        Outcome<Report.SweepRun> swept = console.workspace().sweep(pack, name, values, data, settings, console.progress(new Timings(false)));
        int exit = console.finish(swept);
        if (!swept.hasValue()) return exit;
        ReportOutput.write(wb, reporter, swept.value(), output);
        return exit;
    }

    /** How many values from, from+step, ... up to and including to are; the step is above 0. */
    static BigInteger count(BigDecimal from, BigDecimal to, BigDecimal step) {
        return to.subtract(from).abs().divide(step, 0, RoundingMode.FLOOR).toBigInteger().add(BigInteger.ONE);
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
}
