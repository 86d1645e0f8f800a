package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
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
