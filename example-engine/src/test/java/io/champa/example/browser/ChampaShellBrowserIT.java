package io.champa.example.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.champa.example.ExampleEngineTestBase;

/** A person opens Champa beside Cockpit and sees the engine and what is deployed on it. */
class ChampaShellBrowserIT extends ExampleEngineTestBase {

  private static ChromeDriver browser;

  @BeforeAll
  static void openBrowser() throws Exception {
    browser = HeadlessChromium.start();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void homeShowsEngineVersionsAndRealCountsWithoutConsoleErrors() {
    browser.get(url("/camunda/app/champa/default/"));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    wait.until(driver -> number(driver.findElement(By.cssSelector("[data-testid=count-process-definitions]")).getText()) > 0);

    assertThat(text("engine-name")).isEqualTo("default");
    assertThat(text("camunda-version")).startsWith("7.24");
    assertThat(number(text("count-process-definitions"))).isGreaterThanOrEqualTo(6);
    assertThat(number(text("count-decision-definitions"))).isGreaterThanOrEqualTo(3);
    assertThat(number(text("count-deployments"))).isGreaterThanOrEqualTo(2);
    wait.until(driver -> text("db-status-camunda").contains("UP") && text("db-status-system").contains("UP"));
    assertThat(browser.findElement(By.cssSelector("[data-testid=nav]")).getText()).contains("Home");
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  @Test
  void unknownRouteShowsNotFoundInsideTheShell() {
    browser.get(url("/camunda/app/champa/default/#/no-such-screen"));
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    wait.until(driver -> driver.findElement(By.cssSelector("[data-testid=not-found]")).isDisplayed());

    assertThat(browser.findElement(By.cssSelector("[data-testid=nav]")).isDisplayed()).isTrue();
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  private static String text(String testId) {
    return browser.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText().trim();
  }

  private static long number(String text) {
    String digits = text.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? -1 : Long.parseLong(digits);
  }
}
