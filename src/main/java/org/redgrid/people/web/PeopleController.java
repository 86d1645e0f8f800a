package org.redgrid.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.redgrid.people.HouseholdImport;
import org.redgrid.people.HouseholdView;
import org.redgrid.people.ImportMode;
import org.redgrid.people.ImportReport;
import org.redgrid.people.LedgerEntryView;
import org.redgrid.people.LedgerKind;
import org.redgrid.people.Ledgers;
import org.redgrid.people.MoveInView;
import org.redgrid.people.NewHousehold;
import org.redgrid.people.NewLedgerEntry;
import org.redgrid.people.NewPartyMember;
import org.redgrid.people.NewPerson;
import org.redgrid.people.NewVisit;
import org.redgrid.people.People;
import org.redgrid.people.PersonChanges;
import org.redgrid.people.PersonQuery;
import org.redgrid.people.PersonView;
import org.redgrid.people.Registration;
import org.redgrid.people.RegistryExports;
import org.redgrid.people.Revealed;
import org.redgrid.people.VisitView;
import org.redgrid.people.internal.TableWriter;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "People",
        description = "户、人员、党员、重点人群台账、走访、导入导出 / households, persons, party members, ledgers, visits, import and export")
class PeopleController {

    record RevealRequest(String field, String reason) {}

    private final People people;
    private final Ledgers ledgers;
    private final HouseholdImport imports;
    private final RegistryExports exports;

    PeopleController(People people, Ledgers ledgers, HouseholdImport imports, RegistryExports exports) {
        this.people = people;
        this.ledgers = ledgers;
        this.imports = imports;
        this.exports = exports;
    }

