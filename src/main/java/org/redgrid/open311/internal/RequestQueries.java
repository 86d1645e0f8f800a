package org.redgrid.open311.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.redgrid.casework.PublicCaseQuery;
import org.redgrid.casework.PublicCases;
import org.redgrid.open311.Open311Settings;
import org.redgrid.open311.RequestFilter;
import org.redgrid.open311.ServiceRequest;
import org.redgrid.shared.DataScope;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.NotFound;
import org.redgrid.shared.Text;
import org.springframework.stereotype.Component;

/**
 * GET requests: the public cases inside {@code redgrid.open311.scope}, by number or filtered by
 * service, time and status, at most {@value #MAX_RECORDS} at once, newest first.
 */
@Component
public class RequestQueries {

    public static final int MAX_RECORDS = 1000;

    private final PublicCases cases;
    private final ServiceRequestViews views;
    private final Open311Settings settings;
    private final Clock clock;

    RequestQueries(PublicCases cases, ServiceRequestViews views, Open311Settings settings, Clock clock) {
        this.cases = cases;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    public List<ServiceRequest> requests(RequestFilter filter) {
        DataScope scope = DataScope.of(settings.scope());
        List<String> numbers = list(filter.serviceRequestIds());
        if (!numbers.isEmpty()) {
            if (numbers.size() > MAX_RECORDS) {
                throw new InvalidValue(
                        "service_request_id", "max-count", "一次最多查询 1000 个编号", "at most 1000 ids at once");
            }
            return views.of(cases.find(new PublicCaseQuery(scope, numbers, null, null, null, null, MAX_RECORDS)));
        }
        RequestWindow window = RequestWindow.of(filter.startDate(), filter.endDate(), clock.instant());
        Boolean closed = Open311Status.filter(list(filter.status()))
                .map(status -> status == Open311Status.CLOSED)
                .orElse(null);
        return views.of(cases.find(new PublicCaseQuery(
                scope, null, list(filter.serviceCodes()), window.start(), window.end(), closed, MAX_RECORDS)));
    }

    public ServiceRequest request(String id) {
        String number = Text.blankToNull(id);
        return cases.byNumber(DataScope.of(settings.scope()), number == null ? "" : number)
                .map(found -> views.of(List.of(found)).get(0))
                .orElseThrow(() -> new NotFound("request", id));
    }

    private static List<String> list(String commaList) {
        if (commaList == null || commaList.isBlank()) return List.of();
        return Arrays.stream(commaList.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
