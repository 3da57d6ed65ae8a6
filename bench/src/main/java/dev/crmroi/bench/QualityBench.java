package dev.crmroi.bench;

import dev.crmroi.analytics.quality.DuplicateGroup;
import dev.crmroi.analytics.quality.QualityAudit;
import dev.crmroi.analytics.quality.QualityWeights;
import dev.crmroi.core.config.CrmRoiConfig.DuckDbSettings;
import dev.crmroi.generator.GenerationListener;
import dev.crmroi.generator.GeneratorSpec;
import dev.crmroi.generator.Scale;
import dev.crmroi.generator.SyntheticCrm;
import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.importing.ImportListener;
import dev.crmroi.store.importing.Importer;
import dev.crmroi.store.importing.ProfileLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Duplicate search at scale: the medium synthetic CRM's contacts scaled up in SQL to about a
 * million (each copy a different person, the injected duplicates kept), then the contact duplicate
 * search (exact and fuzzy, with blocking) timed. Prints a line and writes JSON to bench/results/.
 */
public final class QualityBench {
  private QualityBench() {}

  public static void main(String[] args) throws Exception {
    long target = Long.parseLong(arg(args, "--contacts", "1000000"));
    int runs = Integer.parseInt(arg(args, "--runs", "3"));
    Path work = Path.of(arg(args, "--work", "bench/work"));
    Path data = work.resolve("medium-seed1");
    if (!Files.isRegularFile(data.resolve("contacts.csv"))) {
      SyntheticCrm.generate(
          GeneratorSpec.defaults(1).withScale(Scale.MEDIUM), data, GenerationListener.NONE);
    }
    Path db = work.resolve("quality.duckdb");
    Files.deleteIfExists(db);
    Files.deleteIfExists(Path.of(db + ".wal"));
    DuckDbSettings settings = new DuckDbSettings("3GB", 0);
    long contacts;
    try (Store store = Store.open(db, settings)) {
      new Importer(store)
          .run(
              List.of(data.resolve("contacts.csv").toString()),
              new ProfileLoader().load("canonical"),
              "USD",
              ImportListener.SILENT);
      try (Statement s = store.connection().createStatement()) {
        s.execute(
            SqlResource.render(
                QualityBench.class,
                "contacts_scaled.sql",
                Map.of("target", Long.toString(target))));
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM contacts")) {
          r.next();
          contacts = r.getLong(1);
        }
      }
    }
    Timing fuzzy = new Timing();
    int[] groups = new int[1];
    for (int i = 0; i < runs; i++) {
      try (Store store = Store.open(db, settings)) {
        QualityAudit audit = new QualityAudit(store, QualityWeights.defaults());
        fuzzy.time(
            () -> {
              List<DuplicateGroup> found = audit.duplicateGroups("contacts");
              groups[0] = found.size();
            });
      }
    }
    report(contacts, runs, groups[0], fuzzy);
  }

  private static void report(long contacts, int runs, int groups, Timing t) throws Exception {
    System.out.println(
        String.format(
            Locale.ROOT,
            "Quality benchmark: duplicate search over %,d contacts (exact + fuzzy, blocked),"
                + " median of %d runs: %.2f s, %,d groups, %d cores",
            contacts,
            runs,
            t.median(),
            groups,
            Runtime.getRuntime().availableProcessors()));
    String json =
        String.format(
            Locale.ROOT,
            "{\"benchmark\": \"quality\", \"contacts\": %d, \"runs\": %d, \"duplicate_search_s\":"
                + " %.3f, \"runs_s\": %s, \"groups\": %d, \"cores\": %d}%n",
            contacts,
            runs,
            t.median(),
            t.all(),
            groups,
            Runtime.getRuntime().availableProcessors());
    Path out =
        Path.of(
            "bench/results/quality-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
    Files.createDirectories(out.getParent());
    Files.writeString(out, json);
    System.out.println("Written " + out);
  }

  private static String arg(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
