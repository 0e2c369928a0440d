package io.champa.example.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import io.champa.example.chaos.DemoRandom;
import io.champa.example.chaos.FailureInjector;
import io.champa.example.delegates.AccountSetupDelegate;
import io.champa.example.delegates.CreditScoreDelegate;
import io.champa.example.delegates.ErpBookingDelegate;
import io.champa.example.delegates.NotificationDelegate;
import io.champa.example.delegates.OrderValidationDelegate;
import io.champa.example.delegates.PaymentCompletedDelegate;
import io.champa.example.delegates.PaymentRequestDelegate;
import io.champa.example.delegates.ShippingLabelDelegate;
import io.champa.example.traffic.DemoJourneyDriver;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deploys every demo model, both versions, into an in-memory engine (no Spring) and drives one order
 * journey across its three processes to the end.
 */
class DemoModelsTest {

  private ProcessEngine engine;

  @BeforeEach
  void startEngine() {
    FailureInjector noFailures = new FailureInjector(new DemoRandom(new Random(7)), 0);
    Map<Object, Object> beans = new HashMap<>();
    beans.put("orderValidationDelegate", new OrderValidationDelegate(noFailures));
    beans.put("paymentRequestDelegate", new PaymentRequestDelegate());
    beans.put("paymentCompletedDelegate", new PaymentCompletedDelegate());
    beans.put("notificationDelegate", new NotificationDelegate(noFailures));
    beans.put("erpBookingDelegate", new ErpBookingDelegate(noFailures));
    beans.put("creditScoreDelegate", new CreditScoreDelegate(noFailures));
    beans.put("accountSetupDelegate", new AccountSetupDelegate(noFailures));
    beans.put("shippingLabelDelegate", new ShippingLabelDelegate(noFailures));
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:demo-models-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setBeans(beans);
    configuration.setProcessEngineName("demo-models-" + System.nanoTime());
    engine = configuration.buildProcessEngine();
  }

  @AfterEach
  void closeEngine() {
    engine.close();
  }

  @Test
  void everyModelDeploysInBothVersions() {
    DemoModelDeployer deployer = new DemoModelDeployer(engine.getRepositoryService());
    deployer.deployAll();

    Map<String, Long> processVersions = engine.getRepositoryService().createProcessDefinitionQuery().list()
        .stream().collect(Collectors.groupingBy(ProcessDefinition::getKey, Collectors.counting()));
    assertThat(processVersions).hasSizeGreaterThanOrEqualTo(6);
    assertThat(processVersions.values()).allMatch(versions -> versions >= 2);

    List<DecisionDefinition> decisions = engine.getRepositoryService().createDecisionDefinitionQuery().list();
    Set<String> decisionKeys = decisions.stream().map(DecisionDefinition::getKey).collect(Collectors.toSet());
    assertThat(decisionKeys).hasSizeGreaterThanOrEqualTo(3);
    assertThat(decisions.stream().filter(d -> d.getVersion() == 2)).isNotEmpty();
    Set<String> hitPolicies = decisions.stream().map(this::hitPolicy).collect(Collectors.toSet());
    assertThat(hitPolicies).contains("UNIQUE", "FIRST", "COLLECT", "RULE_ORDER");
  }

  @Test
  void redeployingCreatesNoNewVersions() {
    DemoModelDeployer deployer = new DemoModelDeployer(engine.getRepositoryService());
    deployer.deployAll();
    long definitions = engine.getRepositoryService().createProcessDefinitionQuery().count();

    deployer.deployAll();

    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(2);
  }

  @Test
  void anOrderJourneyRunsThroughPaymentAndShippingToTheEnd() {
    new DemoModelDeployer(engine.getRepositoryService()).deployAll();
    Map<String, Object> order = new HashMap<>(Map.of(
        "customerName", "Anna Müller", "customerEmail", "anna.mueller@example.com", "customerTier", "standard",
        "country", "DE", "amount", 1500.0, "itemCount", 3, "weightKg", 2.5, "paymentMethod", "credit-card"));

    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey("order-fulfillment", "ORD-2026-00042", order);
    new DemoJourneyDriver(engine).driveUntilEnded(instance.getId(), 40);

    HistoricProcessInstance payment = historic("payment-processing", "ORD-2026-00042");
    HistoricProcessInstance shipping = historic("shipping", "ORD-2026-00042");
    assertThat(historic("order-fulfillment", "ORD-2026-00042").getEndActivityId()).isEqualTo("OrderFulfilled");
    assertThat(payment.getEndActivityId()).isEqualTo("PaymentCompleted");
    assertThat(shipping.getEndActivityId()).isEqualTo("Delivered");
    assertThat(shipping.getSuperProcessInstanceId()).isEqualTo(instance.getId());
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("deliveryStatus").singleResult().getValue())
        .isEqualTo("DELIVERED");
  }

  private HistoricProcessInstance historic(String processKey, String businessKey) {
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).processInstanceBusinessKey(businessKey).singleResult();
    assertThat(instance).as(processKey + " instance of " + businessKey).isNotNull();
    assertThat(instance.getEndTime()).as(processKey + " has ended").isNotNull();
    return instance;
  }

  private String hitPolicy(DecisionDefinition decision) {
    DecisionTable table = Dmn.readModelFromStream(engine.getRepositoryService().getDecisionModel(decision.getId()))
        .getModelElementById(decision.getKey() + "_table");
    return table.getHitPolicy().name();
  }
}
