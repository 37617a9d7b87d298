package org.parley.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The targets of issue 12, each measured side by side with its floor in one run: every command is a whole process,
 * as a person runs it, and its cost is the CPU seconds the process used (user + system, read from this process's
 * {@code cutime}/{@code cstime} in {@code /proc/self/stat}, which the kernel adds a child's to once it is waited
 * for), the median of several runs. Floors are {@code parley --version} and H2's own {@code CSVREAD} and
 * {@code CSVWRITE} in a plain H2 process on the same files. Run:
 * {@code mvn -B -q -Pbench -DskipTests package && java -cp target/benchmarks.jar org.parley.bench.Targets}
 * ({@code --sizes 1000,10000 --runs 5 --jar target/parley.jar}). {@code --java-options "..."} starts every process,
 * Parley's and H2's, with those options: the launcher's ({@code target/parley}, decision 0025) to measure Parley as
 * it is started. Linux only: it reads {@code /proc}.
 */
public final class Targets {

    private static final String SAMPLE = "FY27 strategy offsite";
    private static final String NOT_MEASURED = "not measured here";

    private final List<String> launcher;
    private final int runs;
    private final Path work;
    private final PrintStream out;
    private final List<String> rows = new ArrayList<>();

    Targets(List<String> launcher, int runs, Path work, PrintStream out) {
        this.launcher = launcher;
        this.runs = runs;
        this.work = work;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(1_000, 10_000);
        int runs = 5;
        String classpath = "target/parley.jar";
        List<String> options = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> Integer.parseInt(s.strip())).toList();
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jar", "--classpath" -> classpath = args[++i];
                case "--java-options" -> options = List.of(args[++i].strip().split("\\s+"));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; use --sizes N,N --runs R --jar PATH (or --classpath CP) --java-options \"...\"");
            }
        }
        Path work = Files.createTempDirectory("parley-targets");
        try {
            run(sizes, runs, classpath, options, work, System.out);
        } finally {
            delete(work);
        }
    }

    /**
     * Measures every target at every size and prints the table. {@code classpath} is Parley's fat jar, or any class
     * path holding Parley and H2; each process is started with the Java that runs this, with {@code options}.
     */
    static void run(List<Integer> sizes, int runs, String classpath, List<String> options, Path work, PrintStream out)
            throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> launcher = new ArrayList<>();
        launcher.add(java);
        launcher.addAll(options);
        launcher.addAll(List.of("-cp", classpath));
        Targets targets = new Targets(launcher, runs, work, out);
        out.println(machine());
        out.println("Java options: " + (options.isEmpty() ? "none" : String.join(" ", options)));
        targets.measure(sizes);
        targets.print();
    }

    private void measure(List<Integer> sizes) throws IOException {
        double version = median(() -> parley(null, "--version"));
        Path sample = work.resolve("sample");
        parley(store(sample), "workshops");
        row("`--version`", "-", version, "(the floor)", Double.NaN, "-");
        for (String[] command : List.of(new String[] {"workshops"}, new String[] {"report", SAMPLE, "--json"},
                new String[] {"verify"})) {
            double cpu = median(() -> parley(store(sample), command));
            row("`" + String.join(" ", command).replace(SAMPLE, "SAMPLE") + "` on the sample store", "-", cpu,
                    "`--version`", version, "\u2264 2\u00d7");
        }
        for (int size : sizes) {
            measure(size, sample);
        }
        for (String work : List.of("window: start to first frame, 10,000 vs the sample",
                "window: FX-thread pauses switching screen, filtering, hovering the map",
                "heap after GC, 10,000-initiative workshop open",
                "divergence analysis + kappa, 10,000 (JMH: DivergenceEngineBenchmark)")) {
            rows.add("| " + work + " | | " + NOT_MEASURED + " | | | | |");
        }
    }

    private void measure(int size, Path sample) throws IOException {
        Path folder = Files.createDirectories(work.resolve(Integer.toString(size)));
        Path initiatives = folder.resolve("initiatives.csv");
        Path firstScores = folder.resolve("scores-ciso.csv");
        Path secondScores = folder.resolve("scores-cto.csv");
        Files.writeString(initiatives, BenchFiles.initiatives(size), StandardCharsets.UTF_8);
        Files.writeString(firstScores, BenchFiles.scores(size, 0), StandardCharsets.UTF_8);
        Files.writeString(secondScores, BenchFiles.scores(size, 1), StandardCharsets.UTF_8);
        String n = String.format(Locale.ROOT, "%,d", size);

        double csvread = median(() -> h2(fresh(folder.resolve("h2-read")), "CREATE TABLE T AS SELECT * FROM CSVREAD('"
                + initiatives + "')"));
        double scoresRead = median(() -> h2(fresh(folder.resolve("h2-read")), "CREATE TABLE T AS SELECT * FROM CSVREAD('"
                + firstScores + "')"));
        Path wide = fresh(folder.resolve("h2-wide"));
        h2(wide, BenchFiles.wideTable(size));
        double csvwrite = median(() -> h2(wide, "CALL CSVWRITE('" + folder.resolve("wide.csv") + "', 'SELECT * FROM R')"));

        Path imported = folder.resolve("imported");
        double importing = median(() -> parley(copy(sample, imported), "import", "Bench", initiatives.toString()));
        row("`import` initiatives", n, importing, "`CSVREAD` of the file", csvread, "\u2264 2\u00d7");
        Path scored = folder.resolve("scored");
        double scoring = median(() -> parley(copy(imported, scored), "import-scores", "Bench", "CISO",
                firstScores.toString()));
        row("`import-scores`, one party", n, scoring, "`CSVREAD` of the file", scoresRead, "\u2264 3\u00d7");
        parley(store(scored), "import-scores", "Bench", "CTO", secondScores.toString());
        Path revealed = folder.resolve("revealed");
        double revealing = median(() -> parley(copy(scored, revealed), "reveal", "Bench"));
        row("`reveal`", n, revealing, "2 s", 2.0, "\u2264 1\u00d7");

        Path generated = folder.resolve("generated");
        double generating = parley(copy(sample, generated), "generate", "Generated", "--initiatives",
                Integer.toString(size), "--seed", "1");
        row("`generate` (setup for the rows below; one run)", n, generating, "", Double.NaN, "-");
        double report = median(() -> parley(store(generated), "report", "Generated", "--json"));
        row("`report --json`", n, report, "2 s", 2.0, "\u2264 1\u00d7");
        double verify = median(() -> parley(store(generated), "verify"));
        row("`verify`", n, verify, "2 s", 2.0, "\u2264 1\u00d7");
        Path exported = folder.resolve("exported");
        double export = median(() -> parley(copy(generated, exported), "export", "Generated",
                folder.resolve("register.csv").toString(), "--all"));
        row("`export --all`", n, export, "`CSVWRITE`, 30 columns", csvwrite, "\u2264 1.5\u00d7");
    }

    private void row(String work, String size, double cpu, String floor, double floorCpu, String target) {
        String ratio = Double.isNaN(floorCpu) ? "" : String.format(Locale.ROOT, "%.1f\u00d7", cpu / floorCpu);
        String meets = "";
        if (!Double.isNaN(floorCpu) && target.startsWith("\u2264 ")) {
            double limit = Double.parseDouble(target.substring(2, target.length() - 1));
            meets = cpu <= limit * floorCpu ? "yes" : "no";
        }
        rows.add(String.format(Locale.ROOT, "| %s | %s | %.2f | %s | %s | %s | %s %s |", work, size, cpu, floor,
                Double.isNaN(floorCpu) ? "" : String.format(Locale.ROOT, "%.2f", floorCpu), ratio, target, meets));
    }

    private void print() {
        out.println();
        out.println("CPU seconds of the whole process, median of " + runs + (runs == 1 ? " run" : " runs") + ".");
        out.println();
        out.println("| work | initiatives | CPU s | floor | floor CPU s | ratio | target, met |");
        out.println("|---|---|---|---|---|---|---|");
        rows.forEach(out::println);
    }

    /** Cores, CPU model, Java version and load, which the figures depend on. */
    static String machine() throws IOException {
        String model = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            model = lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(model);
        }
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + model + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", load average " + load;
    }

    // measuring

    interface Measured {
        double cpu() throws IOException;
    }

    private double median(Measured measured) throws IOException {
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            cpu[i] = measured.cpu();
        }
        Arrays.sort(cpu);
        return runs % 2 == 1 ? cpu[runs / 2] : (cpu[runs / 2 - 1] + cpu[runs / 2]) / 2;
    }

    /** Runs Parley on the store (none for --version) and returns the CPU seconds its process used. */
    private double parley(Path store, String... args) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.add("org.parley.app.Main");
        if (store != null) {
            command.add("--db");
            command.add(store.toString());
        }
        command.addAll(List.of(args));
        return cpuOf(command);
    }

    /** Runs SQL in a plain H2 process on the database at {@code base} and returns its CPU seconds. */
    private double h2(Path base, String sql) throws IOException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("org.h2.tools.Shell", "-url", "jdbc:h2:" + base, "-user", "sa", "-password", "",
                "-sql", sql));
        return cpuOf(command);
    }

    /** The CPU seconds of the child: what the kernel adds to this process's children's times when it is reaped. */
    private double cpuOf(List<String> command) throws IOException {
        Path log = work.resolve("child.log");
        long before = childrenTicks();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        int exit;
        try {
            exit = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command, e);
        }
        long after = childrenTicks();
        if (exit != 0) {
            throw new IOException("Exit " + exit + " from " + String.join(" ", command) + ":\n" + Files.readString(log));
        }
        return (after - before) / 100.0;
    }

    /** cutime + cstime of this process, in clock ticks (100 a second on Linux, USER_HZ). */
    private static long childrenTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }

    // files

    private static Path store(Path folder) throws IOException {
        return Files.createDirectories(folder).resolve("parley.mv.db");
    }

    /** A copy of the store in {@code from}, in {@code to}, replacing what was there, for a command that changes it. */
    private static Path copy(Path from, Path to) throws IOException {
        delete(to);
        Files.createDirectories(to);
        Files.copy(store(from), to.resolve("parley.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        return to.resolve("parley.mv.db");
    }

    /** The base name of an empty H2 database in {@code folder}. */
    private static Path fresh(Path folder) throws IOException {
        delete(folder);
        return Files.createDirectories(folder).resolve("h2");
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
