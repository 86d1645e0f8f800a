package org.redgrid.support;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chromium.HasCdp;

/**
 * What a page costs a phone, read in Chromium: the bytes that went over the network for the page and
 * everything it loaded (the Resource Timing API's {@code transferSize}, headers included, 0 for a file
 * the browser cache answered) and its first contentful paint. A first load starts with the browser's
 * cache emptied through the DevTools protocol, as on a phone that never opened the platform; a repeat
 * load opens the same page again in the same session.
 */
public final class PageWeight {

    /**
     * Chrome DevTools' "Fast 3G" preset (DevTools front end, {@code SDK.NetworkManager.Fast3GConditions}):
     * 562.5 ms latency (150 ms × 3.75), 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9 up, in bytes per second.
     */
    public static final Map<String, Object> FAST_3G = Map.of(
            "offline",
            false,
            "latency",
            562.5,
            "downloadThroughput",
            1.6 * 1000 * 1000 / 8 * 0.9,
            "uploadThroughput",
            750.0 * 1000 / 8 * 0.9);

    /** One load of a page: bytes over the network, requests, how many the cache answered, paint time. */
    public record Load(long bytes, int requests, int fromCache, double firstContentfulPaintMillis, List<String> files) {

        public String summary() {
            return "%,d bytes (%.1f KB) in %d requests, %d from the cache, first contentful paint %.0f ms"
                    .formatted(bytes, bytes / 1024.0, requests, fromCache, firstContentfulPaintMillis);
        }
    }

    private static final String MEASURE = """
            var nav = performance.getEntriesByType('navigation')[0];
            var files = performance.getEntriesByType('resource');
            var paint = performance.getEntriesByName('first-contentful-paint')[0];
            var bytes = nav.transferSize, cached = 0, names = [nav.name + ' ' + nav.transferSize];
            files.forEach(function (f) {
              bytes += f.transferSize;
              if (f.transferSize === 0) cached++;
              names.push(f.name + ' ' + f.transferSize);
            });
            return [bytes, files.length + 1, cached, paint ? paint.startTime : -1, names];
            """;

    private final Browser browser;

    private PageWeight(Browser browser) {
        this.browser = browser;
    }

    public static PageWeight in(Browser browser) {
        PageWeight weight = new PageWeight(browser);
        weight.cdp("Network.enable", Map.of());
        // The bytes the network carries through the browser's HTTP cache: a page that the field app's
        // service worker answers reports its body's decoded size as transferred, whatever crossed the
        // network. The worker itself only ever saves traffic (it keeps static files, pages go network first).
        weight.cdp("Network.setBypassServiceWorker", Map.of("bypass", true));
        return weight;
    }

    /**
     * Gives the shared browser back as the other tests expect it: the field app's service worker answering
     * again, and no network emulation.
     */
    public void release() {
        cdp("Network.setBypassServiceWorker", Map.of("bypass", false));
        network(null);
    }

    /** Emulates the network from now on: {@link #FAST_3G}, or no limits with {@code null}. */
    public PageWeight network(Map<String, Object> conditions) {
        cdp(
                "Network.emulateNetworkConditions",
                conditions != null
                        ? conditions
                        : Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        return this;
    }

    /**
     * The page opened with an empty browser cache, and without the field app's service worker and the
     * files it keeps (the session's cookies kept): what a phone that never opened the platform loads.
     */
    public Load first(String path) {
        String origin = (String) browser.script("return location.origin;");
        browser.driver().get("about:blank");
        if (origin != null && origin.startsWith("http")) {
            cdp(
                    "Storage.clearDataForOrigin",
                    Map.of("origin", origin, "storageTypes", "cache_storage,service_workers"));
        }
        cdp("Network.clearBrowserCache", Map.of());
        return load(path);
    }

    /** The page opened again, after {@link #first}, in the same session. */
    public Load repeat(String path) {
        browser.driver().get("about:blank");
        return load(path);
    }

    private Load load(String path) {
        browser.open(path);
        // Until the page and what its scripts fetched are all in (the list stops growing).
        long seen = -1;
        for (int quiet = 0; quiet < 3; ) {
            long now = (Long)
                    browser.script(
                            "return document.readyState === 'complete' ? performance.getEntriesByType('resource').length : -1;");
            quiet = now >= 0 && now == seen ? quiet + 1 : 0;
            seen = now;
            sleep(250);
        }
        List<?> measured = (List<?>) browser.script(MEASURE);
        @SuppressWarnings("unchecked")
        List<String> files = (List<String>) measured.get(4);
        return new Load(
                ((Number) measured.get(0)).longValue(),
                ((Number) measured.get(1)).intValue(),
                ((Number) measured.get(2)).intValue(),
                ((Number) measured.get(3)).doubleValue(),
                files);
    }

    private void cdp(String command, Map<String, Object> parameters) {
        ((HasCdp) browser.driver()).executeCdpCommand(command, parameters);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
