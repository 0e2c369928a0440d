package io.champa.example.delegates;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Hands the order over to the independent payment process: correlates the {@code PaymentRequested}
 * start message on the order's business key, which is how the two processes form one journey.
 */
@Component
public class PaymentRequestDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Object amount = execution.getVariable("paymentAmount");
    if (amount == null) {
      amount = execution.getVariable("amount");
    }
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation("PaymentRequested")
        .processInstanceBusinessKey(execution.getProcessBusinessKey())
        .setVariable("orderId", execution.getProcessBusinessKey())
        .setVariable("amount", ((Number) amount).doubleValue())
        .setVariable("country", execution.getVariable("country"))
        .setVariable("paymentMethod", execution.getVariable("paymentMethod"))
        .setVariable("customerName", execution.getVariable("customerName"))
        .setVariable("customerEmail", execution.getVariable("customerEmail"))
        .correlateStartMessage();
  }
}
