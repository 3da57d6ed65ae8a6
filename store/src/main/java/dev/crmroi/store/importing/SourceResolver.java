package dev.crmroi.store.importing;

import dev.crmroi.core.schema.CanonicalSchema;
import dev.crmroi.core.schema.TableSpec;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Turns the command line's sources (files, directories, or {@code table=file}) into the files to
 * import, using the profile's file-name patterns; files in a directory that match no table are
 * listed as skipped, not an error.
 */
final class SourceResolver {
  private final Profile profile;

  SourceResolver(Profile profile) {
    this.profile = profile;
  }

  /** The files to import in canonical table order, and the directory files skipped. */
  Resolution resolve(List<String> sources) {
    List<SourceFile> files = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (String source : sources) {
      int eq = source.indexOf('=');
      if (eq > 0 && CanonicalSchema.table(source.substring(0, eq)).isPresent()) {
        files.add(file(source.substring(0, eq), Path.of(source.substring(eq + 1))));
      } else {
        addPath(Path.of(source), files, skipped);
      }
    }
    List<String> order = CanonicalSchema.tables().stream().map(TableSpec::name).toList();
    files.sort(
        Comparator.comparingInt((SourceFile f) -> order.indexOf(f.table()))
            .thenComparing(f -> f.path().toString()));
    return new Resolution(files, skipped);
  }

  private void addPath(Path path, List<SourceFile> files, List<Path> skipped) {
    if (Files.isDirectory(path)) {
      try (Stream<Path> entries = Files.list(path)) {
        for (Path p : entries.filter(Files::isRegularFile).sorted().toList()) {
          if (isStoreFile(p)) {
            continue;
          }
          tableOf(p).ifPresentOrElse(t -> files.add(file(t, p)), () -> skipped.add(p));
        }
      } catch (IOException e) {
        throw new ImportFailure("cannot list directory " + path + ": " + e.getMessage(), e);
      }
    } else if (Files.isRegularFile(path)) {
      String table =
          tableOf(path)
              .orElseThrow(
                  () ->
                      new ImportFailure(
                          path
                              + " matches no table of profile "
                              + profile.name()
                              + " (e.g. accounts.csv); name the table with accounts="
                              + path));
      files.add(file(table, path));
    } else {
      throw new ImportFailure(path + ": no such file or directory");
    }
  }

  /** A store kept beside its data is not an unknown export file worth mentioning. */
  private static boolean isStoreFile(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".duckdb") || name.endsWith(".duckdb.wal");
  }

  private Optional<String> tableOf(Path file) {
    Path name = Path.of(file.getFileName().toString().toLowerCase(Locale.ROOT));
    for (TableSpec t : CanonicalSchema.tables()) {
      Profile.TableMapping m = profile.tables().get(t.name());
      if (m != null && m.files().stream().anyMatch(g -> matcher(g).matches(name))) {
        return Optional.of(t.name());
      }
    }
    return Optional.empty();
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
  }

  private SourceFile file(String table, Path path) {
    if (!profile.tables().containsKey(table)) {
      throw new ImportFailure("profile " + profile.name() + " does not read table " + table);
    }
    try {
      return new SourceFile(table, path, Files.size(path));
    } catch (IOException e) {
      throw new ImportFailure(path + ": no such file or cannot read it", e);
    }
  }

  /**
   * The outcome of resolving sources.
   *
   * @param files files to import, in load order
   * @param skipped files in a directory that match no table
   */
  record Resolution(List<SourceFile> files, List<Path> skipped) {}
}
