package io.champa.diff;

import java.util.Map;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;

/**
 * The element's own XML attributes as diff keys: plain BPMN/DMN attributes under their name
 * ({@code sourceRef}, {@code default}, {@code attachedToRef}, {@code isExecutable}) and every
 * attribute in the Camunda namespace as {@code camunda:<name>}, whatever prefix the file uses.
 * Attributes of other vendors' namespaces (modeler colours and the like) are ignored.
 *
 * <p>A value equal to the default of its attribute counts as absent, so writing
 * {@code cancelActivity="true"} or {@code camunda:asyncBefore="false"} explicitly is not a change.
 */
final class CamundaAttributes {

  static final Set<String> CAMUNDA_NS = Set.of(
      "http://camunda.org/schema/1.0/bpmn",
      "http://activiti.org/bpmn",
      "http://camunda.org/schema/1.0/dmn");

  // Camunda's parser validates against the BPMN schema and thereby writes the schema's defaults into
  // the DOM; listing them here makes "written out", "left out" and "filled in" all compare equal.
  private static final Map<String, Set<String>> DEFAULTS = Map.ofEntries(
      Map.entry("cancelActivity", Set.of("true")),
      Map.entry("isInterrupting", Set.of("true")),
      Map.entry("triggeredByEvent", Set.of("false")),
      Map.entry("isSequential", Set.of("false")),
      Map.entry("behavior", Set.of("All")),
      Map.entry("isForCompensation", Set.of("false")),
      Map.entry("isClosed", Set.of("false")),
      Map.entry("instantiate", Set.of("false")),
      Map.entry("parallelMultiple", Set.of("false")),
      Map.entry("isCollection", Set.of("false")),
      Map.entry("startQuantity", Set.of("1")),
      Map.entry("completionQuantity", Set.of("1")),
      Map.entry("gatewayDirection", Set.of("Unspecified")),
      Map.entry("eventGatewayType", Set.of("Exclusive")),
      Map.entry("processType", Set.of("None")),
      Map.entry("ordering", Set.of("Parallel")),
      Map.entry("cancelRemainingInstances", Set.of("true")),
      Map.entry("itemKind", Set.of("Information")),
      Map.entry("associationDirection", Set.of("None")),
      Map.entry("waitForCompletion", Set.of("true")),
      // the schema's default is ##WebService for service-like tasks and ##unspecified for user tasks
      Map.entry("implementation", Set.of("##WebService", "##unspecified")),
      Map.entry("camunda:asyncBefore", Set.of("false")),
      Map.entry("camunda:asyncAfter", Set.of("false")),
      Map.entry("camunda:exclusive", Set.of("true")),
      Map.entry("camunda:calledElementBinding", Set.of("latest")),
      Map.entry("camunda:caseBinding", Set.of("latest")),
      Map.entry("camunda:decisionRefBinding", Set.of("latest")),
      Map.entry("camunda:mapDecisionResult", Set.of("resultList")),
      Map.entry("camunda:isStartableInTasklist", Set.of("true")));

  private static final Set<String> ALWAYS_SKIPPED = Set.of("id", "name");

  private CamundaAttributes() {
  }

  static boolean isCamunda(String namespace) {
    return namespace != null && CAMUNDA_NS.contains(namespace);
  }

  /** Copies the element's attributes into {@code out}, leaving out id, name and {@code skip}. */
  static void extract(Element element, Attrs out, Set<String> skip) {
    for (Attr attr : Dom.attributes(element)) {
      String key = key(attr);
      if (key == null || skip.contains(key) || ALWAYS_SKIPPED.contains(key)) {
        continue;
      }
      String value = Dom.blankToNull(Dom.normalise(attr.getValue()));
      if (value != null && !DEFAULTS.getOrDefault(key, Set.of()).contains(value)) {
        out.put(key, value);
      }
    }
  }

  static void extract(Element element, Attrs out) {
    extract(element, out, Set.of());
  }

  private static String key(Attr attr) {
    String namespace = attr.getNamespaceURI();
    String name = attr.getLocalName();
    if (namespace == null || namespace.isEmpty()) {
      return name;
    }
    if (isCamunda(namespace)) {
      // camunda:async is the deprecated spelling of camunda:asyncBefore; the engine treats them alike
      return "camunda:" + ("async".equals(name) ? "asyncBefore" : name);
    }
    return null;
  }
}
