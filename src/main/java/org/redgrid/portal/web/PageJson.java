package org.redgrid.portal.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON written into a page inside {@code <script type="application/json">}: its strings may hold
 * {@code </script>} (a case title, a grid's name), which must not end the element, so the angle
 * brackets are written as JSON escapes, which the browser's {@code JSON.parse} reads back unchanged.
 */
final class PageJson {

    private PageJson() {}

    static String embed(JsonMapper json, Object value) {
        return embed(json.writeValueAsString(value));
    }

    static String embed(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e");
    }
}
