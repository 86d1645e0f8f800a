package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages a person uses on a phone, measured at phone width in a real Chromium: tap targets, the
 * next step on the first screen, every form error at once with the photo kept, the reporter's own
 * actions, photos labelled before and after, similar cases nearby, and deadlines picked as number and unit.
 */
@IntegrationTest
class PhoneErgonomicsInBrowserTests {

    /**
     * Every visible interactive element smaller than 44 × 44 px, described. A checkbox or radio button
     * is tapped through its label, so the label is measured. Exempt: a link inside running text (an
     * inline link whose parent also holds text of its own), as WCAG 2.5.5 exempts inline targets.
     */
    static final String SMALL_TARGETS = """
            const min = 44;
            const inRunningText = e => e.tagName === 'A' && getComputedStyle(e).display === 'inline'
                && Array.from(e.parentElement.childNodes).some(n => n !== e && n.nodeType === 3 && n.textContent.trim());
            return Array.from(document.querySelectorAll(
                    'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]'))
                .filter(e => !e.closest('[hidden]') && getComputedStyle(e).visibility !== 'hidden')
                .map(e => {
                    // a box's tap target is its label: the one around it, or the one naming it (the menu's 更多)
                    const label = (e.type === 'checkbox' || e.type === 'radio')
                        ? (e.closest('label') || (e.labels && e.labels[0]) || null) : null;
                    const r = (label || e).getBoundingClientRect();
                    return { e, w: r.width, h: r.height, right: r.right, bottom: r.bottom };
                })
                .filter(t => t.w > 0 && t.h > 0 && t.right > 0 && t.bottom + window.scrollY > 0)
                .filter(t => (t.w < min - 0.5 || t.h < min - 0.5) && !inRunningText(t.e))
                .map(t => Math.round(t.w) + 'x' + Math.round(t.h) + ' ' + t.e.outerHTML.substring(0, 160));
            """;

