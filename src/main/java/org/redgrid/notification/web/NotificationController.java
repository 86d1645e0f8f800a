package org.redgrid.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.redgrid.notification.Channel;
import org.redgrid.notification.ChannelSetting;
import org.redgrid.notification.DeliveryView;
import org.redgrid.notification.InboxMessage;
import org.redgrid.notification.Notifications;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Notifications", description = "站内信、群机器人与短信 / inbox, group robots and SMS")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/inbox")
    @Operation(summary = "The caller's inbox, newest first; unread=true for unread only")
    PageResult<InboxMessage> inbox(
            @RequestParam(required = false) Boolean unread,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return notifications.inbox(unread, Paging.of(page, size));
    }

    @PostMapping("/inbox/{id}/read")
    @Operation(summary = "Mark one of the caller's messages read")
    InboxMessage read(@PathVariable long id) {
        return notifications.markRead(id);
    }

    @GetMapping("/notification-channels")
    @Operation(summary = "The group-robot and SMS channels (secrets hidden); region administrators")
    List<ChannelSetting> channels() {
        return notifications.channels();
    }

    @PutMapping("/notification-channels/{channel}")
    @Operation(summary = "Set a channel's webhook or gateway URL (and DingTalk signing secret); region administrators")
    ChannelSetting saveChannel(@PathVariable Channel channel, @RequestBody ChannelSetting body) {
        return notifications.saveChannel(channel, body);
    }

    @GetMapping("/notification-deliveries")
    @Operation(summary = "Outgoing group messages and their status (PENDING, SENT, FAILED); region administrators")
    PageResult<DeliveryView> deliveries(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return notifications.deliveries(status, Paging.of(page, size));
    }
}
