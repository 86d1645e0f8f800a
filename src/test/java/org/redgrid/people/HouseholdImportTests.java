package org.redgrid.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class HouseholdImportTests {

    static final String GRID = "150105004015002";
    static final List<String> HEADER = List.of("网格编码", "楼栋", "单元", "房号", "姓名", "身份证号", "手机号", "民族", "与户主关系", "标签");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static byte[] workbook(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("导入");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++)
                sheet.value(r, c, rows.get(r).get(c));
        }
        workbook.finish();
        return out.toByteArray();
    }

    List<List<String>> sampleRows(String building, String tag, int base) {
        return List.of(
                HEADER,
                List.of(
                        GRID,
                        building,
                        "1单元",
                        "1801",
                        "导入甲" + tag,
                        PersonRegistryTests.idNumber("19610203", base + 1),
                        "13947100001",
                        "汉族",
                        "户主",
                        "低保,独居"),
                List.of(
                        GRID,
                        building,
                        "1单元",
                        "1801",
                        "导入乙" + tag,
                        PersonRegistryTests.idNumber("19630405", base + 2),
                        "",
                        "蒙古族",
                        "配偶",
                        ""),
                List.of(GRID, building, "1单元", "1802", "导入丙" + tag, "150105196304059021", "", "汉族", "户主", ""),
                List.of(
                        "150105004015099",
                        building,
                        "1单元",
                        "1803",
                        "导入丁" + tag,
                        PersonRegistryTests.idNumber("19700101", base + 4),
                        "",
                        "汉族",
                        "户主",
                        ""),
                List.of(
                        GRID,
                        building,
                        "1单元",
                        "1804",
                        "导入戊" + tag,
                        PersonRegistryTests.idNumber("19700101", base + 5),
                        "1234",
                        "汉族",
                        "户主",
                        ""),
                List.of(
                        GRID,
                        building,
                        "9单元",
                        "1805",
                        "导入己" + tag,
                        PersonRegistryTests.idNumber("19610203", base + 1),
                        "",
                        "汉族",
                        "朋友",
                        ""));
    }

    String aBuildingOf(Api api) {
        return api.get("/api/v1/buildings?grid=" + GRID)
                .json()
                .path("items")
                .get(0)
                .path("name")
                .asString();
    }

    @Test
    void allOrNothingReportsEveryBrokenRuleAndWritesNothing() throws IOException {
        var community = Api.as(port, "taoyuan.community");
        long before = jdbc.sql("select count(*) from person").query(Long.class).single();
        var response = community.upload(
                "/api/v1/import/households", "people.xlsx", workbook(sampleRows(aBuildingOf(community), "A", 900)));
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("committed").asBoolean()).isFalse();
        assertThat(report.path("rowsRead").asInt()).isEqualTo(6);
        assertThat(report.path("rowsValid").asInt()).isEqualTo(2);
        assertThat(errorsAt(report, 4))
                .extracting(e -> e.path("rule").asString())
                .contains("gb11643.check-digit");
        assertThat(errorsAt(report, 4).get(0).path("column").asString()).startsWith("身份证号");
        assertThat(errorsAt(report, 4).get(0).path("value").asString()).doesNotContain("196304059021");
        assertThat(errorsAt(report, 5))
                .extracting(e -> e.path("rule").asString())
                .contains("grid.in-scope");
        assertThat(errorsAt(report, 6))
                .extracting(e -> e.path("rule").asString())
                .contains("phone.format");
        assertThat(errorsAt(report, 7))
                .extracting(e -> e.path("rule").asString())
                .contains("unit.exists", "idNumber.unique-in-file", "relation.enum");
        assertThat(jdbc.sql("select count(*) from person").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void validRowsModeWritesTheValidRowsAsHouseholds() throws IOException {
        var community = Api.as(port, "taoyuan.community");
        var response = community.upload(
                "/api/v1/import/households?mode=VALID_ROWS",
                "people.xlsx",
                workbook(sampleRows(aBuildingOf(community), "B", 910)));
        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.path("committed").asBoolean()).isTrue();
        assertThat(report.path("personsCreated").asInt()).isEqualTo(2);
        assertThat(report.path("householdsCreated").asInt()).isEqualTo(1);
        var found = community.get("/api/v1/people?q=导入甲B").json().path("items");
        assertThat(found).hasSize(1);
        long household = found.get(0).path("householdId").asLong();
        assertThat(community
                        .get("/api/v1/people?household=" + household)
                        .json()
                        .path("items")
                        .findValuesAsString("name"))
                .containsExactlyInAnyOrder("导入甲B", "导入乙B");
        assertThat(found.get(0).path("tags").findValuesAsString("")).isNotNull();
        assertThat(Api.as(port, "region.admin")
                        .get("/api/v1/audit?action=IMPORT")
                        .json()
                        .path("total")
                        .asLong())
                .isPositive();
    }

    @Test
    void aRowWhoseNumberIsRegisteredElsewhereFilesAMoveInAndTheReportSaysNothingOfThatRecord() throws IOException {
        var admin = Api.as(port, "region.admin");
        String elsewhere = PersonRegistryTests.idNumber("19720303", 721);
        long farHousehold = admin.post("/api/v1/households", json("gridCode", MoveInTests.FAR_GRID, "room", "I-721"))
                .json()
                .path("id")
                .asLong();
        assertThat(admin.post(
                                "/api/v1/people",
                                json("householdId", farHousehold, "name", "远方导入", "idNumber", elsewhere))
                        .status())
                .isEqualTo(201);
        var community = Api.as(port, "taoyuan.community");
        String inScope = PersonRegistryTests.idNumber("19720303", 722);
        long near = community
                .post("/api/v1/households", json("gridCode", GRID, "room", "I-722"))
                .json()
                .path("id")
                .asLong();
        community.post("/api/v1/people", json("householdId", near, "name", "本地导入", "idNumber", inScope));
        byte[] file = workbook(List.of(
                HEADER,
                List.of(GRID, "", "", "I-723", "迁入导入", elsewhere, "", "汉族", "户主", ""),
                List.of(GRID, "", "", "I-724", "重复导入", inScope, "", "汉族", "户主", "")));

        var checked = community.upload("/api/v1/import/households", "people.xlsx", file);
        assertThat(errorsAt(checked.json(), 2)).isEmpty();
        assertThat(errorsAt(checked.json(), 3))
                .extracting(e -> e.path("rule").asString())
                .containsExactly("idNumber.unique");
        assertThat(checked.body()).doesNotContain("远方导入").doesNotContain("150102");

        var written = community.upload("/api/v1/import/households?mode=VALID_ROWS", "people.xlsx", file);
        JsonNode report = written.json();
        assertThat(report.path("committed").asBoolean()).isTrue();
        assertThat(report.path("personsCreated").asInt()).isZero();
        assertThat(report.path("moveInRequests").asInt()).isEqualTo(1);
        assertThat(written.body()).doesNotContain("远方导入").doesNotContain("150102");
        assertThat(community
                        .get("/api/v1/move-ins?status=PENDING&size=100")
                        .json()
                        .path("items")
                        .findValuesAsString("name"))
                .contains("迁入导入");
    }

    @Test
    void aFileThatIsNotAWorkbookIsA400NamingTheFile() {
        var response = Api.as(port, "taoyuan.community")
                .upload("/api/v1/import/households", "people.csv", "网格编码,姓名\n".getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("file");
        assertThat(response.json().path("rule").asString()).isEqualTo("xlsx.format");
    }

    @Test
    void aWorkbookWithoutTheTemplateHeaderIsRefused() throws IOException {
        var response = Api.as(port, "taoyuan.community")
                .upload("/api/v1/import/households", "x.xlsx", workbook(List.of(List.of("姓名", "身份证号"))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("rule").asString()).isEqualTo("xlsx.template");
    }

    @Test
    void anOversizeUploadIsA413Problem() {
        var response = Api.as(port, "taoyuan.community")
                .upload("/api/v1/import/households", "big.xlsx", new byte[11 * 1024 * 1024]);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theTemplateIsAWorkbookWithTheExpectedHeader() throws IOException {
        var response = Api.as(port, "taoyuan.community").get("/api/v1/import/template");
        assertThat(response.status()).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.bytes()));
                var rows = workbook.getFirstSheet().openStream()) {
            var header = rows.findFirst().orElseThrow();
            assertThat(header.getCellText(0)).isEqualTo("网格编码");
            assertThat(header.getCellText(5)).isEqualTo("身份证号");
        }
    }

    private static List<JsonNode> errorsAt(JsonNode report, int row) {
        List<JsonNode> errors = new java.util.ArrayList<>();
        report.path("errors").forEach(error -> {
            if (error.path("row").asInt() == row) errors.add(error);
        });
        return errors;
    }
}
