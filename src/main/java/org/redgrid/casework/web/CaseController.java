package org.redgrid.casework.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.redgrid.casework.AttachmentView;
import org.redgrid.casework.CaseAction;
import org.redgrid.casework.CaseEventView;
import org.redgrid.casework.CaseIndicators;
import org.redgrid.casework.CaseQuery;
import org.redgrid.casework.CaseStatus;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.CategoryChange;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.CategoryForms;
import org.redgrid.casework.CategoryView;
import org.redgrid.casework.FormChange;
import org.redgrid.casework.IndicatorReport;
import org.redgrid.casework.NearbyCase;
import org.redgrid.casework.NearbyCases;
import org.redgrid.casework.NearbySearch;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.Photo;
import org.redgrid.casework.TransitionRequest;
import org.redgrid.casework.WhistleTarget;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.PageResult;
import org.redgrid.shared.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cases", description = "诉求闭环 / the case engine: intake, workflow, events, categories")
class CaseController {

    private final Casework casework;
    private final CaseIndicators indicators;
    private final CategoryForms forms;
    private final NearbyCases nearby;

    CaseController(Casework casework, CaseIndicators indicators, CategoryForms forms, NearbyCases nearby) {
        this.casework = casework;
        this.indicators = indicators;
        this.forms = forms;
        this.nearby = nearby;
    }

    @GetMapping("/indicators")
    @Operation(
            summary = "Closed-loop indicators of an area over a period, with its child areas and top categories",
            description =
                    "division defaults to the caller's scope; from/to (ISO dates, inclusive) default to this month.")
    IndicatorReport indicators(
            @RequestParam(required = false) String division,
            @RequestParam(required = false) java.time.LocalDate from,
            @RequestParam(required = false) java.time.LocalDate to,
            @RequestParam(defaultValue = "AREA") CaseIndicators.Breakdown by) {
        return indicators.report(division, from, to, by);
    }

