package org.redgrid.open311;

import java.time.Instant;
import java.util.Set;
import org.redgrid.shared.Actor;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.Role;

/**
 * An API key of an outside 311 client as administrators see it: never the secret, only its last
 * characters as a hint, the area it may file requests for, and who issued and revoked it.
 */
public record ApiKeyView(
        long id,
        String name,
        String hint,
        String scope,
        String createdBy,
        Instant createdAt,
        Instant revokedAt,
        String revokedBy) {

    /** The actor a client's requests are filed as: a reporter limited to the key's area. */
    public Actor actor() {
        return new Actor(Actor.OPEN311_KEY_PREFIX + id, name, Set.of(Role.RESIDENT), DataScope.of(scope), null);
    }
}
