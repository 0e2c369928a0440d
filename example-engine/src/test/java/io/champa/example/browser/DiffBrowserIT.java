package io.champa.example.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;


/**
 * A person compares two deployed versions on the diff screen: by a link that names them, and
 * through the pickers; a DMN comparison shows its table without diagrams, and a malformed upload
 * says where the XML breaks. The example engine deploys v1 and v2 of its models.
 */
class DiffBrowserIT extends BrowserTestBase {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?(?:e-?[0-9]+)?");

  @Test
  void aLinkComparesOrderFulfillmentV1WithV2AndARowShowsWhatChangedInBothDiagrams() {
    page.signIn(app("#/diff/bpmn/order-fulfillment/1/2"), "demo", "demo");

    // both diagrams drawn, with the change markers on the side where each element is
    page.await().until(d -> !elements("[data-testid=diff-left] svg [data-element-id=CheckOrder]").isEmpty()
        && !elements("[data-testid=diff-right] svg [data-element-id=ReserveStock]").isEmpty());
    assertThat(elements("[data-testid=diff-right] [data-element-id=ReserveStock].champa-diff-added")).hasSize(1);
    assertThat(elements("[data-testid=diff-left] [data-element-id=ReserveStock]")).isEmpty();
    assertThat(elements("[data-testid=diff-left] [data-element-id=Flow_OrderValid_DetermineDiscount].champa-diff-removed")).hasSize(1);
    assertThat(elements("[data-testid=diff-left] [data-element-id=CheckOrder].champa-diff-changed")).hasSize(1);
    assertThat(elements("[data-testid=diff-right] [data-element-id=CheckOrder].champa-diff-changed")).hasSize(1);
    assertThat(elements("[data-testid=diff-right] [data-element-id=ShipOrder].champa-diff-layout")).hasSize(1);

    assertThat(ChampaPage.number(page.text("diff-summary-added"))).isGreaterThanOrEqualTo(1);
    assertThat(ChampaPage.number(page.text("diff-summary-changed"))).isGreaterThanOrEqualTo(1);
    assertThat(ChampaPage.number(page.text("diff-summary-removed"))).isGreaterThanOrEqualTo(1);
    assertThat(ChampaPage.number(page.text("diff-summary-layout"))).isGreaterThanOrEqualTo(1);
    assertThat(page.text("diff-left-label")).isEqualTo("order-fulfillment v1");
    assertThat(page.text("diff-right-label")).isEqualTo("order-fulfillment v2");
    assertThat(page.byTestId("diff-row-ReserveStock").getDomAttribute("data-class")).isEqualTo("added");
    assertThat(page.text("diff-row-ReserveStock")).contains("serviceTask", "Reserve stock");
    WebElement checkOrder = page.byTestId("diff-row-CheckOrder");
    assertThat(checkOrder.getDomAttribute("data-class")).isEqualTo("changed");

    // hovering the row highlights the element in both diagrams
    new Actions(browser).moveToElement(checkOrder).perform();
    page.await().until(d -> elements("[data-element-id=CheckOrder].champa-diff-hover").size() == 2);

    // clicking it zooms both diagrams to it and opens the detail panel
    String leftBefore = viewport("diff-left");
    String rightBefore = viewport("diff-right");
    checkOrder.click();
    page.waitFor("diff-detail");
    assertThat(page.text("diff-detail-title")).contains("Validate order", "CheckOrder");
    WebElement name = page.byTestId("diff-attr-name");
    assertThat(name.findElement(By.cssSelector("[data-testid=diff-attr-old]")).getText()).isEqualTo("Check order");
    assertThat(name.findElement(By.cssSelector("[data-testid=diff-attr-new]")).getText()).isEqualTo("Validate order");
    assertThat(page.text("diff-attrs")).contains("camunda:failedJobRetryTimeCycle", "R3/PT5M", "R5/PT10M");
    assertThat(page.text("diff-xml-left")).contains("id=\"CheckOrder\"", "name=\"Check order\"");
    assertThat(page.text("diff-xml-right")).contains("id=\"CheckOrder\"", "name=\"Validate order\"");
    assertThat(elements("[data-testid=diff-left] [data-element-id=CheckOrder].champa-diff-selected")).hasSize(1);
    assertThat(elements("[data-testid=diff-right] [data-element-id=CheckOrder].champa-diff-selected")).hasSize(1);
    assertThat(viewport("diff-left")).isNotEqualTo(leftBefore);
    assertThat(viewport("diff-right")).isNotEqualTo(rightBefore);
    // zoom and scroll are in step: both diagrams show the same box
    double[] left = numbers(viewport("diff-left"));
    double[] right = numbers(viewport("diff-right"));
    assertThat(left).hasSize(6);
    assertThat(right).containsExactly(left, within(0.01));

    assertThat(page.consoleErrorsBesidesTheFirstSessionCheck()).isEmpty();
  }

