package io.champa.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

import io.champa.model.ModelParseException;
import io.champa.model.ModelParser;

/** The problems every model upload answers with: 413 over the size limit, 400 with line and column. */
public final class ModelProblems {

  private ModelProblems() {
  }

  /** 413 for a model file over {@link ModelParser#DEFAULT_MAX_BYTES}. */
  public static ApiProblem tooLarge(String what) {
    return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "model-too-large", "Model too large",
        "The " + what + " is larger than " + ModelParser.DEFAULT_MAX_BYTES / (1024 * 1024) + " MB", Map.of());
  }

  /** The problem for a model that did not parse; {@code side} names which of several files, or null. */
  public static ApiProblem of(ModelParseException e, String what, String side) {
    if (e.reason() == ModelParseException.Reason.TOO_LARGE) {
      return tooLarge(what);
    }
    Map<String, Object> extensions = new LinkedHashMap<>();
    if (e.line() > 0) {
      extensions.put("line", e.line());
      extensions.put("column", e.column());
    }
    if (side != null) {
      extensions.put("side", side);
    }
    return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-model", "Invalid model", "The " + what + ": " + e.getMessage(),
        extensions);
  }

  /** Refuses a body over the size limit before anything parses it. */
  public static byte[] bounded(byte[] xml, String what) {
    if (xml == null || xml.length == 0) {
      throw ApiProblem.badRequest("The " + what + " is empty");
    }
    if (xml.length > ModelParser.DEFAULT_MAX_BYTES) {
      throw tooLarge(what);
    }
    return xml;
  }
}
