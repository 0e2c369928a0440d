package io.champa.query;

/** A read-only query that could not run; names the query, never the bound values. */
public class QueryException extends RuntimeException {

  public QueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
