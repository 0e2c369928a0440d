package io.champa.diff;

import org.w3c.dom.Element;

/**
 * Multi-instance and standard loop markers of an activity as diff keys under
 * {@code multiInstance.} ({@code isSequential}, {@code camunda:collection},
 * {@code camunda:elementVariable}, {@code loopCardinality}, {@code completionCondition},
 * {@code camunda:asyncBefore}, its own retry cycle) or {@code loop.}. The marker itself is the key
 * {@code loopCharacteristics}, so turning an activity into a multi-instance one is one change.
 */
final class LoopCharacteristics {

  private LoopCharacteristics() {
  }

  static boolean isLoop(Element element) {
    String name = element.getLocalName();
    return "multiInstanceLoopCharacteristics".equals(name) || "standardLoopCharacteristics".equals(name);
  }

  static void extract(Element loop, Attrs out) {
    boolean multi = "multiInstanceLoopCharacteristics".equals(loop.getLocalName());
    // isSequential="false" is the default and dropped; the marker keeps "parallel MI" visible
    out.put("loopCharacteristics", multi ? "multiInstance" : "loop");
    Attrs scoped = out.scoped(multi ? "multiInstance." : "loop.");
    CamundaAttributes.extract(loop, scoped);
    for (Element child : Dom.children(loop)) {
      if ("extensionElements".equals(child.getLocalName())) {
        ExtensionElements.extract(child, scoped);
      } else {
        scoped.put(child.getLocalName(), Dom.text(child));
        scoped.put(child.getLocalName() + ".language", Dom.attr(child, "language"));
      }
    }
  }
}
