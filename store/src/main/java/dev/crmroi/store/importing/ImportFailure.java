package dev.crmroi.store.importing;

/**
 * An import that cannot go on: a file that cannot be read at all (not CSV, missing a required
 * column, not UTF-8), or an unusable profile. Nothing of the import is kept.
 */
public final class ImportFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportFailure(String message) {
    super(message);
  }

  public ImportFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
