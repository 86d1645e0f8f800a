package org.redgrid.open311;

import java.util.List;
import org.redgrid.casework.CaseSource;
import org.redgrid.casework.CaseType;
import org.redgrid.casework.CaseView;
import org.redgrid.casework.Casework;
import org.redgrid.casework.CategoryForm;
import org.redgrid.casework.NewCase;
import org.redgrid.casework.Urgency;
import org.redgrid.open311.internal.CheckedRequest;
import org.redgrid.open311.internal.Localized;
import org.redgrid.open311.internal.RequestIntake;
import org.redgrid.open311.internal.RequestQueries;
import org.redgrid.open311.internal.RequestTokens;
import org.redgrid.open311.internal.ServiceCatalog;
import org.redgrid.shared.CurrentActor;
import org.redgrid.shared.Forbidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open311 GeoReport v2 over the case engine. A POST files a case (source: Open311 client) as the
 * key's actor, located to a grid inside the key's area; the GET endpoints show the public view of
 * every case of a public category in the jurisdiction, the case number serving as
 * {@code service_request_id}. Reporter contact details are kept encrypted and never shown.
 */
@Service
@Transactional(readOnly = true)
public class GeoReport {

    private final ApiKeys keys;
    private final Casework casework;
    private final ServiceCatalog catalog;
    private final RequestIntake intake;
    private final RequestQueries queries;
    private final RequestTokens tokens;
    private final Open311Settings settings;

    GeoReport(
            ApiKeys keys,
            Casework casework,
            ServiceCatalog catalog,
            RequestIntake intake,
            RequestQueries queries,
            RequestTokens tokens,
            Open311Settings settings) {
        this.keys = keys;
        this.casework = casework;
        this.catalog = catalog;
        this.intake = intake;
        this.queries = queries;
        this.tokens = tokens;
        this.settings = settings;
    }

    public Open311Settings settings() {
        return settings;
    }

    /** One service per category that outside clients may file. */
    public List<CategoryForm> services() {
        return catalog.services();
    }

    /** The definition of one service; 404 for a category clients may not file. */
    public CategoryForm service(String code) {
        return catalog.service(code);
    }

    /** Files a request as a case, as the actor of a live key: 403 without one, 400 for a bad field. */
    @Transactional
    public Receipt submit(String apiKey, Submission submission) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Forbidden("缺少 api_key", "api_key is required to file a request");
        }
        ApiKeyView key = keys.authenticate(apiKey)
                .orElseThrow(() -> new Forbidden("api_key 无效或已被吊销", "api_key is invalid or revoked"));
        return CurrentActor.runAs(key.actor(), () -> {
            CheckedRequest request = intake.check(key, submission);
            CaseView created = fileCase(request);
            String token = intake.record(created, key, request);
            return new Receipt(created.number(), token, notice(created.number()), request.accountId());
        });
    }

    /** The one place a request becomes a case of the case engine. */
    private CaseView fileCase(CheckedRequest request) {
        return casework.createThroughOpen311(
                        new NewCase(
                                CaseType.PROBLEM,
                                request.service().code(),
                                Urgency.GENERAL,
                                CaseSource.OPEN311,
                                request.place().grid(),
                                request.place().lat(),
                                request.place().lng(),
                                request.place().address(),
                                request.title(),
                                request.description()),
                        null)
                .view();
    }

    private static String notice(String number) {
        return Localized.text(
                "已受理，受理编号 " + number + "。社区将核实立案并派遣办理，可凭编号查询进度。",
                "Received as " + number
                        + ". The community verifies and files it, then dispatches it; follow it by this id.");
    }

    /** The public requests inside the jurisdiction's scope that the filter asks for. */
    public List<ServiceRequest> requests(RequestFilter filter) {
        return queries.requests(filter);
    }

    public ServiceRequest request(String id) {
        return queries.request(id);
    }

    /** The request a token stands for. */
    public Receipt token(String token) {
        return tokens.token(token);
    }
}
