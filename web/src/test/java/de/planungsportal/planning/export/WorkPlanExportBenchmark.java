package de.planungsportal.planning.export;

import de.planungsportal.planning.PlanFixture;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How long the exports of a plan of 200 measures (20 goals, 8 departments) take, and how large the
 * files are. Not a test: run it on demand (see the README) and read the figures.
 *
 * <pre>
 * ./mvnw -o -q -pl web test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=de.planungsportal.planning.export.WorkPlanExportBenchmark
 * </pre>
 */
public final class WorkPlanExportBenchmark {

  private static final int WARM_UP = 15;
  private static final int RUNS = 15;

  private WorkPlanExportBenchmark() {}

  public static void main(String[] args) {
    PlanFixture.Plan plan = PlanFixture.sized(20, 200, 8);
    ExportText text = new ExportText(Locale.GERMAN);
    System.out.printf(
        "Plan: %d goals, %d measures, %d decisions; %d warm-up runs, median of %d%n",
        plan.version().getGoals().size(),
        plan.version().measures().size(),
        plan.decisions().size(),
        WARM_UP,
        RUNS);
    measure("PDF ", out -> new WorkPlanPdf(text).write(plan.version(), plan.decisions(), out));
    measure("XLSX", out -> new WorkPlanXlsx(text).write(plan.version(), plan.decisions(), out));
  }

  private static void measure(String label, Consumer<ByteArrayOutputStream> export) {
    int size = 0;
    for (int i = 0; i < WARM_UP; i++) {
      size = run(export).size();
    }
    long[] millis = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      run(export);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    System.out.printf(
        "%s median %d ms (min %d, max %d), %,d bytes%n",
        label, millis[RUNS / 2], millis[0], millis[RUNS - 1], size);
  }

  private static ByteArrayOutputStream run(Consumer<ByteArrayOutputStream> export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    export.accept(out);
    return out;
  }
}
