package io.champa.lint;

import java.nio.charset.StandardCharsets;

/**
 * Generates a realistic executable BPMN model with diagram of a given size, for the benchmark:
 * blocks of five flow nodes (a user task, an exclusive split with a condition and a default, a
 * service task and a script task on the two branches, an exclusive join) between one start and one
 * end event, with Camunda attributes, I/O mappings and a shape or edge for every element.
 */
final class LargeModel {

  private LargeModel() {
  }

  /** {@code blocks * 5 + 2} flow nodes; 100 blocks give 502. */
  static byte[] bpmn(int blocks) {
    StringBuilder process = new StringBuilder();
    StringBuilder diagram = new StringBuilder();
    process.append("    <startEvent id=\"start\" name=\"Start\"/>\n");
    shape(diagram, "start", 0, 0, 36);
    String previous = "start";
    for (int b = 0; b < blocks; b++) {
      int x = 100 + b * 600;
      String review = "review" + b;
      String split = "split" + b;
      String charge = "charge" + b;
      String note = "note" + b;
      String join = "join" + b;
      process.append("    <userTask id=\"").append(review).append("\" name=\"Review ").append(b)
          .append("\" camunda:assignee=\"demo\" camunda:formKey=\"embedded:app:forms/review.html\" camunda:asyncAfter=\"true\"/>\n")
          .append("    <exclusiveGateway id=\"").append(split).append("\" name=\"Approved ").append(b)
          .append("?\" default=\"").append(split).append("_no\"/>\n")
          .append("    <serviceTask id=\"").append(charge).append("\" name=\"Charge ").append(b)
          .append("\" camunda:class=\"io.example.Charge\" camunda:asyncBefore=\"true\"><extensionElements><camunda:inputOutput>")
          .append("<camunda:inputParameter name=\"amount\">${amount}</camunda:inputParameter></camunda:inputOutput>")
          .append("<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle></extensionElements></serviceTask>\n")
          .append("    <scriptTask id=\"").append(note).append("\" name=\"Note ").append(b)
          .append("\" scriptFormat=\"groovy\"><script>execution.setVariable('noted', true)</script></scriptTask>\n")
          .append("    <exclusiveGateway id=\"").append(join).append("\"/>\n");
      flow(process, diagram, previous + "_" + review, previous, review, null);
      flow(process, diagram, split + "_in", review, split, null);
      flow(process, diagram, split + "_yes", split, charge, "${approved}");
      flow(process, diagram, split + "_no", split, note, null);
      flow(process, diagram, charge + "_out", charge, join, null);
      flow(process, diagram, note + "_out", note, join, null);
      shape(diagram, review, x, -20, 100);
      shape(diagram, split, x + 150, -7, 50);
      shape(diagram, charge, x + 250, -120, 100);
      shape(diagram, note, x + 250, 80, 100);
      shape(diagram, join, x + 420, -7, 50);
      previous = join;
    }
    process.append("    <endEvent id=\"end\" name=\"Done\"/>\n");
    flow(process, diagram, previous + "_end", previous, "end", null);
    shape(diagram, "end", 100 + blocks * 600, 0, 36);
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="largeDefinitions" targetNamespace="http://champa.io/benchmark">
          <process id="large" name="Large" isExecutable="true" camunda:historyTimeToLive="180">
        %s  </process>
          <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="large">
        %s  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </definitions>
        """.formatted(process, diagram);
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  private static void flow(StringBuilder process, StringBuilder diagram, String id, String source, String target,
      String condition) {
    process.append("    <sequenceFlow id=\"").append(id).append("\" sourceRef=\"").append(source)
        .append("\" targetRef=\"").append(target).append('"');
    if (condition == null) {
      process.append("/>\n");
    } else {
      process.append(" name=\"yes\"><conditionExpression xsi:type=\"tFormalExpression\">").append(condition)
          .append("</conditionExpression></sequenceFlow>\n");
    }
    diagram.append("    <bpmndi:BPMNEdge id=\"").append(id).append("_di\" bpmnElement=\"").append(id)
        .append("\"><di:waypoint x=\"0\" y=\"0\"/><di:waypoint x=\"10\" y=\"0\"/></bpmndi:BPMNEdge>\n");
  }

  private static void shape(StringBuilder diagram, String id, int x, int y, int size) {
    diagram.append("    <bpmndi:BPMNShape id=\"").append(id).append("_di\" bpmnElement=\"").append(id)
        .append("\"><dc:Bounds x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(size)
        .append("\" height=\"").append(size == 100 ? 80 : size).append("\"/></bpmndi:BPMNShape>\n");
  }
}
