package io.champa.diff;

import io.champa.model.ModelParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Finds the elements of a BPMN model that the diff reports on and flattens each into a
 * {@link ElementSnapshot}. Reported elements are flow nodes, sequence flows, data objects and
 * stores, processes, collaborations, participants, message flows, lanes, artifacts, and the
 * messages, signals, errors and escalations they refer to. Everything nested in such an element
 * that is not itself reported (event definitions, expressions, loop markers, extension elements,
 * documentation, lane membership) becomes keys of its owner.
 *
 * <p>{@code incoming}/{@code outgoing} are left out: they repeat the sequence flows'
 * {@code sourceRef}/{@code targetRef}, and reporting both would list every neighbour of a
 * reconnected flow as changed.
 */
final class BpmnElements {

  private static final Set<String> REPORTED = Set.of(
      "process", "subProcess", "transaction", "adHocSubProcess", "callActivity",
      "sequenceFlow", "dataObject", "dataObjectReference", "dataStore", "dataStoreReference",
      "collaboration", "participant", "messageFlow", "lane",
      "textAnnotation", "association", "group", "category", "categoryValue",
      "message", "signal", "error", "escalation");
  private static final Set<String> TRANSPARENT = Set.of("laneSet", "childLaneSet");
  private static final Set<String> SUBPROCESSES = Set.of("subProcess", "transaction", "adHocSubProcess");
  private static final Set<String> DERIVED = Set.of("incoming", "outgoing");

  private final Map<String, Element> byId = new HashMap<>();
  private final SortedMap<String, ElementSnapshot> snapshots = new TreeMap<>();

  private BpmnElements(Element definitions) {
    NodeList all = definitions.getElementsByTagNameNS(ModelParser.BPMN_NS, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (element.hasAttribute("id")) {
        byId.put(element.getAttribute("id"), element);
      }
    }
  }

  static SortedMap<String, ElementSnapshot> of(Element definitions) {
    BpmnElements elements = new BpmnElements(definitions);
    elements.walk(definitions, null);
    return elements.snapshots;
  }

  private void walk(Element container, Element owner) {
    for (Element child : Dom.children(container)) {
      if (isReported(child)) {
        snapshots.put(child.getAttribute("id"), snapshot(child, owner));
        walk(child, child);
      } else if (TRANSPARENT.contains(child.getLocalName()) && isBpmn(child)) {
        walk(child, owner);
      }
    }
  }

  static boolean isReported(Element element) {
    if (!isBpmn(element) || !element.hasAttribute("id")) {
      return false;
    }
    String name = element.getLocalName();
    return REPORTED.contains(name) || name.endsWith("Task") || "task".equals(name)
        || name.endsWith("Event") || name.endsWith("Gateway");
  }

  private static boolean isBpmn(Element element) {
    return ModelParser.BPMN_NS.equals(element.getNamespaceURI());
  }

  private ElementSnapshot snapshot(Element element, Element owner) {
    Attrs attrs = new Attrs();
    attrs.put("type", element.getLocalName());
    attrs.put("name", Dom.attr(element, "name"));
    // moving a node into or out of a subprocess changes its scope, though not its id
    if (owner != null && SUBPROCESSES.contains(owner.getLocalName())) {
      attrs.put("parent", owner.getAttribute("id"));
    }
    CamundaAttributes.extract(element, attrs);
    List<Element> eventDefinitions = new ArrayList<>();
    TreeSet<String> flowNodeRefs = new TreeSet<>();
    for (Element child : Dom.children(element)) {
      String name = child.getLocalName();
      if (isReported(child) || TRANSPARENT.contains(name) || DERIVED.contains(name)) {
        continue;
      }
      if (EventDefinitions.isEventDefinition(child)) {
        eventDefinitions.add(child);
      } else if (LoopCharacteristics.isLoop(child)) {
        LoopCharacteristics.extract(child, attrs);
      } else if ("extensionElements".equals(name)) {
        ExtensionElements.extract(child, attrs);
      } else if ("flowNodeRef".equals(name)) {
        flowNodeRefs.add(Dom.text(child));
      } else if (Set.of("conditionExpression", "script", "text", "documentation").contains(name)) {
        attrs.put(name, Dom.blankToNull(Dom.text(child)));
        attrs.put(name + ".language", Dom.attr(child, "language"));
      } else {
        attrs.put(name, Dom.canonical(child, Set.of("id")));
      }
    }
    EventDefinitions.extract(eventDefinitions, byId, attrs);
    if (!flowNodeRefs.isEmpty()) {
      attrs.put("flowNodeRefs", String.join(",", flowNodeRefs));
    }
    return new ElementSnapshot(element.getAttribute("id"), element.getLocalName(), Dom.attr(element, "name"),
        attrs.values());
  }
}
