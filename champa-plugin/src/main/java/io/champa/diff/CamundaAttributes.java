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

  private static final Map<String, String> DEFAULTS = Map.ofEntries(
      Map.entry("cancelActivity", "true"),
      Map.entry("isInterrupting", "true"),
      Map.entry("triggeredByEvent", "false"),
      Map.entry("isSequential", "false"),
      Map.entry("isForCompensation", "false"),
      Map.entry("isClosed", "false"),
      Map.entry("instantiate", "false"),
      Map.entry("parallelMultiple", "false"),
      Map.entry("isCollection", "false"),
      Map.entry("startQuantity", "1"),
      Map.entry("completionQuantity", "1"),
      Map.entry("gatewayDirection", "Unspecified"),
      Map.entry("implementation", "##WebService"),
      Map.entry("camunda:asyncBefore", "false"),
      Map.entry("camunda:asyncAfter", "false"),
      Map.entry("camunda:exclusive", "true"),
      Map.entry("camunda:calledElementBinding", "latest"),
      Map.entry("camunda:caseBinding", "latest"),
      Map.entry("camunda:decisionRefBinding", "latest"),
      Map.entry("camunda:mapDecisionResult", "resultList"),
      Map.entry("camunda:isStartableInTasklist", "true"));

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
      if (value != null && !value.equals(DEFAULTS.get(key))) {
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
