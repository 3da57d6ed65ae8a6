package dev.crmroi.cli;

import dev.crmroi.core.config.CrmRoiConfig;
import dev.crmroi.store.Store;
import dev.crmroi.store.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The composition root's helpers: which configuration applies and which store to open. Every
 * command builds what it needs through here, so the rules are the same everywhere.
 */
final class Session {
  private Session() {}

  /**
   * The configuration: {@code --config}, else ./crm-roi.yaml, else a crm-roi.yaml inside one of
   * {@code importedDirs}, else the defaults; {@code --currency} overrides the reporting currency.
   */
  static CrmRoiConfig config(GlobalOptions global, List<Path> importedDirs) {
    Optional<Path> file = configFile(global, importedDirs);
    CrmRoiConfig config = file.map(f -> new ConfigLoader().load(f)).orElse(CrmRoiConfig.defaults());
    return global.currency().map(c -> withCurrency(config, c)).orElse(config);
  }

  /** The configuration file that applies, if any (see {@link #config}). */
  static Optional<Path> configFile(GlobalOptions global, List<Path> importedDirs) {
    Optional<Path> file = global.config();
    if (file.isEmpty() && Files.isRegularFile(Path.of("crm-roi.yaml"))) {
      file = Optional.of(Path.of("crm-roi.yaml"));
    }
    if (file.isEmpty()) {
      file =
          importedDirs.stream()
              .filter(Files::isDirectory)
              .map(d -> d.resolve("crm-roi.yaml"))
              .filter(Files::isRegularFile)
              .findFirst();
    }
    return file;
  }

  /** Opens (creating if needed) the store named by {@code --db}, for commands that write. */
  static Store store(GlobalOptions global, CrmRoiConfig config) {
    return Store.open(global.db, config.duckdb());
  }

  /**
   * Opens the store named by {@code --db} for commands that only read it; a missing file is a usage
   * error, not an empty store whose every KPI would read "nothing imported".
   */
  static Store existingStore(GlobalOptions global, CrmRoiConfig config) {
    if (!Files.isRegularFile(global.db)) {
      throw new UsageException(
          "there is no store at "
              + global.db
              + "; import data first (crm-roi import DIR) or try crm-roi demo, or name the store"
              + " with --db");
    }
    Store store = Store.open(global.db, config.duckdb());
    Optional<String> stored = store.reportingCurrency();
    if (stored.isPresent() && !stored.get().equals(config.reportingCurrency())) {
      store.close();
      throw new UsageException(
          "the store "
              + global.db
              + " holds amounts converted to "
              + stored.get()
              + " but the reporting currency asked for is "
              + config.reportingCurrency()
              + "; import into a new --db to report in "
              + config.reportingCurrency());
    }
    return store;
  }

  /** The configuration with another number of bootstrap replicates (at least 99). */
  static CrmRoiConfig withReplicates(CrmRoiConfig c, int replicates) {
    if (replicates < 99) {
      throw new UsageException("--replicates must be at least 99 but was " + replicates);
    }
    return c.withBootstrap(new CrmRoiConfig.Bootstrap(replicates, c.bootstrap().seed()));
  }

  private static CrmRoiConfig withCurrency(CrmRoiConfig c, String code) {
    String checked =
        new ConfigLoader().parse("reporting_currency: " + code, "--currency").reportingCurrency();
    return c.withReportingCurrency(checked);
  }
}
