package io.champa.example.delegates;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the waiting order that its payment went through: correlates {@code PaymentCompleted} on the
 * shared business key. If no order waits (it was cancelled), the correlation fails and so does the
 * job, which is exactly the incident an operator should see.
 */
@Component
public class PaymentCompletedDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation("PaymentCompleted")
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariable("paymentStatus", "PAID")
        .setVariable("transactionId", execution.getVariable("transactionId"))
        .correlate();
  }
}
