package org.redgrid.archives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.archives.OriginalPage;
import org.redgrid.shared.InvalidValue;

class ScansTest {

    static final byte[] TWO_PAGES = DemoScans.pdf("干部履历表", "测试", List.of(List.of("第一页"), List.of("第二页")));

    @Test
    void anUploadedPdfBecomesOneStoredPagePerPdfPage() {
        List<OriginalPage> pages = Scans.pagesOf(TWO_PAGES);

        assertThat(pages).hasSize(2).allSatisfy(page -> {
            assertThat(page.contentType()).isEqualTo(Scans.PDF);
            assertThat(new String(page.bytes(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        });
    }

    @Test
    void aPdfPageRendersToAPictureOfThePageAtOneHundredDpi() {
        var picture = Scans.picture(Scans.pagesOf(TWO_PAGES).get(0));

        assertThat(picture.getWidth()).isBetween(820, 830);
        assertThat(picture.getHeight()).isBetween(1165, 1175);
    }

    @Test
    void somethingThatIsNeitherAPdfNorAnImageIsRefusedByName() {
        assertThatThrownBy(() -> Scans.pagesOf("<html>not a scan</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidValue.class)
                .extracting("rule")
                .isEqualTo("archives.page-format");
    }

    @Test
    void aDamagedPdfIsRefusedByName() {
        byte[] damaged = java.util.Arrays.copyOf(TWO_PAGES, 40);

        assertThatThrownBy(() -> Scans.pagesOf(damaged))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("pages");
    }
}
