package org.redgrid.shared;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting user from the security context. */
public final class CurrentActor {

    private CurrentActor() {}

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ActorHolder holder) {
            return Optional.of(holder.actor());
        }
        return Optional.empty();
    }

    public static Actor require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no authenticated actor"));
    }

    /**
     * Runs platform work (start-up loads, sweeps) as the system actor, so that it goes through the same
     * scoped API as a user's request instead of a side door.
     */
    public static <T> T runAsSystem(java.util.function.Supplier<T> work) {
        return runAs(Actor.system(), work);
    }

    /** Runs work as the given actor (demo data replays what named users did), then restores the caller. */
    public static <T> T runAs(Actor actor, java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        ActorHolder holder = () -> actor;
        context.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        holder, null, java.util.List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The actor, or the platform itself when no one is logged in (start-up loads, scheduled work). */
    public static Actor orSystem() {
        return find().orElseGet(Actor::system);
    }
}
