package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageWeight;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The weight budget of issue 16, in bytes over the network as Chromium counts them: the resident's
 * report page and the grid worker's task list at most 60 KB on a first load and 10 KB on a repeat
 * load, the dashboard at most 400 KB and 30 KB. The figures are printed, and so is a first and a repeat
 * load on emulated Fast 3G with its first contentful paint, which is measured but never asserted.
 */
@IntegrationTest
class PageWeightInBrowserTests {

    private static final long KB = 1024;

    @LocalServerPort
    int port;

    private Browser browser;

    @AfterEach
    void giveTheBrowserBack() {
        PageWeight.in(browser).release();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port).resize(Browser.PHONE);
    }

    @Test
    void theResidentsReportPageWeighsAtMost60KbFirstAnd10KbAgain() {
        budget("resident.zhang", "/report", 60 * KB, 10 * KB);
    }

    @Test
    void theGridWorkersTaskListWeighsAtMost60KbFirstAnd10KbAgain() {
        budget("taoyuan.grid1", "/tasks", 60 * KB, 10 * KB);
    }

    @Test
    void theDashboardWeighsAtMost400KbFirstAnd30KbAgain() {
        budget("saihan.admin", "/dashboard", 400 * KB, 30 * KB);
    }

    @Test
    void aPageThatDrawsNoChartLoadsNoChartLibrary() {
        browser.logIn("taoyuan.grid1");
        PageWeight.Load tasks = PageWeight.in(browser).first("/tasks");
        assertThat(tasks.files()).noneMatch(file -> file.contains("echarts"));
        browser.logIn("saihan.admin");
        PageWeight.Load dashboard = PageWeight.in(browser).first("/dashboard");
        assertThat(dashboard.files()).anyMatch(file -> file.contains("/js/echarts.min-"));
    }

    private void budget(String username, String path, long firstBudget, long repeatBudget) {
        browser.logIn(username);
        PageWeight weight = PageWeight.in(browser).network(null);
        PageWeight.Load first = weight.first(path);
        PageWeight.Load repeat = weight.repeat(path);
        System.out.printf(
                "page weight %s as %s: first %s; repeat %s%n", path, username, first.summary(), repeat.summary());
        first.files().forEach(file -> System.out.println("  first  " + file));
        repeat.files().forEach(file -> System.out.println("  repeat " + file));
        assertThat(browser.currentPath())
                .as("the page itself, not the login page")
                .startsWith(path);
        assertThat(first.fromCache())
                .as("a first load takes nothing from the cache")
                .isZero();
        assertThat(first.requests()).as("the page and its static files").isGreaterThan(3);
        assertThat(first.bytes()).as("first load of " + path).isLessThanOrEqualTo(firstBudget);
        assertThat(repeat.fromCache())
                .as("a repeat load takes the static files from the cache")
                .isPositive();
        assertThat(repeat.bytes()).as("repeat load of " + path).isLessThanOrEqualTo(repeatBudget);
        try {
            weight.network(PageWeight.FAST_3G);
            PageWeight.Load slowFirst = weight.first(path);
            PageWeight.Load slowRepeat = weight.repeat(path);
            System.out.printf(
                    "page weight %s on Fast 3G (load average %s): first %s; repeat %s%n",
                    path, loadAverage(), slowFirst.summary(), slowRepeat.summary());
        } finally {
            weight.network(null);
        }
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (java.io.IOException | RuntimeException notLinux) {
            return "unknown";
        }
    }
}
