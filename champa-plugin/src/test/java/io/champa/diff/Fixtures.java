package io.champa.diff;

import io.champa.model.ModelParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/** Loads the hand-written fixture pairs next to this package and the example engine's models. */
final class Fixtures {

  private static final ModelParser PARSER = new ModelParser();
  private static final Path EXAMPLE_MODELS = Path.of("../example-engine/src/main/resources/models");

  private Fixtures() {
  }

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BpmnModelInstance bpmn(String name) {
    return PARSER.parseBpmn(bytes(name));
  }

  static DmnModelInstance dmn(String name) {
    return PARSER.parseDmn(bytes(name));
  }

  static BpmnModelInstance exampleBpmn(String version, String file) {
    return PARSER.parseBpmn(example(version, file));
  }

  static DmnModelInstance exampleDmn(String version, String file) {
    return PARSER.parseDmn(example(version, file));
  }

  private static byte[] example(String version, String file) {
    try {
      return Files.readAllBytes(EXAMPLE_MODELS.resolve(version).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code base.bpmn} diffed against {@code <variant>.bpmn}, which is base with one kind of change. */
  static DiffResult bpmnAgainstBase(String variant) {
    return BpmnDiff.compare(bpmn("base.bpmn"), bpmn(variant + ".bpmn"));
  }

  /** {@code base.dmn} diffed against {@code <variant>.dmn}. */
  static DiffResult dmnAgainstBase(String variant) {
    return DmnDiff.compare(dmn("base.dmn"), dmn(variant + ".dmn"));
  }
}
