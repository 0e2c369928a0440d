package io.champa.lint.dmn;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decision-table input entry reduced to what overlap and gap checks can decide: any value
 * ({@code -} or empty), a set of string or boolean literals, a numeric interval, or something
 * else (FEEL functions, negations, variables, lists of numbers), which those checks skip.
 */
record Entry(Kind kind, Set<String> literals, Interval interval) {

  enum Kind { ANY, LITERALS, INTERVAL, OTHER }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)");
  private static final Pattern RANGE = Pattern.compile(
      "([\\[\\](])\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\.\\.\\s*(-?\\d+(?:\\.\\d+)?)\\s*([\\[\\])])");
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern STRING_LIST = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"(\\s*,\\s*\"(?:[^\"\\\\]|\\\\.)*\")*");

  static Entry parse(String text) {
    String value = text == null ? "" : text.trim();
    if (value.isEmpty() || value.equals("-")) {
      return new Entry(Kind.ANY, Set.of(), null);
    }
    if (value.equals("true") || value.equals("false")) {
      return new Entry(Kind.LITERALS, Set.of("boolean:" + value), null);
    }
    Set<String> strings = strings(value);
    if (strings != null) {
      return new Entry(Kind.LITERALS, strings, null);
    }
    if (NUMBER.matcher(value).matches()) {
      BigDecimal point = new BigDecimal(value);
      return new Entry(Kind.INTERVAL, Set.of(), new Interval(point, true, point, true));
    }
    Matcher comparison = COMPARISON.matcher(value);
    if (comparison.matches()) {
      BigDecimal bound = new BigDecimal(comparison.group(2));
      return new Entry(Kind.INTERVAL, Set.of(), switch (comparison.group(1)) {
        case "<" -> new Interval(null, false, bound, false);
        case "<=" -> new Interval(null, false, bound, true);
        case ">" -> new Interval(bound, false, null, false);
        default -> new Interval(bound, true, null, false);
      });
    }
    Matcher range = RANGE.matcher(value);
    if (range.matches()) {
      return new Entry(Kind.INTERVAL, Set.of(), new Interval(new BigDecimal(range.group(2)), range.group(1).equals("["),
          new BigDecimal(range.group(3)), range.group(4).equals("]")));
    }
    return new Entry(Kind.OTHER, Set.of(), null);
  }

  /** {@code "a"} or {@code "a","b"}: the literal strings, else {@code null}. */
  private static Set<String> strings(String value) {
    if (!STRING_LIST.matcher(value).matches()) {
      return null;
    }
    Set<String> result = new LinkedHashSet<>();
    Matcher matcher = STRING.matcher(value);
    while (matcher.find()) {
      result.add("string:" + matcher.group(1));
    }
    return result;
  }

  /** Whether some value matches both entries: TRUE, FALSE, or null when it cannot be decided. */
  Boolean overlaps(Entry other) {
    if (kind == Kind.ANY || other.kind == Kind.ANY) {
      return true;
    }
    if (kind == Kind.OTHER || other.kind == Kind.OTHER) {
      return null;
    }
    if (kind != other.kind) {
      return false;
    }
    if (kind == Kind.LITERALS) {
      return literals.stream().anyMatch(other.literals::contains);
    }
    return interval.intersects(other.interval);
  }

  /** A numeric interval; a {@code null} bound is unbounded. */
  record Interval(BigDecimal low, boolean lowInclusive, BigDecimal high, boolean highInclusive) {

    boolean intersects(Interval other) {
      return !before(this, other) && !before(other, this);
    }

    /** Whether every value of {@code a} lies below every value of {@code b}. */
    private static boolean before(Interval a, Interval b) {
      if (a.high == null || b.low == null) {
        return false;
      }
      int c = a.high.compareTo(b.low);
      return c < 0 || (c == 0 && !(a.highInclusive && b.lowInclusive));
    }

    String describe() {
      return (lowInclusive ? "[" : "(") + (low == null ? "-∞" : low.toPlainString()) + ".."
          + (high == null ? "∞" : high.toPlainString()) + (highInclusive ? "]" : ")");
    }
  }
}
