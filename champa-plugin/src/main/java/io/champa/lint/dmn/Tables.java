package io.champa.lint.dmn;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/** Small readers for decision tables shared by the DMN rules. */
final class Tables {

  static final Set<String> NUMERIC = Set.of("integer", "long", "double", "number");
  static final Set<String> INTEGRAL = Set.of("integer", "long");

  private Tables() {
  }

  static String text(UnaryTests entry) {
    return entry.getText() == null ? "" : String.valueOf(entry.getText().getTextContent());
  }

  static String text(LiteralExpression expression) {
    return expression == null || expression.getText() == null ? "" : String.valueOf(expression.getText().getTextContent());
  }

  /** Input entries compare equal when they differ only in spacing, and {@code -} equals empty. */
  static String normalized(UnaryTests entry) {
    String value = text(entry).trim().replaceAll("\\s+", " ");
    return value.equals("-") ? "" : value;
  }

  static String typeRef(Input input) {
    String type = input.getInputExpression() == null ? null : input.getInputExpression().getTypeRef();
    return type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
  }

  /** How a person recognises an input or output in a message: its label, else its name or expression, else its id. */
  static String describe(DmnElement clause) {
    if (clause.getLabel() != null && !clause.getLabel().isBlank()) {
      return clause.getLabel();
    }
    if (clause instanceof Input input && input.getInputExpression() != null && !text(input.getInputExpression()).isBlank()) {
      return text(input.getInputExpression()).trim();
    }
    String name = clause.getAttributeValue("name");
    return name != null ? name : String.valueOf(clause.getId());
  }

  /** The id to mark: the element's own, else the nearest ancestor's. */
  static String idOf(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      String id = e.getAttributeValue("id");
      if (id != null) {
        return id;
      }
    }
    return null;
  }

  /** Whether an expression is FEEL: no language given (Camunda 7's default) or a FEEL language URI/name. */
  static boolean isFeel(String entryLanguage, String definitionsLanguage) {
    String language = entryLanguage != null ? entryLanguage : definitionsLanguage;
    return language == null || language.toLowerCase(Locale.ROOT).contains("feel");
  }

  static <T> T at(List<T> list, int index) {
    return index < list.size() ? list.get(index) : null;
  }
}
