package io.champa.lint.bpmn;

import static io.champa.lint.bpmn.BpmnModel.id;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.DataStoreReference;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;

/** bpmnlint's rules about the diagram (BPMN DI): every element drawn, none on top of another. */
final class DiagramRules {

  private DiagramRules() {
  }

  static List<BpmnRule> all() {
    return List.of(noBpmndi(), noOverlappingElements());
  }

  static BpmnRule noBpmndi() {
    return new BpmnRule(RuleInfo.of("no-bpmndi", Category.BPMN, Severity.ERROR,
        "Every flow element, participant, lane, artifact and message flow has a shape or edge in the diagram.",
        "A task written by a generator without a `bpmndi:BPMNShape` is reported."),
        (model, report) -> {
          for (ModelElementInstance element : visualElements(model)) {
            if (!model.hasDi(id(element))) {
              report.report(id(element), "Element is missing bpmndi");
            }
          }
        });
  }

  static BpmnRule noOverlappingElements() {
    return new BpmnRule(RuleInfo.of("no-overlapping-elements", Category.BPMN, Severity.WARN,
        "Shapes in the same scope do not overlap, and stay inside their pool or expanded sub-process.",
        "Two tasks drawn at the same position are both reported."),
        (model, report) -> {
          Set<String> overlapping = new LinkedHashSet<>();
          Set<String> outside = new LinkedHashSet<>();
          Map<String, double[]> poolOfProcess = new HashMap<>();
          for (Collaboration collaboration : model.all(Collaboration.class)) {
            List<ModelElementInstance> participants = new ArrayList<>(collaboration.getParticipants());
            collectOverlaps(model, participants, overlapping);
            for (Participant participant : collaboration.getParticipants()) {
              String processRef = participant.getAttributeValue("processRef");
              if (processRef != null) {
                poolOfProcess.put(processRef, model.box(participant.getId()));
              }
            }
          }
          for (Process process : model.all(Process.class)) {
            checkScope(model, process, poolOfProcess.get(process.getId()), overlapping, outside);
          }
          overlapping.forEach(elementId -> report.report(elementId, "Element overlaps with other element"));
          outside.forEach(elementId -> report.report(elementId, "Element is outside of parent boundary"));
        });
  }

  private static void checkScope(BpmnModel model, ModelElementInstance scope, double[] parent, Set<String> overlapping,
      Set<String> outside) {
    List<ModelElementInstance> drawn = model.flowElements(scope).stream().filter(e -> model.hasDi(id(e))).toList();
    collectOverlaps(model, drawn, overlapping);
    for (ModelElementInstance element : drawn) {
      double[] box = model.box(id(element));
      if (!(element instanceof DataStoreReference) && box != null && parent != null && !inside(box, parent)) {
        outside.add(id(element));
      }
    }
    for (ModelElementInstance element : model.flowElements(scope)) {
      if (BpmnModel.isSubProcess(element)) {
        boolean expanded = model.di(id(element)) instanceof BpmnShape shape && shape.isExpanded();
        checkScope(model, element, expanded ? model.box(id(element)) : null, overlapping, outside);
      }
    }
  }

  /** Pairs of shapes that touch or overlap; sorted by x so that each shape is only compared with its neighbours. */
  private static void collectOverlaps(BpmnModel model, List<ModelElementInstance> elements, Set<String> out) {
    List<ModelElementInstance> shapes = new ArrayList<>(elements.stream().filter(e -> model.box(id(e)) != null).toList());
    shapes.sort(Comparator.comparingDouble(e -> model.box(id(e))[0]));
    for (int i = 0; i < shapes.size() - 1; i++) {
      ModelElementInstance first = shapes.get(i);
      double[] a = model.box(id(first));
      for (int j = i + 1; j < shapes.size(); j++) {
        ModelElementInstance second = shapes.get(j);
        double[] b = model.box(id(second));
        if (b[0] > a[0] + a[2]) {
          break;
        }
        if (attached(first, second) || attached(second, first)) {
          continue;
        }
        if (a[1] + a[3] >= b[1] && b[1] + b[3] >= a[1]) {
          out.add(id(first));
          out.add(id(second));
        }
      }
    }
  }

  private static boolean attached(ModelElementInstance boundary, ModelElementInstance host) {
    return boundary instanceof BoundaryEvent event && id(host).equals(event.getAttributeValue("attachedToRef"));
  }

  private static boolean inside(double[] child, double[] parent) {
    return child[0] >= parent[0] && child[1] >= parent[1]
        && child[0] + child[2] <= parent[0] + parent[2] && child[1] + child[3] <= parent[1] + parent[3];
  }

  /** What bpmnlint expects to be drawn: flow elements (except data objects), participants, lanes, artifacts, message flows. */
  private static List<ModelElementInstance> visualElements(BpmnModel model) {
    List<ModelElementInstance> elements = new ArrayList<>();
    for (ModelElementInstance container : model.containers()) {
      model.flowElements(container).stream().filter(e -> !(e instanceof DataObject)).forEach(elements::add);
      elements.addAll(container.getChildElementsByType(Artifact.class));
      LaneSet laneSet = container.getChildElementsByType(LaneSet.class).stream().findFirst().orElse(null);
      if (laneSet != null) {
        addLanes(laneSet, elements);
      }
    }
    for (Collaboration collaboration : model.all(Collaboration.class)) {
      elements.addAll(collaboration.getParticipants());
      elements.addAll(collaboration.getMessageFlows());
      elements.addAll(collaboration.getArtifacts());
    }
    return elements;
  }

  private static void addLanes(LaneSet laneSet, List<ModelElementInstance> out) {
    for (Lane lane : laneSet.getLanes()) {
      out.add(lane);
      if (lane.getChildLaneSet() != null) {
        addLanes(lane.getChildLaneSet(), out);
      }
    }
  }
}
