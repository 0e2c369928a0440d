package io.champa.example.delegates;

import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Books an invoice or a loan pay-out in the (simulated) ERP; the ERP is the flakiest backend. */
@Component
public class ErpBookingDelegate implements JavaDelegate {

  private final FailureInjector failures;

  public ErpBookingDelegate(FailureInjector failures) {
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    failures.maybeFail(execution.getProcessInstanceId(), execution.getCurrentActivityId(), 2.0,
        "ERP returned HTTP 503 Service Unavailable");
    execution.setVariable("erpDocumentNumber", "ERP-" + Math.abs(execution.getProcessInstanceId().hashCode()));
  }
}
