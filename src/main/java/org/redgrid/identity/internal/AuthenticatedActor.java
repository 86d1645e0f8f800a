package org.redgrid.identity.internal;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import org.redgrid.shared.Actor;
import org.redgrid.shared.ActorHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The principal of an authenticated request, carrying the actor other modules read. */
public record AuthenticatedActor(Actor actor) implements ActorHolder, Principal, Serializable {

    @Override
    public String getName() {
        return actor.username();
    }

    public List<GrantedAuthority> authorities() {
        return actor.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
