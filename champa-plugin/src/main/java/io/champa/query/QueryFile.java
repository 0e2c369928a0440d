package io.champa.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource file of named SQL queries, kept next to the feature that runs them.
 *
 * <pre>
 * -- name: definitionCount
 * SELECT COUNT(*) FROM ${prefix}ACT_RE_PROCDEF WHERE KEY_ = :key
 *
 * -- name: definitionCount.postgres
 * ...
 * </pre>
 *
 * Only {@code SELECT} and {@code WITH} statements are accepted: Champa never writes to the
 * Camunda database, and a file that tries is refused when it is loaded.
 */
public final class QueryFile {

  private static final Pattern NAME_LINE = Pattern.compile("^--\\s*name:\\s*([A-Za-z0-9_.-]+)\\s*$", Pattern.MULTILINE);
  private static final Pattern READ_ONLY = Pattern.compile("^\\s*(SELECT|WITH)\\b", Pattern.CASE_INSENSITIVE);

  private final String location;
  private final Map<String, String> queries;

  private QueryFile(String location, Map<String, String> queries) {
    this.location = location;
    this.queries = Collections.unmodifiableMap(queries);
  }

  /**
   * Loads a query file from the class path, relative to {@code anchor}'s package, e.g.
   * {@code QueryFile.load(HomeQueries.class, "home.sql")}.
   */
  public static QueryFile load(Class<?> anchor, String fileName) {
    String location = anchor.getPackageName().replace('.', '/') + "/" + fileName;
    try (InputStream in = anchor.getClassLoader().getResourceAsStream(location)) {
      if (in == null) {
        throw new IllegalArgumentException("Query file not found on the class path: " + location);
      }
      return parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read query file " + location, e);
    }
  }

  static QueryFile parse(String location, String text) {
    Map<String, String> queries = new LinkedHashMap<>();
    Matcher matcher = NAME_LINE.matcher(text);
    String name = null;
    int bodyStart = 0;
    while (matcher.find()) {
      if (name != null) {
        put(location, queries, name, text.substring(bodyStart, matcher.start()));
      }
      name = matcher.group(1);
      bodyStart = matcher.end();
    }
    if (name != null) {
      put(location, queries, name, text.substring(bodyStart));
    }
    return new QueryFile(location, queries);
  }

  private static void put(String location, Map<String, String> queries, String name, String body) {
    String sql = stripComments(body).trim();
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).trim();
    }
    if (!READ_ONLY.matcher(sql).find()) {
      throw new IllegalArgumentException(location + ": query '" + name + "' is not a SELECT; Champa only reads");
    }
    if (queries.put(name, sql) != null) {
      throw new IllegalArgumentException(location + ": query '" + name + "' is defined twice");
    }
  }

  private static String stripComments(String body) {
    StringBuilder out = new StringBuilder();
    for (String line : body.split("\n")) {
      if (!line.trim().startsWith("--")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  /** The SQL of a query for a dialect: its dialect variant where there is one, else the plain one. */
  public String sql(String name, SqlDialect dialect) {
    String variant = queries.get(name + "." + dialect.suffix());
    String sql = variant != null ? variant : queries.get(name);
    if (sql == null) {
      throw new IllegalArgumentException(location + " has no query named '" + name + "'");
    }
    return sql;
  }

  /** The names of all queries in the file, variants included. */
  public Set<String> names() {
    return queries.keySet();
  }

  public String location() {
    return location;
  }
}
