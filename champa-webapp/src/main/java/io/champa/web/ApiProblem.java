package io.champa.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * An error a client caused or should know about, answered as a problem document. The detail is
 * shown to the caller, so it must never carry secrets or internals.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final String type;
  private final Map<String, Object> extensions;

  public ApiProblem(HttpStatus status, String title, String detail) {
    this(status, null, title, detail, Map.of());
  }

  /**
   * @param kind the last segment of the problem type under {@link Problem#TYPE_BASE}, or
   *     {@code null} for {@code about:blank}
   */
  public ApiProblem(HttpStatus status, String kind, String title, String detail, Map<String, Object> extensions) {
    super(detail);
    this.status = status;
    this.title = title;
    this.type = kind == null ? "about:blank" : Problem.TYPE_BASE + kind;
    this.extensions = Map.copyOf(extensions);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail);
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return getMessage();
  }

  public Problem toProblem() {
    return new Problem(type, status.value(), title, getMessage(), extensions);
  }
}
