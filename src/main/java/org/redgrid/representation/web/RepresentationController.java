package org.redgrid.representation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.redgrid.casework.CaseView;
import org.redgrid.representation.Forwarding;
import org.redgrid.representation.MessageReceipt;
import org.redgrid.representation.MessageView;
import org.redgrid.representation.NewMessage;
import org.redgrid.representation.NewOpinion;
import org.redgrid.representation.NewPlanItem;
import org.redgrid.representation.NewReception;
import org.redgrid.representation.NewRepresentative;
import org.redgrid.representation.NewReviewMailbox;
import org.redgrid.representation.NewStation;
import org.redgrid.representation.Opinion;
import org.redgrid.representation.PhoneCodeRequest;
import org.redgrid.representation.PlanItem;
import org.redgrid.representation.PublicProfile;
import org.redgrid.representation.Reception;
import org.redgrid.representation.ReceptionLog;
import org.redgrid.representation.Reply;
import org.redgrid.representation.Representation;
import org.redgrid.representation.RepresentativeMessages;
import org.redgrid.representation.RepresentativeView;
import org.redgrid.representation.ReviewMailbox;
import org.redgrid.representation.Station;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Representation", description = "码上找代表、代表之家与联络站、接待与意见箱 / representatives, stations, messages")
class RepresentationController {

    private final Representation representation;
    private final RepresentativeMessages messages;

    RepresentationController(Representation representation, RepresentativeMessages messages) {
        this.representation = representation;
        this.messages = messages;
    }

    @PostMapping("/representative-stations")
    @Operation(
            summary = "Set up a home (HOME) or station (STATION) of representatives; street office or administrators")
    ResponseEntity<Station> createStation(@RequestBody NewStation body) {
        Station station = representation.createStation(body);
        return ResponseEntity.created(URI.create("/api/v1/representative-stations/" + station.id()))
                .body(station);
    }

    @GetMapping("/representative-stations/{id}")
    @Operation(summary = "One home or station inside the caller's scope")
    Station station(@PathVariable long id) {
        return representation.station(id);
    }

    @GetMapping("/representative-stations")
    @Operation(summary = "Homes and stations in the caller's scope")
    List<Station> stations() {
        return representation.stations();
    }

    @PostMapping("/representative-stations/{id}/plan")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a line to the station's annual activity plan")
    PlanItem plan(@PathVariable long id, @RequestBody NewPlanItem body) {
        return representation.addPlanItem(id, body);
    }

    @PostMapping("/representative-stations/{id}/receptions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Put a representative's fixed reception on the station's schedule")
    Reception schedule(@PathVariable long id, @RequestBody NewReception body) {
        return representation.schedule(id, body);
    }

    @GetMapping("/representative-stations/{id}/receptions")
    @Operation(summary = "The station's coming receptions, or past=true for those held")
    List<Reception> receptions(@PathVariable long id, @RequestParam(defaultValue = "false") boolean past) {
        return representation.receptions(id, past);
    }

    @PostMapping("/representative-receptions/{id}/log")
    @Operation(summary = "Log a reception: how many came, what was raised, what followed")
    Reception logReception(@PathVariable long id, @RequestBody ReceptionLog body) {
        return representation.logReception(id, body);
    }

    @PostMapping("/representatives")
    @Operation(summary = "Register a representative at a station; street office or administrators")
    ResponseEntity<RepresentativeView> register(@RequestBody NewRepresentative body) {
        RepresentativeView registered = representation.register(body);
        return ResponseEntity.created(URI.create("/api/v1/representatives/" + registered.id()))
                .body(registered);
    }

    @GetMapping("/representatives")
    @Operation(summary = "Representatives of the stations in the caller's scope")
    List<RepresentativeView> representatives() {
        return representation.representatives();
    }

    @GetMapping("/representatives/{id}")
    @Operation(summary = "A representative's public profile (码上找代表): no login needed")
    PublicProfile profile(@PathVariable long id) {
        return representation.profile(id);
    }

    @PostMapping("/representatives/{id}/phone-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a code to the phone of a writer without an account (at most one a minute)")
    void phoneCode(@PathVariable long id, @RequestBody PhoneCodeRequest body) {
        messages.sendPhoneCode(id, body.phone());
    }

    @PostMapping("/representatives/{id}/messages")
    @Operation(
            summary = "Leave a message for a representative",
            description = "Logged in: text (phone optional). Without an account: text, phone and the code sent to it."
                    + " Location: the message by its receipt, which its writer reads without an account.")
    ResponseEntity<MessageReceipt> write(@PathVariable long id, @RequestBody NewMessage body) {
        MessageReceipt receipt = messages.write(id, body);
        return ResponseEntity.created(URI.create("/api/v1/representative-messages/receipts/" + receipt.receipt()))
                .body(receipt);
    }

    @GetMapping("/representative-messages")
    @Operation(summary = "Messages the caller wrote, received as representative, or oversees as the street office")
    PageResult<MessageView> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return messages.list(Paging.of(page, size));
    }

    @GetMapping("/representative-messages/{id}")
    @Operation(summary = "One message with its answer and the progress of the case it became")
    MessageView get(@PathVariable long id) {
        return messages.get(id);
    }

    @GetMapping("/representative-messages/receipts/{receipt}")
    @Operation(summary = "A message followed by its receipt, for writers without an account; no login needed")
    MessageView byReceipt(@PathVariable String receipt) {
        return messages.byReceipt(receipt);
    }

    @PostMapping("/representative-messages/{id}/reply")
    @Operation(summary = "The representative answers; public=true shows question and answer on the profile")
    MessageView reply(@PathVariable long id, @RequestBody Reply body) {
        return messages.reply(id, body);
    }

    @PostMapping("/representative-messages/{id}/case")
    @Operation(
            summary =
                    "The representative files the message as a case (source REPRESENTATIVE); body: category, type, title")
    ResponseEntity<CaseView> forward(@PathVariable long id, @RequestBody(required = false) Forwarding body) {
        CaseView filed = messages.forward(id, body);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + filed.id())).body(filed);
    }

    @PostMapping("/review-mailboxes")
    @Operation(summary = "Open a review mailbox on a department or project for a period")
    ResponseEntity<ReviewMailbox> openMailbox(@RequestBody NewReviewMailbox body) {
        ReviewMailbox mailbox = representation.openMailbox(body);
        return ResponseEntity.created(URI.create("/api/v1/review-mailboxes/" + mailbox.id()))
                .body(mailbox);
    }

    @GetMapping("/review-mailboxes/{id}")
    @Operation(summary = "One review mailbox inside the caller's scope")
    ReviewMailbox mailbox(@PathVariable long id) {
        return representation.mailbox(id);
    }

    @GetMapping("/review-mailboxes")
    @Operation(summary = "Review mailboxes of the caller's area and the areas above it")
    List<ReviewMailbox> mailboxes() {
        return representation.mailboxes();
    }

    @PostMapping("/review-mailboxes/{id}/opinions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Leave an opinion while the mailbox is open")
    Opinion opinion(@PathVariable long id, @RequestBody NewOpinion body) {
        return representation.leaveOpinion(id, body);
    }

    @GetMapping("/review-mailboxes/{id}/opinions")
    @Operation(summary = "The opinions left, for the office that opened the mailbox")
    List<Opinion> opinions(@PathVariable long id) {
        return representation.opinions(id);
    }
}
