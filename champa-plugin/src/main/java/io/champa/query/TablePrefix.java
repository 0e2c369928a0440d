package io.champa.query;

import java.util.regex.Pattern;

/**
 * The engine's table prefix ({@code databaseTablePrefix}, e.g. {@code camunda.}), checked before
 * it is put into SQL text: it is the one thing that cannot be a bound parameter.
 */
final class TablePrefix {

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_]*\\.?[A-Za-z0-9_]*");

  private TablePrefix() {
  }

  static String checked(String prefix) {
    String value = prefix == null ? "" : prefix;
    if (!SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException("Unsupported engine table prefix '" + value
          + "': only letters, digits, '_' and one '.' are allowed");
    }
    return value;
  }
}
