package org.redgrid.archives.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.redgrid.archives.AccessEntry;
import org.redgrid.archives.Approval;
import org.redgrid.archives.ArchiveFigures;
import org.redgrid.archives.ArchiveRequests;
import org.redgrid.archives.ArchiveTransfers;
import org.redgrid.archives.Archives;
import org.redgrid.archives.Decline;
import org.redgrid.archives.DelegationView;
import org.redgrid.archives.FileView;
import org.redgrid.archives.MaterialView;
import org.redgrid.archives.NewDelegation;
import org.redgrid.archives.NewFile;
import org.redgrid.archives.NewRequest;
import org.redgrid.archives.NewTransfer;
import org.redgrid.archives.OriginalPage;
import org.redgrid.archives.PaperReading;
import org.redgrid.archives.RequestView;
import org.redgrid.archives.ServiceCatalogue;
import org.redgrid.archives.ServiceClass;
import org.redgrid.archives.ServiceItem;
import org.redgrid.archives.ServiceItemChange;
import org.redgrid.archives.TransferView;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/archives")
@Tag(name = "Archives", description = "干部人事档案 / personnel files: catalogue, requests, watermarked reading, transfers")
class ArchiveController {

    private final Archives archives;
    private final ArchiveRequests requests;
    private final ArchiveTransfers transfers;
    private final ServiceCatalogue catalogue;

    ArchiveController(
            Archives archives, ArchiveRequests requests, ArchiveTransfers transfers, ServiceCatalogue catalogue) {
        this.archives = archives;
        this.requests = requests;
        this.transfers = transfers;
        this.catalogue = catalogue;
    }

    @PostMapping("/files")
    @Operation(summary = "Open the one file of a person of the registry at the keeper's archive unit")
    ResponseEntity<FileView> open(@RequestBody NewFile body) {
        FileView file = archives.open(body);
        return ResponseEntity.created(URI.create("/api/v1/archives/files/" + file.id()))
                .body(file);
    }

    @GetMapping("/files")
    @Operation(summary = "The files the caller may see: held in scope, of persons in scope, delegated or requested")
    List<FileView> files() {
        return archives.files();
    }

    @GetMapping("/files/{id}")
    @Operation(summary = "A file's catalogue of materials and digitisation progress; never page bytes")
    FileView file(@PathVariable long id) {
        return archives.file(id);
    }

