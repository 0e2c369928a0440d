package io.champa.example.delegates;

import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the customer's account in the (simulated) CRM. */
@Component
public class AccountSetupDelegate implements JavaDelegate {

  private final FailureInjector failures;

  public AccountSetupDelegate(FailureInjector failures) {
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    failures.maybeFail(execution.getProcessInstanceId(), execution.getCurrentActivityId(), 1.0,
        "CRM rejected the request: duplicate e-mail check timed out");
    execution.setVariable("accountId", "ACC-" + execution.getProcessBusinessKey());
  }
}
