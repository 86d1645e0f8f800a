package org.redgrid.notification.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.redgrid.notification.GroupRobot;
import org.redgrid.notification.NewGroupRobot;
import org.redgrid.notification.NewNotice;
import org.redgrid.notification.NoticeReads;
import org.redgrid.notification.NoticeView;
import org.redgrid.notification.Notices;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.http.ResponseEntity;
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
@Tag(name = "Notices", description = "上传下达：通知与网格群机器人 / notices and group robots")
class NoticeController {

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @PostMapping("/notices")
    @Operation(
            summary = "Send a notice to the residents' inboxes in a grid or community and/or to its group robot",
            description = "channels: INBOX, GROUP; place: a meal point inside the scope whose group gets it")
    ResponseEntity<NoticeView> send(@RequestBody NewNotice body) {
        NoticeView sent = notices.send(body);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + sent.id()))
                .body(sent);
    }

    @GetMapping("/notices")
    @Operation(summary = "Notices in the caller's scope or received by the caller, newest first")
    PageResult<NoticeView> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return notices.list(Paging.of(page, size));
    }

    @GetMapping("/notices/{id}")
    @Operation(summary = "One notice")
    NoticeView get(@PathVariable long id) {
        return notices.get(id);
    }

    @GetMapping("/notices/{id}/reads")
    @Operation(summary = "Who received the notice and who has read it; sender, staff over its scope, building heads")
    NoticeReads reads(@PathVariable long id) {
        return notices.reads(id);
    }

    @PostMapping("/notices/{id}/relay")
    @Operation(summary = "A building head records relaying the notice to their building")
    NoticeReads relay(@PathVariable long id) {
        return notices.relay(id);
    }

    @GetMapping("/group-robots")
    @Operation(summary = "The group robots bound inside the caller's scope (secrets hidden)")
    List<GroupRobot> robots() {
        return notices.robots();
    }

    @PutMapping("/group-robots")
    @Operation(summary = "Bind the robot of a grid's, community's or meal point's group (one per group)")
    GroupRobot bind(@RequestBody NewGroupRobot body) {
        return notices.bindRobot(body);
    }
}
