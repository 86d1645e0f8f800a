package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard, visits, admin and QR pages in a real Chromium: charts carry the indicators API's
 * numbers, drill-down opens the next level, one tap records a visit, bad durations are named next to
 * their field, a disabled user cannot log in, QR codes decode to the report page of their grid, and no
 * page shows data outside scope or an unmasked ID number or phone.
 */
@IntegrationTest
class InsightInBrowserTests {

    private static final Pattern PLAIN_ID_NUMBER = Pattern.compile("(?<![\\d*])\\d{17}[\\dX](?![\\d*])");
    private static final Pattern PLAIN_PHONE = Pattern.compile("(?<![\\d*])1[3-9]\\d{9}(?![\\d*])");
    private static final List<String> RATES = List.of(
            "responseRate", "resolutionRate", "satisfactionRate", "closureRate", "onTimeClosureRate", "reworkRate");

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    @Test
    void theDashboardChartsShowTheIndicatorsApiNumbersAndABarClickOpensTheNextLevel() {
        browser.logIn("dxdl.street").open("/dashboard");
        browser.waitUntil(d -> "5".equals(d.findElement(By.tagName("html")).getAttribute("data-charts")));
        String from = browser.find(By.id("from")).getAttribute("value");
        String to = browser.find(By.id("to")).getAttribute("value");
        JsonNode api = Api.as(port, "dxdl.street")
                .get("/api/v1/indicators?division=150105004&from=" + from + "&to=" + to)
                .json();

        assertThat(browser.find(By.cssSelector("#totals [data-field=cases]")).getText())
                .isEqualTo(api.path("total").path("cases").asString());
        Map<String, JsonNode> children = api.path("children")
                .valueStream()
                .collect(Collectors.toMap(child -> child.path("code").asString(), child -> child));
        List<WebElement> rows = browser.findAll(By.cssSelector("#area-table tbody tr"));
        assertThat(rows).hasSize(children.size()).isNotEmpty();
        for (WebElement row : rows) {
            JsonNode expected = children.get(row.getAttribute("data-code"));
            assertThat(row.findElement(By.cssSelector("[data-field=cases]")).getText())
                    .isEqualTo(expected.path("cases").asString());
            for (String rate : RATES) {
                String shown = row.findElement(By.cssSelector("[data-field=" + rate + "]"))
                        .getAttribute("data-value");
                if (expected.path(rate).isNull()) assertThat(shown).isNullOrEmpty();
                else
                    assertThat(Double.parseDouble(shown))
                            .isEqualTo(expected.path(rate).asDouble());
            }
        }
        for (String chart : List.of("chart-areas", "chart-rates", "chart-months", "chart-categories", "chart-tree")) {
            assertThat(browser.findAll(By.cssSelector("#" + chart + " canvas")))
                    .as(chart)
                    .isNotEmpty();
        }
        @SuppressWarnings("unchecked")
        List<Long> bars = (List<Long>) browser.script(
                "return echarts.getInstanceByDom(document.getElementById('chart-areas')).getOption().series[0].data;");
        assertThat(bars)
                .containsExactlyElementsOf(api.path("children")
                        .valueStream()
                        .map(child -> child.path("cases").asLong())
                        .toList());
        browser.screenshot("dashboard-desktop");

        int busiest = bars.indexOf(bars.stream().max(Long::compare).orElseThrow());
        String target = api.path("children").get(busiest).path("code").asString();
        clickBar("chart-areas", busiest);
        browser.waitUntil(d -> d.getCurrentUrl().contains("division=" + target));
        browser.waitUntil(d -> "5".equals(d.findElement(By.tagName("html")).getAttribute("data-charts")));
        JsonNode below = Api.as(port, "dxdl.street")
                .get("/api/v1/indicators?division=" + target + "&from=" + from + "&to=" + to)
                .json();
        assertThat(browser.find(By.cssSelector("#totals [data-field=cases]")).getText())
                .isEqualTo(below.path("total").path("cases").asString());
        assertThat(browser.findAll(By.cssSelector("#area-table tbody tr")))
                .allSatisfy(row -> assertThat(row.getAttribute("data-code")).startsWith(target));

        browser.resize(Browser.PHONE).open("/dashboard?division=" + target);
        browser.waitUntil(d -> "5".equals(d.findElement(By.tagName("html")).getAttribute("data-charts")));
        browser.script("document.getElementById('totals').scrollIntoView();");
        browser.screenshot("dashboard-phone");
    }

