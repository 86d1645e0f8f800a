package org.redgrid.notification;

import java.util.List;

/**
 * A notice (上传下达) to send: {@code scope} the grid or community code it is for, {@code place} a meal point
 * inside it when the notice is that point's (a daily menu), {@code channels} INBOX and/or GROUP.
 */
public record NewNotice(String scope, Long place, String title, String body, List<NoticeChannel> channels) {}
