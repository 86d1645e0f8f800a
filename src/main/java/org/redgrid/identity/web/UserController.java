package org.redgrid.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Set;
import org.redgrid.identity.AuditChainReport;
import org.redgrid.identity.AuditEntry;
import org.redgrid.identity.Identity;
import org.redgrid.identity.NewUser;
import org.redgrid.identity.UserView;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.redgrid.shared.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users and audit", description = "用户与审计 / users, roles, scopes and the audit log")
class UserController {

    record CreateUser(
            String username, String displayName, String password, Set<Role> roles, String scope, String partnerUnit) {}

    private final Identity identity;

    UserController(Identity identity) {
        this.identity = identity;
    }

    @GetMapping("/api/v1/users")
    @Operation(summary = "Users inside the administrator's scope")
    PageResult<UserView> users(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return identity.users(q, Paging.of(page, size));
    }

    @PostMapping("/api/v1/users")
    @Operation(summary = "Create a user inside the administrator's scope")
    ResponseEntity<UserView> create(@RequestBody CreateUser body) {
        UserView created = identity.createUser(new NewUser(
                body.username(), body.displayName(), body.password(), body.roles(), body.scope(), body.partnerUnit()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
                .body(created);
    }

    @GetMapping("/api/v1/users/{username}")
    @Operation(summary = "One user inside the administrator's scope and rank; 404 for any other")
    UserView user(@PathVariable String username) {
        return identity.user(username);
    }

    @PostMapping("/api/v1/users/{username}/unlock")
    @Operation(summary = "Lift a lock-out of a user inside the administrator's scope; audited")
    UserView unlock(@PathVariable String username) {
        return identity.unlock(username);
    }

    record AccessChange(Set<Role> roles, String scope) {}

    @PatchMapping("/api/v1/users/{username}")
    @Operation(
            summary = "Change a user's roles and scope, inside the administrator's scope; audited",
            description = "The new scope must lie inside the administrator's own; the user's page sessions end.")
    UserView changeAccess(@PathVariable String username, @RequestBody AccessChange body) {
        return identity.changeAccess(username, body.roles(), body.scope());
    }

    @PostMapping("/api/v1/users/{username}/disable")
    @Operation(summary = "Disable a user inside the administrator's scope: no login, no tokens; audited")
    UserView disable(@PathVariable String username) {
        return identity.setEnabled(username, false);
    }

    @PostMapping("/api/v1/users/{username}/enable")
    @Operation(summary = "Enable a disabled user inside the administrator's scope; audited")
    UserView enable(@PathVariable String username) {
        return identity.setEnabled(username, true);
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "The audit log inside the administrator's scope, newest first")
    PageResult<AuditEntry> audit(
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return identity.auditLog(actor, action, Paging.of(page, size));
    }

    @GetMapping("/api/v1/audit/verify")
    @Operation(summary = "Walk the hash chain of the audit log and report the first broken entry, if any")
    AuditChainReport verify() {
        return identity.verifyAudit();
    }
}