    /** Clicks the middle of one bar of the chart's first series, where a person would tap it. */
    private void clickBar(String chart, int index) {
        WebElement element = browser.find(By.id(chart));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", element);
        @SuppressWarnings("unchecked")
        Map<String, Number> bar = (Map<String, Number>) browser.script(
                "var l = echarts.getInstanceByDom(arguments[0]).getModel().getSeriesByIndex(0).getData()"
                        + ".getItemLayout(arguments[1]); return {x: l.x, y: l.y, width: l.width, height: l.height};",
                element,
                index);
        double x = bar.get("x").doubleValue() + bar.get("width").doubleValue() / 2;
        double y = bar.get("y").doubleValue() + bar.get("height").doubleValue() / 2;
        new Actions(browser.driver())
                .moveToElement(element, (int) (x - element.getSize().getWidth() / 2.0), (int)
                        (y - element.getSize().getHeight() / 2.0))
                .click()
                .perform();
    }

    @Test
    void aGridWorkerRecordsAVisitWithOneTapAndSeesOnlyMaskedNumbers() {
        browser.logIn("taoyuan.grid1").open("/visits?due=false");
        WebElement row = browser.find(By.cssSelector("#visits li"));
        String id = row.getAttribute("id").substring("entry-".length());
        assertThat(PLAIN_ID_NUMBER.matcher(browser.text()).find()).isFalse();
        assertThat(PLAIN_PHONE.matcher(browser.text()).find()).isFalse();
        browser.resize(Browser.PHONE).screenshot("visits-phone");
        browser.resize(Browser.DESKTOP);

        row.findElement(By.cssSelector("summary.tap")).click();
        row.findElement(By.name("note")).sendKeys("老人身体尚好，已提醒冬季取暖安全");
        row.findElement(By.cssSelector("button.confirm")).click();

        browser.waitUntil(d -> d.findElement(By.id("entry-" + id)).getText().contains("已记录走访"));
        assertThat(browser.find(By.cssSelector("#entry-" + id + " form.undo button"))
                        .getText())
                .contains("撤销");
        JsonNode entry =
                Api.as(port, "taoyuan.grid1").get("/api/v1/ledgers/" + id).json();
        assertThat(entry.path("lastVisitAt").isNull()).isFalse();
        assertThat(entry.path("overdue").asBoolean()).isFalse();
        assertThat(Api.as(port, "taoyuan.grid1")
                        .get("/api/v1/visits?person=" + entry.path("personId").asLong())
                        .json()
                        .path("items")
                        .get(0)
                        .path("visitor")
                        .asString())
                .isEqualTo("taoyuan.grid1");
        browser.screenshot("visits-desktop");

        browser.find(By.cssSelector("#entry-" + id + " form.undo button")).click();

        browser.waitUntil(d ->
                d.findElements(By.cssSelector("#entry-" + id + " summary.tap")).size() == 1);
        assertThat(Api.as(port, "taoyuan.grid1")
                        .get("/api/v1/visits?person=" + entry.path("personId").asLong())
                        .json()
                        .path("items")
                        .findValuesAsString("content"))
                .doesNotContain("老人身体尚好，已提醒冬季取暖安全");
    }

