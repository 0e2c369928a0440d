package io.champa.diff;

import static io.champa.diff.Expected.changed;
import static io.champa.diff.Expected.ref;
import static io.champa.diff.Fixtures.bpmnAgainstBase;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each fixture is {@code base.bpmn} with one kind of change; the expected results are exact. */
class BpmnDiffTest {

  @Test
  void modelsThatDifferOnlyInFormattingAndWrittenOutDefaultsHaveNoChanges() {
    DiffResult result = bpmnAgainstBase("identical");

    assertThat(result.hasChanges()).isFalse();
    assertThat(result.summary()).isEqualTo(new DiffSummary(0, 0, 0, 0));
  }

  @Test
  void addedAndRemovedElementsAreListedByIdAndTheirLaneMembershipChanges() {
    DiffResult result = bpmnAgainstBase("added-removed");

    assertThat(result.added()).containsExactly(
        ref("Flow_Audit", "sequenceFlow", null),
        ref("Task_Audit", "task", "Audit order"));
    assertThat(result.removed()).containsExactly(
        ref("Boundary_Late", "boundaryEvent", "Late"),
        ref("End_Late", "endEvent", "Late noticed"),
        ref("Flow_Late", "sequenceFlow", null));
    assertThat(result.changed()).containsExactly(
        changed("Lane_System", "lane", "System", false, "flowNodeRefs",
            "Boundary_Late,End_Done,End_Late,Task_Notify,Task_Pack,Task_Pay,Wait",
            "End_Done,Task_Audit,Task_Notify,Task_Pack,Task_Pay,Wait"));
    assertThat(result.layoutChanged()).isEmpty();
    assertThat(result.summary()).isEqualTo(new DiffSummary(2, 3, 1, 0));
  }

  @Test
  void renamedTaskIsANameChange() {
    assertThat(bpmnAgainstBase("renamed").changed()).containsExactly(
        changed("Task_Review", "userTask", "Check order", false, "name", "Review order", "Check order"));
  }

  @Test
  void taskTurnedIntoUserTaskIsATypeChangeOnTheSameId() {
    DiffResult result = bpmnAgainstBase("type-change");

    assertThat(result.added()).isEmpty();
    assertThat(result.removed()).isEmpty();
    assertThat(result.changed()).containsExactly(
        changed("Task_Pack", "userTask", "Pack parcel", false,
            "camunda:assignee", null, "packer",
            "type", "task", "userTask"));
  }

  @Test
  void reconnectedSequenceFlowChangesItsTargetAndNotItsNeighbours() {
    DiffResult result = bpmnAgainstBase("reconnected");

    assertThat(result.changed()).containsExactly(
        changed("Flow_No", "sequenceFlow", "no", true, "targetRef", "End_Rejected", "End_Done"));
    assertThat(result.layoutChanged()).isEmpty();
  }

  @Test
  void changedConditionReportsTextAndLanguage() {
    assertThat(bpmnAgainstBase("condition").changed()).containsExactly(
        changed("Flow_Yes", "sequenceFlow", "yes", false,
            "conditionExpression", "${approved}", "${approved && amount < 1000}",
            "conditionExpression.language", null, "juel"));
  }

  @Test
  void changedDefaultFlowIsAGatewayAttribute() {
    assertThat(bpmnAgainstBase("default-flow").changed()).containsExactly(
        changed("Flow_No", "sequenceFlow", "no", false, "conditionExpression", null, "${!approved}"),
        changed("Flow_Yes", "sequenceFlow", "yes", false, "conditionExpression", "${approved}", null),
        changed("Gateway_Ok", "exclusiveGateway", "Approved?", false, "default", "Flow_No", "Flow_Yes"));
  }

  @Test
  void timerExpressionsAreComparedPerKind() {
    assertThat(bpmnAgainstBase("timer").changed()).containsExactly(
        changed("Boundary_Late", "boundaryEvent", "Late", false, "timer.timeDuration", "PT1H", "PT2H"),
        changed("Wait", "intermediateCatchEvent", "Wait a day", false,
            "timer.timeCycle", null, "R2/P1D",
            "timer.timeDuration", "P1D", null));
  }

  @Test
  void addedMessageDefinitionNamesTheMessageItRefersTo() {
    assertThat(bpmnAgainstBase("event-definition").changed()).containsExactly(
        changed("End_Rejected", "endEvent", "Rejected", false,
            "eventDefinitions", null, "message",
            "message.camunda:delegateExpression", null, "${rejectionSender}",
            "message.messageRef", null, "Message_Paid",
            "message.name", null, "OrderRejected"),
        changed("Message_Paid", "message", "OrderRejected", false, "name", "Paid", "OrderRejected"));
  }

