package io.champa.example.delegates;

import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Checks an order against the (simulated) inventory service: sets {@code orderValid}. */
@Component
public class OrderValidationDelegate implements JavaDelegate {

  private final FailureInjector failures;

  public OrderValidationDelegate(FailureInjector failures) {
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    failures.maybeFail(execution.getProcessInstanceId(), execution.getCurrentActivityId(), 1.0,
        "Inventory service timed out after 30000 ms");
    Object items = execution.getVariable("itemCount");
    // An order without items or with a negative amount is what a real shop rejects.
    boolean valid = items instanceof Number n && n.intValue() > 0
        && ((Number) execution.getVariable("amount")).doubleValue() > 0;
    execution.setVariable("orderValid", valid);
  }
}
