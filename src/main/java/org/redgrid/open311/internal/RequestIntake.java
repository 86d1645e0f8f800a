package org.redgrid.open311.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.CategoryForm;
import org.redgrid.open311.ApiKeyView;
import org.redgrid.open311.Submission;
import org.redgrid.shared.AuditRecord;
import org.redgrid.shared.PiiCipher;
import org.redgrid.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intake of a GeoReport POST: checks every field before a case is filed ({@link #check}), then
 * keeps what belongs to the request beside the filed case — its token, the attribute values, the
 * reporter's contact details encrypted — and audits the filing ({@link #record}).
 */
@Component
public class RequestIntake {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServiceCatalog catalog;
    private final RequestLocator locator;
    private final PiiCipher cipher;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestIntake(
            ServiceCatalog catalog,
            RequestLocator locator,
            PiiCipher cipher,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.catalog = catalog;
        this.locator = locator;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The request with every field checked, in the order a client reads the errors: 400 naming the field. */
    public CheckedRequest check(ApiKeyView key, Submission submission) {
        CategoryForm service = catalog.service(Text.required("service_code", submission.serviceCode(), 48));
        Place place = locator.place(key.actor().scope(), submission);
        String description = Text.blankToNull(submission.description()) == null
                ? service.nameZh()
                : Text.required("description", submission.description(), 4000);
        Map<String, List<String>> attributes = AttributeCheck.check(service, submission.attributes());
        String contact = ReporterContact.of(submission);
        String mediaUrl = SubmittedText.mediaUrl(submission.mediaUrl());
        return new CheckedRequest(
                service,
                place,
                CaseText.title(service, description),
                CaseText.description(description, service, attributes),
                attributes,
                contact,
                mediaUrl,
                Text.optional("device_id", submission.deviceId(), 100),
                Text.optional("account_id", submission.accountId(), 100));
    }

    /** Keeps the request beside its case and audits the filing; answers the request's token. */
    public String record(CaseView created, ApiKeyView key, CheckedRequest request) {
        String token = UUID.randomUUID().toString();
        String contact = request.contact();
        jdbc.sql("""
                        insert into open311_request (case_id, case_number, grid_code, key_id, token, address_id, attributes,
                                                     media_url, device_id, account_id, contact, created_at)
                        values (:case, :number, :grid, :key, :token, :addressId, :attributes, :media, :device, :account,
                                :contact, :now)""")
                .param("case", created.id())
                .param("number", created.number())
                .param("grid", created.gridCode())
                .param("key", key.id())
                .param("token", token)
                .param("addressId", request.place().addressId(), Types.VARCHAR)
                .param("attributes", JSON.writeValueAsString(request.attributes()))
                .param("media", request.mediaUrl(), Types.VARCHAR)
                .param("device", request.deviceId(), Types.VARCHAR)
                .param("account", request.accountId(), Types.VARCHAR)
                .param("contact", contact == null ? null : cipher.encrypt(contact), Types.BINARY)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new AuditRecord(
                "OPEN311_REQUEST_FILED", "case", created.number(), created.gridCode(), "open311_key " + key.id()));
        return token;
    }
}
