package io.champa.system;

import java.util.Locale;

/** A {@code LIKE '%…%' ESCAPE '\'} pattern that matches the text literally, wildcards included. */
public final class SqlLike {

  /** The clause to put after {@code LIKE ?}. */
  public static final String ESCAPE = " ESCAPE '\\'";

  private SqlLike() {
  }

  public static String contains(String text) {
    String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
