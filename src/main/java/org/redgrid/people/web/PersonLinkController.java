package org.redgrid.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.redgrid.people.PersonLinkCandidate;
import org.redgrid.people.PersonLinkStatus;
import org.redgrid.people.PersonLinkView;
import org.redgrid.people.PersonLinks;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "Person links",
        description =
                "居民身份关联：居民账号申请关联人员信息，社区确认 / a resident account linked to a registry person once the community confirms")
class PersonLinkController {

    record LinkRequest(String gridCode, String name) {}

    record Confirm(Long personId) {}

    record Decline(String reason) {}

    private final PersonLinks links;

    PersonLinkController(PersonLinks links) {
        this.links = links;
    }

    @PostMapping("/api/v1/me/person-link")
    @Operation(
            summary = "Ask to be linked to the person of that name in the grid (residents without a link); audited",
            description = "201 with the request; 409 while a request is pending or once the account is linked.")
    ResponseEntity<PersonLinkView> request(@RequestBody LinkRequest body) {
        PersonLinkView created =
                links.request(body == null ? null : body.gridCode(), body == null ? null : body.name());
        return ResponseEntity.created(URI.create("/api/v1/me/person-link")).body(created);
    }

    @GetMapping("/api/v1/me/person-link")
    @Operation(summary = "The caller's latest link request and its outcome; 404 when none was filed")
    PersonLinkView mine() {
        return links.mine();
    }

    @GetMapping("/api/v1/person-links")
    @Operation(
            summary = "Link requests naming a grid in the caller's scope (community staff and above)",
            description =
                    "`phoneMatches` says whether a person registered in that grid has the account's phone; no phone is shown.")
    PageResult<PersonLinkView> list(
            @RequestParam(required = false) PersonLinkStatus status,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return links.list(status, Paging.of(page, size));
    }

    @GetMapping("/api/v1/person-links/{id}")
    @Operation(summary = "One link request; 404 outside scope")
    PersonLinkView get(@PathVariable long id) {
        return links.get(id);
    }

    @GetMapping("/api/v1/person-links/{id}/candidates")
    @Operation(
            summary = "Persons of the request's grid with the name given or the account's phone; 404 outside scope",
            description = "At most 20, those whose phone matches first; no phone is shown.")
    List<PersonLinkCandidate> candidates(@PathVariable long id) {
        return links.candidates(id);
    }

    @PostMapping("/api/v1/person-links/{id}/confirm")
    @Operation(
            summary = "Confirm: link the account to the chosen person of the request's grid; audited",
            description =
                    "The account's scope becomes the person's grid and its sessions end. 400 naming `personId` when the person is not registered in that grid in scope; 409 once decided.")
    PersonLinkView confirm(@PathVariable long id, @RequestBody Confirm body) {
        return links.confirm(id, body == null ? null : body.personId());
    }

    @PostMapping("/api/v1/person-links/{id}/decline")
    @Operation(summary = "Decline with a reason: the account stays unlinked and may ask again; audited")
    PersonLinkView decline(@PathVariable long id, @RequestBody Decline body) {
        return links.decline(id, body == null ? null : body.reason());
    }
}
