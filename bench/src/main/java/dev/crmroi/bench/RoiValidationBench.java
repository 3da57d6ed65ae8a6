package dev.crmroi.bench;

import dev.crmroi.analytics.roi.MeasuredRoi;
import dev.crmroi.analytics.roi.RoiReport;
import dev.crmroi.analytics.roi.RoiReport.Estimate;
import dev.crmroi.analytics.roi.RoiReport.StreamResult;
import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.Scale;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.generator.Truth;
import dev.crmroi.store.Store;
import dev.crmroi.store.config.ConfigLoader;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The validation study of measured ROI (design: roi-method.md): over many seeded synthetic
 * companies with a known injected effect, how often the 95% interval of each benefit stream
 * contains the truth, how far the point estimate is from it, and how far the naive estimate is.
 * With {@code --effect 0} it checks that the intervals contain zero.
 */
public final class RoiValidationBench {
  private RoiValidationBench() {}

  public static void main(String[] args) throws Exception {
    int datasets = Integer.parseInt(Args.get(args, "--datasets", "100"));
    Scale scale = Scale.parse(Args.get(args, "--scale", "small"));
    double effect = Double.parseDouble(Args.get(args, "--effect", "1"));
    int replicates = Integer.parseInt(Args.get(args, "--replicates", "199"));
    boolean detail = List.of(args).contains("--detail");
    Map<String, Tally> tallies = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    for (int seed = 1; seed <= datasets; seed++) {
      Outcome o = run(seed, scale, effect, replicates);
      o.report().streams().forEach(s -> tally(tallies, s, o.truth()));
      tally(tallies, o.report().total(), o.truth());
      if (detail) {
        long at = seed;
        o.report().streams().forEach(s -> detail(at, s, o.truth()));
        detail(at, o.report().total(), o.truth());
      }
      if (seed % 10 == 0) {
        EndToEndBench.log("%d of %d datasets", seed, datasets);
      }
    }
    print(tallies, datasets, scale, effect, replicates, (System.nanoTime() - t0) / 1e9);
  }

  /** One dataset: generate, import into a fresh store, measure. */
  static Outcome run(long seed, Scale scale, double effect, int replicates) throws Exception {
    Path dir = Files.createTempDirectory("crm-roi-validation");
    try {
      Truth truth =
          SyntheticCrm.generate(
              GeneratorSpec.defaults(seed).withScale(scale).withEffectScale(effect),
              dir,
              GenerationListener.NONE);
      CrmRoiConfig config = new ConfigLoader().load(dir.resolve("crm-roi.yaml"));
      config = withReplicates(config, replicates, seed);
      try (Store store = Store.inMemory(new DuckDbSettings("2GB", 0))) {
        new Importer(store)
            .run(
                List.of(dir.toString()),
                new ProfileLoader().load("canonical"),
                config.reportingCurrency(),
                ImportListener.SILENT);
        return new Outcome(truth, new MeasuredRoi(store, config).run());
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static CrmRoiConfig withReplicates(CrmRoiConfig c, int replicates, long seed) {
    return c.withBootstrap(new CrmRoiConfig.Bootstrap(replicates, seed));
  }

  /** One line per dataset and stream: truth, headline with interval, naive. */
  private static void detail(long seed, StreamResult s, Truth truth) {
    Estimate head = s.headline();
    var ci = head.ci95().orElseThrow();
    System.out.printf(
        Locale.ROOT,
        "seed %3d %-22s truth %12.0f  estimate %12.0f [%12.0f, %12.0f]  naive %12.0f%n",
        seed,
        s.stream(),
        truthOf(s, truth),
        head.point(),
        ci.lower(),
        ci.upper(),
        s.estimates().get(0).point());
  }

  private static double truthOf(StreamResult s, Truth truth) {
    return s.stream().equals("total")
        ? truth.trueBenefitTotal()
        : truth.benefitByStream().getOrDefault(s.stream(), 0.0);
  }

  private static void tally(Map<String, Tally> tallies, StreamResult s, Truth truth) {
    double truthValue = truthOf(s, truth);
    Estimate head = s.headline();
    Estimate naive = s.estimates().get(0);
    tallies.computeIfAbsent(s.stream(), k -> new Tally()).add(truthValue, head, naive);
  }

  private static void print(
      Map<String, Tally> tallies,
      int datasets,
      Scale scale,
      double effect,
      int replicates,
      double seconds) {
    System.out.printf(
        Locale.ROOT,
        "Measured-ROI validation: %d %s datasets, effect x%.1f, %d"
            + " bootstrap replicates, %.0f s%n%n",
        datasets,
        scale.label(),
        effect,
        replicates,
        seconds);
    System.out.printf(
        Locale.ROOT,
        "%-22s %9s %12s %16s %16s %14s%n",
        "stream",
        "coverage",
        "mean truth",
        "median |error|",
        "naive |error|",
        "CI contains 0");
    tallies.forEach(
        (stream, t) ->
            System.out.printf(
                Locale.ROOT,
                "%-22s %8.0f%% %12.0f %15.0f%% %15.0f%% %13.0f%%%n",
                stream,
                100 * t.coverage(),
                t.meanTruth(),
                100 * t.medianRelativeError(false),
                100 * t.medianRelativeError(true),
                100 * t.zeroCoverage()));
  }

  record Outcome(Truth truth, RoiReport report) {}

  /** Coverage and errors of one stream over the datasets. */
  static final class Tally {
    private final List<double[]> rows = new ArrayList<>();

    void add(double truth, Estimate head, Estimate naive) {
      var ci = head.ci95().orElseThrow();
      rows.add(new double[] {truth, head.point(), ci.lower(), ci.upper(), naive.point()});
    }

    double coverage() {
      return rows.stream().filter(r -> r[2] <= r[0] && r[0] <= r[3]).count() / (double) rows.size();
    }

    double zeroCoverage() {
      return rows.stream().filter(r -> r[2] <= 0 && 0 <= r[3]).count() / (double) rows.size();
    }

    double meanTruth() {
      return rows.stream().mapToDouble(r -> r[0]).average().orElse(Double.NaN);
    }

    double medianRelativeError(boolean naive) {
      double[] e =
          rows.stream()
              .mapToDouble(
                  r -> Math.abs((naive ? r[4] : r[1]) - r[0]) / Math.max(Math.abs(r[0]), 1))
              .sorted()
              .toArray();
      return e.length == 0 ? Double.NaN : e[e.length / 2];
    }
  }
}
