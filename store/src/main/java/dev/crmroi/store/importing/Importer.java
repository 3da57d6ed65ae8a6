package dev.crmroi.store.importing;

import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads CSV exports into the canonical store. One import is one transaction: either every file is
 * read (good rows upserted by key, bad rows recorded with a reason) or, when a file cannot be read
 * at all, nothing changes. Importing the same files twice leaves the same store.
 */
public final class Importer {
  private final Store store;

  public Importer(Store store) {
    this.store = store;
  }

  /**
   * Imports {@code sources} (files, directories, or {@code table=file}) read with {@code profile},
   * converting money into {@code reportingCurrency}.
   *
   * @throws ImportFailure when a source cannot be read; the store is then unchanged
   */
  public ImportReport run(
      List<String> sources, Profile profile, String reportingCurrency, ImportListener listener) {
    SourceResolver.Resolution resolved = new SourceResolver(profile).resolve(sources);
    if (resolved.files().isEmpty()) {
      throw new ImportFailure(
          "no file to import in "
              + sources
              + " (profile "
              + profile.name()
              + " expects names"
              + " like accounts.csv, opportunities.csv)");
    }
    Connection c = store.connection();
    try {
      c.setAutoCommit(false);
      try {
        ImportReport report = load(c, sources, resolved, profile, reportingCurrency, listener);
        c.commit();
        return report;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("import failed in the store: " + e.getMessage(), e);
    }
  }

  private ImportReport load(
      Connection c,
      List<String> sources,
      SourceResolver.Resolution resolved,
      Profile profile,
      String reportingCurrency,
      ImportListener listener)
      throws SQLException {
    ImportLog log = new ImportLog(c);
    log.checkCurrency(reportingCurrency);
    long importId = log.start(profile.name(), reportingCurrency, String.join(" ", sources));
    listener.started(resolved.files().stream().mapToLong(SourceFile::bytes).sum());
    FileImport fileImport = new FileImport(c, profile, reportingCurrency, importId, listener);
    List<FileCounts> counts = new ArrayList<>();
    long done = 0;
    for (SourceFile file : resolved.files()) {
      FileCounts fc = fileImport.run(file, done);
      log.file(importId, fc);
      counts.add(fc);
      listener.fileDone(fc);
      done += file.bytes();
    }
    Map<String, Long> orphans = new Orphans(c).count(counts);
    log.finish(importId);
    return new ImportReport(importId, counts, resolved.skipped(), orphans);
  }

  static long queryLong(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  static String sql(String name, Map<String, String> values) {
    return SqlResource.render(Importer.class, name, values);
  }
}
