package io.champa.lint.quality;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;

import io.champa.lint.Category;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnRule;

/** Secrets written into a model, and script code that is unsafe or blocks the job executor. */
final class SecurityRules {

  static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(password|passwd|pwd|secret|token|api[_-]?key|credential|private[_-]?key|access[_-]?key).*");
  private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
      "(?i)\\b[\\w.]*(password|passwd|pwd|secret|token|api[_-]?key|credential|private[_-]?key|access[_-]?key)\\w*[\"']?"
          + "\\s*(?:=|:|==|,)\\s*[\"']([^\"'\\s$#{}]{4,})[\"']");
  private static final Pattern KNOWN_TOKENS = Pattern.compile(
      "(?i)(authorization[\"']?\\s*[:=,]\\s*[\"'](?:basic|bearer)\\s+[a-z0-9+/=._-]{8,})"
          + "|(-----BEGIN [A-Z ]*PRIVATE KEY-----)|\\b(AKIA[0-9A-Z]{16})\\b|\\b(gh[pousr]_[A-Za-z0-9]{30,})\\b"
          + "|\\b(xox[abprs]-[A-Za-z0-9-]{10,})\\b");
  private static final Pattern SQL_LITERAL = Pattern.compile(
      "(?i)([\"'`])[^\"'`\\n]*\\b(select\\b[^\"'`\\n]*\\bfrom|insert\\s+into|update\\s+\\S+\\s+set|delete\\s+from|\\bwhere)\\b"
          + "[^\"'`\\n]*\\1");
  private static final Pattern SLEEP = Pattern.compile(
      "\\b(Thread\\s*\\.\\s*sleep|TimeUnit\\s*\\.\\s*\\w+\\s*\\.\\s*sleep|time\\s*\\.\\s*sleep|sleep)\\s*\\(");

  private SecurityRules() {
  }

  static List<BpmnRule> all() {
    return List.of(noHardcodedCredentials(), noSqlConcatenation(), noBlockingSleep());
  }

  static BpmnRule noHardcodedCredentials() {
    return new BpmnRule(RuleInfo.of("no-hardcoded-credentials", Category.SECURITY, Severity.ERROR,
        "No literal passwords, secrets, tokens or API keys in scripts, expressions, field injections, input parameters or "
            + "properties; read them from the environment or a secret store.",
        "`<camunda:inputParameter name=\"apiKey\">sk-live-123</camunda:inputParameter>` or `password = \"hunter22\"` in a script."),
        (model, report) -> {
          for (CamundaInputParameter parameter : model.all(CamundaInputParameter.class)) {
            if (parameter.getChildElementsByType(CamundaScript.class).isEmpty()) {
              named(parameter.getCamundaName(), parameter.getTextContent(), "Input parameter", CodeTexts.owner(parameter), report);
            }
          }
          for (CamundaField field : model.all(CamundaField.class)) {
            String value = field.getCamundaStringValue() != null ? field.getCamundaStringValue()
                : field.getCamundaString() != null ? field.getCamundaString().getTextContent() : null;
            named(field.getCamundaName(), value, "Field", CodeTexts.owner(field), report);
          }
          for (CamundaProperty property : model.all(CamundaProperty.class)) {
            named(property.getCamundaName(), property.getCamundaValue(), "Property", CodeTexts.owner(property), report);
          }
          for (CodeTexts.Code code : CodeTexts.scriptsAndExpressions(model)) {
            Matcher assignment = SECRET_ASSIGNMENT.matcher(code.text());
            if (assignment.find()) {
              report.report(code.elementId(), "A " + assignment.group(1).toLowerCase() + " is written as a literal in a "
                  + code.where());
            } else if (KNOWN_TOKENS.matcher(code.text()).find()) {
              report.report(code.elementId(), "A credential (authorization header, private key or access token) is written as "
                  + "a literal in a " + code.where());
            }
          }
        });
  }

  private static void named(String name, String value, String what, String owner, RuleContext report) {
    if (name == null || value == null || value.isBlank() || value.contains("${") || value.contains("#{")) {
      return;
    }
    if (SECRET_NAME.matcher(name).matches()) {
      report.report(owner, what + " '" + name + "' holds a literal secret; read it from the environment or a secret store");
    }
  }

  static BpmnRule noSqlConcatenation() {
    return new BpmnRule(RuleInfo.of("no-sql-concatenation", Category.SECURITY, Severity.WARN,
        "Scripts do not build SQL by concatenating or interpolating strings (SQL injection); use bound parameters.",
        "`sql.rows(\"SELECT * FROM orders WHERE id = \" + orderId)` in a Groovy script."),
        (model, report) -> {
          for (CodeTexts.Code code : CodeTexts.scripts(model)) {
            Matcher sql = SQL_LITERAL.matcher(code.text());
            while (sql.find()) {
              String literal = sql.group();
              boolean interpolated = !literal.startsWith("'") && (literal.contains("${") || literal.matches("(?s).*\\$[A-Za-z_].*"));
              if (interpolated || concatenated(code.text(), sql.start(), sql.end())) {
                report.report(code.elementId(), "SQL is built by string concatenation or interpolation in a " + code.where()
                    + "; use bound parameters");
                break;
              }
            }
          }
        });
  }

  private static boolean concatenated(String text, int start, int end) {
    int after = end;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    int before = start - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return (after < text.length() && text.charAt(after) == '+') || (before >= 0 && text.charAt(before) == '+');
  }

  static BpmnRule noBlockingSleep() {
    return new BpmnRule(RuleInfo.of("no-blocking-sleep", Category.SECURITY, Severity.WARN,
        "Scripts do not sleep: a sleeping script holds a job-executor thread and the transaction; model a timer instead.",
        "`Thread.sleep(5000)` in a script task."),
        (model, report) -> {
          for (CodeTexts.Code code : CodeTexts.scripts(model)) {
            Matcher sleep = SLEEP.matcher(code.text());
            if (sleep.find()) {
              report.report(code.elementId(), "'" + sleep.group(1) + "(...)' blocks in a " + code.where()
                  + "; use a timer event instead");
            }
          }
        });
  }
}
