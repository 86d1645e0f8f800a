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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.redgrid.support.Browser;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 党员教育 at phone width in a real Chromium, as the 敖汉旗 admin: the schools and the pool, an order
 * placed and taken (点单 / 接单), a course scheduled, a member enrolled, and the member signed in from
 * the page the venue's QR code opens.
 */
@IntegrationTest
class TrainingInBrowserTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.on(port);
    }

    @Test
    void theCountyAdminWalksSchoolsOrdersCoursesEnrolmentAndSignInOnAPhone() throws Exception {
        browser.logIn("aohan.admin").resize(Browser.PHONE);

        // on a phone the menu shows the daily links; the rest open under 更多
        assertThat(browser.find(By.cssSelector("header nav a[href='/training']"))
                        .isDisplayed())
                .isFalse();
        browser.find(By.cssSelector("label.nav-more-label")).click();
        browser.find(By.linkText("党员教育")).click();
        browser.waitUntil(d -> browser.text().contains("中共敖汉旗委党校"));
        assertThat(browser.find(By.id("teachers")).getText()).contains("韩雪梅", "乡村振兴");
        browser.screenshot("training-schools");

        browser.open("/training/orders");
        browser.find(By.id("topic")).sendKeys("乡村治理与移风易俗");
        browser.find(By.id("scopeCode")).sendKeys("150430101");
        browser.find(By.cssSelector("#order-form button[type=submit]")).click();
        browser.waitUntil(d -> browser.text().contains("已保存"));
        By ordered = By.xpath("//table[@id='orders']//tr[td//span[text()='乡村治理与移风易俗']]");
        browser.find(By.xpath("//table[@id='orders']//tr[td//span[text()='乡村治理与移风易俗']]//button"))
                .click();
        browser.waitUntil(d -> browser.find(ordered).getText().contains("已接单"));
        scrollTo(By.id("orders"));
        browser.screenshot("training-orders");

        browser.open("/training/courses");
        assertThat(browser.find(By.id("courses")).getText()).contains("一校开课：学习贯彻党的二十届四中全会精神");
        browser.find(By.id("title")).sendKeys("乡村治理与移风易俗（现场课）");
        browser.find(By.id("course-topic")).sendKeys("乡村治理");
        new Select(browser.find(By.id("mode"))).selectByValue("IN_PERSON");
        String startsAt =
                LocalDateTime.now(BEIJING).plusMinutes(20).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        browser.script("arguments[0].value = arguments[1]", browser.find(By.id("startsAt")), startsAt);
        browser.find(By.id("capacity")).sendKeys("30");
        scrollTo(By.id("courses"));
        browser.screenshot("training-courses");
        browser.find(By.cssSelector("#course-form button[type=submit]")).click();
        browser.waitUntil(d -> browser.text().contains("已保存"));

        browser.find(By.linkText("乡村治理与移风易俗（现场课）")).click();
        browser.waitUntil(d -> browser.text().contains("报名中"));
        new Select(browser.find(By.id("member"))).selectByVisibleText("孙丽娜");
        browser.find(By.cssSelector("#enrol-form button[type=submit]")).click();
        browser.waitUntil(d -> browser.find(By.id("enrolments")).getText().contains("孙丽娜"));
        scrollTo(By.id("enrol-form"));
        browser.screenshot("training-enrol");

        String link = decode(venueQr(browser.currentPath()));
        assertThat(link).contains("/training/check-in/").contains("code=");
        browser.open(link.substring(link.indexOf("/training/")));
        browser.find(By.xpath("//table[@id='check-in']//tr[td[text()='孙丽娜']]//button"))
                .click();
        browser.waitUntil(d -> browser.text().contains("签到成功"));
        assertThat(browser.find(By.id("check-in")).getText()).contains("已签到");
        browser.screenshot("training-check-in");
    }

    private void scrollTo(By element) {
        browser.script("arguments[0].scrollIntoView()", browser.find(element));
    }

    /** The venue's QR image as the signed-in browser would load it. */
    private byte[] venueQr(String coursePath) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> png = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + coursePath + "/venue.png"))
                                .header("Cookie", cookies)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.statusCode()).isEqualTo(200);
        return png.body();
    }

    private static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
    }
}
