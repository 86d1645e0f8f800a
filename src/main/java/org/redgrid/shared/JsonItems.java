package org.redgrid.shared;

import org.redgrid.shared.web.UnreadableInput;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the items of a batch one at a time, with the API's own strict mapper, so that an item that
 * cannot be read is answered on its own (its field named relative to the item, as for a single
 * request body) instead of failing the whole request.
 */
public final class JsonItems {

    private JsonItems() {}

    /** The item as {@code type}; an item that does not fit it is an {@link InvalidValue} naming the field. */
    public static <T> T read(JsonMapper mapper, JsonNode item, Class<T> type) {
        if (item == null || !item.isObject()) {
            throw new InvalidValue("body", "json.type", "每一项须为对象", "each item must be an object");
        }
        try {
            return mapper.treeToValue(item, type);
        } catch (JacksonException | IllegalArgumentException unreadable) {
            throw UnreadableInput.of(unreadable);
        }
    }
}
