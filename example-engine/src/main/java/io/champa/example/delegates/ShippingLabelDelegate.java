package io.champa.example.delegates;

import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Prints the shipping label: a tracking number derived from the order's business key. */
@Component
public class ShippingLabelDelegate implements JavaDelegate {

  private final FailureInjector failures;

  public ShippingLabelDelegate(FailureInjector failures) {
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    failures.maybeFail(execution.getProcessInstanceId(), execution.getCurrentActivityId(), 0.5,
        "Label printer offline");
    execution.setVariable("trackingNumber", "TRK" + execution.getProcessBusinessKey().replaceAll("\\D", ""));
  }
}
