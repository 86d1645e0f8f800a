package org.redgrid.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MapTilesTest {

    private static final String TIANDITU =
            "https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec"
                    + "&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY";

    @Test
    void thereIsNoBaseMapUnlessAUrlIsConfigured() {
        assertThat(MapTiles.none().enabled()).isFalse();
        assertThat(new MapTiles("  ", null, null, null).enabled()).isFalse();
        assertThat(MapTiles.none().imageSource()).isEmpty();
    }

    @Test
    void imagesMayComeFromEverySubdomainOfTheTileHostButNoOtherHost() {
        var tiles = new MapTiles(TIANDITU, "01234567", "天地图", null);
        assertThat(tiles.enabled()).isTrue();
        assertThat(tiles.imageSource()).isEqualTo("https://*.tianditu.gov.cn");
        assertThat(tiles.maxZoom()).isEqualTo(18);
    }

    @Test
    void aTileHostWithoutSubdomainsKeepsItsNameAndPort() {
        assertThat(new MapTiles("http://127.0.0.1:8089/tiles/{z}/{x}/{y}.png", null, null, 16).imageSource())
                .isEqualTo("http://127.0.0.1:8089");
    }

    @Test
    void aUrlWithoutTheTileCoordinatesIsRefusedAtStart() {
        assertThatThrownBy(() -> new MapTiles("https://tiles.example.org/{z}/{x}.png", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{y}");
    }

    @Test
    void aSubdomainPlaceholderNeedsItsSubdomains() {
        assertThatThrownBy(() -> new MapTiles(TIANDITU, "", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("subdomains");
    }

    @Test
    void onlyWebAddressesAreTileServers() {
        assertThatThrownBy(() -> new MapTiles("file:///etc/{z}/{x}/{y}", null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://");
    }

    @Test
    void theSubdomainPlaceholderMustBeInTheHostsFirstLabel() {
        assertThatThrownBy(() -> new MapTiles("https://tiles.t{s}.example.org/{z}/{x}/{y}", "abc", null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void zoomLevelsBeyondWhatTileServersHaveAreRefused() {
        assertThatThrownBy(() -> new MapTiles("https://tiles.example.org/{z}/{x}/{y}.png", null, null, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-zoom");
    }
}
