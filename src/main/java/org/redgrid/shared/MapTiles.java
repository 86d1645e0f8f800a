package org.redgrid.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * An optional base map under the dashboard map (一张图), e.g. Tianditu's vector tiles with its key. Off by
 * default: maps are vector boundaries only and need no tile server. When a URL is set, the map page draws
 * the same areas and points over these tiles, and the content security policy lets images come from the
 * tile server's host, and only from it.
 *
 * @param url a tile URL template with {@code {z}}, {@code {x}} and {@code {y}} (and {@code {s}} for a
 *     subdomain), e.g. {@code https://t{s}.tianditu.gov.cn/vec_w/wmts?...&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=KEY}
 * @param subdomains the values of {@code {s}}, one character each, e.g. {@code 01234567}
 * @param attribution the credit the tile provider asks to be shown on the map
 * @param maxZoom the deepest zoom level the tile server has
 */
@ConfigurationProperties("redgrid.map.tiles")
public record MapTiles(String url, String subdomains, String attribution, Integer maxZoom) {

    public MapTiles {
        url = url == null ? "" : url.trim();
        subdomains = subdomains == null ? "" : subdomains.trim();
        attribution = attribution == null ? "" : attribution.trim();
        if (maxZoom == null) maxZoom = 18;
        if (!url.isEmpty()) check(url, subdomains, maxZoom);
    }

    /** No base map: the vector-only default. */
    public static MapTiles none() {
        return new MapTiles(null, null, null, null);
    }

    public boolean enabled() {
        return !url.isEmpty();
    }

    /**
     * The source the content security policy allows images from: the URL's scheme and host, with a
     * subdomain placeholder widened to a wildcard ({@code https://t{s}.tianditu.gov.cn} becomes
     * {@code https://*.tianditu.gov.cn}); empty when there is no base map.
     */
    public String imageSource() {
        if (!enabled()) return "";
        String authority = authority(url);
        if (authority.contains("{s}")) authority = "*" + authority.substring(authority.indexOf('.'));
        return url.substring(0, url.indexOf("://")) + "://" + authority;
    }

    private static String authority(String url) {
        return url.substring(url.indexOf("://") + 3).split("[/?#]", 2)[0];
    }

    private static void check(String url, String subdomains, int maxZoom) {
        if (!url.startsWith("https://") && !url.startsWith("http://"))
            throw new IllegalArgumentException("redgrid.map.tiles.url must start with https:// or http://, not " + url);
        for (String placeholder : new String[] {"{z}", "{x}", "{y}"})
            if (!url.contains(placeholder))
                throw new IllegalArgumentException("redgrid.map.tiles.url must contain " + placeholder + ": " + url);
        if (url.contains("{s}") && subdomains.isEmpty())
            throw new IllegalArgumentException("redgrid.map.tiles.url uses {s}: set redgrid.map.tiles.subdomains");
        String host = authority(url);
        if (host.contains("{s}") && (host.indexOf('.') < host.indexOf("{s}") || host.indexOf('.') < 0))
            throw new IllegalArgumentException("{s} must be in the first label of the tile host: " + url);
        if (maxZoom < 1 || maxZoom > 22)
            throw new IllegalArgumentException("redgrid.map.tiles.max-zoom must be between 1 and 22, not " + maxZoom);
        if (host.isEmpty() || !host.matches("[A-Za-z0-9.{}*:-]+"))
            throw new IllegalArgumentException("redgrid.map.tiles.url has no valid host: " + url);
    }
}
