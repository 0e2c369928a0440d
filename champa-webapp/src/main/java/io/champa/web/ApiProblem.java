package io.champa.web;

import org.springframework.http.HttpStatus;

/**
 * An error a client caused or should know about, answered as a problem document with this
 * status, title and detail. The detail is shown to the caller, so it must never carry secrets
 * or internals.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public ApiProblem(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", detail);
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
}