    static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    private long report(String title) {
        var created = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.PARKING",
                                "gridCode", GRID1,
                                "title", title,
                                "description", "消防通道被私家车长期占用"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private void act(String username, long id, String body) {
        var answer = Api.as(port, username).post("/api/v1/cases/" + id + "/transitions", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    private long dispatchedToGrid1(String title) {
        long id = report(title);
        act("taoyuan.community", id, json("action", "FILE"));
        act("taoyuan.community", id, json("action", "DISPATCH", "assignee", "taoyuan.grid1"));
        return id;
    }

    @SuppressWarnings("unchecked")
    private List<String> smallTargets() {
        return (List<String>) browser.script(SMALL_TARGETS);
    }

    @Test
    void onAPhoneTheMenuShowsTheDailyLinksInOneRowAndTheRestUnderMore() {
        browser.resize(Browser.PHONE).logIn("taoyuan.grid1").open("/tasks");
        By visits = By.cssSelector("header nav a[href='/visits']");
        By more = By.cssSelector("header nav label.nav-more-label");

        assertThat(browser.find(By.cssSelector("header nav a[href='/tasks']")).isDisplayed())
                .isTrue();
        assertThat(browser.find(By.cssSelector("header nav a[href='/report']")).isDisplayed())
                .isTrue();
        assertThat(browser.find(visits).isDisplayed()).isFalse();
        long headerHeight = ((Number)
                        browser.script("return document.querySelector('header.top').getBoundingClientRect().height;"))
                .longValue();
        assertThat(headerHeight).as("brand and one row of links").isLessThan(130);

        browser.find(more).click();
        browser.waitUntil(d -> d.findElement(visits).isDisplayed());
        browser.find(visits).click();
        browser.waitUntil(d -> browser.currentPath().equals("/visits"));

        browser.resize(Browser.DESKTOP);
        assertThat(browser.find(visits).isDisplayed()).isTrue();
        assertThat(browser.find(more).isDisplayed()).isFalse();
    }

    @Test
    void everyTapTargetOnTheReportCaseAndTaskPagesIsAtLeast44PxAtPhoneWidth() {
        long id = dispatchedToGrid1("占道停车 " + System.nanoTime());

        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/report");
        assertThat(smallTargets()).as("report page").isEmpty();
        browser.open("/cases/" + id);
        assertThat(smallTargets()).as("case page, reporter").isEmpty();
        browser.open("/mine");
        assertThat(smallTargets()).as("my reports").isEmpty();

        browser.logIn("taoyuan.grid1").open("/tasks");
        assertThat(smallTargets()).as("grid worker's task list").isEmpty();
        browser.open("/cases/" + id);
        assertThat(smallTargets()).as("case page, assignee").isEmpty();
    }

    @Test
    void theAssigneeFindsAcceptUnderNextStepOnTheFirstScreenOfAPhone() {
        long id = dispatchedToGrid1("消防通道占用 " + System.nanoTime());

        browser.resize(Browser.PHONE).logIn("taoyuan.grid1").open("/cases/" + id);

        assertThat(browser.find(By.id("next-h")).getText()).isEqualTo("下一步");
        var accept = browser.find(By.cssSelector(".next-card #do-ACCEPT"));
        long top = ((Number) browser.script("return arguments[0].getBoundingClientRect().top;", accept)).longValue();
        long screen = ((Number) browser.script("return window.innerHeight;")).longValue();
        assertThat(top).as("top of 接单 against the screen's height").isLessThan(screen);
        browser.screenshot("case-next-step-phone");
    }

    @Test
    void theReportFormShowsEveryErrorAtOnceAndKeepsThePhoto() {
        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/report");
        browser.find(By.id("photos")).sendKeys(WorkFlow.PHOTO.toAbsolutePath().toString());
        browser.find(By.cssSelector("form.report button.primary[type=submit]")).click();

        var summary = browser.find(By.id("error-summary"));
        assertThat(summary.findElements(By.tagName("li"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.find(By.id("category-error")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("title-error")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("description-error")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("photos-kept")).getText())
                .contains(WorkFlow.PHOTO.getFileName().toString());
        browser.screenshot("report-errors-phone");

        String title = "路面塌陷 " + System.nanoTime();
        new Select(browser.find(By.id("category"))).selectByIndex(1);
        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("description")).sendKeys("小区南门路面塌陷约半米");
        new Select(browser.find(By.id("gridCode"))).selectByValue(GRID1);
        browser.find(By.cssSelector("form.report button.primary[type=submit]")).click();
        browser.waitUntil(d -> browser.currentPath().matches("/cases/\\d+"));

        assertThat(browser.findAll(By.cssSelector(".photos figure"))).hasSize(1);
        assertThat(browser.find(By.cssSelector(".photos figcaption")).getText()).isEqualTo("处理前");
    }

    @Test
    void theReporterCommentsAndWithdrawsApartFromTheOtherActionsAndAClosedCaseAsksForARating() {
        String title = "楼下噪音扰民 " + System.nanoTime();
        long id = report(title);
        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/mine?q=" + title.split(" ")[1]);
        var row = browser.find(By.cssSelector("li.case[data-number]"));
        assertThat(row.findElement(By.cssSelector(".own .destructive")).getText())
                .isEqualTo("撤回");

        browser.open("/cases/" + id);
        assertThat(browser.find(By.cssSelector(".next-card")).getText()).contains("补充留言");
        new WorkFlow(browser).note("COMMENT", "晚上十点后更严重").press("COMMENT", "待立案");
        assertThat(browser.text()).contains("晚上十点后更严重");
        assertThat(browser.find(By.cssSelector(".destructive-actions #act-WITHDRAW"))
                        .isDisplayed())
                .isTrue();
        browser.screenshot("case-reporter-actions-phone");
        new WorkFlow(browser).note("WITHDRAW", "已与邻居协商解决").press("WITHDRAW", "已撤回");
        assertThat(browser.findAll(By.id("act-WITHDRAW"))).isEmpty();

        long closed = dispatchedToGrid1("共享单车堆放 " + System.nanoTime());
        act("taoyuan.grid1", closed, json("action", "ACCEPT"));
        act("taoyuan.grid1", closed, json("action", "REPORT_BACK", "note", "已清理"));
        act("taoyuan.community", closed, json("action", "VERIFY_PASS"));
        act("taoyuan.community", closed, json("action", "CLOSE"));
        browser.open("/mine");
        assertThat(browser.find(By.cssSelector(".own .rate-prompt")).getText()).startsWith("请评价");
        browser.open("/cases/" + closed);
        assertThat(browser.find(By.cssSelector(".rate-prompt")).getText()).startsWith("请评价");
        assertThat(browser.find(By.cssSelector(".next-card")).getText()).contains("评价");
        new WorkFlow(browser).pick("RATE", "satisfaction", "SATISFIED").pick("RATE", "resolved", "true");
        new WorkFlow(browser).press("RATE", "已评价");
        assertThat(browser.findAll(By.cssSelector(".rate-prompt"))).isEmpty();
    }

    @Test
    void theHandlersPhotoIsLabelledAfterAndTheReportersBefore() {
        long id = dispatchedToGrid1("井盖缺失 " + System.nanoTime());
        Api.as(port, "resident.zhang").upload("/api/v1/cases/" + id + "/attachments", "before.png", png());
        act("taoyuan.grid1", id, json("action", "ACCEPT"));
        Api.as(port, "taoyuan.grid1").upload("/api/v1/cases/" + id + "/attachments", "after.png", png());

        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/cases/" + id);

        var captions = browser.findAll(By.cssSelector(".photos figcaption")).stream()
                .map(e -> e.getText())
                .toList();
        assertThat(captions).containsExactly("处理前", "处理后");
        browser.open("/cases/" + id + "?lang=en");
        assertThat(browser.findAll(By.cssSelector(".photos figcaption")).stream()
                        .map(e -> e.getText())
                        .toList())
                .containsExactly("Before", "After");
        browser.open("/cases/" + id + "?lang=zh_CN");
    }

    @Test
    void aResidentSeesSimilarCasesNearTheChosenPlaceAndSupportsOneInsteadOfFilingIt() {
        var grid = Api.as(port, "region.admin").get("/api/v1/grids/" + GRID1).json();
        double lat = grid.path("centreLat").asDouble() - 0.0013;
        double lng = grid.path("centreLng").asDouble() - 0.0017;
        String title = "路灯闪烁 " + System.nanoTime();
        var created = Api.as(port, "taoyuan.community")
                .post(
                        "/api/v1/cases",
                        json(
                                "type",
                                "PROBLEM",
                                "category",
                                "PART.STREET_LIGHT",
                                "gridCode",
                                GRID1,
                                "lat",
                                lat,
                                "lng",
                                lng,
                                "title",
                                title,
                                "description",
                                "路灯夜间闪烁"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/report");
        new Select(browser.find(By.id("category"))).selectByValue("PART.STREET_LIGHT");
        browser.script(
                "document.dispatchEvent(new CustomEvent('place-chosen', {detail: {lat: arguments[0], lng: arguments[1]}}));",
                lat + 0.0003,
                lng);

        browser.waitUntil(d -> d.findElement(By.id("nearby")).isDisplayed());
        assertThat(browser.find(By.id("nearby-h")).getText()).matches("附近已有 \\d+ 件相似问题");
        var item = browser.find(By.xpath("//li[contains(@class,'nearby-case')][span[@class='title' and text()="
                + WorkFlow.literal(title) + "]]"));
        browser.screenshot("report-nearby-phone");
        item.findElement(By.cssSelector("button.support")).click();
        browser.waitUntil(d ->
                item.findElement(By.cssSelector("button.support")).getText().startsWith("已 +1"));
        assertThat(smallTargets()).isEmpty();
    }

    @Test
    void anAdministratorPicksACategoryDeadlineAsANumberAndAUnit() {
        browser.resize(Browser.PHONE).logIn("region.admin").open("/admin/categories/PART.STREET_LIGHT");
        String before = Api.as(port, "region.admin")
                .get("/api/v1/case-categories")
                .json()
                .valueStream()
                .filter(c -> c.path("code").asString().equals("PART.STREET_LIGHT"))
                .findFirst()
                .orElseThrow()
                .path("limitGeneral")
                .asString();
        long hours = java.time.Duration.parse(before).toHours();
        assertThat(browser.findAll(By.cssSelector("input[name=limitGeneral]"))).isEmpty();
        assertThat(browser.find(By.id("limitGeneralAmount")).getAttribute("type"))
                .isEqualTo("number");

        // The same limit in hours: saved as ISO-8601, shown again in the largest unit that divides it.
        var amount = browser.find(By.id("limitGeneralAmount"));
        amount.clear();
        amount.sendKeys(Long.toString(hours));
        new Select(browser.find(By.id("limitGeneralUnit"))).selectByValue("HOURS");
        browser.screenshot("admin-deadline-phone");
        browser.find(By.cssSelector("#category-form button.primary")).click();
        browser.waitUntil(d -> browser.currentPath().startsWith("/admin/categories")
                && !browser.currentPath().contains("STREET"));
        browser.open("/admin/categories/PART.STREET_LIGHT");
        assertThat(java.time.Duration.parse(DeadlineIso.of(browser))).isEqualTo(java.time.Duration.parse(before));

        var amountAgain = browser.find(By.id("limitGeneralAmount"));
        amountAgain.clear();
        amountAgain.sendKeys("0");
        browser.find(By.cssSelector("#category-form button.primary")).click();
        assertThat(browser.find(By.id("limitGeneral-error")).getText()).contains("1 到");
    }

    /** The limit the page shows, read back as ISO-8601 from its number and unit. */
    static final class DeadlineIso {
        static String of(Browser browser) {
            String amount = browser.find(By.id("limitGeneralAmount")).getAttribute("value");
            String unit = new Select(browser.find(By.id("limitGeneralUnit")))
                    .getFirstSelectedOption()
                    .getAttribute("value");
            return org.redgrid.casework.DeadlineInput.iso("limitGeneral", amount, unit);
        }
    }

    private static byte[] png() {
        try {
            return java.nio.file.Files.readAllBytes(WorkFlow.PHOTO);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