    @Test
    void theCommunityFiltersItsLedgersByKindAndSeesOnlyItsOwnGrids() {
        browser.logIn("taoyuan.community").open("/visits?due=false&kind=EMPTY_NEST_ELDERLY");

        assertThat(browser.findAll(By.cssSelector("#visits li .tag")))
                .allSatisfy(tag -> assertThat(tag.getText()).isEqualTo("空巢独居老人"));
        assertThat(browser.findAll(By.cssSelector("#grid option")))
                .extracting(option -> option.getAttribute("value"))
                .allSatisfy(code -> assertThat(code).matches("|150105004015\\d{3}"));
        assertThat(PLAIN_ID_NUMBER.matcher(browser.text()).find()).isFalse();
        assertThat(PLAIN_PHONE.matcher(browser.text()).find()).isFalse();
    }

    @Test
    void theAdministratorChangesADeadlineAndABadDurationIsNamedNextToItsField() {
        browser.logIn("region.admin").open("/admin/categories");
        WebElement first = browser.find(By.cssSelector("#categories tbody tr"));
        String code = first.getAttribute("data-code");
        String original =
                first.findElement(By.cssSelector("[data-field=limitUrgent]")).getText();
        browser.screenshot("admin-categories-desktop");
        browser.open("/admin/categories/" + code);

        setLimit("limitUrgent", "0", "DAYS");
        browser.find(By.cssSelector("#category-form button[type=submit]")).click();

        WebElement error = browser.find(By.id("limitUrgent-error"));
        assertThat(error.getText()).contains("整数");
        assertThat(browser.find(By.id("limitUrgentAmount")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(By.id("limitUrgentAmount")).getAttribute("aria-describedby"))
                .isEqualTo("limitUrgent-error");
        assertThat(Api.as(port, "region.admin")
                        .get("/api/v1/case-categories")
                        .json()
                        .valueStream()
                        .filter(category -> category.path("code").asString().equals(code))
                        .findFirst()
                        .orElseThrow()
                        .path("limitUrgent")
                        .asString())
                .isEqualTo(original);
        browser.resize(Browser.PHONE);
        browser.script("document.getElementById('limitGeneral').scrollIntoView();");
        browser.screenshot("admin-category-error-phone");
        browser.resize(Browser.DESKTOP);

        setLimit("limitUrgent", "2", "DAYS");
        browser.find(By.cssSelector("#category-form button[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/admin/categories"));
        assertThat(browser.find(By.cssSelector("#categories tr[data-code='" + code + "'] [data-field=limitUrgent]"))
                        .getText())
                .isEqualTo("PT48H");

        browser.open("/admin/categories/" + code);
        var picked = org.redgrid.casework.DeadlineInput.of(original);
        setLimit("limitUrgent", Long.toString(picked.amount()), picked.unit().name());
        browser.find(By.cssSelector("#category-form button[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/admin/categories"));
    }

    /** Picks a limit as a number and a unit, as the category page asks for it. */
    private void setLimit(String id, String amount, String unit) {
        WebElement field = browser.find(By.id(id + "Amount"));
        field.clear();
        field.sendKeys(amount);
        new org.openqa.selenium.support.ui.Select(browser.find(By.id(id + "Unit"))).selectByValue(unit);
    }

    @Test
    void anAdministratorDisablesAUserWhoThenCannotLogInAndWhoseOpenSessionEnds() throws Exception {
        assertThat(Api.as(port, "saihan.admin")
                        .post(
                                "/api/v1/users",
                                Api.json(
                                        "username", "browser.disabled",
                                        "displayName", "停用测试",
                                        "password", Api.DEMO_PASSWORD,
                                        "roles", List.of("GRID_WORKER"),
                                        "scope", "150105004015002"))
                        .status())
                .isEqualTo(201);
        browser.logIn("browser.disabled");
        String openSession = cookies();
        assertThat(fetch("/", openSession).statusCode()).isEqualTo(200);
        browser.logIn("saihan.admin").open("/admin/users?q=browser.disabled");
        browser.screenshot("admin-users-desktop");

        browser.find(By.cssSelector("tr[data-username='browser.disabled'] form[action$='/disable'] button"))
                .click();

        browser.waitUntil(d -> d.findElement(By.cssSelector("tr[data-username='browser.disabled'] [data-field=state]"))
                .getText()
                .contains("已停用"));
        browser.resize(Browser.PHONE).screenshot("admin-users-phone");
        browser.resize(Browser.DESKTOP);
        browser.logOut().open("/login");
        browser.find(By.name("username")).sendKeys("browser.disabled");
        browser.find(By.name("password")).sendKeys(Api.DEMO_PASSWORD);
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login?error"));
        var afterwards = fetch("/", openSession);
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).contains("/login"));
    }

    @Test
    void aGridQrCodeDecodesToTheReportPageOfThatGrid() throws Exception {
        browser.logIn("taoyuan.community").open("/qr");
        assertThat(browser.findAll(By.cssSelector("#qr-grid-list figure")))
                .extracting(card -> card.getAttribute("data-code"))
                .contains("150105004015001")
                .allSatisfy(code -> assertThat(code).startsWith("150105004015"));
        browser.waitUntil(
                d -> (Boolean)
                        browser.script(
                                "return Array.from(document.images).every(function (i) { return i.complete && i.naturalWidth > 0; });"));
        browser.screenshot("qr-desktop");
        browser.resize(Browser.PHONE).screenshot("qr-phone");
        browser.resize(Browser.DESKTOP);

        HttpResponse<byte[]> png = fetch("/qr/150105004015001.png");

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(decode(png.body())).isEqualTo("http://127.0.0.1:" + port + "/report?grid=150105004015001");
        assertThat(fetch("/qr/150105004016001.png").statusCode()).isEqualTo(404);
    }

    @Test
    void noDashboardShowsAnAreaOutsideTheUsersScope() throws Exception {
        browser.logIn("taoyuan.community");

        assertThat(fetch("/dashboard?division=150105004016").statusCode()).isEqualTo(404);
        assertThat(fetch("/dashboard?division=150105004015").statusCode()).isEqualTo(200);
        assertThat(fetch("/admin/export/people.csv").statusCode()).isEqualTo(200);
        String export = new String(fetch("/admin/export/people.csv").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export.lines().skip(1))
                .allSatisfy(line -> assertThat(line.split(",")[1]).startsWith("150105004015"));
        assertThat(PLAIN_ID_NUMBER.matcher(export).find()).isFalse();
        assertThat(PLAIN_PHONE.matcher(export).find()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"taoyuan.grid1", "taoyuan.community", "dxdl.street", "saihan.admin", "region.admin"})
    void everyInsightPageOpensForTheStaffItIsForInBothLanguages(String username) throws Exception {
        browser.logIn(username);
        String category = Api.as(port, username)
                .get("/api/v1/case-categories")
                .json()
                .get(0)
                .path("code")
                .asString();
        for (String language : List.of("zh_CN", "en")) {
            for (String page : List.of(
                    "/dashboard",
                    "/visits",
                    "/visits?due=false&page=1",
                    "/admin",
                    "/admin/categories",
                    "/admin/categories/" + category,
                    "/admin/users",
                    "/qr")) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + language;
                var response = fetch(path);
                boolean gridWorkerAtAdmin = username.endsWith(".grid1") && page.startsWith("/admin");
                assertThat(response.statusCode()).as(username + " " + path).isEqualTo(gridWorkerAtAdmin ? 403 : 200);
                String html = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(PLAIN_ID_NUMBER.matcher(html).find()).as(path).isFalse();
                assertThat(PLAIN_PHONE.matcher(html).find()).as(path).isFalse();
            }
        }
    }

    @Test
    void aResidentOpensNoneOfTheStaffPages() throws Exception {
        browser.logIn("resident.zhang");

        for (String page : List.of("/dashboard", "/visits", "/qr", "/qr/150105004015001.png", "/admin/users")) {
            assertThat(fetch(page).statusCode()).as(page).isEqualTo(403);
        }
    }

    /** Fetches a path with the browser's session cookie, to read status codes and images. */
    private HttpResponse<byte[]> fetch(String path) throws Exception {
        return fetch(path, cookies());
    }

    private String cookies() {
        return browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private HttpResponse<byte[]> fetch(String path, String cookies) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
