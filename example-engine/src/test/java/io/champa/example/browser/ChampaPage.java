package io.champa.example.browser;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on Champa's page: find elements by test id, sign in, read the console. */
final class ChampaPage {

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  ChampaPage(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  WebDriverWait await() {
    return wait;
  }

  WebElement byTestId(String testId) {
    return driver.findElement(By.cssSelector("[data-testid='" + testId + "']"));
  }

  String text(String testId) {
    return byTestId(testId).getText().trim();
  }

  boolean shows(String testId) {
    return !driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty()
        && byTestId(testId).isDisplayed();
  }

  void waitFor(String testId) {
    wait.until(d -> shows(testId));
  }

  void type(String testId, String value) {
    WebElement input = byTestId(testId);
    input.clear();
    input.sendKeys(value);
  }

  /** Opens a route of the page (e.g. {@code #/admin/users}) at {@code pageUrl} and signs in there. */
  void signIn(String pageUrl, String username, String password) {
    driver.get(pageUrl);
    waitFor("login-username");
    type("login-username", username);
    type("login-password", password);
    byTestId("login-submit").click();
    wait.until(d -> shows("current-user") && text("current-user").equals(username));
  }

  /**
   * The console errors, except the one a fresh visit always logs: the page asks GET /auth/me who is
   * signed in, nobody is yet, and Chromium reports every 401 as "Failed to load resource".
   */
  List<String> consoleErrorsBesidesTheFirstSessionCheck() {
    return HeadlessChromium.consoleErrors(driver).stream()
        .filter(entry -> !(entry.contains("/auth/me") && failedWith(entry, 401)))
        .toList();
  }

  static boolean failedWith(String consoleEntry, int status) {
    return consoleEntry.contains("Failed to load resource") && consoleEntry.contains("status of " + status);
  }

  static long number(String text) {
    String digits = text.replaceAll("[^0-9]", "");
    return digits.isEmpty() ? -1 : Long.parseLong(digits);
  }
}
