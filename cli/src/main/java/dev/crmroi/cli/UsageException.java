package dev.crmroi.cli;

/** A command was asked for something it cannot do as given; exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
