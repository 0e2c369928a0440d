package io.champa.lint.camunda;

import static io.champa.lint.bpmn.BpmnModel.camunda;
import static io.champa.lint.bpmn.BpmnModel.isBlank;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import io.champa.lint.Category;
import io.champa.lint.RuleContext;
import io.champa.lint.RuleInfo;
import io.champa.lint.Severity;
import io.champa.lint.bpmn.BpmnRule;

/** Timer definitions and job retry cycles in the formats Camunda 7 parses (see {@link IsoTime}). */
final class TimerRules {

  private TimerRules() {
  }

  static List<BpmnRule> all() {
    return List.of(retryTimeCycleValid(), timerExpressionValid());
  }

  static BpmnRule retryTimeCycleValid() {
    return new BpmnRule(RuleInfo.of("retry-time-cycle-valid", Category.CAMUNDA, Severity.ERROR,
        "camunda:failedJobRetryTimeCycle is `R<n>/<duration>`, a comma-separated list of durations, or an expression.",
        "`<camunda:failedJobRetryTimeCycle>3 times</camunda:failedJobRetryTimeCycle>`; valid: `R3/PT5M`, `PT1M,PT10M`."),
        (model, report) -> {
          List<ModelElementInstance> cycles = new ArrayList<>(model.all(CamundaFailedJobRetryTimeCycle.class));
          for (ModelElementInstance cycle : cycles) {
            check(cycle.getTextContent(), Scope.ownerNode(cycle), report);
          }
          for (BaseElement element : model.all(BaseElement.class)) {
            String attribute = camunda(element, "failedJobRetryTimeCycle");
            if (attribute != null) {
              check(attribute, Scope.ownerNode(element), report);
            }
          }
        });
  }

  private static void check(String text, String elementId, RuleContext report) {
    String value = text == null ? "" : text.trim();
    if (value.isEmpty()) {
      report.report(elementId, "camunda:failedJobRetryTimeCycle is empty");
      return;
    }
    if (IsoTime.isExpression(value) || IsoTime.isRepeatingInterval(value, true)) {
      return;
    }
    for (String part : value.split(",")) {
      if (!IsoTime.isDuration(part)) {
        report.report(elementId, "camunda:failedJobRetryTimeCycle '" + value
            + "' is not R<n>/<ISO 8601 duration> (e.g. R3/PT5M) or a list of durations");
        return;
      }
    }
  }

  static BpmnRule timerExpressionValid() {
    return new BpmnRule(RuleInfo.of("timer-expression-valid", Category.CAMUNDA, Severity.ERROR,
        "A timer has exactly one of time date (ISO 8601 date-time), duration (ISO 8601) or cycle (ISO 8601 repeating "
            + "interval or cron); expressions pass.",
        "`<timeDuration>5 minutes</timeDuration>`; valid: `PT5M`, `2026-01-01T09:00:00Z`, `R/PT1H`, `0 0 9 ? * MON-FRI`."),
        (model, report) -> {
          for (TimerEventDefinition timer : Scope.executable(model, TimerEventDefinition.class)) {
            String owner = Scope.ownerNode(timer);
            int kinds = (timer.getTimeDate() != null ? 1 : 0) + (timer.getTimeDuration() != null ? 1 : 0)
                + (timer.getTimeCycle() != null ? 1 : 0);
            if (kinds == 0) {
              report.report(owner, "Timer has no time date, duration or cycle");
            } else if (kinds > 1) {
              report.report(owner, "Timer has more than one of time date, duration and cycle");
            } else if (timer.getTimeDate() != null) {
              checkValue(timer.getTimeDate().getTextContent(), "time date", IsoTime::isDate, owner, report);
            } else if (timer.getTimeDuration() != null) {
              checkValue(timer.getTimeDuration().getTextContent(), "duration", IsoTime::isDuration, owner, report);
            } else {
              checkValue(timer.getTimeCycle().getTextContent(), "cycle",
                  v -> IsoTime.isRepeatingInterval(v, false) || IsoTime.isCron(v), owner, report);
            }
          }
        });
  }

  private static void checkValue(String text, String kind, java.util.function.Predicate<String> valid, String owner,
      RuleContext report) {
    if (isBlank(text)) {
      report.report(owner, "Timer " + kind + " is empty");
    } else if (!IsoTime.isExpression(text) && !valid.test(text.trim())) {
      report.report(owner, "Timer " + kind + " '" + text.trim() + "' is not a valid ISO 8601 "
          + (kind.equals("cycle") ? "repeating interval or cron expression" : kind));
    }
  }
}
