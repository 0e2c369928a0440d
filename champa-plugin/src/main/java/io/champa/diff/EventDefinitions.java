package io.champa.diff;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.w3c.dom.Element;

/**
 * The event definitions of an event as diff keys. {@code eventDefinitions} lists the kinds
 * ({@code timer}, {@code message}, {@code error}, …), so a kind added or removed is one change;
 * each definition's attributes and expressions follow under its kind: {@code timer.timeDuration},
 * {@code timer.timeCycle}, {@code message.messageRef}, {@code conditional.condition},
 * {@code error.camunda:errorCodeVariable}. A referenced message, signal, error or escalation also
 * contributes its name and code ({@code message.name}, {@code error.errorCode}), because renaming
 * the message changes what the event waits for even though its id stays.
 */
final class EventDefinitions {

  private static final List<String> REFERENCED_ATTRIBUTES = List.of("name", "errorCode", "escalationCode");

  private EventDefinitions() {
  }

  static boolean isEventDefinition(Element element) {
    return element.getLocalName().endsWith("EventDefinition");
  }

  static void extract(List<Element> definitions, Map<String, Element> byId, Attrs out) {
    if (definitions.isEmpty()) {
      return;
    }
    TreeSet<String> kinds = new TreeSet<>();
    for (Element definition : definitions) {
      String kind = kind(definition);
      kinds.add(kind);
      Attrs scoped = out.scoped(kind + ".");
      CamundaAttributes.extract(definition, scoped);
      referenced(definition, byId, scoped);
      for (Element child : Dom.children(definition)) {
        if ("extensionElements".equals(child.getLocalName())) {
          ExtensionElements.extract(child, scoped);
        } else if (!"documentation".equals(child.getLocalName())) {
          scoped.put(child.getLocalName(), Dom.text(child));
          scoped.put(child.getLocalName() + ".language", Dom.attr(child, "language"));
        }
      }
    }
    out.put("eventDefinitions", String.join(",", kinds));
  }

  private static String kind(Element definition) {
    String name = definition.getLocalName();
    return name.substring(0, name.length() - "EventDefinition".length());
  }

  private static void referenced(Element definition, Map<String, Element> byId, Attrs out) {
    for (String refAttribute : List.of("messageRef", "signalRef", "errorRef", "escalationRef")) {
      Element target = byId.get(definition.getAttribute(refAttribute));
      if (target != null) {
        for (String attribute : REFERENCED_ATTRIBUTES) {
          out.put(attribute, Dom.attr(target, attribute));
        }
      }
    }
  }
}
