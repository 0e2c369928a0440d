package io.champa.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

  @Test
  void writesHelpTypeAndEscapedLabels() {
    String text = new PrometheusText().gauge("camunda_node_status", "1 when RUNNING")
        .sample("camunda_node_status", 1, "node", "a\"b\\c\nd").gauge("camunda_incidents", "Open incidents", 3)
        .toString();

    assertThat(text).isEqualTo("# HELP camunda_node_status 1 when RUNNING\n# TYPE camunda_node_status gauge\n"
        + "camunda_node_status{node=\"a\\\"b\\\\c\\nd\"} 1\n"
        + "# HELP camunda_incidents Open incidents\n# TYPE camunda_incidents gauge\ncamunda_incidents 3\n");
  }

  @Test
  void wholeNumbersHaveNoFractionAndOthersKeepIt() {
    assertThat(PrometheusText.format(3.0)).isEqualTo("3");
    assertThat(PrometheusText.format(12L)).isEqualTo("12");
    assertThat(PrometheusText.format(0.25)).isEqualTo("0.25");
  }
}
