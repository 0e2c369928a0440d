package io.champa.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.camunda.bpm.model.xml.ModelInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Small read-only helpers over the W3C DOM behind a Camunda model instance, and the one place
 * where values are normalised. The diff reads the DOM rather than the typed model API so that it
 * sees every attribute and extension element, including ones the typed API does not know.
 */
final class Dom {

  static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
  static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

  private Dom() {
  }

  static Element root(ModelInstance model) {
    return ((Document) model.getDocument().getDomSource().getNode()).getDocumentElement();
  }

  static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element child) {
        children.add(child);
      }
    }
    return children;
  }

  static List<Element> children(Element element, String localName) {
    return children(element).stream().filter(child -> localName.equals(child.getLocalName())).toList();
  }

  static List<Attr> attributes(Element element) {
    List<Attr> attributes = new ArrayList<>();
    NamedNodeMap map = element.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      Attr attr = (Attr) map.item(i);
      // namespace declarations and xsi:type say how the XML is written, not what it means
      if (!XMLNS_NS.equals(attr.getNamespaceURI()) && !XSI_NS.equals(attr.getNamespaceURI())) {
        attributes.add(attr);
      }
    }
    return attributes;
  }

  /** The attribute without a namespace, or {@code null} when it is absent or blank. */
  static String attr(Element element, String name) {
    return element.hasAttribute(name) ? blankToNull(normalise(element.getAttribute(name))) : null;
  }

  /**
   * Trims and collapses every run of whitespace to one space, so re-indented expressions, scripts
   * and documentation compare equal. The price: a whitespace-only change inside a string literal
   * of a script is not seen.
   */
  static String normalise(String value) {
    return value == null ? null : value.strip().replaceAll("\\s+", " ");
  }

  static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** The element's normalised text, {@code ""} when it has none. */
  static String text(Element element) {
    return normalise(element.getTextContent());
  }

  /**
   * A stable one-line rendering of an element's attributes and content, used as the value of
   * structured keys such as listeners: {@code class=a.B; field[x]{string{1}}}. Attributes are
   * sorted, children keep their order; the attributes named in {@code skip} are left out because
   * they are already part of the key.
   */
  static String canonical(Element element, Set<String> skip) {
    StringJoiner parts = new StringJoiner("; ");
    TreeMap<String, String> attrs = new TreeMap<>();
    for (Attr attr : attributes(element)) {
      if (!skip.contains(attr.getLocalName())) {
        attrs.put(attr.getLocalName(), normalise(attr.getValue()));
      }
    }
    attrs.forEach((name, value) -> parts.add(name + "=" + value));
    List<Element> children = children(element);
    if (children.isEmpty()) {
      String text = text(element);
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    for (Element child : children) {
      parts.add(child.getLocalName() + "{" + canonical(child, Set.of()) + "}");
    }
    return parts.toString();
  }
}
