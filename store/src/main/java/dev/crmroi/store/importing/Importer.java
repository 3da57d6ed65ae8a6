package dev.crmroi.store.importing;

import dev.crmroi.store.SqlResource;
import dev.crmroi.store.Store;
import dev.crmroi.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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
  private final boolean numberByWindow;

  public Importer(Store store) {
    this(store, false);
  }

  /**
   * @param numberByWindow always number records with a window function, the fallback used when
   *     rowids are not contiguous (for tests of that path)
   */
  Importer(Store store, boolean numberByWindow) {
    this.store = store;
    this.numberByWindow = numberByWindow;
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
    FileImport fileImport = new FileImport(c, profile, reportingCurrency, listener, numberByWindow);
    List<SourceFile> files = resolved.files();
    try {
      try {
        new ImportLog(c).checkCurrency(reportingCurrency);
        listener.started(files.stream().mapToLong(SourceFile::bytes).sum());
        List<FileImport.Parsed> parsed = new ArrayList<>();
        long done = 0;
        for (int i = 0; i < files.size(); i++) {
          parsed.add(fileImport.parse(files.get(i), i, done));
          done += files.get(i).bytes();
        }
        return load(c, fileImport, sources, resolved, parsed, profile, reportingCurrency, listener);
      } finally {
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
          fileImport.drop(i);
        }
        listener.step("all", "drop staging tables", Duration.ofNanos(System.nanoTime() - start));
      }
    } catch (SQLException e) {
      throw new StoreException("import failed in the store: " + e.getMessage(), e);
    }
  }

  /** The second phase: one transaction that loads every parsed file, or changes nothing. */
  private ImportReport load(
      Connection c,
      FileImport fileImport,
      List<String> sources,
      SourceResolver.Resolution resolved,
      List<FileImport.Parsed> parsed,
      Profile profile,
      String reportingCurrency,
      ImportListener listener)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      ImportLog log = new ImportLog(c);
      long importId = log.start(profile.name(), reportingCurrency, String.join(" ", sources));
      List<FileCounts> counts = new ArrayList<>();
      long total = parsed.stream().mapToLong(p -> p.file().bytes()).sum();
      for (FileImport.Parsed p : parsed) {
        listener.progress(total, "saving " + p.file().table());
        FileCounts fc = fileImport.load(p, importId);
        log.file(importId, fc);
        counts.add(fc);
        listener.fileDone(fc);
      }
      long start = System.nanoTime();
      Map<String, Long> orphans = new Orphans(c).count(counts);
      listener.step("all", "count orphans", Duration.ofNanos(System.nanoTime() - start));
      log.finish(importId);
      start = System.nanoTime();
      c.commit();
      listener.step("all", "commit", Duration.ofNanos(System.nanoTime() - start));
      return new ImportReport(importId, counts, resolved.skipped(), orphans);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
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
