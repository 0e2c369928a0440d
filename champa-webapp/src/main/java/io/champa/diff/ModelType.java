package io.champa.diff;

import io.champa.web.ApiProblem;

/** Which kind of model a diff compares. */
public enum ModelType {
  BPMN, DMN;

  public static ModelType of(String code) {
    if ("bpmn".equals(code)) {
      return BPMN;
    }
    if ("dmn".equals(code)) {
      return DMN;
    }
    throw ApiProblem.badRequest("type must be 'bpmn' or 'dmn'");
  }

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
