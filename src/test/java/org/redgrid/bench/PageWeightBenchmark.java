package org.redgrid.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Browser;
import org.redgrid.support.PageWeight;

/**
 * The pages of issue 16's weight budget, in headless Chromium against the packaged jar, on emulated
 * Chrome DevTools "Fast 3G" ({@link PageWeight#FAST_3G}): bytes over the network and first contentful
 * paint of a first load (browser cache emptied) and a repeat load (same session), at phone width,
 * {@value #RUNS} times each; the figure is the median. Goals: report page and task list 60 KB first and
 * 10 KB repeat, dashboard 400 KB and 30 KB, first contentful paint at most 1.5 s.
 */
class PageWeightBenchmark {

    private static final int RUNS = Integer.getInteger("redgrid.bench.runs", 5);

    private static final double PAINT_GOAL_MILLIS = 1500;

    private record Page(String username, String path, long firstGoal, long repeatGoal) {}

    private static final List<Page> PAGES = List.of(
            new Page("resident.zhang", "/report", 60 * 1024, 10 * 1024),
            new Page("taoyuan.grid1", "/tasks", 60 * 1024, 10 * 1024),
            new Page("saihan.admin", "/dashboard", 400 * 1024, 30 * 1024));

    @Test
    void firstAndRepeatLoadsOnFast3g() throws Exception {
        Path home = BenchFiles.freshDirectory("page-weight");
        try (PlatformProcess platform = PlatformProcess.start(home.resolve("data"), home.resolve("platform.log"))) {
            platform.awaitHealthy();
            Report.title("Page weight and first contentful paint on emulated Fast 3G (562.5 ms, 1.44 Mbit/s down)");
            Browser browser = Browser.on(platform.port()).resize(Browser.PHONE);
            for (Page page : PAGES) {
                browser.logIn(page.username());
                PageWeight weight = PageWeight.in(browser).network(PageWeight.FAST_3G);
                List<PageWeight.Load> firsts = new ArrayList<>();
                List<PageWeight.Load> repeats = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    firsts.add(weight.first(page.path()));
                    repeats.add(weight.repeat(page.path()));
                }
                weight.network(null);
                if (!browser.currentPath().startsWith(page.path()))
                    throw new IllegalStateException(page.path() + " was not shown: " + browser.currentPath());
                PageWeight.Load first = median(firsts);
                PageWeight.Load repeat = median(repeats);
                Report.line("%s as %s (load average %s)", page.path(), page.username(), Report.loadAverage());
                Report.line("  first:  %s; %s", first.summary(), verdict(first, page.firstGoal()));
                Report.line("  repeat: %s; %s", repeat.summary(), verdict(repeat, page.repeatGoal()));
            }
            Report.line("load average at the end: %s", Report.loadAverage());
        }
    }

    /** The run with the median paint time (bytes hardly vary between runs). */
    private static PageWeight.Load median(List<PageWeight.Load> loads) {
        List<PageWeight.Load> sorted = new ArrayList<>(loads);
        sorted.sort((a, b) -> Double.compare(a.firstContentfulPaintMillis(), b.firstContentfulPaintMillis()));
        return sorted.get(sorted.size() / 2);
    }

    private static String verdict(PageWeight.Load load, long goalBytes) {
        return "bytes goal %,d %s, paint goal %.0f ms %s"
                .formatted(
                        goalBytes,
                        load.bytes() <= goalBytes ? "met" : "NOT met",
                        PAINT_GOAL_MILLIS,
                        load.firstContentfulPaintMillis() <= PAINT_GOAL_MILLIS ? "met" : "NOT met");
    }
}
