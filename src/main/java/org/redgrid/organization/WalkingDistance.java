package org.redgrid.organization;

/**
 * 步行距离: how far a resident walks from one point to another, estimated as the great-circle distance
 * times a detour factor of 1.3 for streets that do not run straight, at 75 metres a minute (an older
 * resident's pace). Within 15 minutes is the 15分钟便民生活圈.
 */
public record WalkingDistance(long metres) {

    static final double DETOUR = 1.3;
    static final double METRES_PER_MINUTE = 75;
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;

    /** The walking estimate between two WGS 84 points. */
    public static WalkingDistance between(double fromLat, double fromLng, double toLat, double toLng) {
        double dLat = Math.toRadians(toLat - fromLat);
        double dLng = Math.toRadians(toLng - fromLng);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(fromLat)) * Math.cos(Math.toRadians(toLat)) * Math.pow(Math.sin(dLng / 2), 2);
        double straight = 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
        return new WalkingDistance(Math.round(straight * DETOUR));
    }

    public long minutes() {
        return (long) Math.ceil(metres / METRES_PER_MINUTE);
    }

    public boolean withinFifteenMinutes() {
        return minutes() <= 15;
    }
}
