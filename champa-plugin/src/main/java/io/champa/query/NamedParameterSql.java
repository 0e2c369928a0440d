package io.champa.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL with {@code :name} parameters turned into JDBC's positional {@code ?}, remembering the
 * order, so values are always bound and never spliced into the text. Quoted strings, quoted
 * identifiers and PostgreSQL's {@code ::} casts are left alone.
 */
record NamedParameterSql(String jdbcSql, List<String> parameterNames) {

  static NamedParameterSql parse(String sql) {
    StringBuilder jdbc = new StringBuilder(sql.length());
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = sql.indexOf(c, i + 1);
        end = end < 0 ? sql.length() - 1 : end;
        jdbc.append(sql, i, end + 1);
        i = end + 1;
      } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
        jdbc.append("::");
        i += 2;
      } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
          end++;
        }
        names.add(sql.substring(i + 1, end));
        jdbc.append('?');
        i = end;
      } else {
        jdbc.append(c);
        i++;
      }
    }
    return new NamedParameterSql(jdbc.toString(), List.copyOf(names));
  }

  /** The values in binding order. */
  Object[] values(Map<String, ?> parameters) {
    Object[] values = new Object[parameterNames.size()];
    for (int i = 0; i < values.length; i++) {
      String name = parameterNames.get(i);
      if (!parameters.containsKey(name)) {
        throw new IllegalArgumentException("No value given for query parameter :" + name);
      }
      values[i] = parameters.get(name);
    }
    return values;
  }
}
