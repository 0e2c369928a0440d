package io.champa.diff;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The diagram position of each element, read from BPMNDI or DMNDI: a shape's bounds (and its
 * label's), an edge's waypoints (and its label's bounds), keyed by the id of the model element the
 * shape or edge shows. Numbers are compared as numbers, so {@code 100} and {@code 100.0} are equal.
 * An element drawn in several diagrams gets all its drawings, in document order.
 */
final class Layout {

  private Layout() {
  }

  static Map<String, String> of(Element root) {
    Map<String, String> layout = new HashMap<>();
    NodeList all = root.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String name = element.getLocalName();
      String ref = switch (name) {
        case "BPMNShape", "BPMNEdge" -> element.getAttribute("bpmnElement");
        case "DMNShape", "DMNEdge" -> element.getAttribute("dmnElementRef");
        default -> "";
      };
      if (!ref.isEmpty()) {
        layout.merge(ref, drawing(element), (first, second) -> first + " | " + second);
      }
    }
    return layout;
  }

  private static String drawing(Element shapeOrEdge) {
    StringJoiner parts = new StringJoiner(" ");
    for (String flag : new String[] {"isExpanded", "isHorizontal", "isMarkerVisible"}) {
      if (shapeOrEdge.hasAttribute(flag)) {
        parts.add(flag + "=" + shapeOrEdge.getAttribute(flag));
      }
    }
    for (Element child : Dom.children(shapeOrEdge)) {
      switch (child.getLocalName()) {
        case "Bounds" -> parts.add("bounds" + bounds(child));
        case "waypoint" -> parts.add("(" + number(child, "x") + "," + number(child, "y") + ")");
        case "BPMNLabel", "DMNLabel" -> Dom.children(child, "Bounds").forEach(b -> parts.add("label" + bounds(b)));
        default -> { }
      }
    }
    return parts.toString();
  }

  private static String bounds(Element bounds) {
    return "(" + number(bounds, "x") + "," + number(bounds, "y") + ","
        + number(bounds, "width") + "," + number(bounds, "height") + ")";
  }

  private static String number(Element element, String attribute) {
    String value = element.getAttribute(attribute).strip();
    try {
      return new BigDecimal(value).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException notANumber) {
      return value;
    }
  }
}