    @PostMapping(path = "/files/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Add a material with its scanned pages",
            description =
                    "multipart: class (1-10 or a name such as PARTY), title, pages (one or more PDF, PNG or JPEG)")
    ResponseEntity<MaterialView> addMaterial(
            @PathVariable long id,
            @RequestParam(name = "class", required = false) String materialClass,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "pages", required = false) List<MultipartFile> pages) {
        List<byte[]> uploads = pages == null
                ? List.of()
                : pages.stream().map(ArchiveController::bytes).toList();
        MaterialView material = archives.addMaterial(id, materialClass, title, uploads);
        return ResponseEntity.created(URI.create("/api/v1/archives/files/" + id + "/materials/" + material.id()))
                .body(material);
    }

    @GetMapping("/files/{id}/materials/{m}")
    @Operation(summary = "One material of a file's catalogue: class, title, pages and check; never page bytes")
    MaterialView material(@PathVariable long id, @PathVariable long m) {
        return archives.material(id, m);
    }

    @PostMapping("/files/{id}/materials/{m}/check")
    @Operation(summary = "The keeper confirms a material's scans against the paper")
    FileView check(@PathVariable long id, @PathVariable long m) {
        return archives.check(id, m);
    }

    @GetMapping(path = "/files/{id}/materials/{m}/pages/{n}", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(
            summary = "A page as a PNG watermarked with reader, unit and time",
            description = "403 without a live grant (the same answer for every page), 404 outside scope")
    ResponseEntity<byte[]> page(@PathVariable long id, @PathVariable long m, @PathVariable int n) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(archives.page(id, m, n));
    }

    @GetMapping("/files/{id}/materials/{m}/pages/{n}/original")
    @Operation(summary = "The original page, only under a grant that allows download")
    ResponseEntity<byte[]> original(@PathVariable long id, @PathVariable long m, @PathVariable int n) {
        OriginalPage page = archives.original(id, m, n);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(page.contentType()))
                .cacheControl(CacheControl.noStore())
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"file-" + id + "-" + m + "-" + n
                                + (page.contentType().endsWith("pdf") ? ".pdf" : ".img") + "\"")
                .body(page.bytes());
    }

    @GetMapping("/files/{id}/access-log")
    @Operation(summary = "Who viewed, downloaded, requested, approved or transferred the file")
    List<AccessEntry> accessLog(@PathVariable long id) {
        return archives.accessLog(id);
    }

    @PostMapping("/files/{id}/paper-readings")
    @Operation(summary = "Record a reading of the paper file on site (counts against the online rate)")
    ResponseEntity<Void> paperReading(@PathVariable long id, @RequestBody PaperReading body) {
        archives.recordPaperReading(id, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/files/{id}/transfers")
    @Operation(summary = "Send the file to another archive unit with a receipt")
    ResponseEntity<TransferView> transfer(@PathVariable long id, @RequestBody NewTransfer body) {
        TransferView sent = transfers.transfer(id, body);
        return ResponseEntity.created(URI.create("/api/v1/archives/transfers/" + sent.id()))
                .body(sent);
    }

    @GetMapping("/files/{id}/transfers")
    @Operation(summary = "The file's chain of custody")
    List<TransferView> custody(@PathVariable long id) {
        return transfers.custody(id);
    }

    @GetMapping("/transfers")
    @Operation(summary = "Transfers waiting for the caller's archive unit to confirm")
    List<TransferView> incoming() {
        return transfers.incoming();
    }

    @GetMapping("/transfers/{id}")
    @Operation(summary = "One transfer, for those who may see its file and the keepers of the receiving unit")
    TransferView transfer(@PathVariable long id) {
        return transfers.sent(id);
    }

    @PostMapping("/transfers/{id}/receive")
    @Operation(summary = "The receiving keeper confirms receipt; their unit holds the file from now on")
    TransferView receive(@PathVariable long id) {
        return transfers.receive(id);
    }

    @PostMapping("/requests")
    @Operation(
            summary = "Request named parts of a file with a purpose",
            description = "parts: material ids or class names such as PARTY; answered by the holding keeper")
    ResponseEntity<RequestView> request(@RequestBody NewRequest body) {
        RequestView request = requests.request(body);
        return ResponseEntity.created(URI.create("/api/v1/archives/requests/" + request.id()))
                .body(request);
    }

    @GetMapping("/requests")
    @Operation(summary = "The caller's requests and, for a keeper, those to answer")
    List<RequestView> requests() {
        return requests.requests();
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One request, for the reader who made it and the keeper who answers it")
    RequestView request(@PathVariable long id) {
        return requests.get(id);
    }

    @PostMapping("/requests/{id}/approve")
    @Operation(summary = "Approve: read for days (1-30, default 3), download only if said")
    RequestView approve(@PathVariable long id, @RequestBody(required = false) Approval body) {
        return requests.approve(id, body);
    }

    @PostMapping("/requests/{id}/decline")
    @Operation(summary = "Decline with a reason")
    RequestView decline(@PathVariable long id, @RequestBody(required = false) Decline body) {
        return requests.decline(id, body);
    }

    @PostMapping("/delegations")
    @Operation(summary = "Delegate reading of a file to a unit (权限下放)")
    ResponseEntity<DelegationView> delegate(@RequestBody NewDelegation body) {
        return ResponseEntity.status(201).body(requests.delegate(body));
    }

    @GetMapping("/files/{id}/delegations")
    @Operation(summary = "The live delegations of a file, for its keeper and organisation department")
    List<DelegationView> delegations(@PathVariable long id) {
        return requests.delegations(id);
    }

    @GetMapping("/figures")
    @Operation(summary = "Online reading rate, handling times, requests by unit and purpose, in the caller's scope")
    ArchiveFigures figures() {
        return requests.figures();
    }

    @GetMapping("/catalogue")
    @Operation(summary = "The one-stop service catalogue: 7 classes, 41 items")
    List<ServiceClass> catalogue() {
        return catalogue.classes();
    }

    @PutMapping("/catalogue/items/{code}")
    @Operation(summary = "Add or change a catalogue item (region administrators)")
    ServiceItem saveItem(@PathVariable String code, @RequestBody ServiceItemChange body) {
        return catalogue.save(code, body);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
