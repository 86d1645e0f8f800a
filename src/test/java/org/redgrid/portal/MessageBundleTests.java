package org.redgrid.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rule of the three languages (docs/i18n.md): Chinese and English have exactly the same keys in
 * every bundle; Mongolian has every key that the resident pages use, and only keys Chinese has too,
 * each written in Mongolian script. A missing key fails here, not as a Chinese word on a Mongolian page.
 */
class MessageBundleTests {

    static final List<String> BUNDLES = List.of("messages", "messages-work", "messages-admin");

    /**
     * The resident pages (login, registration, report, my cases, the case with its rating, the board, the
     * service circle the login page links to) and their fragments.
     */
    static final List<String> RESIDENT_TEMPLATES =
            List.of("login", "register", "report", "work", "case", "board", "service-circle", "fragments");

    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    private static final Pattern DYNAMIC_KEY = Pattern.compile("#\\{'([A-Za-z0-9_.]+)'\\s*\\+");
    private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg\\('([A-Za-z0-9_.]+)'\\)");

    static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + resource)) {
            if (in != null) properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }

    static Set<String> keys(String language) {
        String suffix = language.equals("zh") ? "" : "_" + language;
        return BUNDLES.stream()
                .flatMap(bundle -> load(bundle + suffix + ".properties").stringPropertyNames().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String template(String name) {
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/templates/" + name + ".html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every key the resident templates name, a prefix like {@code #{'status.' + ...}} standing for all its keys. */
    static Set<String> residentKeys() {
        Set<String> chinese = keys("zh");
        Set<String> used = new TreeSet<>();
        for (String name : RESIDENT_TEMPLATES) {
            String html = template(name);
            for (Pattern pattern : List.of(STATIC_KEY, MSG_CALL)) {
                Matcher key = pattern.matcher(html);
                while (key.find()) used.add(key.group(1));
            }
            Matcher prefix = DYNAMIC_KEY.matcher(html);
            while (prefix.find()) {
                String start = prefix.group(1);
                chinese.stream().filter(k -> k.startsWith(start)).forEach(used::add);
            }
        }
        return used;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysInEveryBundle() {
        for (String bundle : BUNDLES) {
            Set<String> zh = load(bundle + ".properties").stringPropertyNames();
            Set<String> en = load(bundle + "_en.properties").stringPropertyNames();
            assertThat(new TreeSet<>(en)).as(bundle + ": English keys").containsExactlyElementsOf(new TreeSet<>(zh));
        }
    }

    @Test
    void everyKeyTheResidentPagesUseIsInChineseEnglishAndMongolian() {
        Set<String> used = residentKeys();
        assertThat(used).hasSizeGreaterThan(150);
        assertThat(keys("zh")).containsAll(used);
        assertThat(keys("en")).containsAll(used);
        assertThat(keys("mn")).containsAll(used);
    }

    @Test
    void mongolianHasNoKeyChineseLacks() {
        assertThat(keys("zh")).containsAll(keys("mn"));
    }

    @Test
    void mongolianTextsAreWrittenInMongolianScript() {
        Properties mongolian = load("messages_mn.properties");
        for (String key : mongolian.stringPropertyNames()) {
            if (key.equals("nav.lang")) continue; // the name of the other language, in that language
            assertThat(mongolian.getProperty(key).codePoints().anyMatch(c -> c >= 0x1800 && c <= 0x18AF))
                    .as(key)
                    .isTrue();
        }
    }
}
