package io.champa.lint.bpmn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.impl.ModelInstanceImpl;
import org.camunda.bpm.model.xml.impl.util.ModelUtil;

/**
 * A BPMN model prepared for linting, built once per run and shared by all rules.
 *
 * <p>Incoming and outgoing flows are computed from each sequence flow's {@code sourceRef} and
 * {@code targetRef}, as bpmn-js and bpmnlint do: many tools never write the optional
 * {@code <incoming>}/{@code <outgoing>} children that Camunda's {@code FlowNode.getIncoming()}
 * reads. Camunda's model API has no type for {@code adHocSubProcess}; such elements are kept as
 * generic instances and treated as sub-processes here.
 *
 * <p>All elements are collected in one walk of the document and type queries are answered from
 * it: Camunda's {@code getModelElementsByType} walks the whole document once per subtype, which
 * made linting a 500-node model take most of a second.
 */
public final class BpmnModel {

  public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String ACTIVITI_NS = "http://activiti.org/bpmn";
  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final String AD_HOC = "adHocSubProcess";

  private final BpmnModelInstance instance;
  /** Every element of the document, in document order, from one walk (Camunda's type queries walk it per subtype). */
  private final List<ModelElementInstance> elements = new ArrayList<>();
  private final Map<ModelElementInstance, List<ModelElementInstance>> children = new IdentityHashMap<>();
  private final Map<Class<?>, List<?>> byType = new HashMap<>();
  private final Map<ModelElementInstance, List<ModelElementInstance>> flowElements = new IdentityHashMap<>();
  private final List<ModelElementInstance> nodes = new ArrayList<>();
  private final Map<String, List<SequenceFlow>> incoming = new HashMap<>();
  private final Map<String, List<SequenceFlow>> outgoing = new HashMap<>();
  private final List<SequenceFlow> sequenceFlows;
  private final Map<String, DiagramElement> diByElementId = new HashMap<>();
  private final Map<String, Bounds> boundsByElementId = new HashMap<>();
  private final Map<String, double[]> boxByElementId = new HashMap<>();

  public BpmnModel(BpmnModelInstance instance) {
    this.instance = instance;
    ModelElementInstance root = instance.getDocumentElement();
    if (root != null) {
      elements.add(root);
      walk(root);
    }
    this.sequenceFlows = all(SequenceFlow.class);
    for (SequenceFlow flow : sequenceFlows) {
      outgoing.computeIfAbsent(String.valueOf(flow.getAttributeValue("sourceRef")), k -> new ArrayList<>()).add(flow);
      incoming.computeIfAbsent(String.valueOf(flow.getAttributeValue("targetRef")), k -> new ArrayList<>()).add(flow);
    }
    for (ModelElementInstance element : elements) {
      if (element instanceof FlowNode || isAdHoc(element)) {
        nodes.add(element);
      }
    }
    for (DiagramElement di : all(DiagramElement.class)) {
      String ref = di.getAttributeValue("bpmnElement");
      if (ref != null && diByElementId.putIfAbsent(ref, di) == null && di instanceof BpmnShape shape) {
        Bounds bounds = shape.getBounds();
        if (bounds != null && bounds.getX() != null && bounds.getY() != null
            && bounds.getWidth() != null && bounds.getHeight() != null) {
          boundsByElementId.put(ref, bounds);
          boxByElementId.put(ref, new double[] {bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight()});
        }
      }
    }
  }

  private void walk(ModelElementInstance parent) {
    List<ModelElementInstance> list = new ArrayList<>();
    for (DomElement dom : parent.getDomElement().getChildElements()) {
      ModelElementInstance child = ModelUtil.getModelElement(dom, (ModelInstanceImpl) instance);
      list.add(child);
      elements.add(child);
      walk(child);
    }
    children.put(parent, list);
  }

  public BpmnModelInstance instance() {
    return instance;
  }

  /** Every flow node, plus ad-hoc sub-processes (which Camunda's API does not type). */
  public List<ModelElementInstance> nodes() {
    return nodes;
  }

  /** Every element of {@code type} (subtypes included), in document order. */
  @SuppressWarnings("unchecked")
  public <T extends ModelElementInstance> List<T> all(Class<T> type) {
    return (List<T>) byType.computeIfAbsent(type, t -> elements.stream().filter(t::isInstance).toList());
  }

  public List<SequenceFlow> sequenceFlows() {
    return sequenceFlows;
  }

  public List<SequenceFlow> incoming(ModelElementInstance node) {
    return incoming.getOrDefault(id(node), List.of());
  }