    @PostMapping("/cases")
    @Operation(
            summary = "Take in a case",
            description =
                    "With an Idempotency-Key header a retry returns the same case (same Location) and creates nothing.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            examples =
                                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                                            name = "gas smell in a stairwell",
                                                            value =
                                                                    "{\"type\": \"PROBLEM\", \"category\": \"EVENT.GAS_HAZARD\", \"urgency\": \"URGENT\", \"gridCode\": \"150105004015001\", \"title\": \"3号楼楼道有燃气味\", \"description\": \"外卖小哥送餐时闻到3号楼2单元楼道有明显燃气味\"}"))))
    ResponseEntity<CaseView> create(
            @RequestBody NewCase body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Casework.Intake intake = casework.create(body, idempotencyKey);
        return ResponseEntity.created(
                        URI.create("/api/v1/cases/" + intake.view().id()))
                .header("Idempotent-Replayed", Boolean.toString(intake.replayed()))
                .body(intake.view());
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case; 404 when it is outside what the caller may see")
    CaseView get(@PathVariable long id) {
        return casework.get(id);
    }

    @GetMapping("/cases")
    @Operation(summary = "Cases the caller may see, newest first")
    PageResult<CaseView> list(
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseType type,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String division,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return casework.list(new CaseQuery(status, type, category, division, overdue), Paging.of(page, size));
    }

    @GetMapping("/cases/nearby")
    @Operation(
            summary = "Open cases of public categories near a point, nearest first (附近已有的相似问题)",
            description = "lat and lng are required; radius in metres defaults to 300 and is at most 1000;"
                    + " at most 10 cases; public fields only (never a sensitive category, nobody's name).")
    List<NearbyCase> nearby(
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lng,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer radius) {
        return nearby.find(NearbySearch.of(lat, lng, category, radius));
    }

    record SupportCount(int supporters) {}

    @PostMapping("/cases/{id}/support")
    @Operation(summary = "我也遇到 (+1): say you meet the same problem instead of filing a duplicate; once per person")
    SupportCount support(@PathVariable long id) {
        return new SupportCount(nearby.support(id));
    }

    record NoteRequest(String note) {}

    @PostMapping("/cases/{id}/comments")
    @Operation(summary = "The reporter adds a comment to their own case before it is closed (COMMENT)")
    ResponseEntity<CaseView> comment(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        CaseView view = casework.transition(id, reporterAction(CaseAction.COMMENT, body));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/events"))
                .body(view);
    }

    @PostMapping("/cases/{id}/withdraw")
    @Operation(
            summary = "撤回: the reporter withdraws their own case before it is closed (WITHDRAW)",
            description = "The case ends as not taken up (status CANCELLED, closed for Open311); the note says why.")
    CaseView withdraw(@PathVariable long id, @RequestBody(required = false) NoteRequest body) {
        return casework.transition(id, reporterAction(CaseAction.WITHDRAW, body));
    }

    private static TransitionRequest reporterAction(CaseAction action, NoteRequest body) {
        return new TransitionRequest(action, body == null ? null : body.note(), null, null, null, null, null);
    }

    @GetMapping("/cases/{id}/events")
    @Operation(summary = "The immutable events of a case, oldest first")
    List<CaseEventView> events(@PathVariable long id) {
        return casework.events(id);
    }

    record LinkRequest(Long master) {}

    @GetMapping("/cases/{id}/duplicates")
    @Operation(summary = "Open cases of the same category nearby that this report may repeat")
    List<CaseView> duplicates(@PathVariable long id) {
        return casework.duplicates(id);
    }

    @PostMapping("/cases/{id}/link")
    @Operation(summary = "Link a duplicate report to its master case; closing the master answers it")
    CaseView link(@PathVariable long id, @RequestBody LinkRequest body) {
        return casework.link(id, body.master());
    }

    @GetMapping("/cases/{id}/whistle")
    @Operation(summary = "The units summoned to a case (吹哨) and whether each has reported in and back")
    List<WhistleTarget> whistle(@PathVariable long id) {
        return casework.whistleTargets(id);
    }

    @PostMapping("/cases/{id}/transitions")
    @Operation(
            summary = "Take an action on a case",
            description =
                    "An action the status does not allow is 409; a role that may not take it is 403; of two concurrent actions one wins and the other gets 409.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @io.swagger.v3.oas.annotations.media.Content(
                                            mediaType = "application/json",
                                            examples =
                                                    @io.swagger.v3.oas.annotations.media.ExampleObject(
                                                            name = "dispatch to a grid worker",
                                                            value =
                                                                    "{\"action\": \"DISPATCH\", \"assignee\": \"taoyuan.grid1\", \"note\": \"网格员上门排查\"}"))))
    CaseView transition(@PathVariable long id, @RequestBody TransitionRequest body) {
        return casework.transition(id, body);
    }

    @PostMapping(value = "/cases/{id}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "Attach a photo (JPEG, PNG or WebP by content, at most 5 MB) to a case")
    ResponseEntity<AttachmentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws java.io.IOException {
        AttachmentView attachment = casework.attach(id, Photo.of(file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/v1/attachments/" + attachment.id()))
                .body(attachment);
    }

    @GetMapping("/cases/{id}/attachments")
    @Operation(summary = "The photos of a case")
    List<AttachmentView> attachments(@PathVariable long id) {
        return casework.attachments(id);
    }

    @GetMapping("/attachments/{id}")
    @Operation(summary = "One photo's bytes; 404 when its case is outside what the caller may see")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        Photo photo = casework.photo(id);
        return ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
                .header("Content-Disposition", "inline; filename=\"attachment-" + id + "\"")
                .header("Cache-Control", "private, max-age=3600")
                .body(photo.bytes());
    }

    @GetMapping("/case-categories")
    @Operation(summary = "The case categories with their deadline policies")
    List<CategoryView> categories() {
        return casework.categories();
    }

    @PutMapping("/case-categories/{code}")
    @Operation(summary = "Create or change a category and its deadline policy (ISO-8601 durations per urgency)")
    CategoryView saveCategory(@PathVariable String code, @RequestBody CategoryChange body) {
        return casework.saveCategory(code, body);
    }

    @GetMapping("/case-categories/{code}/form")
    @Operation(summary = "The intake form of a category: whether 311 clients may file it and its extra fields")
    CategoryForm form(@PathVariable String code) {
        return forms.form(code).orElseThrow(() -> new NotFound("category", code));
    }

    @PutMapping("/case-categories/{code}/form")
    @Operation(
            summary = "Replace the intake form of a category",
            description = "The fields drive the Open311 service definition (GET /open311/v2/services/{code}.xml).")
    CategoryForm saveForm(@PathVariable String code, @RequestBody FormChange body) {
        return forms.save(code, body);
    }
}
