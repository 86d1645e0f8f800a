package org.redgrid.representation;

/**
 * A representative to register at a station: {@code username} the account (role REPRESENTATIVE) that
 * answers messages, {@code gridCode} where the cases they forward are filed, {@code team} the party
 * representatives' team (四定工作法) if any.
 */
public record NewRepresentative(
        Long stationId,
        RepresentativeKind kind,
        String name,
        String username,
        String gridCode,
        String team,
        String intro) {}
