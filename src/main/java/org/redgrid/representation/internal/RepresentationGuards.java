package org.redgrid.representation.internal;

import org.redgrid.shared.Actor;
import org.redgrid.shared.Role;

/**
 * Who may do what with homes, stations, representatives and messages. The street's people's-congress
 * office (人大工委, street staff) and administrators above set up homes and stations inside their scope;
 * a representative answers and forwards only the messages addressed to them; a message is forwarded as
 * a case once. API and pages ask the same methods.
 */
public final class RepresentationGuards {

    private RepresentationGuards() {}

    /** Setting up homes, stations, representatives, plans, receptions and review mailboxes. */
    public static boolean mayOrganise(Actor actor, String scopeCode) {
        return (actor.has(Role.STREET_STAFF) || actor.administers())
                && actor.scope().contains(scopeCode);
    }

    /** Answering a message: the representative it was written to, and nobody on their behalf. */
    public static boolean mayAnswer(Actor actor, String representativeUsername) {
        return actor.has(Role.REPRESENTATIVE) && actor.username().equals(representativeUsername);
    }

    /** Forwarding a message as a case (source REPRESENTATIVE): its representative, once. */
    public static boolean mayTurnIntoCase(Actor actor, String representativeUsername, Long caseId) {
        return caseId == null && mayAnswer(actor, representativeUsername);
    }

    /** Reading a message: its writer, its representative, or the office of the station's area. */
    public static boolean mayRead(Actor actor, String author, String representativeUsername, String stationScope) {
        return actor.username().equals(author)
                || actor.username().equals(representativeUsername)
                || mayOrganise(actor, stationScope);
    }

    /** Logging what a reception brought: its representative or the office of the station's area. */
    public static boolean mayLogReception(Actor actor, String representativeUsername, String stationScope) {
        return actor.username().equals(representativeUsername) || mayOrganise(actor, stationScope);
    }
}
