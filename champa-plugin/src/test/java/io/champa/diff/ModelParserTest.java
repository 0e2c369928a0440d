package io.champa.diff;

import io.champa.model.ModelParser;
import io.champa.model.ModelParseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

class ModelParserTest {

  private static final String XXE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
        <process id="p" isExecutable="true"><task id="t1" name="&xxe;"/></process>
      </definitions>
      """.strip();

  private final ModelParser parser = new ModelParser();

  @Test
  void validBpmnAndDmnAreParsed() {
    BpmnModelInstance bpmn = parser.parseBpmn(Fixtures.bytes("base.bpmn"));
    assertThat(bpmn.<Task>getModelElementById("Task_Review").getName()).isEqualTo("Review order");
    assertThat(parser.parseDmn(Fixtures.bytes("base.dmn")).<Decision>getModelElementById("discount").getName())
        .isEqualTo("Discount");
  }

  @Test
  void malformedXmlIsRefusedWithLineAndColumn() {
    byte[] xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <process id="p">
            <task id="t1" name="a & b"/>
          </process>
        </definitions>
        """.strip().getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parseBpmn(xml))
        .isInstanceOfSatisfying(ModelParseException.class, e -> {
          assertThat(e.reason()).isEqualTo(ModelParseException.Reason.MALFORMED);
          assertThat(e.line()).isEqualTo(4);
          assertThat(e.column()).isPositive();
          assertThat(e.getMessage()).contains("line 4, column " + e.column());
        });
  }

  @Test
  void mismatchedTagIsReportedWhereItHappens() {
    byte[] xml = "<a>\n<b>\n</a>".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parseDmn(xml))
        .isInstanceOfSatisfying(ModelParseException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(3);
        });
  }

  @Test
  void externalEntityIsRefusedBeforeAnythingIsResolved() {
    assertThatThrownBy(() -> parser.parseBpmn(XXE.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ModelParseException.class, e -> {
          assertThat(e.reason()).isEqualTo(ModelParseException.Reason.DOCTYPE_NOT_ALLOWED);
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.getMessage()).doesNotContain("root:");
        });
  }

  @Test
  void camundasOwnParserRefusesTheDoctypeToo() {
    // the second line of defence, should the pre-parse ever be bypassed: Camunda 7.24 sets
    // disallow-doctype-decl itself, so the entity is never resolved there either
    assertThatThrownBy(() -> Bpmn.readModelFromStream(new ByteArrayInputStream(XXE.getBytes(StandardCharsets.UTF_8))))
        .hasStackTraceContaining("DOCTYPE is disallowed")
        .hasStackTraceContaining("disallow-doctype-decl");
  }

  @Test
  void dmnOfferedAsBpmnIsRefusedClearly() {
    assertThatThrownBy(() -> parser.parseBpmn(Fixtures.bytes("base.dmn")))
        .isInstanceOfSatisfying(ModelParseException.class, e -> {
          assertThat(e.reason()).isEqualTo(ModelParseException.Reason.WRONG_MODEL_TYPE);
          assertThat(e.getMessage()).isEqualTo("Expected a BPMN 2.0 model, but the file is a DMN model");
        });
  }

  @Test
  void bpmnOfferedAsDmnIsRefusedClearly() {
    assertThatThrownBy(() -> parser.parseDmn(Fixtures.bytes("base.bpmn")))
        .isInstanceOfSatisfying(ModelParseException.class, e -> {
          assertThat(e.reason()).isEqualTo(ModelParseException.Reason.WRONG_MODEL_TYPE);
          assertThat(e.getMessage()).isEqualTo("Expected a DMN model, but the file is a BPMN 2.0 model");
        });
  }

  @Test
  void fileAboveTheLimitIsRefusedWithoutParsing() {
    byte[] big = new byte[101];

    assertThatThrownBy(() -> new ModelParser(100).parseBpmn(big))
        .isInstanceOfSatisfying(ModelParseException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelParseException.Reason.TOO_LARGE));
  }

  @Test
  void wellFormedXmlThatIsNoValidModelIsRefused() {
    byte[] xml = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <process id="p"><notAnElement id="x"/></process>
        </definitions>
        """.getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> parser.parseBpmn(xml))
        .isInstanceOfSatisfying(ModelParseException.class,
            e -> assertThat(e.reason()).isEqualTo(ModelParseException.Reason.INVALID_MODEL));
  }
}
