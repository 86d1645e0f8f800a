package org.redgrid.notification;

/**
 * The robot of one group (网格微信群): a grid or community ({@code place} null) or a meal point inside
 * one; {@code secret} is never shown, only whether one is set.
 */
public record GroupRobot(
        long id, String scope, Long place, String name, Channel channel, String url, String secret, boolean enabled) {}