  public List<SequenceFlow> outgoing(ModelElementInstance node) {
    return outgoing.getOrDefault(id(node), List.of());
  }

  /** The process and every (event, transaction, ad-hoc) sub-process: the scopes that hold flow elements. */
  public List<ModelElementInstance> containers() {
    List<ModelElementInstance> containers = new ArrayList<>(all(Process.class));
    containers.addAll(all(SubProcess.class));
    nodes.stream().filter(BpmnModel::isAdHoc).forEach(containers::add);
    return containers;
  }

  /** The direct flow elements of a process or sub-process (not those of nested sub-processes). */
  public List<ModelElementInstance> flowElements(ModelElementInstance container) {
    return flowElements.computeIfAbsent(container, c -> children.getOrDefault(c, List.of()).stream()
        .filter(e -> e instanceof FlowElement || isAdHoc(e)).toList());
  }


  public DiagramElement di(String elementId) {
    return diByElementId.get(elementId);
  }

  public boolean hasDi(String elementId) {
    return diByElementId.containsKey(elementId);
  }

  /** The bounds of the element's shape, or {@code null} when it has no shape or no complete bounds. */
  public Bounds bounds(String elementId) {
    return boundsByElementId.get(elementId);
  }

  /** The shape's {@code {x, y, width, height}}, read once (Camunda's getters parse the attribute on every call). */
  public double[] box(String elementId) {
    return boxByElementId.get(elementId);
  }


  public static String id(ModelElementInstance element) {
    return element == null ? null : element.getAttributeValue("id");
  }

  public static boolean isAdHoc(ModelElementInstance element) {
    return element != null && AD_HOC.equals(element.getElementType().getTypeName())
        && BPMN_NS.equals(element.getElementType().getTypeNamespace());
  }

  public static boolean isSubProcess(ModelElementInstance element) {
    return element instanceof SubProcess || isAdHoc(element);
  }

  public static boolean isActivity(ModelElementInstance element) {
    return element instanceof Activity || isAdHoc(element);
  }

  public static boolean isEventSubProcess(ModelElementInstance element) {
    return element instanceof SubProcess sub && sub.triggeredByEvent();
  }

  public static boolean isInAdHoc(ModelElementInstance element) {
    return isAdHoc(element.getParentElement());
  }

  public static boolean hasCondition(SequenceFlow flow) {
    return flow.getConditionExpression() != null;
  }

  /** Whether {@code flow} is the {@code default} flow of {@code node} (gateways and activities). */
  public static boolean isDefault(ModelElementInstance node, SequenceFlow flow) {
    String defaultId = node.getAttributeValue("default");
    return defaultId != null && defaultId.equals(flow.getId());
  }

  public static List<EventDefinition> eventDefinitions(ModelElementInstance event) {
    if (event instanceof CatchEvent catchEvent) {
      return List.copyOf(catchEvent.getEventDefinitions());
    }
    if (event instanceof ThrowEvent throwEvent) {
      return List.copyOf(throwEvent.getEventDefinitions());
    }
    return List.of();
  }

  /** A Camunda attribute (also under the legacy Activiti namespace, which the engine still reads). */
  public static String camunda(ModelElementInstance element, String name) {
    String value = element.getAttributeValueNs(CAMUNDA_NS, name);
    return value != null ? value : element.getAttributeValueNs(ACTIVITI_NS, name);
  }

  /**
   * A boolean Camunda attribute read from the XML, not through the typed getter: Camunda's getters
   * throw for element types that do not support the flag (e.g. asyncAfter on an event-based gateway).
   * {@code asyncBefore} also honours the legacy {@code camunda:async}, which the engine still reads.
   */
  public static boolean camundaFlag(ModelElementInstance element, String name) {
    return "true".equals(camunda(element, name))
        || ("asyncBefore".equals(name) && "true".equals(camunda(element, "async")));
  }

  /** Camunda extension elements of {@code type} under the element's {@code extensionElements}. */
  public static <T extends ModelElementInstance> List<T> extensions(ModelElementInstance element, Class<T> type) {
    if (!(element instanceof BaseElement base)) {
      return List.of();
    }
    ExtensionElements extensionElements = base.getExtensionElements();
    if (extensionElements == null) {
      return List.of();
    }
    return List.copyOf(extensionElements.getChildElementsByType(type));
  }

  public static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** How many sub-processes enclose {@code element}. */
  public static int nestingDepth(ModelElementInstance element) {
    int depth = 0;
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (isSubProcess(parent)) {
        depth++;
      }
    }
    return depth;
  }
}
