package org.redgrid.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.open311.Xml.child;
import static org.redgrid.open311.Xml.children;
import static org.redgrid.open311.Xml.names;
import static org.redgrid.open311.Xml.text;
import static org.redgrid.support.Api.json;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * Discovery, services and service definitions as a 311 client reads them, checked against the element
 * names and shapes of the specification's own examples, in both formats; unknown resources are errors.
 */
@IntegrationTest
class ServiceDefinitionTests extends Open311Client {

    @Test
    void discoveryNamesTheEndpointItsFormatsAndWhomToContact() {
        var xml = client().get(BASE + "discovery.xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.contentType()).startsWith("text/xml").containsIgnoringCase("charset=utf-8");
        assertThat(xml.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        Element discovery = Xml.parse(xml);
        assertThat(discovery.getTagName()).isEqualTo("discovery");
        assertThat(names(discovery)).contains("changeset", "contact", "key_service", "endpoints");
        Element endpoint = child(child(discovery, "endpoints"), "endpoint");
        assertThat(names(endpoint)).containsExactly("specification", "url", "changeset", "type", "formats");
        assertThat(text(endpoint, "specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(text(endpoint, "url")).endsWith("/open311/v2");
        assertThat(children(child(endpoint, "formats"), "format"))
                .extracting(Element::getTextContent)
                .containsExactly("text/xml", "application/json");

        var json = client().get(BASE + "discovery.json");
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().path("endpoints").get(0).path("formats").get(1).asString())
                .isEqualTo("application/json");
        assertThat(json.json().path("contact").asString()).isNotBlank();
    }

    @Test
    void servicesListOneServicePerCategoryThatClientsMayFile() {
        Element services = Xml.parse(client().get(BASE + "services.xml"));
        assertThat(services.getTagName()).isEqualTo("services");
        List<Element> all = children(services, "service");
        assertThat(all).isNotEmpty();
        for (Element service : all) {
            assertThat(names(service))
                    .containsExactly(
                            "service_code", "service_name", "description", "metadata", "type", "keywords", "group");
            assertThat(text(service, "type")).isEqualTo("realtime");
        }
        Element light = all.stream()
                .filter(s -> text(s, "service_code").equals("PART.STREET_LIGHT"))
                .findFirst()
                .orElseThrow();
        assertThat(text(light, "service_name")).isEqualTo("路灯");
        assertThat(text(light, "metadata")).isEqualTo("true");
        assertThat(text(light, "group")).isEqualTo("部件");
        assertThat(all).extracting(s -> text(s, "service_code")).doesNotContain("EVENT.NEIGHBOUR_DISPUTE", "PART");

        JsonNode json = client().get(BASE + "services.json").json();
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(all.size());
        JsonNode parking = json.valueStream()
                .filter(s -> s.path("service_code").asString().equals("EVENT.PARKING"))
                .findFirst()
                .orElseThrow();
        assertThat(parking.path("metadata").asBoolean()).isFalse();
        assertThat(parking.path("service_name").asString()).isEqualTo("停车难");
    }

    @Test
    void aServiceDefinitionListsTheCategorysConfiguredFields() {
        Element definition = Xml.parse(client().get(BASE + "services/PART.ROAD_DAMAGE.xml"));
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(names(definition)).containsExactly("service_code", "attributes");
        assertThat(text(definition, "service_code")).isEqualTo("PART.ROAD_DAMAGE");
        List<Element> attributes = children(child(definition, "attributes"), "attribute");
        assertThat(attributes).extracting(a -> text(a, "code")).containsExactly("size", "hazards");
        Element size = attributes.get(0);
        assertThat(names(size))
                .containsExactly(
                        "variable",
                        "code",
                        "datatype",
                        "required",
                        "datatype_description",
                        "order",
                        "description",
                        "values");
        assertThat(text(size, "variable")).isEqualTo("true");
        assertThat(text(size, "datatype")).isEqualTo("singlevaluelist");
        assertThat(text(size, "required")).isEqualTo("true");
        assertThat(text(size, "order")).isEqualTo("1");
        Element value = children(child(size, "values"), "value").get(0);
        assertThat(names(value)).containsExactly("key", "name");
        assertThat(text(value, "key")).isEqualTo("small");
        assertThat(text(attributes.get(1), "datatype")).isEqualTo("multivaluelist");

        JsonNode json = client().get(BASE + "services/PART.ROAD_DAMAGE.json").json();
        assertThat(json.path("service_code").asString()).isEqualTo("PART.ROAD_DAMAGE");
        assertThat(json.path("attributes")
                        .get(0)
                        .path("values")
                        .get(2)
                        .path("key")
                        .asString())
                .isEqualTo("large");
        assertThat(json.path("attributes").get(0).path("required").asBoolean()).isTrue();
    }

    @Test
    void theRegionAdministratorConfiguresTheFieldsThatDriveAServiceDefinition() {
        var admin = Api.as(port, "region.admin");
        var category = admin.put(
                "/api/v1/case-categories/PART.BENCH",
                json(
                        "parentCode", "PART",
                        "nameZh", "公共座椅",
                        "nameEn", "Public bench",
                        "limitGeneral", "P7D",
                        "limitUrgent", "P3D",
                        "limitCritical", "PT24H"));
        assertThat(category.status()).as(category.body()).isEqualTo(200);
        assertError(client().get(BASE + "services/PART.BENCH.json"), 404);

        var form = admin.put("/api/v1/case-categories/PART.BENCH/form", """
                {"open311": true, "fields": [
                  {"code": "seats", "datatype": "NUMBER", "required": true, "description": "损坏座位数", "order": 1},
                  {"code": "material", "datatype": "SINGLEVALUELIST", "required": false, "description": "材质", "order": 2,
                   "values": [{"key": "wood", "name": "木制"}, {"key": "stone", "name": "石材"}]}]}""");
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        JsonNode definition = client().get(BASE + "services/PART.BENCH.json").json();
        assertThat(definition.path("attributes").findValuesAsString("code")).containsExactly("seats", "material");
        assertThat(definition.path("attributes").get(0).path("datatype").asString())
                .isEqualTo("number");

        var notANumber = client().postForm(
                        BASE + "requests.json",
                        "api_key",
                        DEMO_KEY,
                        "service_code",
                        "PART.BENCH",
                        "address_id",
                        GRID1,
                        "attribute[seats]",
                        "many");
        assertError(notANumber, 400);
        assertThat(notANumber.json().get(0).path("description").asString()).contains("attribute[seats]");

        var worker =
                Api.as(port, "taoyuan.grid1").put("/api/v1/case-categories/PART.BENCH/form", "{\"open311\": false}");
        assertThat(worker.status()).isEqualTo(403);
        assertThat(worker.contentType()).startsWith("application/problem+json");
    }

    @Test
    void unknownResourcesAndFormatsAreErrorsToo() {
        assertError(client().get(BASE + "nothing.xml"), 404);
        assertError(client().get(BASE + "services/NO.SUCH.json"), 404);
        assertError(client().get(BASE + "services.html"), 400);
        assertError(client().get(BASE + "a/b/c.json"), 404);
    }
}
