package io.champa.example.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;

import io.champa.example.ExampleEngineTestBase;

/** A fresh headless Chromium per test, so no session carries over from one test to the next. */
abstract class BrowserTestBase extends ExampleEngineTestBase {

  protected ChromeDriver browser;
  protected ChampaPage page;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = HeadlessChromium.start();
    page = new ChampaPage(browser);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }
}
