package org.redgrid.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.redgrid.support.Api;
import org.redgrid.support.Created;
import org.redgrid.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The keeper's side through the API: opening a file, adding scanned materials, answering requests,
 * transferring a file to the city archive, the service catalogue and the centre's figures.
 */
@IntegrationTest
class ArchiveWorkflowTests {

    static final String KEEPER = "saihan.archives";

    @LocalServerPort
    int port;

    static byte[] scannedImage() throws IOException {
        BufferedImage image = new BufferedImage(400, 560, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 400, 560);
        g.setColor(Color.BLACK);
        g.drawString("Appraisal 2025", 40, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A person of 桃园社区 without a file yet, as the registry lists them. */
    long personWithoutFile(String name) {
        JsonNode persons = Api.as(port, "taoyuan.community")
                .get("/api/v1/people?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .path("items");
        for (JsonNode p : persons)
            if (p.path("name").asString().equals(name)) return p.path("id").asLong();
        throw new AssertionError("no person " + name);
    }

    @Test
    void theKeeperOpensAFileAddsAScannedImageAndTransfersItToTheCityArchiveWhichConfirmsReceipt() throws IOException {
        Api keeper = Api.as(port, KEEPER);
        Api city = Api.as(port, "hohhot.archives");
        Api.Response opened = keeper.post(
                "/api/v1/archives/files",
                json("person", personWithoutFile("罗建华"), "holder", "150105", "paperLocation", "C区1排1柜"));
        assertThat(opened.status()).isEqualTo(201);
        long file = opened.json().path("id").asLong();

        Api.Response added = keeper.multipart(
                "/api/v1/archives/files/" + file + "/materials",
                "pages",
                List.of(scannedImage(), scannedImage()),
                "class",
                "3",
                "title",
                "年度考核登记表（2025年度）");
        assertThat(Created.at(keeper, added).path("title").asString()).isEqualTo("年度考核登记表（2025年度）");
        assertThat(added.json().path("materialClass").asString()).isEqualTo("APPRAISAL");
        assertThat(added.json().path("pages").asInt()).isEqualTo(2);
        long material = added.json().path("id").asLong();
        assertThat(city.get("/api/v1/archives/files/" + file).status())
                .as("the city keeper oversees the county: the file is in scope")
                .isEqualTo(200);
        assertThat(city.get("/api/v1/archives/files/" + file + "/materials/" + material + "/pages/1")
                        .status())
                .as("but keeps nothing yet")
                .isEqualTo(403);

        Api.Response sent =
                keeper.post("/api/v1/archives/files/" + file + "/transfers", json("to", "1501", "note", "调入市直机关"));
        assertThat(Created.at(keeper, sent).path("receipt").asString()).startsWith("ZD150105-");
        assertThat(Created.at(city, sent).path("to").asString())
                .as("the receiving unit")
                .isEqualTo("1501");
        assertThat(keeper.post("/api/v1/archives/files/" + file + "/transfers", json("to", "15"))
                        .json()
                        .path("rule")
                        .asString())
                .isEqualTo("archives.transfer-pending");
        long transfer = sent.json().path("id").asLong();
        assertThat(keeper.post("/api/v1/archives/transfers/" + transfer + "/receive", "{}")
                        .status())
                .as("the sender cannot confirm its own transfer")
                .isEqualTo(404);

        Api.Response received = city.post("/api/v1/archives/transfers/" + transfer + "/receive", "{}");
        assertThat(received.status()).isEqualTo(200);
        assertThat(city.get("/api/v1/archives/files/" + file)
                        .json()
                        .path("holderCode")
                        .asString())
                .isEqualTo("1501");
        assertThat(city.get("/api/v1/archives/files/" + file + "/materials/" + material + "/pages/1")
                        .status())
                .isEqualTo(200);
        assertThat(keeper.get("/api/v1/archives/files/" + file + "/materials/" + material + "/pages/1")
                        .status())
                .as("the county no longer holds it")
                .isEqualTo(403);
        JsonNode chain =
                city.get("/api/v1/archives/files/" + file + "/transfers").json();
        assertThat(chain.get(0).path("from").asString()).isEqualTo("150105");
        assertThat(chain.get(0).path("receivedBy").asString()).isEqualTo("hohhot.archives");
        List<String> actions = city.get("/api/v1/archives/files/" + file + "/access-log")
                .json()
                .valueStream()
                .map(e -> e.path("action").asString())
                .toList();
        assertThat(actions).contains("FILE_OPENED", "MATERIAL_ADDED", "TRANSFER_SENT", "TRANSFER_RECEIVED", "VIEW");
    }

    @Test
    void onlyTheHoldingKeeperAnswersARequestAndADeclineNeedsAReason() {
        Api keeper = Api.as(port, KEEPER);
        long file = new ArchiveFiles(keeper).named("韩冬").path("id").asLong();
        Api reader = Api.as(port, "dxdl.street");
        long request = reader.post(
                        "/api/v1/archives/requests",
                        json("file", file, "parts", List.of("APPRAISAL"), "purpose", "年度考核核对"))
                .json()
                .path("id")
                .asLong();

        assertThat(reader.post("/api/v1/archives/requests/" + request + "/approve", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "taoyuan.party")
                        .post("/api/v1/archives/requests/" + request + "/approve", "{}")
                        .status())
                .isEqualTo(404);
        Api.Response noReason = keeper.inLanguage("en").post("/api/v1/archives/requests/" + request + "/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("field").asString()).isEqualTo("reason");

        Api.Response declined =
                keeper.post("/api/v1/archives/requests/" + request + "/decline", json("reason", "请说明考核核对的具体事由"));
        assertThat(declined.json().path("status").asString()).isEqualTo("DECLINED");
        assertThat(keeper.post("/api/v1/archives/requests/" + request + "/approve", "{}")
                        .json()
                        .path("rule")
                        .asString())
                .isEqualTo("archives.answered");
    }

    @Test
    void theRegionRequestsACountyFileThroughTheSameFlow() {
        Api keeper = Api.as(port, KEEPER);
        JsonNode file = new ArchiveFiles(keeper).named("韩冬");
        long appointment = ArchiveFiles.material(file, "APPOINTMENT");
        Api region = Api.as(port, "region.admin");

        long request = region.post(
                        "/api/v1/archives/requests",
                        json(
                                "file",
                                file.path("id").asLong(),
                                "parts",
                                List.of(appointment),
                                "purpose",
                                "自治区干部选拔任用审核",
                                "serviceItem",
                                "QUERY.APPOINTMENT"))
                .json()
                .path("id")
                .asLong();
        keeper.post("/api/v1/archives/requests/" + request + "/approve", json("days", 1, "download", true));

        assertThat(region.get(ArchiveFiles.page(file, appointment, 1)).status()).isEqualTo(200);
        Api.Response original = region.get(ArchiveFiles.page(file, appointment, 1) + "/original");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.contentType()).isEqualTo("application/pdf");
        assertThat(keeper.get("/api/v1/archives/files/" + file.path("id").asLong() + "/access-log")
                        .body())
                .contains("\"DOWNLOAD\"");
    }

    @Test
    void badInputIsRefusedByFieldAndRuleAndChangesNothing() throws IOException {
        Api keeper = Api.as(port, KEEPER).inLanguage("en");
        long file = new ArchiveFiles(keeper).named("韩冬").path("id").asLong();
        int before = keeper.get("/api/v1/archives/files/" + file)
                .json()
                .path("materials")
                .size();

        Api.Response badClass = keeper.multipart(
                "/api/v1/archives/files/" + file + "/materials",
                "pages",
                List.of(scannedImage()),
                "class",
                "11",
                "title",
                "x");
        Api.Response notAScan = keeper.multipart(
                "/api/v1/archives/files/" + file + "/materials",
                "pages",
                List.of("hello".getBytes()),
                "class",
                "PARTY",
                "title",
                "x");
        Api.Response badUnit = keeper.post("/api/v1/archives/files/" + file + "/transfers", json("to", "1501050"));
        Api.Response badPart =
                keeper.post("/api/v1/archives/requests", json("file", file, "parts", List.of("x-1"), "purpose", "p"));

        assertThat(badClass.json().path("rule").asString()).isEqualTo("archives.material-class");
        assertThat(badClass.json().path("field").asString()).isEqualTo("class");
        assertThat(notAScan.json().path("rule").asString()).isEqualTo("archives.page-format");
        assertThat(badUnit.json().path("rule").asString()).isEqualTo("archives.unit");
        assertThat(badPart.json().path("field").asString()).isEqualTo("parts");
        assertThat(keeper.get("/api/v1/archives/files/" + file)
                        .json()
                        .path("materials")
                        .size())
                .isEqualTo(before);
    }

    @Test
    void theCatalogueHasSevenClassesAndFortyOneItemsAndOnlyTheRegionEditsIt() {
        JsonNode classes =
                Api.as(port, "taoyuan.party").get("/api/v1/archives/catalogue").json();
        assertThat(classes.size()).isEqualTo(7);
        assertThat(classes.valueStream().mapToInt(c -> c.path("items").size()).sum())
                .isEqualTo(41);

        String change = json(
                "classCode",
                "REVIEW",
                "nameZh",
                "档案政策解答（线上）",
                "nameEn",
                "Answers on archive policy",
                "parts",
                List.of());
        assertThat(Api.as(port, KEEPER)
                        .put("/api/v1/archives/catalogue/items/REVIEW.POLICY", change)
                        .status())
                .isEqualTo(403);
        assertThat(Api.as(port, "region.admin")
                        .put("/api/v1/archives/catalogue/items/REVIEW.POLICY", change)
                        .json()
                        .path("nameZh")
                        .asString())
                .isEqualTo("档案政策解答（线上）");
    }

    @Test
    void theCentreHeadSeesTheOnlineRateHandlingTimesAndRequestsByUnitAndPurpose() {
        Api keeper = Api.as(port, KEEPER);
        long file = new ArchiveFiles(keeper).named("韩冬").path("id").asLong();
        keeper.post(
                "/api/v1/archives/files/" + file + "/paper-readings",
                json("reader", "王某", "unit", "赛罕区纪委监委", "purpose", "到馆查阅"));

        JsonNode figures = keeper.get("/api/v1/archives/figures").json();

        assertThat(figures.path("onlineRequests").asLong()).isPositive();
        assertThat(figures.path("paperReadings").asLong()).isPositive();
        double rate = figures.path("onlineReadingRate").asDouble();
        assertThat(rate).isGreaterThan(0).isLessThan(1);
        assertThat(figures.path("averageHandlingMinutes").isNumber()).isTrue();
        assertThat(figures.path("p90HandlingMinutes").isNumber()).isTrue();
        assertThat(figures.path("byUnit").has("150105004")).isTrue();
        assertThat(figures.path("byPurpose").has("党组织关系转入桃园社区，核查入党志愿书")).isTrue();
        assertThat(Api.as(port, "taoyuan.party").get("/api/v1/archives/figures").status())
                .isEqualTo(403);
    }
}
