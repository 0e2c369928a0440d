package io.champa.example.delegates;

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
    failures.maybeFail("CRM rejected the request: duplicate e-mail check timed out");
    execution.setVariable("accountId", "ACC-" + execution.getProcessBusinessKey());
  }
}
