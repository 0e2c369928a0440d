package io.champa.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.xml.ModelException;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads uploaded BPMN and DMN bytes into Camunda model instances without trusting them.
 *
 * <p>Every file first goes through a hardened JDK SAX parser that refuses any DOCTYPE (so no
 * external entity, parameter entity or DTD can be resolved, and entity-expansion bombs cannot
 * start) and that reports the line and column of malformed XML — Camunda's own parser validates a
 * DOM and loses positions. The same pass reads the root element, so a DMN file offered as BPMN (or
 * the other way round) gets a clear message instead of a schema error. Only then does Camunda's
 * parser build the model, exactly as the engine would.
 */
public final class ModelParser {

  /** The largest file accepted unless a caller chooses otherwise: 10 MB. */
  public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final Set<String> DMN_NS = Set.of(
      "http://www.omg.org/spec/DMN/20151101/dmn.xsd",
      "http://www.omg.org/spec/DMN/20180521/MODEL/",
      "https://www.omg.org/spec/DMN/20191111/MODEL/");

  private final int maxBytes;

  public ModelParser() {
    this(DEFAULT_MAX_BYTES);
  }

  public ModelParser(int maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  public BpmnModelInstance parseBpmn(byte[] xml) {
    String root = checkedRoot(xml);
    if (!root.equals(BPMN_NS)) {
      throw wrongKind("BPMN 2.0", root);
    }
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (ModelException e) {
      throw invalid("Not a valid BPMN model", e);
    }
  }

  public DmnModelInstance parseDmn(byte[] xml) {
    String root = checkedRoot(xml);
    if (!DMN_NS.contains(root)) {
      throw wrongKind("DMN", root);
    }
    try {
      return Dmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (ModelException e) {
      throw invalid("Not a valid DMN model", e);
    }
  }

  /** Checks size and well-formedness; returns the namespace of a {@code definitions} root, else "". */
  private String checkedRoot(byte[] xml) {
    if (xml == null || xml.length == 0) {
      throw new ModelParseException(ModelParseException.Reason.MALFORMED, "The file is empty");
    }
    if (xml.length > maxBytes) {
      throw new ModelParseException(ModelParseException.Reason.TOO_LARGE,
          "The file has " + xml.length + " bytes; at most " + maxBytes + " are accepted");
    }
    RootHandler handler = new RootHandler();
    try {
      hardenedParser().parse(new ByteArrayInputStream(xml), handler);
    } catch (SAXParseException e) {
      boolean doctype = String.valueOf(e.getMessage()).contains("disallow-doctype-decl");
      throw new ModelParseException(
          doctype ? ModelParseException.Reason.DOCTYPE_NOT_ALLOWED : ModelParseException.Reason.MALFORMED,
          doctype ? "DOCTYPE declarations are not allowed" : "Malformed XML: " + e.getMessage(),
          e.getLineNumber(), e.getColumnNumber(), e);
    } catch (SAXException | IOException e) {
      throw new ModelParseException(ModelParseException.Reason.MALFORMED, "Malformed XML: " + e.getMessage(), -1, -1, e);
    }
    return "definitions".equals(handler.rootLocalName) ? handler.rootNamespace : "";
  }

  private static SAXParser hardenedParser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
    }
  }

  private static ModelParseException wrongKind(String expected, String rootNamespace) {
    String found = rootNamespace.equals(BPMN_NS) ? "a BPMN 2.0 model"
        : DMN_NS.contains(rootNamespace) ? "a DMN model"
        : "neither BPMN nor DMN (the root is not a BPMN or DMN definitions element)";
    return new ModelParseException(ModelParseException.Reason.WRONG_MODEL_TYPE,
        "Expected a " + expected + " model, but the file is " + found);
  }

  private static ModelParseException invalid(String message, ModelException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SAXParseException sax) {
        return new ModelParseException(ModelParseException.Reason.INVALID_MODEL,
            message + ": " + sax.getMessage(), sax.getLineNumber(), sax.getColumnNumber(), e);
      }
    }
    return new ModelParseException(ModelParseException.Reason.INVALID_MODEL, message + ": " + e.getMessage(), -1, -1, e);
  }

  /** Remembers the root element; the rest of the document is only checked for well-formedness. */
  private static final class RootHandler extends DefaultHandler {
    private String rootNamespace = "";
    private String rootLocalName;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (rootLocalName == null) {
        rootLocalName = localName;
        rootNamespace = uri;
      }
    }
  }
}
