package io.champa.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;

import io.champa.model.ModelParser;

/** Reads lint fixtures from {@code src/test/resources/io/champa/lint}, through the same parser the product uses. */
final class LintFixtures {

  static final ModelParser PARSER = new ModelParser();

  private LintFixtures() {
  }

  static byte[] bytes(String name) {
    try (InputStream in = LintFixtures.class.getResourceAsStream(name)) {
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

  /** The fixture files of one rule ({@code rules/<rule-id>/valid*.bpmn.xml}, {@code invalid*...}), sorted. */
  static List<Path> ruleFixtures(String ruleId) {
    Path dir = rulesDirectory().resolve(ruleId);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().matches("(valid|invalid).*\\.(bpmn|dmn)\\.xml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path rulesDirectory() {
    try {
      return Path.of(LintFixtures.class.getResource("rules").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
