package org.redgrid.archives;

import org.redgrid.support.Api;
import tools.jackson.databind.JsonNode;

/** Finds the demo files and their materials through the API, as a keeper sees them. */
record ArchiveFiles(Api keeper) {

    JsonNode named(String cadre) {
        for (JsonNode file : keeper.get("/api/v1/archives/files").json()) {
            if (file.path("cadreName").asString().equals(cadre)) return file;
        }
        throw new AssertionError("no file of " + cadre);
    }

    static long material(JsonNode file, String materialClass) {
        for (JsonNode m : file.path("materials")) {
            if (m.path("materialClass").asString().equals(materialClass))
                return m.path("id").asLong();
        }
        throw new AssertionError("no " + materialClass + " material in file " + file.path("id"));
    }

    static String page(JsonNode file, long material, int n) {
        return "/api/v1/archives/files/" + file.path("id").asLong() + "/materials/" + material + "/pages/" + n;
    }
}
