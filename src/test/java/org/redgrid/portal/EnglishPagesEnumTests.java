package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.redgrid.support.IntegrationTest;
import org.redgrid.support.PageSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages of deliberation, engagement, training, archives, representation and scoring, and the
 * registry, visit and service-place pages, in English as their demo users see them, lists and the detail
 * pages they link to: no enum constant's name such as SERIOUS_ILLNESS or PENDING appears in the visible
 * text.
 */
@IntegrationTest
class EnglishPagesEnumTests {

    /** A constant's shape: capitals joined by underscores (MELON_SHED, AT_LEAST_HALF). */
    static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");

    /**
     * Constants the pages show on purpose, as the text a user types: the meeting form's hint names the
     * invitation syntax {@code ROLE:STREET_STAFF}. Nothing else is allowed.
     */
    static final Pattern ALLOWED = Pattern.compile("ROLE:[A-Z_]+");

    /** Demo users and the pages of their modules they start from. */
    static final Map<String, List<String>> START = Map.ofEntries(
            Map.entry(
                    "taoyuan.community",
                    List.of("/deliberation", "/engagement", "/registry", "/registry/move-ins", "/service-places")),
            Map.entry("taoyuan.grid1", List.of("/visits")),
            Map.entry("resident.zhang", List.of("/service-circle")),
            Map.entry("dxdl.street", List.of("/deliberation/oversight", "/engagement")),
            Map.entry("taoyuan.party", List.of("/engagement", "/deliberation")),
            Map.entry("aohan.admin", List.of("/training", "/training/orders", "/training/courses")),
            Map.entry("xinhui.school", List.of("/training", "/training/orders", "/training/courses")),
            Map.entry("saihan.archives", List.of("/archives", "/archives/catalogue", "/archives/figures")),
            Map.entry("hongxing.street", List.of("/representation")),
            Map.entry("hongxing.rep", List.of("/representation")),
            Map.entry("harqin.admin", List.of("/scoring")),
            Map.entry("tuanjie.community", List.of("/scoring")));

    /** Links followed one step from a start page: detail pages of the same modules. */
    static final Pattern DETAIL = Pattern.compile(
            "href=\"(/(?:deliberation/meetings/(?:\\d+|new\\?community=[^\"]+)|training/courses/\\d+|archives/files/\\d+|archives/request\\?item=[^\"]+"
                    + "|representation/messages/\\d+|registry/(?:grid|household)/\\d+|service-places/\\d+|rep/\\d+|scoring/rounds/\\d+(?:/units/[^\"/]+)?))\"");

    @LocalServerPort
    int port;

    @Test
    void noEnumConstantNameReachesTheVisibleTextOfAnEnglishPage() throws Exception {
        Set<String> names = constantNames();
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (var entry : START.entrySet()) {
            PageSession session = PageSession.loggedIn(port, entry.getKey());
            assertThat(session.get("/?lang=en").statusCode()).isLessThan(400);
            Set<String> paths = new LinkedHashSet<>();
            for (String start : entry.getValue()) {
                var response = session.get(start);
                assertThat(response.statusCode())
                        .as(entry.getKey() + " " + start)
                        .isEqualTo(200);
                paths.add(start);
                Matcher link = DETAIL.matcher(response.body());
                while (link.find()) paths.add(link.group(1).replace("&amp;", "&"));
            }
            for (String path : paths) {
                var response = session.get(path);
                if (response.statusCode() != 200) continue;
                pages++;
                found.addAll(constantsIn(entry.getKey() + " " + path, response.body(), names));
            }
        }
        assertThat(pages).as("pages fetched").isGreaterThan(START.size() * 2);
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsAConstantNameInVisibleTextButNotInAttributes() {
        String page = "<p data-status=\"ON_AGENDA\"><span class=\"tag\">MELON_SHED</span> <b>PENDING</b>"
                + "<script>var s = 'AT_LEAST_HALF';</script> Melon-shed council, e.g. ROLE:STREET_STAFF</p>";
        assertThat(constantsIn("sample", page, Set.of("PENDING")))
                .containsExactly("sample: MELON_SHED", "sample: PENDING");
    }

    /** Every constant name a page of these modules could print: the enums EnumMessagesTests walks. */
    static Set<String> constantNames() {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(EnumMessagesTests.LABELLED.stream(), EnumMessagesTests.RESIDENT_ENUMS.keySet().stream())
                .forEach(type -> {
                    for (Enum<?> value : type.getEnumConstants()) names.add(value.name());
                });
        return names;
    }

    /**
     * The constants in a page's visible text: words shaped like a constant anywhere in the text, and
     * text nodes that are exactly a known constant name (PENDING, ONLINE).
     */
    static List<String> constantsIn(String where, String html, Set<String> names) {
        String visible = html.replaceAll("(?is)<(script|style|template)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        List<String> found = new ArrayList<>();
        for (String node : visible.split("<[^>]*>")) {
            String text = ALLOWED.matcher(node).replaceAll(" ").strip();
            if (text.isEmpty()) continue;
            Matcher constant = CONSTANT.matcher(text);
            boolean shaped = false;
            while (constant.find()) {
                found.add(where + ": " + constant.group());
                shaped = true;
            }
            if (!shaped && names.contains(text)) found.add(where + ": " + text);
        }
        return found;
    }
}
