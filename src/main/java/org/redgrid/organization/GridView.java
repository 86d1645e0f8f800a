package org.redgrid.organization;

/** 网格: a grid of 300–500 households in a community; ordinary, or special (专属网格) for markets and business districts. */
public record GridView(
        String code,
        String communityCode,
        String name,
        GridKind kind,
        int households,
        Double centreLat,
        Double centreLng,
        String polygon) {}
