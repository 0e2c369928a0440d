package io.champa.model;

/**
 * A BPMN or DMN file that Champa refuses to read: too large, not well-formed, carrying a DOCTYPE,
 * of the other model kind, or not a valid model. Carries the position of the problem when the XML
 * parser knows it, so a caller can point the user at the line.
 */
public class ModelParseException extends RuntimeException {

  /** Why the file was refused; lets a web layer choose the status (e.g. 413 for {@link #TOO_LARGE}). */
  public enum Reason {
    TOO_LARGE, MALFORMED, DOCTYPE_NOT_ALLOWED, WRONG_MODEL_TYPE, INVALID_MODEL
  }

  private final Reason reason;
  private final int line;
  private final int column;

  public ModelParseException(Reason reason, String message, int line, int column, Throwable cause) {
    super(line > 0 ? message + " (line " + line + ", column " + column + ")" : message, cause);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }

  public ModelParseException(Reason reason, String message) {
    this(reason, message, -1, -1, null);
  }

  public Reason reason() {
    return reason;
  }

  /** 1-based line of the problem, or -1 when the parser did not report one. */
  public int line() {
    return line;
  }

  /** 1-based column of the problem, or -1 when the parser did not report one. */
  public int column() {
    return column;
  }
}