    @GetMapping("/households")
    @Operation(summary = "Households inside the caller's scope, optionally of a grid (prefix) or building")
    PageResult<HouseholdView> households(
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) Long building,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return people.households(grid, building, Paging.of(page, size));
    }

    @GetMapping("/households/{id}")
    @Operation(summary = "One household; 404 outside scope")
    HouseholdView household(@PathVariable long id) {
        return people.household(id);
    }

    @PostMapping("/households")
    @Operation(summary = "Register a household")
    ResponseEntity<HouseholdView> createHousehold(@RequestBody NewHousehold body) {
        HouseholdView household = people.createHousehold(body);
        return ResponseEntity.created(URI.create("/api/v1/households/" + household.id()))
                .body(household);
    }

    @GetMapping("/people")
    @Operation(
            summary = "Persons inside the caller's scope",
            description =
                    "Search by name fragment (`q`), or exactly by `idNumber` or `phone` through their keyed hash. ID numbers and phones are masked.")
    PageResult<PersonView> persons(
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) Long household,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String phone,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return people.persons(new PersonQuery(grid, household, q, idNumber, phone, tag), Paging.of(page, size));
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person, masked; 404 outside scope")
    PersonView person(@PathVariable long id) {
        return people.person(id);
    }

    @PostMapping("/people")
    @Operation(
            summary = "Register a person in a household; gender and birth date come from the ID number",
            description =
                    "201 with the person. An ID number already registered inside the caller's scope is a 400 (rule `idNumber.unique`)."
                            + " One registered outside it answers 202 with a move-in request (迁入申请, see `/api/v1/move-ins`) that"
                            + " the holder's community accepts or declines; the answer says nothing about the other record.")
    @ApiResponse(
            responseCode = "202",
            description = "A move-in request was filed",
            content = @Content(schema = @Schema(implementation = MoveInView.class)))
    ResponseEntity<?> createPerson(@RequestBody NewPerson body) {
        Registration registration = people.register(body);
        if (registration.filedMoveIn()) {
            MoveInView moveIn = registration.moveIn();
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/move-ins/" + moveIn.id()))
                    .body(moveIn);
        }
        PersonView person = registration.person();
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id()))
                .body(person);
    }

    @PatchMapping("/people/{id}")
    @Operation(summary = "Change a person's name, phone (empty clears it), ethnicity, relation or tags; audited")
    PersonView updatePerson(@PathVariable long id, @RequestBody PersonChanges body) {
        return people.updatePerson(id, body);
    }

    @PostMapping("/people/{id}/reveal")
    @Operation(summary = "Reveal one plain ID number or phone, with a reason; audited")
    Revealed reveal(@PathVariable long id, @RequestBody RevealRequest body) {
        return people.reveal(id, body.field(), body.reason());
    }

    @GetMapping("/people/export")
    @Operation(summary = "Export the persons inside the caller's scope (masked) as xlsx or csv; audited")
    void exportPeople(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String tag,
            HttpServletResponse response)
            throws IOException {
        send(exports.persons(format, new PersonQuery(grid, null, q, null, null, tag)), response);
    }

    @PostMapping("/party-members")
    @Operation(summary = "Register a person as a party member (in service: with employer)")
    PersonView registerPartyMember(@RequestBody NewPartyMember body) {
        return people.registerPartyMember(body);
    }

    @GetMapping("/party-members")
    @Operation(summary = "Party members inside the caller's scope")
    PageResult<PersonView> partyMembers(
            @RequestParam(required = false) Boolean inService,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return people.partyMembers(inService, Paging.of(page, size));
    }

    @GetMapping("/ledgers")
    @Operation(summary = "Key-population ledger entries inside the caller's scope; `due=true` for visits due")
    PageResult<LedgerEntryView> ledgers(
            @RequestParam(required = false) LedgerKind kind,
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) Boolean due,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ledgers.entries(kind, grid, due, Paging.of(page, size));
    }

    @GetMapping("/ledgers/{id}")
    @Operation(summary = "One ledger entry; 404 outside scope")
    LedgerEntryView ledgerEntry(@PathVariable long id) {
        return ledgers.entry(id);
    }

    @PostMapping("/ledgers")
    @Operation(summary = "Put a person on a key-population ledger")
    ResponseEntity<LedgerEntryView> enrol(@RequestBody NewLedgerEntry body) {
        LedgerEntryView entry = ledgers.enrol(body);
        return ResponseEntity.created(URI.create("/api/v1/ledgers/" + entry.id()))
                .body(entry);
    }

    @GetMapping("/ledgers/export")
    @Operation(summary = "Export ledger entries inside the caller's scope (masked) as xlsx or csv; audited")
    void exportLedgers(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) LedgerKind kind,
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) Boolean due,
            HttpServletResponse response)
            throws IOException {
        send(exports.ledgerEntries(format, kind, grid, due), response);
    }

    @GetMapping("/visits")
    @Operation(summary = "Visits inside the caller's scope, newest first")
    PageResult<VisitView> visits(
            @RequestParam(required = false) Long person,
            @RequestParam(required = false) String grid,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return ledgers.visits(person, grid, Paging.of(page, size));
    }

    @PostMapping("/visits")
    @Operation(summary = "Record a visit (走访); with a ledger entry, moves its next due date one cycle on")
    ResponseEntity<VisitView> recordVisit(@RequestBody NewVisit body) {
        VisitView visit = ledgers.recordVisit(body);
        return ResponseEntity.created(URI.create("/api/v1/visits/" + visit.id()))
                .body(visit);
    }

    @GetMapping("/visits/{id}")
    @Operation(summary = "One visit inside the caller's scope")
    VisitView visit(@PathVariable long id) {
        return ledgers.visit(id);
    }

    @DeleteMapping("/visits/{id}")
    @Operation(summary = "Undo a visit (撤销走访): only its visitor, within a minute of recording it; later 409")
    ResponseEntity<Void> undoVisit(@PathVariable long id) {
        ledgers.undoVisit(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/import/template")
    @Operation(summary = "Download the .xlsx template for importing households and persons")
    void template(HttpServletResponse response) throws IOException {
        begin(response, TableWriter.Format.XLSX, "household-import-template");
        imports.writeTemplate(response.getOutputStream());
    }

    @PostMapping(value = "/import/households", consumes = "multipart/form-data")
    @Operation(
            summary = "Import households and persons from the .xlsx template",
            description =
                    "mode=ALL_OR_NOTHING (default) writes nothing when any row is invalid; VALID_ROWS writes the valid rows. The report lists every broken rule by row and column.")
    ImportReport importHouseholds(
            @RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode)
            throws IOException {
        return imports.importFile(file.getBytes(), mode);
    }

    private static void send(RegistryExports.Export export, HttpServletResponse response) throws IOException {
        response.setContentType(export.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + export.filename() + "\"");
        export.body().writeTo(response.getOutputStream());
    }

    private static void begin(HttpServletResponse response, TableWriter.Format format, String name) {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"");
    }
}