  @Test
  void thePickersCompareShippingV1WithV2() {
    page.signIn(app("#/diff"), "demo", "demo");
    page.waitFor("diff-idle");
    assertThat(page.text("nav")).contains("Diff");

    new Select(page.byTestId("diff-type")).selectByValue("bpmn");
    page.await().until(d -> !elements("[data-testid=diff-key] option[value=shipping]").isEmpty());
    new Select(page.byTestId("diff-key")).selectByValue("shipping");
    new Select(page.byTestId("diff-left-version")).selectByValue("1");
    new Select(page.byTestId("diff-right-version")).selectByValue("2");
    page.byTestId("diff-compare").click();

    page.waitFor("diff-row-HandOver");
    assertThat(page.text("diff-table")).contains("HandOver", "NoDeliveryNews", "PrintLabel");
    assertThat(page.text("diff-summary-changed")).isEqualTo("3");
    assertThat(page.text("diff-summary-added")).isEqualTo("0");
    assertThat(browser.getCurrentUrl()).endsWith("#/diff/bpmn/shipping/1/2");
    page.await().until(d -> !elements("[data-testid=diff-right] svg [data-element-id=HandOver].champa-diff-changed").isEmpty());

    assertThat(page.consoleErrorsBesidesTheFirstSessionCheck()).isEmpty();
  }

  @Test
  void aDecisionComparisonShowsTheChangeTableWithoutDiagrams() {
    page.signIn(app("#/diff/dmn/order-discount/1/2"), "demo", "demo");

    page.waitFor("diff-row-order-discount_rule5");
    assertThat(page.byTestId("diff-row-order-discount_rule5").getDomAttribute("data-class")).isEqualTo("added");
    assertThat(page.byTestId("diff-row-order-discount_rule2").getDomAttribute("data-class")).isEqualTo("changed");
    assertThat(page.shows("diff-left")).isFalse();

    page.byTestId("diff-row-order-discount_rule2").click();
    page.waitFor("diff-detail");
    WebElement output = page.byTestId("diff-attr-outputEntry[order-discount_out0]");
    assertThat(output.findElement(By.cssSelector("[data-testid=diff-attr-old]")).getText()).isEqualTo("5");
    assertThat(output.findElement(By.cssSelector("[data-testid=diff-attr-new]")).getText()).isEqualTo("8");

    assertThat(page.consoleErrorsBesidesTheFirstSessionCheck()).isEmpty();
  }

  @Test
  void aMalformedUploadIsRefusedWithItsLineAndColumn() throws Exception {
    Path broken = Files.createTempFile("champa-broken", ".bpmn");
    Files.writeString(broken, "<?xml version=\"1.0\"?>\n<definitions>\n  <process id=\"p\">\n</definitions>\n",
        StandardCharsets.UTF_8);
    page.signIn(app("#/diff"), "demo", "demo");
    page.await().until(d -> !elements("[data-testid=diff-key] option[value=order-fulfillment]").isEmpty());

    new Select(page.byTestId("diff-key")).selectByValue("order-fulfillment");
    new Select(page.byTestId("diff-left-version")).selectByValue("1");
    new Select(page.byTestId("diff-right-version")).selectByValue("file");
    page.byTestId("diff-right-file").sendKeys(broken.toString());
    page.byTestId("diff-compare").click();

    page.waitFor("diff-error");
    assertThat(page.text("diff-error-title")).isEqualTo("Invalid model");
    assertThat(page.text("diff-error-position")).matches("Line 4, column \\d+ of the right file");

    // the refusal is the 400 this test provokes; anything else would be a fault of the page
    List<String> unexpected = page.consoleErrorsBesidesTheFirstSessionCheck().stream()
        .filter(entry -> !(entry.contains("/champa/api/diff") && ChampaPage.failedWith(entry, 400)))
        .toList();
    assertThat(unexpected).isEmpty();
    Files.deleteIfExists(broken);
  }

  private List<WebElement> elements(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  /** The transform of a diagram's viewport: its zoom and scroll. */
  private String viewport(String testId) {
    return page.byTestId(testId).findElement(By.cssSelector("svg > g.viewport")).getDomAttribute("transform");
  }

  /** The six numbers of {@code matrix(a b c d e f)} (Chromium writes commas or spaces). */
  private static double[] numbers(String transform) {
    return NUMBER.matcher(transform == null ? "" : transform).results().mapToDouble(m -> Double.parseDouble(m.group()))
        .toArray();
  }

  private String app(String route) {
    return url("/camunda/app/champa/default/" + route);
  }
}
