package io.champa.example.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

import io.champa.example.ExampleEngineTestBase;

/** A person opens Champa beside Cockpit, signs in and sees the engine and what is deployed on it. */
class ChampaShellBrowserIT extends ExampleEngineTestBase {

  private static ChromeDriver browser;
  private static ChampaPage page;

  @BeforeAll
  static void openBrowser() throws Exception {
    browser = HeadlessChromium.start();
    page = new ChampaPage(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void homeShowsEngineVersionsAndRealCountsWithoutConsoleErrors() {
    signedIn("");

    page.await().until(driver -> ChampaPage.number(page.text("count-process-definitions")) > 0);

    assertThat(page.text("engine-name")).isEqualTo("default");
    assertThat(page.text("camunda-version")).startsWith("7.24");
    assertThat(ChampaPage.number(page.text("count-process-definitions"))).isGreaterThanOrEqualTo(6);
    assertThat(ChampaPage.number(page.text("count-decision-definitions"))).isGreaterThanOrEqualTo(3);
    assertThat(ChampaPage.number(page.text("count-deployments"))).isGreaterThanOrEqualTo(2);
    page.await().until(driver -> page.text("db-status-camunda").contains("UP") && page.text("db-status-system").contains("UP"));
    assertThat(page.text("nav")).contains("Home");
    assertThat(page.consoleErrorsBesidesTheFirstSessionCheck()).isEmpty();
  }

  @Test
  void unknownRouteShowsNotFoundInsideTheShell() {
    signedIn("#/no-such-screen");

    page.waitFor("not-found");

    assertThat(page.shows("nav")).isTrue();
    assertThat(page.consoleErrorsBesidesTheFirstSessionCheck()).isEmpty();
  }

  // the tests share one browser: sign in on the first visit, then the session cookie carries over
  private void signedIn(String route) {
    String pageUrl = url("/camunda/app/champa/default/" + route);
    browser.get(pageUrl);
    page.await().until(driver -> page.shows("login-username") || page.shows("current-user"));
    if (page.shows("login-username")) {
      page.signIn(pageUrl, "demo", "demo");
    }
  }
}
