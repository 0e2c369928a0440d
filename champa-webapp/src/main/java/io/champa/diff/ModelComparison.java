package io.champa.diff;

import io.champa.model.ModelParser;
import io.champa.model.ModelParseException;

import java.nio.charset.StandardCharsets;


import io.champa.web.ApiProblem;
import io.champa.web.ModelProblems;

/**
 * Compares two models, each a deployed version or an uploaded file: parses them safely (no
 * DOCTYPE, no external entities, 10 MB at most each), runs the semantic diff and answers with both
 * sides' XML so the UI can draw exactly what was compared.
 */
public class ModelComparison {

  private final DeployedModels deployed;
  private final ModelParser parser = new ModelParser();

  public ModelComparison(DeployedModels deployed) {
    this.deployed = deployed;
  }

  /** One side of a comparison: a deployed version, or a file's bytes and name. */
  public record Side(String key, Integer version, byte[] upload, String uploadName) {

    String label() {
      return upload != null ? (uploadName == null || uploadName.isBlank() ? "uploaded file" : uploadName)
          : key + " v" + version;
    }
  }

  /** The diff and the two models it was made from. */
  public record Comparison(Model left, Model right, DiffResult diff) {
  }

  /** A compared model as shown: its label and XML. */
  public record Model(String label, String xml) {
  }

  public Comparison compare(ModelType type, Side left, Side right) {
    byte[] leftXml = bytes(type, left, "left");
    byte[] rightXml = bytes(type, right, "right");
    DiffResult diff = switch (type) {
      case BPMN -> BpmnDiff.compare(parse(() -> parser.parseBpmn(leftXml), "left"), parse(() -> parser.parseBpmn(rightXml), "right"));
      case DMN -> DmnDiff.compare(parse(() -> parser.parseDmn(leftXml), "left"), parse(() -> parser.parseDmn(rightXml), "right"));
    };
    return new Comparison(new Model(left.label(), new String(leftXml, StandardCharsets.UTF_8)),
        new Model(right.label(), new String(rightXml, StandardCharsets.UTF_8)), diff);
  }

  private byte[] bytes(ModelType type, Side side, String which) {
    if (side.upload() != null) {
      return side.upload();
    }
    if (side.key() == null || side.key().isBlank() || side.version() == null) {
      throw ApiProblem.badRequest("The " + which + " side needs a key and a version, or a file");
    }
    return deployed.xml(type, side.key(), side.version());
  }

  private static <T> T parse(java.util.function.Supplier<T> parse, String which) {
    try {
      return parse.get();
    } catch (ModelParseException e) {
      throw ModelProblems.of(e, which + " file", which);
    }
  }
}
