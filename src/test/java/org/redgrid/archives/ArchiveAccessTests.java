package org.redgrid.archives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.redgrid.shared.PiiCipher;
import org.redgrid.support.Api;
import org.redgrid.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Reading a personnel file from outside: a reader without a live grant learns nothing about a page,
 * a grant opens only its part and only until it ends, every page carries a decodable watermark, and
 * each view lands in the file's access history and in the audit chain.
 */
@IntegrationTest
class ArchiveAccessTests {

    static final String KEEPER = "saihan.archives";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PiiCipher cipher;

    static ArchiveFiles files(Api keeper) {
        return new ArchiveFiles(keeper);
    }

    @Test
    void aReaderWithoutAGrantGetsTheSameRefusalForEveryPageAndNothingAboutIt() {
        Api keeper = Api.as(port, KEEPER);
        JsonNode file = files(keeper).named("曲明远");
        long party = ArchiveFiles.material(file, "PARTY");
        long resume = ArchiveFiles.material(file, "RESUME");
        Api community = Api.as(port, "taoyuan.party");

        Api.Response first = community.get(ArchiveFiles.page(file, party, 1));
        Api.Response missing = community.get(ArchiveFiles.page(file, party, 99));
        Api.Response other = community.get(ArchiveFiles.page(file, resume, 1));

        assertThat(first.status()).isEqualTo(403);
        assertThat(first.contentType()).doesNotContain("image");
        assertThat(missing.status()).isEqualTo(403);
        assertThat(other.status()).isEqualTo(403);
        assertThat(withoutInstance(first)).isEqualTo(withoutInstance(other)).isEqualTo(withoutInstance(missing));
        assertThat(withoutInstance(first).toString())
                .doesNotContainIgnoringCase("size")
                .doesNotContain("99");
    }

    /** The problem without its instance, which only repeats the path the caller asked for. */
    static JsonNode withoutInstance(Api.Response response) {
        var problem = (tools.jackson.databind.node.ObjectNode) response.json();
        problem.remove("instance");
        return problem;
    }

    @Test
    void aFileOutsideTheCallersScopeOrRolesIsNotFound() {
        long id = files(Api.as(port, KEEPER)).named("曲明远").path("id").asLong();

        for (String user : List.of("taoyuan.grid1", "resident.zhang", "gas.dept")) {
            Api caller = Api.as(port, user);
            assertThat(caller.get("/api/v1/archives/files/" + id).status())
                    .as(user)
                    .isEqualTo(404);
            assertThat(caller.get("/api/v1/archives/files/" + id + "/materials/1/pages/1")
                            .status())
                    .as(user)
                    .isEqualTo(404);
        }
    }

    @Test
    void anApprovedRequestOpensItsPartWithAWatermarkUntilTheGrantEnds() throws Exception {
        Api keeper = Api.as(port, KEEPER);
        JsonNode file = files(keeper).named("雷鸣");
        long party = ArchiveFiles.material(file, "PARTY");
        long resume = ArchiveFiles.material(file, "RESUME");
        Api reader = Api.as(port, "taoyuan.party");

        Api.Response asked = reader.post(
                "/api/v1/archives/requests",
                json("file", file.path("id").asLong(), "parts", List.of("PARTY"), "purpose", "核查入党志愿书"));
        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().path("status").asString()).isEqualTo("PENDING");
        long request = asked.json().path("id").asLong();
        assertThat(reader.get(ArchiveFiles.page(file, party, 1)).status()).isEqualTo(403);

        Api.Response approved = keeper.post("/api/v1/archives/requests/" + request + "/approve", json("days", 2));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");

        Api.Response page = reader.get(ArchiveFiles.page(file, party, 1));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("image/png");
        BufferedImage shown = WatermarkReader.image(page.bytes());
        assertThat(WatermarkReader.code(shown)).contains("taoyuan.party").contains("150105004015");
        byte[] original =
                keeper.get(ArchiveFiles.page(file, party, 1) + "/original").bytes();
        assertThat(new String(original, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(original)) {
            BufferedImage scanned = new PDFRenderer(pdf).renderImageWithDPI(0, 100, ImageType.RGB);
            for (double share : WatermarkReader.changedShareByQuarter(scanned, shown)) {
                assertThat(share).isGreaterThan(0.01);
            }
        }
        assertThat(reader.get(ArchiveFiles.page(file, resume, 1)).status())
                .as("a grant opens only the part asked for")
                .isEqualTo(403);
        assertThat(reader.get(ArchiveFiles.page(file, party, 1) + "/original").status())
                .as("read-only: no original without download")
                .isEqualTo(403);

        jdbc.sql("update archive_request set valid_until = now() - interval '1 minute' where id = :id")
                .param("id", request)
                .update();
        assertThat(reader.get(ArchiveFiles.page(file, party, 1)).status()).isEqualTo(403);
    }

    @Test
    void everyViewIsInTheFilesAccessHistoryAndTheAuditChain() {
        Api keeper = Api.as(port, KEEPER);
        JsonNode file = files(keeper).named("巴雅尔");
        long resume = ArchiveFiles.material(file, "RESUME");
        Api street = Api.as(port, "dxdl.org");

        assertThat(street.get(ArchiveFiles.page(file, resume, 2)).status())
                .as("a delegated unit reads at once")
                .isEqualTo(200);

        JsonNode history = keeper.get(
                        "/api/v1/archives/files/" + file.path("id").asLong() + "/access-log")
                .json();
        assertThat(history.get(0).path("actor").asString()).isEqualTo("dxdl.org");
        assertThat(history.get(0).path("action").asString()).isEqualTo("VIEW");
        assertThat(history.get(0).path("material").asLong()).isEqualTo(resume);
        assertThat(history.get(0).path("page").asInt()).isEqualTo(2);
        JsonNode audit = Api.as(port, "saihan.admin")
                .get("/api/v1/audit?actor=dxdl.org&action=ARCHIVE_VIEW")
                .json();
        assertThat(audit.path("total").asLong()).isPositive();
        assertThat(Api.as(port, "saihan.admin")
                        .get("/api/v1/archives/files/" + file.path("id").asLong() + "/access-log")
                        .status())
                .as("the cadre's organisation department reads the history")
                .isEqualTo(200);
        assertThat(street.get("/api/v1/archives/files/" + file.path("id").asLong() + "/access-log")
                        .status())
                .as("a reader does not")
                .isEqualTo(403);
    }

    @Test
    void pagesAreSealedAtRestWithThePlatformKey() {
        List<String[]> pages = jdbc.sql("select content_type, sealed from archive_page")
                .query((rs, n) -> new String[] {
                    rs.getString(1),
                    new String(rs.getBytes(2), 0, 16, StandardCharsets.ISO_8859_1),
                    new String(cipher.open(rs.getBytes(2)), 0, 5, StandardCharsets.ISO_8859_1)
                })
                .list();

        assertThat(pages).isNotEmpty().allSatisfy(page -> {
            String magic = page[0].equals("application/pdf") ? "%PDF-" : "\u0089PNG";
            assertThat(page[1]).doesNotContain(magic.substring(0, 4));
            assertThat(page[2]).startsWith(magic);
        });
    }

    @Test
    void theCatalogueOfAFileNeverCarriesPageBytes() {
        Api keeper = Api.as(port, KEEPER);
        long id = files(keeper).named("韩冬").path("id").asLong();

        String body = keeper.get("/api/v1/archives/files/" + id).body();

        assertThat(body).contains("materials").doesNotContain("sealed").doesNotContain("JVBER");
        assertThat(body.length()).isLessThan(5_000);
    }
}
