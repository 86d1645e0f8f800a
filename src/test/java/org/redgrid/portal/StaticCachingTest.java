package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redgrid.portal.web.StaticCaching;
import org.springframework.core.io.FileSystemResource;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

class StaticCachingTest {

    @TempDir
    Path folder;

    @Test
    void aUrlThatNamesItsContentIsKeptForAYearAndNeverAskedAgain() {
        assertThat(StaticCaching.cacheControl("/css/redgrid-0f343b0931126a20f133d67c2b018a3b.css"))
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(StaticCaching.cacheControl("/webjars/htmx.org/dist/htmx.min-6b1c0d8f42e5a3f7c1d2e3f4a5b6c7d8.js"))
                .isEqualTo(StaticCaching.FOREVER);
    }

    @Test
    void aUrlWithoutItsContentHashIsAskedAgainEachTime() {
        assertThat(StaticCaching.cacheControl("/css/redgrid.css")).isEqualTo("no-cache");
        assertThat(StaticCaching.cacheControl("/webjars/htmx.org/dist/htmx.min.js"))
                .isEqualTo("no-cache");
        assertThat(StaticCaching.cacheControl("/js/echarts-5.3.1.min.js")).isEqualTo("no-cache");
    }

    @Test
    void aHashThatIsNotTheLastPartOfTheNameDoesNotCount() {
        assertThat(StaticCaching.cacheControl("/js/0f343b0931126a20f133d67c2b018a3b/x.js"))
                .isEqualTo(StaticCaching.REVALIDATE);
        assertThat(StaticCaching.cacheControl("/js/x-0F343B0931126A20F133D67C2B018A3B.js"))
                .isEqualTo(StaticCaching.REVALIDATE);
    }

    @Test
    void theHashedUrlOfAFileChangesWhenItsContentChangesAndOnlyThen() throws Exception {
        Path css = Files.createDirectories(folder.resolve("css")).resolve("site.css");
        Files.writeString(css, "body { color: #b71c1c; }", StandardCharsets.UTF_8);
        String first = urls().getForLookupPath("/css/site.css");
        String again = urls().getForLookupPath("/css/site.css");
        Files.writeString(css, "body { color: #0969da; }", StandardCharsets.UTF_8);
        String changed = urls().getForLookupPath("/css/site.css");

        assertThat(first).matches("/css/site-[0-9a-f]{32}\\.css");
        assertThat(again).isEqualTo(first);
        assertThat(changed).matches("/css/site-[0-9a-f]{32}\\.css").isNotEqualTo(first);
        assertThat(StaticCaching.cacheControl(first)).isEqualTo(StaticCaching.FOREVER);
    }

    /** The resolvers the platform's resource chain uses (application.yml), over the temporary folder. */
    private ResourceUrlProvider urls() throws Exception {
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setLocations(List.of(new FileSystemResource(folder.toString() + "/")));
        handler.setResourceResolvers(List.of(
                new EncodedResourceResolver(),
                new VersionResourceResolver().addContentVersionStrategy("/**"),
                new PathResourceResolver()));
        handler.afterPropertiesSet();
        ResourceUrlProvider provider = new ResourceUrlProvider();
        provider.setHandlerMap(Map.of("/**", handler));
        return provider;
    }
}
