package org.redgrid.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo data set drawn from the source articles ({@code demo/demo-data.json}): places, people and
 * logins that each module loads its own part of when the platform runs in demo mode.
 */
public final class DemoDataset {

    public static final String DEMO_PASSWORD = "Redgrid#2026";
    private static final String RESOURCE = "demo/demo-data.json";

    private DemoDataset() {}

    public static JsonNode load() {
        try (InputStream in = DemoDataset.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
