package org.redgrid.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.support.Api;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 一张图 and the service circle in a real Chromium: a click on the region map drills into a league, the
 * area links go down to a grid whose open cases open their case page, the grid shows its registry truths,
 * and a resident finds the nearest service place open now.
 */
@IntegrationTest
class MapInBrowserTests {

    private static final String GRID1 = "150105004015001";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    @Test
    void aRegionAdminDrillsFromTheRegionMapToAGridAndOpensAnOpenCase() {
        long id = fileCaseWithAPlace();
        browser.resize(Browser.DESKTOP).logIn("region.admin").open("/map");
        waitForMap("内蒙古自治区");
        browser.screenshot("map-region-desktop");

        // A click inside Hohhot on the map itself opens the league's map.
        clickMapAt(111.35, 40.55);
        browser.waitUntil(d -> d.getCurrentUrl().contains("division=1501"));
        waitForMap("呼和浩特市");

        for (String code : List.of("150105", "150105004", "150105004015", GRID1)) {
            browser.find(By.cssSelector("#areas tr[data-code='" + code + "'] a"))
                    .click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("division=" + code));
            browser.find(By.id("map-name"));
        }
        browser.screenshot("map-grid-desktop");
        assertThat(browser.find(By.id("declared")).getText()).isNotBlank();
        assertThat(browser.find(By.id("registered")).getText()).isNotBlank();

