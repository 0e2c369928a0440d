package io.champa.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the Prometheus text exposition format 0.0.4: per metric one {@code # HELP} and one
 * {@code # TYPE} line, then its samples. Label values are escaped as the format asks.
 */
public final class PrometheusText {

  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final StringBuilder out = new StringBuilder(4096);
  private final Map<String, Boolean> declared = new LinkedHashMap<>();

  /** Declares a gauge; samples follow with {@link #sample}. A second declaration of a name is ignored. */
  public PrometheusText gauge(String name, String help) {
    if (declared.putIfAbsent(name, Boolean.TRUE) == null) {
      out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
      out.append("# TYPE ").append(name).append(" gauge\n");
    }
    return this;
  }

  /** A declared gauge with one unlabelled sample. */
  public PrometheusText gauge(String name, String help, Number value) {
    return gauge(name, help).sample(name, value);
  }

  /** A sample; {@code labels} alternate name and value. A null value writes nothing. */
  public PrometheusText sample(String name, Number value, String... labels) {
    if (value == null) {
      return this;
    }
    out.append(name);
    if (labels.length > 0) {
      out.append('{');
      for (int i = 0; i + 1 < labels.length; i += 2) {
        if (i > 0) {
          out.append(',');
        }
        out.append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
      }
      out.append('}');
    }
    out.append(' ').append(format(value)).append('\n');
    return this;
  }

  static String escape(String value) {
    return (value == null ? "" : value).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String format(Number value) {
    double d = value.doubleValue();
    if (value instanceof Long || value instanceof Integer || d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString(value.longValue());
    }
    return Double.toString(d);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
