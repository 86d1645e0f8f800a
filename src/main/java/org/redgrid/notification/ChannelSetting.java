package org.redgrid.notification;

/** A channel's endpoint: the robot's webhook URL (and DingTalk's signing secret), or the SMS gateway URL. */
public record ChannelSetting(Channel channel, String url, String secret, Boolean enabled) {}
