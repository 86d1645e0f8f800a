package org.redgrid.deliberation.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.redgrid.deliberation.MeetingScheduled;
import org.redgrid.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends a meeting's invitations after it is scheduled: one inbox message per invitee and one message to
 * the group robots. The event publication registry keeps the event until this has run.
 */
@Component
class Invitations {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Notifications notifications;

    Invitations(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(MeetingScheduled event) {
        String title = "会议邀请：" + event.title();
        String body = event.typeName() + "，" + WHEN.format(event.startsAt()) + "，地点：" + event.place() + "（会议编号 "
                + event.meetingId() + "）";
        for (String username : event.recipients()) notifications.deliverToInbox(username, null, null, title, body);
        notifications.enqueue(title + "。" + body);
    }
}
