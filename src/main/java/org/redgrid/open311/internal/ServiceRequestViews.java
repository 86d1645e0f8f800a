package org.redgrid.open311.internal;

import static org.redgrid.open311.internal.Localized.local;
import static org.redgrid.open311.internal.Localized.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redgrid.casework.PublicCase;
import org.redgrid.open311.ServiceRequest;
import org.redgrid.organization.Organization;
import org.redgrid.shared.CurrentActor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Public cases as GeoReport service requests: the agency that holds the case at its level, the grid's
 * centre when the case has no point, and the address id and media URL a client filed with it. Nothing
 * about the reporter.
 */
@Component
class ServiceRequestViews {

    private final Organization organization;
    private final JdbcClient jdbc;

    ServiceRequestViews(Organization organization, JdbcClient jdbc) {
        this.organization = organization;
        this.jdbc = jdbc;
    }

    List<ServiceRequest> of(List<PublicCase> found) {
        if (found.isEmpty()) return List.of();
        Map<String, String[]> filed = filedWith(found);
        Map<String, Optional<String>> agencies = new HashMap<>();
        Map<String, Optional<double[]>> centres = new HashMap<>();
        List<ServiceRequest> views = new ArrayList<>();
        for (PublicCase c : found) {
            String agencyCode =
                    c.gridCode().substring(0, Math.min(c.level(), c.gridCode().length()));
            String agency = agencies.computeIfAbsent(agencyCode, this::agency).orElse(null);
            double[] point = c.lat() != null && c.lng() != null
                    ? new double[] {c.lat(), c.lng()}
                    : centres.computeIfAbsent(c.gridCode(), this::centre).orElse(null);
            views.add(view(c, agency, point, filed.getOrDefault(c.number(), new String[2])));
        }
        return views;
    }

    private static ServiceRequest view(PublicCase c, String agency, double[] point, String[] filed) {
        Open311Status status = Open311Status.of(c.status());
        return new ServiceRequest(
                c.number(),
                status.wireName(),
                Open311Status.notes(c.status(), c.statusNote(), Localized.english()),
                c.categoryName(),
                c.category(),
                c.description(),
                agency,
                status == Open311Status.CLOSED || c.deadlineAt() == null
                        ? null
                        : text(
                                "承办时限至 " + local(c.deadlineAt()).toLocalDate(),
                                "due by " + local(c.deadlineAt()).toLocalDate()),
                local(c.createdAt()),
                local(c.updatedAt() == null ? c.createdAt() : c.updatedAt()),
                local(c.deadlineAt()),
                c.address(),
                filed[0],
                null,
                point == null ? null : point[0],
                point == null ? null : point[1],
                filed[1]);
    }

    /** The address id and media URL of the requests filed through Open311, by case number. */
    private Map<String, String[]> filedWith(List<PublicCase> found) {
        Map<String, String[]> filed = new HashMap<>();
        jdbc.sql("select case_number, address_id, media_url from open311_request where case_number in (:numbers)")
                .param("numbers", found.stream().map(PublicCase::number).toList())
                .query(rs -> {
                    filed.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        return filed;
    }

    private Optional<String> agency(String code) {
        try {
            return Optional.of(CurrentActor.runAsSystem(() -> code.length() == 15
                    ? organization.grid(code).name()
                    : organization.division(code).name()));
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private Optional<double[]> centre(String grid) {
        try {
            var view = CurrentActor.runAsSystem(() -> organization.grid(grid));
            return view.centreLat() == null || view.centreLng() == null
                    ? Optional.empty()
                    : Optional.of(new double[] {view.centreLat(), view.centreLng()});
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }
}
