package org.redgrid.notification;

import java.time.Instant;
import java.util.List;

/** A notice sent, with how many received it in their inbox, how many read it, and how many groups got it. */
public record NoticeView(
        long id,
        String scope,
        Long place,
        String title,
        String body,
        List<NoticeChannel> channels,
        String sender,
        Instant createdAt,
        long recipients,
        long read,
        int groups) {}
