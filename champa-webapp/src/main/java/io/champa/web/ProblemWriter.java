package io.champa.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletResponse;

/** Writes a {@link Problem} straight to a servlet response; for filters and exception resolvers. */
public class ProblemWriter {

  private final ObjectMapper objectMapper;

  public ProblemWriter(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  public void write(HttpServletResponse response, Problem problem) throws IOException {
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    objectMapper.writeValue(response.getOutputStream(), problem);
    response.flushBuffer();
  }
}
