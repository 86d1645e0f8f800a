package org.redgrid.scoring;

import java.util.Map;
import org.redgrid.shared.InvalidValue;

/** The items one author scores at one stage, keyed by item code. */
public record ScoreSheet(Map<String, ItemScore> items) {

    public ScoreSheet {
        if (items == null || items.isEmpty()) {
            throw new InvalidValue("items", "required", "至少填写一项得分", "score at least one item");
        }
        items = Map.copyOf(items);
    }
}
