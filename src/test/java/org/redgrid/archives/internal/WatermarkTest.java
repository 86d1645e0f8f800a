package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.archives.OriginalPage;
import org.redgrid.archives.WatermarkReader;

class WatermarkTest {

    private static BufferedImage blankPage() {
        BufferedImage page = new BufferedImage(595, 842, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 595, 842);
        g.dispose();
        return page;
    }

    @Test
    void theCodeInTheCornerSaysWhoReadThePageForWhichUnitAndWhen() {
        String text = "苏日古嘎 taoyuan.party · 150105004015 · 2026-12-02 09:30";

        BufferedImage shown = new Watermark(text).applyTo(blankPage());

        assertThat(WatermarkReader.code(shown)).isEqualTo(text);
    }

    /** A scanned page with dark lines of text and a grey tint everywhere, the corner included. */
    private static BufferedImage writtenPage() {
        BufferedImage page = blankPage();
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(0xEEEEE4));
        g.fillRect(0, 0, 595, 842);
        g.setColor(new Color(0x222222));
        g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 13));
        for (int y = 40; y < 842; y += 18) g.drawString("入党志愿书 本人自愿加入中国共产党 1999年7月1日 ".repeat(3), 20, y);
        g.dispose();
        return page;
    }

    @Test
    void theCodeReadsBackForEveryMinuteOfAnHourOnAWrittenPage() {
        for (int minute = 0; minute < 60; minute++) {
            String text = "苏日古嘎 taoyuan.party · 150105004015 · 2026-12-02 09:%02d".formatted(minute);
            BufferedImage shown = new Watermark(text).applyTo(writtenPage());
            assertThat(WatermarkReader.code(shown)).as(text).isEqualTo(text);
        }
    }

    @Test
    void theCodeReadsBackFromAScannedFormPageServedAsPngForEveryMinuteOfADay() {
        OriginalPage scanned = Scans.pagesOf(
                        DemoScans.pdf("中国共产党入党志愿书", "李建国", List.of(List.of("本人自愿加入中国共产党", "1999年7月1日"))))
                .get(0);
        for (int minute = 0; minute < 24 * 60; minute += 7) {
            String text =
                    "苏日古嘎 taoyuan.party · 150105004015 · 2026-12-02 %02d:%02d".formatted(minute / 60, minute % 60);
            byte[] png = Scans.png(new Watermark(text).applyTo(Scans.picture(scanned)));
            assertThat(WatermarkReader.code(WatermarkReader.image(png)))
                    .as(text)
                    .isEqualTo(text);
        }
    }

    @Test
    void theVisibleMarkCoversEveryQuarterOfThePage() {
        BufferedImage page = blankPage();

        BufferedImage shown = new Watermark("reader · 150105 · 2026-12-02 09:30").applyTo(page);

        for (double share : WatermarkReader.changedShareByQuarter(page, shown)) {
            assertThat(share).isGreaterThan(0.01);
        }
    }

    @Test
    void theOriginalPictureIsLeftUntouched() {
        BufferedImage page = blankPage();

        new Watermark("reader · 150105 · 2026-12-02 09:30").applyTo(page);

        assertThat(page.getRGB(300, 400) & 0xffffff).isEqualTo(0xffffff);
    }
}
