package dev.crmroi.bench;

/** The benchmarks' tiny option parser: {@code --name value}. */
final class Args {
  private Args() {}

  static String get(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
