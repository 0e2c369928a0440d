package io.champa.lint.camunda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The time formats Camunda 7 accepts in timers and retry cycles: ISO 8601 dates, durations and
 * repeating intervals, cron expressions (Quartz style, 6 or 7 fields) and EL expressions, which are
 * only known at run time and so always pass.
 */
final class IsoTime {

  private static final Pattern DURATION = Pattern.compile(
      "P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+([.,]\\d+)?S)?)?");
  private static final Pattern REPEAT = Pattern.compile("R(\\d*)");
  private static final Pattern CRON_FIELD = Pattern.compile("[0-9A-Za-z*?/,#\\-]+");

  private IsoTime() {
  }

  static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }

  static boolean isDuration(String value) {
    return DURATION.matcher(value.trim()).matches();
  }

  static boolean isDate(String value) {
    String text = value.trim();
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      // not with an offset; try local forms below
    }
    try {
      LocalDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      // try a plain date
    }
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** {@code R[n]/duration}, {@code R[n]/start/duration} or {@code R[n]/duration/end}; {@code requireCount} demands n. */
  static boolean isRepeatingInterval(String value, boolean requireCount) {
    String[] parts = value.trim().split("/", -1);
    if (parts.length < 2 || parts.length > 3) {
      return false;
    }
    var repeat = REPEAT.matcher(parts[0]);
    if (!repeat.matches() || (requireCount && repeat.group(1).isEmpty())) {
      return false;
    }
    if (parts.length == 2) {
      return isDuration(parts[1]);
    }
    return (isDate(parts[1]) && isDuration(parts[2])) || (isDuration(parts[1]) && isDate(parts[2]));
  }

  static boolean isCron(String value) {
    String[] fields = value.trim().split("\\s+");
    if (fields.length < 6 || fields.length > 7) {
      return false;
    }
    for (String field : fields) {
      if (!CRON_FIELD.matcher(field).matches()) {
        return false;
      }
    }
    // Quartz needs '?' in exactly one of day-of-month and day-of-week
    return fields[3].equals("?") ^ fields[5].equals("?");
  }
}
