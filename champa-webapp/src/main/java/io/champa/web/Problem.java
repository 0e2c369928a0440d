package io.champa.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error shape of Champa's API (RFC 9457 problem details).
 *
 * @param type a URI naming the kind of problem; {@code about:blank} when the status says it all
 * @param status the HTTP status
 * @param title a short summary that does not change between occurrences
 * @param detail what went wrong this time, for the caller
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, int status, String title, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", status, title, detail);
  }
}
