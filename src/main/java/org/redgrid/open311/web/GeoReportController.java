package org.redgrid.open311.web;

import static org.redgrid.open311.web.GeoReportFormat.object;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.FormField;
import org.redgrid.open311.GeoReport;
import org.redgrid.open311.Receipt;
import org.redgrid.open311.RequestFilter;
import org.redgrid.open311.ServiceRequest;
import org.redgrid.open311.Submission;
import org.redgrid.open311.web.GeoReportFormat.Items;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open311 GeoReport v2 under {@code /open311/v2}: every resource in XML and JSON by its extension.
 * Extensions are split off by hand because service codes contain dots. Not a REST controller of the
 * JSON API: its errors are GeoReport error lists, written by {@link GeoReportErrors}.
 */
@Controller
@RequestMapping(GeoReportController.BASE)
class GeoReportController {

    static final String BASE = "/open311/v2";
    static final String FORMAT = GeoReportController.class.getName() + ".format";

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]+)\\](\\[\\])?");

    private final GeoReport geoReport;

    GeoReportController(GeoReport geoReport) {
        this.geoReport = geoReport;
    }

    @GetMapping("/{resource}")
    ResponseEntity<byte[]> get(
            @PathVariable String resource,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        Resource target = Resource.of(resource, request);
        jurisdiction(params);
        return switch (target.name()) {
            case "discovery" -> answer(target, "discovery", discovery(request));
            case "services" ->
                answer(
                        target,
                        "services",
                        new Items(
                                "service",
                                geoReport.services().stream()
                                        .map(GeoReportController::service)
                                        .toList()));
            case "requests" ->
                answer(
                        target,
                        "service_requests",
                        requests(geoReport.requests(new RequestFilter(
                                params.getFirst("service_request_id"),
                                params.getFirst("service_code"),
                                params.getFirst("start_date"),
                                params.getFirst("end_date"),
                                params.getFirst("status")))));
            default -> throw new NotFound("resource", resource);
        };
    }

    @GetMapping("/{collection}/{resource}")
    ResponseEntity<byte[]> getOne(
            @PathVariable String collection,
            @PathVariable String resource,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        Resource target = Resource.of(resource, request);
        jurisdiction(params);
        return switch (collection) {
            case "services" -> answer(target, "service_definition", definition(geoReport.service(target.name())));
            case "requests" -> answer(target, "service_requests", requests(List.of(geoReport.request(target.name()))));
            case "tokens" -> {
                Receipt receipt = geoReport.token(target.name());
                yield answer(
                        target,
                        "service_requests",
                        new Items(
                                "request",
                                List.of(object(
                                        "service_request_id", receipt.serviceRequestId(), "token", receipt.token()))));
            }
            default -> throw new NotFound("resource", collection + "/" + resource);
        };
    }

    @PostMapping("/{resource}")
    ResponseEntity<byte[]> post(
            @PathVariable String resource,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletRequest request) {
        Resource target = Resource.of(resource, request);
        if (!target.name().equals("requests")) throw new NotFound("resource", resource);
        jurisdiction(params);
        Receipt receipt = geoReport.submit(params.getFirst("api_key"), submission(params));
        return answer(
                target,
                "service_requests",
                new Items(
                        "request",
                        List.of(object(
                                "service_request_id", receipt.serviceRequestId(),
                                "token", receipt.token(),
                                "service_notice", receipt.serviceNotice(),
                                "account_id", receipt.accountId()))));
    }

    /** Anything else under the base path is an unknown resource, answered as a GeoReport error. */
    @RequestMapping("/**")
    ResponseEntity<byte[]> unknown(HttpServletRequest request) {
        throw new NotFound("resource", request.getRequestURI());
    }

    /** The form fields of a POST, unparsed; {@code attribute[code]} (or {@code attribute[code][]}) repeated. */
    private static Submission submission(MultiValueMap<String, String> params) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            Matcher matcher = ATTRIBUTE.matcher(name);
            if (matcher.matches())
                attributes
                        .computeIfAbsent(matcher.group(1), code -> new ArrayList<>())
                        .addAll(values);
        });
        return new Submission(
                params.getFirst("service_code"),
                params.getFirst("lat"),
                params.getFirst("long"),
                params.getFirst("address_string"),
                params.getFirst("address_id"),
                params.getFirst("email"),
                params.getFirst("device_id"),
                params.getFirst("account_id"),
                params.getFirst("first_name"),
                params.getFirst("last_name"),
                params.getFirst("phone"),
                params.getFirst("description"),
                params.getFirst("media_url"),
                attributes);
    }

    private Map<String, Object> discovery(HttpServletRequest request) {
        var settings = geoReport.settings();
        String url = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                + request.getContextPath() + BASE;
        String changeset = "2026-11-23T00:00:00+08:00";
        return object(
                "changeset", changeset,
                "contact", settings.contact(),
                "key_service", settings.keyService(),
                "jurisdiction_id", settings.jurisdiction(),
                "endpoints",
                        new Items(
                                "endpoint",
                                List.of(object(
                                        "specification",
                                        "http://wiki.open311.org/GeoReport_v2",
                                        "url",
                                        url,
                                        "changeset",
                                        changeset,
                                        "type",
                                        "production",
                                        "formats",
                                        new Items("format", List.of("text/xml", "application/json"))))));
    }

    private static Map<String, Object> service(CategoryForm form) {
        return object(
                "service_code", form.code(),
                "service_name", form.nameZh(),
                "description", form.nameZh() + " / " + form.nameEn(),
                "metadata", !form.fields().isEmpty(),
                "type", "realtime",
                "keywords", String.join(", ", form.nameZh(), form.nameEn(), form.code()),
                "group", form.groupZh());
    }

    private static Map<String, Object> definition(CategoryForm form) {
        List<Object> attributes = new ArrayList<>();
        for (FormField field : form.fields()) {
            attributes.add(object(
                    "variable", true,
                    "code", field.code(),
                    "datatype", field.datatype().wireName(),
                    "required", field.required(),
                    "datatype_description", field.datatypeDescription(),
                    "order", field.order(),
                    "description", field.description(),
                    "values",
                            new Items(
                                    "value",
                                    field.values().stream()
                                            .map(choice -> object("key", choice.key(), "name", choice.name()))
                                            .toList())));
        }
        return object("service_code", form.code(), "attributes", new Items("attribute", attributes));
    }

    private static Items requests(List<ServiceRequest> requests) {
        return new Items(
                "request",
                requests.stream()
                        .map(r -> object(
                                "service_request_id", r.serviceRequestId(),
                                "status", r.status(),
                                "status_notes", r.statusNotes(),
                                "service_name", r.serviceName(),
                                "service_code", r.serviceCode(),
                                "description", r.description(),
                                "agency_responsible", r.agencyResponsible(),
                                "service_notice", r.serviceNotice(),
                                "requested_datetime", r.requestedDatetime(),
                                "updated_datetime", r.updatedDatetime(),
                                "expected_datetime", r.expectedDatetime(),
                                "address", r.address(),
                                "address_id", r.addressId(),
                                "zipcode", r.zipcode(),
                                "lat", r.lat(),
                                "long", r.lng(),
                                "media_url", r.mediaUrl()))
                        .toList());
    }

    private void jurisdiction(MultiValueMap<String, String> params) {
        String given = params.getFirst("jurisdiction_id");
        if (given != null
                && !given.isBlank()
                && !given.trim().equals(geoReport.settings().jurisdiction())) {
            throw new NotFound("jurisdiction", given.trim());
        }
    }

    private static ResponseEntity<byte[]> answer(Resource target, String root, Object body) {
        return ResponseEntity.status(HttpStatus.OK)
                .contentType(target.format().mediaType())
                .body(target.format().write(root, body));
    }

    /** A resource name and its format, taken from the last dot of the path segment. */
    record Resource(String name, GeoReportFormat format) {

        static Resource of(String segment, HttpServletRequest request) {
            int dot = segment.lastIndexOf('.');
            GeoReportFormat format = dot < 0 ? null : GeoReportFormat.of(segment.substring(dot + 1));
            if (format == null) {
                throw new InvalidValue(
                        "format",
                        "format.extension",
                        "须以 .xml 或 .json 结尾指定格式",
                        "name the format by ending the resource in .xml or .json");
            }
            request.setAttribute(FORMAT, format);
            return new Resource(segment.substring(0, dot), format);
        }
    }
}
