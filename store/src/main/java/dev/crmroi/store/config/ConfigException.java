package dev.crmroi.store.config;

/** A configuration file that cannot be used; the message names the key, the value and the rule. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConfigException(String message) {
    super(message);
  }

  static ConfigException invalid(String key, Object value, String allowed) {
    return new ConfigException(
        "configuration key '" + key + "' has value '" + value + "': " + allowed);
  }
}
