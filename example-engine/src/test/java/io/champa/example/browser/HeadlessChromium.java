package io.champa.example.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium and ChromeDriver, headless, with the flags this closed network needs. The
 * driver is named explicitly, so Selenium never tries to download one.
 */
public final class HeadlessChromium {

  static final String BROWSER = System.getenv().getOrDefault("CHAMPA_TEST_CHROMIUM", "/usr/bin/chromium");
  static final String DRIVER = System.getenv().getOrDefault("CHAMPA_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");

  private HeadlessChromium() {
  }

  public static ChromeDriver start() throws Exception {
    if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException("Browser tests need Debian's Chromium and ChromeDriver at " + BROWSER + " and "
          + DRIVER + ": apt-get install chromium chromium-driver (.ci/run does it)");
    }
    Path profile = Files.createTempDirectory("champa-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /**
   * The console errors since the last call: uncaught exceptions, failed requests, CSP violations.
   * Warnings are left out: Chromium warns about Camunda's own CSP sandbox header on every page,
   * Cockpit's included, and that is not Champa's to fix.
   */
  public static List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::toString)
        .toList();
  }
}