  @Test
  void camundaAttributesOfTasksAndTheProcessAreCompared() {
    assertThat(bpmnAgainstBase("camunda-attributes").changed()).containsExactly(
        changed("Task_Pay", "serviceTask", "Charge payment", false,
            "camunda:asyncAfter", null, "true",
            "camunda:asyncBefore", "true", null,
            "camunda:topic", "payment", "payment-v2"),
        changed("Task_Review", "userTask", "Review order", false, "camunda:assignee", "demo", "mary"),
        changed("shop", "process", "Shop", false,
            "camunda:historyTimeToLive", "P30D", "P60D",
            "camunda:versionTag", null, "2.0"));
  }

  @Test
  void extensionElementsAreComparedItemByItem() {
    assertThat(bpmnAgainstBase("extension-elements").changed()).containsExactly(
        changed("Task_Notify", "sendTask", "Notify customer", false,
            "camunda:executionListener[end#1]", null, "delegateExpression=${auditEnd}",
            "camunda:field[url]", "https://mail.example/send", "https://mail.example/v2/send"),
        changed("Task_Pay", "serviceTask", "Charge payment", false,
            "camunda:failedJobRetryTimeCycle", "R3/PT5M", "R5/PT1M"),
        changed("Task_Review", "userTask", "Review order", false,
            "camunda:inputParameter[amount]", "${order.amount}", "${order.total}",
            "camunda:inputParameter[currency]", null, "EUR",
            "camunda:property[priority]", "high", "low"));
  }

  @Test
  void multiInstanceMarkerAndItsSettingsAreCompared() {
    assertThat(bpmnAgainstBase("multi-instance").changed()).containsExactly(
        changed("Task_Review", "userTask", "Review order", false,
            "loopCharacteristics", null, "multiInstance",
            "multiInstance.camunda:collection", null, "${reviewers}",
            "multiInstance.camunda:elementVariable", null, "reviewer",
            "multiInstance.completionCondition", null, "${nrOfCompletedInstances == 2}"));
  }

  @Test
  void addedParticipantAndRedirectedMessageFlowAreReported() {
    DiffResult result = bpmnAgainstBase("collaboration");

    assertThat(result.added()).containsExactly(ref("Pool_Warehouse", "participant", "Warehouse"));
    assertThat(result.changed()).containsExactly(
        changed("MessageFlow_Pay", "messageFlow", null, false, "targetRef", "Pool_Bank", "Pool_Warehouse"));
    assertThat(result.layoutChanged()).isEmpty();
  }

  @Test
  void elementMovedToAnotherLaneChangesBothLanesAndOnlyTheElementsLayout() {
    DiffResult result = bpmnAgainstBase("lanes");

    assertThat(result.changed()).containsExactly(
        changed("Lane_Clerk", "lane", "Clerk", false, "flowNodeRefs",
            "End_Rejected,Gateway_Ok,Start,Task_Review", "End_Rejected,Gateway_Ok,Start,Task_Pack,Task_Review"),
        changed("Lane_System", "lane", "System", false, "flowNodeRefs",
            "Boundary_Late,End_Done,End_Late,Task_Notify,Task_Pack,Task_Pay,Wait",
            "Boundary_Late,End_Done,End_Late,Task_Notify,Task_Pay,Wait"));
    assertThat(result.layoutChanged()).containsExactly(ref("Task_Pack", "task", "Pack parcel"));
  }

  @Test
  void movedShapeAndWaypointsAreLayoutOnly() {
    DiffResult result = bpmnAgainstBase("layout-only");

    assertThat(result.changed()).isEmpty();
    assertThat(result.layoutChanged()).containsExactly(
        ref("Flow_1", "sequenceFlow", null),
        ref("Flow_2", "sequenceFlow", null),
        ref("Task_Review", "userTask", "Review order"));
    assertThat(result.summary()).isEqualTo(new DiffSummary(0, 0, 0, 3));
  }

  @Test
  void comparingTheOtherWayRoundSwapsAddedAndRemoved() {
    DiffResult result = BpmnDiff.compare(Fixtures.bpmn("added-removed.bpmn"), Fixtures.bpmn("base.bpmn"));

    assertThat(result.added()).extracting(ElementRef::id).containsExactly("Boundary_Late", "End_Late", "Flow_Late");
    assertThat(result.removed()).extracting(ElementRef::id).containsExactly("Flow_Audit", "Task_Audit");
  }
}
