package org.redgrid.notification;

/** A group's robot to bind (or rebind): one per grid, community or meal point. */
public record NewGroupRobot(
        String scope, Long place, String name, Channel channel, String url, String secret, Boolean enabled) {}
