package org.kamcomp.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven by Debian's chromedriver; nothing is downloaded. */
final class Browser implements AutoCloseable {

  final WebDriver driver;
  final WebDriverWait wait;
  final Path downloads;

  Browser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    downloads = Files.createTempDirectory("kam-downloads");
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createTempDirectory("kam-chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
  }

  /** Signs in on Keycloak's login page, which the platform has redirected the browser to. */
  void signIn(String username, String password) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    driver.findElement(By.id("username")).sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("kc-login")).click();
    // Back on the platform's page the sign-in started from: the next navigation must not race
    // the redirects of the sign-in round trip.
    wait.until(
        d ->
            !d.getCurrentUrl().contains(":8180/")
                && "complete"
                    .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  String textOf(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id))).getText();
  }

  /** The element with this (Faces client) id, once it is there. */
  WebElement byId(String id) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  boolean isPresent(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  String valueOf(String id) {
    return byId(id).getDomProperty("value");
  }

  /** Replaces an input's text as a user does, leaving it with Tab (which fires its AJAX). */
  void type(String id, String text) {
    WebElement input = visible(id);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, text, Keys.TAB);
    waitForAjax();
  }

  /** Chooses an option of a select by its value. */
  void choose(String id, String value) {
    new Select(visible(id)).selectByValue(value);
    waitForAjax();
  }

  /** Clicks a button, link or checkbox, then waits for the page or its AJAX update. */
  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(visible(id))).click();
    waitForAjax();
  }

  /** Clicks what downloads a file, and waits for the file to arrive whole. */
  Path download(String id) throws IOException {
    try (var before = Files.list(downloads)) {
      if (before.findAny().isPresent()) {
        throw new IllegalStateException("clear the downloads first");
      }
    }
    visible(id).click();
    return wait.until(
        d -> {
          try (var files = Files.list(downloads)) {
            return files
                // Chromium writes to a hidden or .crdownload file first, then renames it.
                .filter(f -> !f.getFileName().toString().startsWith("."))
                .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                .filter(f -> f.toFile().length() > 0)
                .findFirst()
                .orElse(null);
          } catch (IOException e) {
            return null;
          }
        });
  }

  /** The bytes at a URL of the platform, fetched by the page with its session. */
  byte[] fetch(String url) {
    Object base64 =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.ok ? r.arrayBuffer() : Promise.reject(r.status))"
                    + ".then(b => { let s = ''; const a = new Uint8Array(b);"
                    + " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
                    + " done(btoa(s)); }, e => done('ERROR ' + e));",
                url);
    if (base64.toString().startsWith("ERROR")) {
      throw new IllegalStateException(url + ": " + base64);
    }
    return java.util.Base64.getDecoder().decode(base64.toString());
  }

  /** The data points of the chart inside the element with this id, as JSON. */
  String chartData(String id) {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                script(
                    "var c = document.querySelector('[id=\"' + arguments[0] + '\"] canvas');"
                        + " return !!(c && Chart.getChart(c));",
                    id)));
    return (String)
        script(
            "var c = document.querySelector('[id=\"' + arguments[0] + '\"] canvas');"
                + " return JSON.stringify(Chart.getChart(c).data.datasets[0].data);",
            id);
  }

  /** Runs a script in the page (e.g. to read a chart's data). */
  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Waits until the page has loaded and no PrimeFaces AJAX request is pending. */
  void waitForAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                script(
                    "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
  }

  private WebElement visible(String id) {
    WebElement e = byId(id);
    // The editor's save bar sticks to the bottom of the window: bring the element to the middle.
    script("arguments[0].scrollIntoView({block: 'center'});", e);
    return wait.until(ExpectedConditions.visibilityOf(e));
  }

  /** A screenshot of the whole page, however long, as a user scrolling through it sees it. */
  void screenshotWholePage(String name) throws IOException {
    Dimension window = driver.manage().window().getSize();
    long height = (Long) script("return document.documentElement.scrollHeight;");
    driver
        .manage()
        .window()
        .setSize(new Dimension(window.getWidth(), (int) Math.min(height + 150, 8000)));
    try {
      screenshot(name);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /** Keeps a screenshot in target/screenshots, to look at what a user saw. */
  void screenshot(String name) throws IOException {
    Path dir = Path.of("target/screenshots");
    Files.createDirectories(dir);
    Files.write(
        dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
