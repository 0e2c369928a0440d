package io.champa.diff;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Camunda's extension elements as diff keys, each item keyed by what identifies it so that
 * reordering is not a change and one added mapping shows as one key:
 * {@code camunda:inputParameter[amount]}, {@code camunda:outputParameter[x]},
 * {@code camunda:executionListener[start#1]} (the n-th listener for that event),
 * {@code camunda:taskListener[create#1]}, {@code camunda:property[foo]}, {@code camunda:field[url]},
 * {@code camunda:in[target]} / {@code camunda:out[target]} (or {@code [businessKey]},
 * {@code [variables]}), {@code camunda:failedJobRetryTimeCycle}, {@code camunda:formField[id]},
 * {@code camunda:connector[connectorId]} with its parameters under {@code camunda:connector.},
 * {@code camunda:errorEventDefinition[id]}. Anything else becomes {@code camunda:<name>} (or
 * {@code extension:<name>} outside Camunda's namespace) with its canonical content.
 */
final class ExtensionElements {

  private ExtensionElements() {
  }

  static void extract(Element extensionElements, Attrs out) {
    Map<String, Integer> listenerCounts = new HashMap<>();
    for (Element item : Dom.children(extensionElements)) {
      if (!CamundaAttributes.isCamunda(item.getNamespaceURI())) {
        out.put("extension:" + item.getLocalName(), Dom.canonical(item, Set.of()));
        continue;
      }
      String kind = item.getLocalName();
      switch (kind) {
        case "inputOutput" -> parameters(item, out.scoped("camunda:"));
        case "executionListener", "taskListener" -> {
          String event = String.valueOf(Dom.attr(item, "event"));
          int n = listenerCounts.merge(kind + "/" + event, 1, Integer::sum);
          out.put("camunda:" + kind + "[" + event + "#" + n + "]", Dom.canonical(item, Set.of("event")));
        }
        case "properties" -> Dom.children(item, "property").forEach(
            property -> out.put("camunda:property[" + Dom.attr(property, "name") + "]",
                String.valueOf(Dom.attr(property, "value"))));
        case "field" -> out.put("camunda:field[" + Dom.attr(item, "name") + "]", fieldValue(item));
        case "in", "out" -> out.put("camunda:" + kind + "[" + mappingKey(item) + "]",
            Dom.canonical(item, Set.of("target")));
        case "failedJobRetryTimeCycle" -> out.put("camunda:failedJobRetryTimeCycle", Dom.text(item));
        case "formData" -> formData(item, out);
        case "connector" -> connector(item, out);
        case "errorEventDefinition" -> out.put("camunda:errorEventDefinition[" + Dom.attr(item, "id") + "]",
            Dom.canonical(item, Set.of("id")));
        default -> out.put("camunda:" + kind, Dom.canonical(item, Set.of()));
      }
    }
  }

  private static void parameters(Element inputOutput, Attrs out) {
    for (Element parameter : Dom.children(inputOutput)) {
      out.put(parameter.getLocalName() + "[" + Dom.attr(parameter, "name") + "]", parameterValue(parameter));
    }
  }

  /** Plain text for the usual expression, a canonical rendering for script, list and map values. */
  private static String parameterValue(Element parameter) {
    return Dom.children(parameter).isEmpty() ? Dom.text(parameter) : Dom.canonical(parameter, Set.of("name"));
  }

  private static String fieldValue(Element field) {
    String string = Dom.attr(field, "stringValue");
    String expression = Dom.attr(field, "expression");
    for (Element child : Dom.children(field)) {
      if ("string".equals(child.getLocalName())) {
        string = Dom.text(child);
      } else if ("expression".equals(child.getLocalName())) {
        expression = Dom.text(child);
      }
    }
    // a string "${x}" and an expression ${x} mean different things, so the kind stays visible
    return expression != null ? "expression: " + expression : String.valueOf(string);
  }

  private static String mappingKey(Element mapping) {
    if (mapping.hasAttribute("businessKey")) {
      return "businessKey";
    }
    if (mapping.hasAttribute("variables")) {
      return "variables";
    }
    return String.valueOf(Dom.attr(mapping, "target"));
  }

  private static void formData(Element formData, Attrs out) {
    out.put("camunda:formData.businessKey", Dom.attr(formData, "businessKey"));
    for (Element field : Dom.children(formData, "formField")) {
      out.put("camunda:formField[" + Dom.attr(field, "id") + "]", Dom.canonical(field, Set.of("id")));
    }
  }

  private static void connector(Element connector, Attrs out) {
    for (Element child : Dom.children(connector)) {
      if ("connectorId".equals(child.getLocalName())) {
        out.put("camunda:connector[connectorId]", Dom.text(child));
      } else if ("inputOutput".equals(child.getLocalName())) {
        parameters(child, out.scoped("camunda:connector."));
      } else {
        out.put("camunda:connector." + child.getLocalName(), Dom.canonical(child, Set.of()));
      }
    }
  }
}