        browser.find(By.cssSelector("#open-cases a[href$='/cases/" + id + "']")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/cases/" + id));
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("case-map")).getAttribute("data-ready")));
        browser.screenshot("case-place-desktop");
    }

    @Test
    void onAPhoneTheCommunityMapShowsItsGridsAndOpenCases() {
        fileCaseWithAPlace();
        browser.resize(Browser.PHONE).logIn("taoyuan.community").open("/map?indicator=overdue");
        waitForMap("桃园社区居委会");
        assertThat(browser.findAll(By.cssSelector("#areas tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findAll(By.cssSelector("#open-cases tr"))).isNotEmpty();
        browser.screenshot("map-community-phone");
    }

    @Test
    void crowdedCasesShowAsOneCountedCircleThatOpensIntoSinglePointsWhenClicked() {
        // Five cases about 30 m apart, one of them titled so that it would end the page's data block.
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String title = i == 0 ? "</script><p id=\"injected\">井盖</p>" : "井盖松动 " + i;
            var created = Api.as(port, "taoyuan.grid1")
                    .post(
                            "/api/v1/cases",
                            Api.json(
                                    "type",
                                    "PROBLEM",
                                    "category",
                                    "EVENT.PARKING",
                                    "gridCode",
                                    GRID1,
                                    "title",
                                    title,
                                    "description",
                                    "桃园东苑井盖松动，车辆经过有响声",
                                    "lat",
                                    40.8131 + i * 0.0003,
                                    "lng",
                                    111.7181));
            assertThat(created.status()).isEqualTo(201);
            ids.add(created.json().path("id").asLong());
        }
        browser.resize(Browser.PHONE).logIn("taoyuan.community").open("/map?division=150105004015");
        waitForMap("桃园社区居委会");
        assertThat(browser.findAll(By.id("injected"))).isEmpty();
        assertThat(browser.text()).contains("</script><p id=\"injected\">井盖</p>");

        List<Number> cluster = clusterHolding(ids);
        assertThat(cluster)
                .as("the five cases are one counted circle at the community's zoom")
                .isNotNull();
        browser.screenshot("map-clusters-phone");

        // Zooming in on the circle (as a pinch or the mouse wheel does) regroups the cases until they part.
        for (int step = 0; step < 8 && cluster != null; step++) {
            double zoom = zoom();
            browser.script(
                    "var chart = echarts.getInstanceByDom(arguments[0]);"
                            + "var at = chart.convertToPixel({geoIndex: 0}, [arguments[1], arguments[2]]);"
                            + "chart.dispatchAction({type: 'geoRoam', componentType: 'geo', geoIndex: 0,"
                            + " zoom: 3, originX: at[0], originY: at[1]});",
                    browser.find(By.id("map")),
                    cluster.get(0),
                    cluster.get(1));
            browser.waitUntil(d -> zoom() > zoom);
            browser.waitUntil(d -> String.valueOf(zoom()).equals(groupedAt()));
            cluster = clusterHolding(ids);
        }
        assertThat(cluster)
                .as("zoomed in, the five cases no longer crowd into one circle")
                .isNull();
        Number symbols = (Number) browser.script(
                "var ids = arguments[1]; var series = echarts.getInstanceByDom(arguments[0]).getOption().series;"
                        + "var points = series.find(function (s) { return s.id === 'case-points'; }).data"
                        + ".filter(function (d) { return ids.indexOf(d.caseId) >= 0; }).length;"
                        + "var circles = series.find(function (s) { return s.id === 'case-clusters'; }).data"
                        + ".filter(function (d) { return d.caseIds.some(function (id) { return ids.indexOf(id) >= 0; }); }).length;"
                        + "return points + circles;",
                browser.find(By.id("map")),
                ids);
        assertThat(symbols.intValue())
                .as("zoomed in, the five cases are drawn as more than one point or circle")
                .isGreaterThan(1);
    }

    @Test
    void withABaseMapConfiguredTheSameAreasAndCountedCirclesAreDrawnOverTiles() {
        for (int i = 0; i < 3; i++) {
            assertThat(Api.as(port, "taoyuan.grid1")
                            .post(
                                    "/api/v1/cases",
                                    Api.json(
                                            "type",
                                            "PROBLEM",
                                            "category",
                                            "EVENT.PARKING",
                                            "gridCode",
                                            GRID1,
                                            "title",
                                            "路面坑洼 " + i,
                                            "description",
                                            "桃园东苑门口路面坑洼",
                                            "lat",
                                            40.8101 + i * 0.0002,
                                            "lng",
                                            111.7151))
                            .status())
                    .isEqualTo(201);
        }
        browser.resize(Browser.DESKTOP).logIn("taoyuan.community").open("/map?division=150105004015");
        waitForMap("桃园社区居委会");
        // The page as a configured base map renders it: the same map element with a tile URL, Leaflet and
        // map.js loaded (the tile server is the platform itself here, whose 404s leave the tiles blank).
        browser.script("var old = document.getElementById('map'); var el = document.createElement('div');"
                + "for (var a of old.attributes) if (a.name !== '_echarts_instance_') el.setAttribute(a.name, a.value);"
                + "el.removeAttribute('data-ready'); el.dataset.tiles = location.origin + '/no-tiles/{z}/{x}/{y}.png';"
                + "old.replaceWith(el);"
                + "var css = document.createElement('link'); css.rel = 'stylesheet'; css.href = '/webjars/leaflet/dist/leaflet.css';"
                + "document.head.appendChild(css);"
                + "var leaflet = document.createElement('script'); leaflet.src = '/webjars/leaflet/dist/leaflet.js';"
                + "leaflet.onload = function () { var m = document.createElement('script'); m.src = '/js/map.js'; document.body.appendChild(m); };"
                + "document.body.appendChild(leaflet);");
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
        assertThat(browser.findAll(By.cssSelector("#map .leaflet-tile-pane"))).hasSize(1);
        assertThat(browser.findAll(By.cssSelector("#map path.leaflet-interactive")))
                .as("the community's grids and its cases")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(Integer.parseInt(browser.find(By.id("map")).getAttribute("data-clusters")))
                .isGreaterThanOrEqualTo(1);
        assertThat(browser.findAll(By.cssSelector("#map .cluster-count"))).isNotEmpty();
    }

    /** The zoom the map's case groups were last made for, as the page wrote it. */
    private String groupedAt() {
        return String.valueOf(Double.parseDouble(browser.find(By.id("map")).getAttribute("data-grouped-at")));
    }

    private double zoom() {
        return ((Number) browser.script(
                        "var z = echarts.getInstanceByDom(arguments[0]).getOption().geo[0].zoom; return z || 1;",
                        browser.find(By.id("map"))))
                .doubleValue();
    }

    /** The position of the counted circle that holds every one of the cases, or null when none does. */
    @SuppressWarnings("unchecked")
    private List<Number> clusterHolding(List<Long> ids) {
        return (List<Number>) browser.script(
                "var ids = arguments[1];"
                        + "var s = echarts.getInstanceByDom(arguments[0]).getOption().series"
                        + ".find(function (s) { return s.id === 'case-clusters'; });"
                        + "var c = s.data.find(function (d) { return ids.every(function (id) { return d.caseIds.indexOf(id) >= 0; }); });"
                        + "return c ? c.value.slice(0, 2) : null;",
                browser.find(By.id("map")),
                ids);
    }

    @Test
    void aResidentFindsTheNearestServicePlaceOpenNowOnAPhone() {
        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/service-circle");
        browser.find(By.id("lat")).sendKeys("40.8080");
        browser.find(By.id("lng")).sendKeys("111.7140");
        browser.find(By.id("openOnly")).click();
        browser.find(By.id("find")).click();
        List<WebElement> places = browser.waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#places li"));
            return found.isEmpty() ? null : found;
        });
        for (WebElement place : places)
            assertThat(place.getAttribute("data-open")).isEqualTo("true");
        assertThat(browser.text()).contains("红色驿站");
        browser.screenshot("service-circle-phone");
    }

    @Test
    void aResidentPlacesAPinOnThePhoneAndSeesTheGridNamedAndTheCaseFiledThere() {
        browser.resize(Browser.PHONE).logIn("resident.zhang").open("/report?grid=150105004015");
        browser.find(By.id("pin-open")).click();
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("pin-map")).getAttribute("data-ready")));
        clickAt(By.id("pin-map"), 111.7108, 40.8072);
        browser.waitUntil(d -> d.findElement(By.id("pin-map")).getAttribute("data-chosen") != null);
        assertThat(browser.find(By.id("located")).getText()).contains("桃园社区第一网格");
        assertThat(browser.find(By.id("located")).getText()).doesNotContain("40.80");
        assertThat(browser.find(By.id("gridCode")).getAttribute("value")).isEqualTo(GRID1);
        browser.screenshot("report-pin-phone");
        browser.find(By.id("title")).sendKeys("路灯不亮");
        browser.find(By.id("description")).sendKeys("阳光北小区2号楼前路灯连续三晚不亮");
        new Select(browser.find(By.id("category"))).selectByIndex(1);
        browser.find(By.cssSelector("form button.primary[type=submit]")).click();
        browser.waitUntil(d -> d.getCurrentUrl().matches(".*/cases/\\d+$"));
        assertThat(browser.text()).contains(GRID1);
    }

    @Test
    void communityStaffRefuseHoursThatCloseBeforeTheyOpenAndSaveTheCorrectedOnes() {
        browser.resize(Browser.DESKTOP).logIn("taoyuan.community").open("/service-places");
        browser.find(By.cssSelector("#service-places tr[data-id] a")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("edit="));
        String name = browser.find(By.id("name")).getAttribute("value");
        WebElement hours = browser.find(By.id("openingHours"));
        String before = hours.getAttribute("value");
        hours.clear();
        hours.sendKeys("Mon-Fri 18:00-08:00");
        browser.find(By.id("save-place")).click();
        assertThat(browser.find(By.id("place-error")).getText()).contains("开放时间");
        assertThat(browser.find(By.id("openingHours")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        WebElement again = browser.find(By.id("openingHours"));
        again.clear();
        again.sendKeys(before == null || before.isBlank() ? "daily 08:00-20:00" : before);
        browser.find(By.id("save-place")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/service-places"));
        browser.waitUntil(d -> browser.text().contains(name));
    }

    @Test
    void communityStaffDrawAGridBoundaryOnTheMapAndThePinThenFindsTheGridByIt() {
        String grid = "150105004015003";
        browser.resize(Browser.DESKTOP).logIn("taoyuan.community").open("/grids/" + grid + "/boundary");
        browser.waitUntil(
                d -> "true".equals(d.findElement(By.id("boundary-map")).getAttribute("data-ready")));
        double[][] corners = {{111.7140, 40.8080}, {111.7165, 40.8080}, {111.7165, 40.8100}, {111.7140, 40.8100}};
        for (double[] corner : corners) clickAt(By.id("boundary-map"), corner[0], corner[1]);
        browser.waitUntil(d -> "4".equals(d.findElement(By.id("point-count")).getText()));
        browser.screenshot("grid-boundary-desktop");
        browser.find(By.id("save-boundary")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("division=" + grid));
        var saved =
                Api.as(port, "taoyuan.community").get("/api/v1/grids/" + grid).json();
        assertThat(saved.path("polygon").asString()).contains("Polygon");
        var inside = Api.as(port, "taoyuan.community")
                .get("/api/v1/map/divisions/" + grid)
                .json();
        assertThat(inside.path("features").get(0).path("geometry").path("type").asString())
                .isEqualTo("Polygon");
    }

    @Test
    void aBoundaryThatIsNoPolygonIsRefusedNextToTheField() {
        browser.resize(Browser.PHONE).logIn("taoyuan.community").open("/grids/150105004015002/boundary");
        browser.find(By.id("polygon")).sendKeys("{\"type\":\"Point\",\"coordinates\":[111.71,40.80]}");
        browser.find(By.id("save-boundary")).click();
        assertThat(browser.find(By.id("polygon-error")).getText()).contains("Polygon");
        assertThat(Api.as(port, "taoyuan.community")
                        .get("/api/v1/grids/150105004015002")
                        .json()
                        .path("polygon")
                        .isNull())
                .isTrue();
    }

    private void waitForMap(String name) {
        browser.waitUntil(d -> name.equals(d.findElement(By.id("map-name")).getText()));
        browser.waitUntil(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
    }

    private void clickMapAt(double lng, double lat) {
        clickAt(By.id("map"), lng, lat);
    }

    /** Clicks where ECharts draws {@code [lng, lat]} in the chart's canvas, whose top left is the chart's. */
    private void clickAt(By chart, double lng, double lat) {
        WebElement container = browser.find(chart);
        WebElement map = container.findElement(By.tagName("canvas"));
        // Wholly in view, so that the click's origin (the visible part's centre) is the canvas' centre.
        browser.script("arguments[0].scrollIntoView({block: 'center'});", map);
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) browser.script(
                "return echarts.getInstanceByDom(arguments[0]).convertToPixel({geoIndex: 0}, [arguments[1], arguments[2]]);",
                container,
                lng,
                lat);
        int dx = (int) Math.round(pixel.get(0).doubleValue() - map.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(pixel.get(1).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(map, dx, dy).click().perform();
    }

    private long fileCaseWithAPlace() {
        var created = Api.as(port, "resident.zhang")
                .post(
                        "/api/v1/cases",
                        Api.json(
                                "type", "PROBLEM",
                                "category", "EVENT.PARKING",
                                "gridCode", GRID1,
                                "title", "消防通道被占",
                                "description", "桃园东苑4号楼前消防通道长期停放私家车",
                                "lat", 40.8070,
                                "lng", 111.7110));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asLong();
    }
}
