package org.redgrid.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.redgrid.shared.MapTiles;

class ContentSecurityPolicyTest {

    @Test
    void withoutABaseMapImagesComeOnlyFromThePlatform() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(MapTiles.none()))
                .contains("img-src 'self' data:;")
                .contains("default-src 'self'");
    }

    @Test
    void aConfiguredBaseMapAddsItsTileHostToImagesOnly() {
        var tiles =
                new MapTiles("https://t{s}.tianditu.gov.cn/vec_w/wmts?x={x}&y={y}&z={z}&tk=KEY", "0123", null, null);
        String policy = SecurityConfiguration.contentSecurityPolicy(tiles);
        assertThat(policy).contains("img-src 'self' data: https://*.tianditu.gov.cn;");
        assertThat(policy).contains("default-src 'self';");
        assertThat(policy.indexOf("tianditu")).isEqualTo(policy.lastIndexOf("tianditu"));
    }
}
