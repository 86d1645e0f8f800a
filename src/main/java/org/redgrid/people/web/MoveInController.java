package org.redgrid.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.redgrid.people.MoveInRequests;
import org.redgrid.people.MoveInStatus;
import org.redgrid.people.MoveInView;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/move-ins")
@Tag(
        name = "Move-ins",
        description = "迁入申请：身份证号已在他处登记时由原所在社区受理 / move-in requests decided by the community holding the person")
class MoveInController {

    record Decline(String reason) {}

    private final MoveInRequests moveIns;

    MoveInController(MoveInRequests moveIns) {
        this.moveIns = moveIns;
    }

    @GetMapping
    @Operation(
            summary = "Move-in requests filed into the caller's scope, or awaiting the caller's decision",
            description =
                    "`decidable` marks the requests the caller may accept or decline. The requesting side never sees the holder's person, name or grid.")
    PageResult<MoveInView> list(
            @RequestParam(required = false) MoveInStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return moveIns.list(status, Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One move-in request; 404 outside scope")
    MoveInView get(@PathVariable long id) {
        return moveIns.get(id);
    }

    @PostMapping("/{id}/accept")
    @Operation(
            summary = "Accept a move-in: the person record moves to the requested household; audited",
            description = "Only the community holding the person, or a level above it in scope; 409 once decided.")
    MoveInView accept(@PathVariable long id) {
        return moveIns.accept(id);
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline a move-in with a reason: the person record stays; audited")
    MoveInView decline(@PathVariable long id, @RequestBody Decline body) {
        return moveIns.decline(id, body == null ? null : body.reason());
    }
}
