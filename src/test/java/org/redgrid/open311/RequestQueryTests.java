package org.redgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.open311.Xml.children;
import static org.redgrid.open311.Xml.names;
import static org.redgrid.open311.Xml.text;
import static org.redgrid.support.Api.json;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * GET requests: by id, service, date and status within 90 days, never a case of a category that is not
 * public.
 */
@IntegrationTest
class RequestQueryTests extends Open311Client {

    @Test
    void requestListsFilterByIdCodeDateAndStatusWithinNinetyDays() {
        String first = file("json").json().get(0).path("service_request_id").asString();
        String second = file("json").json().get(0).path("service_request_id").asString();

        Element both = Xml.parse(client().get(BASE + "requests.xml?service_request_id=" + first + "," + second
                + "&status=closed&service_code=NONE"));
        assertThat(both.getTagName()).isEqualTo("service_requests");
        assertThat(children(both, "request"))
                .extracting(r -> text(r, "service_request_id"))
                .containsExactlyInAnyOrder(first, second);
        for (Element request : children(both, "request")) {
            assertThat(names(request)).containsExactlyElementsOf(REQUEST_ELEMENTS);
        }

        JsonNode recent = client().get(BASE + "requests.json?service_code=PART.STREET_LIGHT&status=open")
                .json();
        assertThat(recent.findValuesAsString("service_request_id")).contains(first, second);
        assertThat(recent.findValuesAsString("service_code")).containsOnly("PART.STREET_LIGHT");
        assertThat(recent.findValuesAsString("status")).containsOnly("open");
        assertThat(recent.size()).isLessThanOrEqualTo(1000);

        OffsetDateTime now = OffsetDateTime.now();
        assertThat(client().get(BASE + "requests.json?start_date="
                                + now.minusDays(1).toLocalDate() + "&end_date="
                                + now.plusDays(1).toLocalDate())
                        .json()
                        .findValuesAsString("service_request_id"))
                .contains(first);
        assertThat(client().get(BASE + "requests.json?start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z")
                        .json()
                        .size())
                .isZero();
        assertError(
                client().get(BASE + "requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"),
                400);
        assertError(client().get(BASE + "requests.xml?start_date=yesterday"), 400);
        assertError(client().get(BASE + "requests.xml?status=pending"), 400);
        assertError(client().get(BASE + "requests/150105-20000101-000000.json"), 404);
        assertThat(client().get(BASE + "requests.json?jurisdiction_id=redgrid.org")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void casesOfCategoriesThatAreNotPublicStayHidden() {
        var created = Api.as(port, "taoyuan.grid1")
                .post(
                        "/api/v1/cases",
                        json(
                                "type", "PROBLEM",
                                "category", "EVENT.NEIGHBOUR_DISPUTE",
                                "gridCode", GRID1,
                                "title", "楼上漏水引发纠纷",
                                "description", "3号楼401与301因漏水赔偿发生争执"));
        assertThat(created.status()).isEqualTo(201);
        String number = created.json().path("number").asString();
        assertError(client().get(BASE + "requests/" + number + ".json"), 404);
        assertThat(client().get(BASE + "requests.json").body()).doesNotContain(number);
    }

    @Test
    void datesBeyondTheCalendarAreAnErrorListNotAServerError() {
        for (String query : List.of(
                "start_date=%2B999999999-01-01T00:00:00Z",
                "end_date=-999999999-01-01T00:00:00Z",
                "start_date=%2B999999999-12-31",
                "end_date=-999999999-01-01",
                "start_date=%2B10000-01-01T00:00:00%2B08:00")) {
            var answer = client().get(BASE + "requests.json?" + query);
            assertError(answer, 400);
            assertThat(answer.json().get(0).path("description").asString()).contains("0001-01-01");
        }
    }

    @Test
    void aParameterThatIsNoUtf8IsAnErrorListInTheAskedFormatNotAServerError() {
        for (String path : List.of(
                "requests.json?status=%ED%A0%80",
                "requests/150105-20000101-000000.json?x=%FF", "services.json?q=%C3")) {
            var answer = client().get(BASE + path);
            assertError(answer, 400);
            assertThat(answer.contentType()).as(path).startsWith("application/json");
        }
        assertError(client().get(BASE + "discovery.xml?lang=%FF%FE"), 400);
    }
}
