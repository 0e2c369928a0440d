package io.champa.diff;

import static io.champa.diff.Expected.changed;
import static io.champa.diff.Expected.ref;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The example engine's v1 → v2 models, whose differences docs/example-engine.md documents. */
class ExampleModelsDiffTest {

  @Test
  void orderFulfillmentRenamesCheckOrderAddsReserveStockAndShiftsTheLayout() {
    DiffResult result = bpmn("order-fulfillment.bpmn");

    assertThat(result.added()).containsExactly(
        ref("Flow_OrderValid_ReserveStock", "sequenceFlow", "yes"),
        ref("Flow_ReserveStock_DetermineDiscount", "sequenceFlow", null),
        ref("ReserveStock", "serviceTask", "Reserve stock"));
    assertThat(result.removed()).containsExactly(ref("Flow_OrderValid_DetermineDiscount", "sequenceFlow", "yes"));
    assertThat(result.changed()).containsExactly(
        changed("CheckOrder", "serviceTask", "Validate order", false,
            "camunda:failedJobRetryTimeCycle", "R3/PT5M", "R5/PT10M",
            "name", "Check order", "Validate order"),
        changed("RequestPayment", "serviceTask", "Request payment", true,
            "camunda:inputParameter[paymentAmount]", null, "${amount * (100 - discount) / 100}"),
        changed("ShippingDelayed", "boundaryEvent", "Shipping delayed", true, "timer.timeDuration", "P2D", "P1D"));
    assertThat(result.layoutChanged()).extracting(ElementRef::id).containsExactly(
        "CustomerInformed", "DetermineDiscount", "Flow_DetermineDiscount_RequestPayment",
        "Flow_PaymentReceived_ShipOrder", "Flow_RequestPayment_PaymentReceived",
        "Flow_SendDelayNotice_CustomerInformed", "Flow_ShipOrder_OrderFulfilled",
        "Flow_ShippingDelayed_SendDelayNotice", "OrderFulfilled", "PaymentReceived", "SendDelayNotice", "ShipOrder");
  }

  @Test
  void reserveStockIsAnExternalTaskOnItsTopic() {
    var model = Fixtures.exampleBpmn("v2", "order-fulfillment.bpmn");
    var snapshot = BpmnElements.of(Dom.root(model)).get("ReserveStock");

    assertThat(snapshot.attrs()).containsEntry("camunda:type", "external")
        .containsEntry("camunda:topic", "inventory-reservation");
  }

  @Test
  void shippingRenamesTheHandOverAddsItsOutputMappingShortensTheTimerAndMakesLabelPrintingAsync() {
    DiffResult result = bpmn("shipping.bpmn");

    assertThat(result.added()).isEmpty();
    assertThat(result.removed()).isEmpty();
    assertThat(result.layoutChanged()).isEmpty();
    assertThat(result.changed()).containsExactly(
        changed("HandOver", "userTask", "Hand parcel to carrier", false,
            "camunda:outputParameter[handedOverBy]", null, "${execution.getVariable(\"clerk\")}",
            "name", "Hand over to carrier", "Hand parcel to carrier"),
        changed("NoDeliveryNews", "intermediateCatchEvent", "No news from carrier", false,
            "timer.timeDuration", "P5D", "P3D"),
        changed("PrintLabel", "serviceTask", "Print shipping label", false,
            "camunda:asyncBefore", null, "true",
            "camunda:failedJobRetryTimeCycle", null, "R3/PT2M"));
  }

  @Test
  void paymentProcessingChangesAConditionAddsChargeAmountAndShortensTheRetryCycle() {
    DiffResult result = bpmn("payment-processing.bpmn");

    assertThat(result.summary()).isEqualTo(new DiffSummary(0, 0, 3, 0));
    assertThat(result.changed()).containsExactly(
        changed("ChargeCard", "serviceTask", "Charge card", false,
            "camunda:inputParameter[chargeAmount]", null, "${amount}"),
        changed("ConfirmPayment", "serviceTask", "Confirm payment to order", false,
            "camunda:failedJobRetryTimeCycle", "R3/PT1M", "R2/PT30S"),
        changed("Flow_RiskLevel_ReviewPayment", "sequenceFlow", "high", false,
            "conditionExpression", "${riskLevel == 'high'}", "${riskLevel == 'high' || amount > 4000}"));
  }

  @Test
  void loanApplicationShortensBothTimersAndAddsATaskListener() {
    assertThat(bpmn("loan-application.bpmn").changed()).containsExactly(
        changed("CoolingOff", "intermediateCatchEvent", "Cooling-off period", false, "timer.timeDuration", "PT12H", "PT6H"),
        changed("ReviewTimeout", "boundaryEvent", "Review takes too long", false, "timer.timeDuration", "PT48H", "PT24H"),
        changed("SignContract", "userTask", "Sign contract", false, "camunda:taskListener[create#1]", null,
            "expression=${task.setPriority(loanAmount > 50000 ? 80 : 50)}"));
  }

  @Test
  void orderDiscountSwapsTheContentOfRulesTwoAndThreeAndAddsARule() {
    // v2 "reorders" by rewriting rules 2 and 3 under their old ids, turns rule 4 into the silver
    // rule and adds the catch-all as rule 5; matched by id, that is what the diff reports
    DiffResult result = DmnDiff.compare(Fixtures.exampleDmn("v1", "order-discount.dmn"),
        Fixtures.exampleDmn("v2", "order-discount.dmn"));

    assertThat(result.added()).containsExactly(ref("order-discount_rule5", "rule", "No discount"));
    assertThat(result.removed()).isEmpty();
    assertThat(result.changed()).containsExactly(
        changed("order-discount_rule2", "rule", "Very large orders get 8%", false,
            "description", "Large orders get 5%", "Very large orders get 8%",
            "inputEntry[order-discount_in0]", "> 1000", "> 5000",
            "outputEntry[order-discount_out0]", "5", "8"),
        changed("order-discount_rule3", "rule", "Large orders get 5%", false,
            "description", "Very large orders get 8% - NEVER FIRES: shadowed by rule 2 under hit policy FIRST",
            "Large orders get 5%",
            "inputEntry[order-discount_in0]", "> 5000", "> 1000",
            "outputEntry[order-discount_out0]", "8", "5"),
        changed("order-discount_rule4", "rule", "Silver customers get 3% from 200", false,
            "description", "No discount", "Silver customers get 3% from 200",
            "inputEntry[order-discount_in0]", "-", ">= 200",
            "inputEntry[order-discount_in1]", "-", "\"silver\"",
            "outputEntry[order-discount_out0]", "0", "3"));
  }

  private static DiffResult bpmn(String file) {
    return BpmnDiff.compare(Fixtures.exampleBpmn("v1", file), Fixtures.exampleBpmn("v2", file));
  }
}
