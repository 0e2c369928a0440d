package io.champa.example.delegates;

import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends a customer or approver notification through the (simulated) mail gateway. */
@Component
public class NotificationDelegate implements JavaDelegate {

  private final FailureInjector failures;

  public NotificationDelegate(FailureInjector failures) {
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Mail rarely fails; when it does, the enclosing timer job fails and shows up as an incident.
    failures.maybeFail(execution.getProcessInstanceId(), execution.getCurrentActivityId(), 0.5,
        "SMTP 451: mail gateway temporarily unavailable");
    execution.setVariable("lastNotification", execution.getCurrentActivityName());
  }
}
