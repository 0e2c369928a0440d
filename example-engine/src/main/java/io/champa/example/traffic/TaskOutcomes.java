package io.champa.example.traffic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.champa.example.chaos.DemoRandom;

/**
 * What a person decides on each demo user task, and how quickly they get to it: some tasks are
 * done fast, some (clarifying an invoice with a supplier) linger for days, which is what makes
 * bottlenecks visible.
 */
public class TaskOutcomes {

  private static final Map<String, Double> PACE = Map.of(
      "ClarifyInvoice", 0.02,
      "InvestigateParcel", 0.08,
      "Escalate", 0.4,
      "ReviewApplication", 0.5,
      "ContactCustomer", 0.6);

  private static final Map<String, List<String>> USERS_BY_GROUP = Map.of(
      "sales", List.of("mary"),
      "management", List.of("mary"),
      "accounting", List.of("peter", "john"),
      "logistics", List.of("john"),
      "risk", List.of("peter"));

  private final DemoRandom random;

  public TaskOutcomes(DemoRandom random) {
    this.random = random;
  }

  /** Relative speed of a task (1 = normal); multiplies the round's completion share. */
  public double pace(String taskDefinitionKey) {
    return PACE.getOrDefault(taskDefinitionKey, 1.0);
  }

  /** A demo user who may work a task of the given candidate group. */
  public String userFor(String group) {
    return random.pick(USERS_BY_GROUP.getOrDefault(group, List.of("demo")));
  }

  /** The variables a person sets when completing the task. */
  public Map<String, Object> variables(String taskDefinitionKey, String user) {
    Map<String, Object> vars = new HashMap<>();
    switch (taskDefinitionKey) {
      case "ApproveInvoice" -> vars.put("approved", random.chance(0.82));
      case "ReviewApplication", "Escalate" -> vars.put("loanApproved", random.chance(0.6));
      case "ReviewPayment" -> vars.put("paymentApproved", true);
      case "HandOver" -> vars.put("clerk", user);
      case "InvestigateParcel" -> vars.put("parcelFound", random.chance(0.5));
      case "ReviewIdentity" -> vars.put("identityConfirmed", true);
      case "WelcomeCall" -> vars.put("callOutcome", random.pick(List.of("reached", "voicemail", "reached")));
      case "ContactCustomer" -> vars.put("customerContacted", true);
      default -> { }
    }
    return vars;
  }
}
