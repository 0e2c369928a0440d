package io.champa.example.delegates;

import io.champa.example.chaos.FailureInjector;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fetches the applicant's credit score from the (simulated) credit bureau: a stable score per
 * applicant name, so repeated attempts after a failure give the same answer.
 */
@Component
public class CreditScoreDelegate implements JavaDelegate {

  private final FailureInjector failures;

  public CreditScoreDelegate(FailureInjector failures) {
    this.failures = failures;
  }

  @Override
  public void execute(DelegateExecution execution) {
    failures.maybeFail(execution.getProcessInstanceId(), execution.getCurrentActivityId(), 1.0,
        "Credit bureau did not answer within 10 s");
    String applicant = String.valueOf(execution.getVariable("applicantName")) + execution.getProcessBusinessKey();
    execution.setVariable("creditScore", score(applicant));
  }

  /** A score from 350 to 849, the same for the same input. */
  static int score(String applicant) {
    return 350 + Math.floorMod(applicant.hashCode() * 31 + 7, 500);
  }
}
