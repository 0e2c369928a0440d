package io.champa.web;

import java.io.IOException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Turns every exception on a Champa API path into a problem document, before the host's own
 * resolvers or Boot's error page see it: a missing route, a wrong method, an unreadable body
 * and a bug all answer in the same shape. Requests outside Champa's API are left alone.
 *
 * <p>Client errors are logged once at DEBUG; unexpected ones at ERROR with a reference the
 * caller also gets, so a support request can be matched to the log line without the caller
 * seeing a stack trace.
 */
public class ProblemExceptionResolver implements HandlerExceptionResolver, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionResolver.class);

  private final ApiPaths paths;
  private final ProblemWriter writer;

  public ProblemExceptionResolver(ApiPaths paths, ProblemWriter writer) {
    this.paths = paths;
    this.writer = writer;
  }

  @Override
  public int getOrder() {
    // after Boot's DefaultErrorAttributes (HIGHEST_PRECEDENCE), which only records the error
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
      Exception exception) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!paths.isApi(path) || response.isCommitted()) {
      return null;
    }
    try {
      writer.write(response, toProblem(request, exception));
      return new ModelAndView();
    } catch (IOException e) {
      LOG.debug("Could not write problem response for {}", path, e);
      return null;
    }
  }

  private static Problem toProblem(HttpServletRequest request, Exception exception) {
    if (exception instanceof ApiProblem problem) {
      LOG.debug("{} {} -> {}: {}", request.getMethod(), request.getRequestURI(), problem.status().value(), problem.detail());
      return problem.toProblem();
    }
    if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
      // Spring's own wording talks of static resources; for an API the path is what is missing
      LOG.debug("{} {} -> 404: no endpoint", request.getMethod(), request.getRequestURI());
      return Problem.of(404, "Not Found", "No endpoint " + request.getMethod() + " " + request.getRequestURI());
    }
    if (exception instanceof ErrorResponse errorResponse) {
      HttpStatusCode status = errorResponse.getStatusCode();
      String title = errorResponse.getBody().getTitle();
      String detail = errorResponse.getBody().getDetail();
      LOG.debug("{} {} -> {}: {}", request.getMethod(), request.getRequestURI(), status.value(), detail);
      return Problem.of(status.value(), title != null ? title : "Error", detail);
    }
    if (exception instanceof HttpMessageNotReadableException) {
      LOG.debug("{} {} -> 400: unreadable body", request.getMethod(), request.getRequestURI());
      return Problem.of(400, "Bad request", "The request body is missing or is not valid JSON of the expected shape");
    }
    if (exception instanceof MultipartException) {
      LOG.debug("{} {} -> 400: unreadable multipart body", request.getMethod(), request.getRequestURI());
      return Problem.of(400, "Bad request", "The multipart request body is malformed or too large");
    }
    if (exception instanceof TypeMismatchException mismatch) {
      String name = mismatch.getPropertyName() != null ? mismatch.getPropertyName() : "a parameter";
      LOG.debug("{} {} -> 400: bad value for {}", request.getMethod(), request.getRequestURI(), name);
      return Problem.of(400, "Bad request", "Invalid value for " + name);
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("Unexpected error on {} {} (reference {})", request.getMethod(), request.getRequestURI(), reference,
        exception);
    return Problem.of(500, "Internal error", "Champa could not answer this request; reference " + reference
        + " in the server log");
  }
}
