package org.redgrid.fuzz;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for a field or parameter described by an OpenAPI schema, from one seeded random source: about
 * half plausible for the field (a real grid code, a date, an enum constant), half hostile (control
 * characters, huge or odd text, SQL and HTML fragments, numbers past every bound, wrong JSON types,
 * impossible dates and durations). Plausible values never name a demo account, so that no fuzzed
 * request locks, disables or re-roles a user other tests log in as.
 */
final class HostileValues {

    private static final JsonNodeFactory NODES = JsonMapper.builder().build().getNodeFactory();

    static final List<String> HOSTILE_TEXT = List.of(
            "\u0000",
            "a\u0000b",
            "tab\u0001bell\u0007esc\u001b",
            "x".repeat(10_000),
            "长".repeat(3_000),
            "😀𠜎 \u202Eevil",
            "\uD800",
            "' OR 1=1 --",
            "'; drop table person; --",
            "<script>alert(1)</script>",
            "%_\\",
            "",
            "   ",
            "null",
            "-1",
            "9".repeat(40),
            "2026-13-45",
            "-999999999-01-01",
            "P99999999999D",
            "PT-1S",
            "P",
            "../../etc/passwd",
            "１５０１０５",
            "150105004015001\n",
            "1501050",
            "159999999999999");

    static final List<String> HOSTILE_PATH = List.of(
            "-1",
            "0",
            "99999999999999999999",
            "%00",
            "%2F",
            "%2e%2e",
            "%25",
            "%E5%BC",
            "%C0%AF",
            "a%20b",
            "x".repeat(600),
            "%F0%9F%98%80",
            "1.5",
            "1e9",
            "NaN",
            "%3Cscript%3E");

    static final List<String> HOSTILE_NUMBERS_AS_TEXT =
            List.of("2147483647", "2147483648", "-2147483648", "99999999999", "-1", "0", "1e9", "NaN", "0x10", "");

    static final List<String> MALFORMED_BODIES = List.of(
            "{",
            "[1, 2",
            "{\"a\": }",
            "\"text\"",
            "123",
            "null",
            "[]",
            "{\"a\": \"\\u0000\"}",
            "{'single': 'quotes'}",
            "[".repeat(2_000) + "]".repeat(2_000),
            "{\"n\": " + "9".repeat(1_500) + "}",
            "{\"a\": 1, \"a\": 2}",
            "\u0000",
            "{\"x\": \"" + "y".repeat(200_000) + "\"}");

    /** The schema of a parameter known only to hold text. */
    static final JsonNode TEXT_SCHEMA = NODES.objectNode().put("type", "string");

    private final Random random;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A JSON value for a body field of this (resolved) schema. */
    JsonNode json(String name, JsonNode schema, Schemas schemas, int depth) {
        JsonNode resolved = schemas.resolve(schema);
        if (chance(0.45)) return hostileJson();
        String type = resolved.path("type").asString("");
        if (resolved.has("enum") && chance(0.9)) return NODES.stringNode(pick(strings(resolved.path("enum"))));
        return switch (type) {
            case "integer" -> NODES.numberNode(chance(0.8) ? 1 + random.nextInt(30) : random.nextInt(5_000));
            case "number" ->
                NODES.numberNode(chance(0.5) ? 40.80 + random.nextDouble() / 10 : 111.6 + random.nextDouble() / 10);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = depth > 3 ? 0 : random.nextInt(4);
                for (int i = 0; i < size; i++) array.add(json(name, resolved.path("items"), schemas, depth + 1));
                yield array;
            }
            case "object" -> object(resolved, schemas, depth);
            default -> {
                if (resolved.has("properties")) yield object(resolved, schemas, depth);
                yield NODES.stringNode(
                        plausibleText(name, resolved.path("format").asString("")));
            }
        };
    }

    ObjectNode object(JsonNode schema, Schemas schemas, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode resolved = schemas.resolve(schema);
        if (depth > 4) return object;
        resolved.path("properties").propertyNames().forEach(property -> {
            if (chance(0.85))
                object.set(property, json(property, resolved.path("properties").path(property), schemas, depth + 1));
        });
        if (chance(0.1)) object.set("unknownField", hostileJson());
        return object;
    }

    /** A raw, already percent-encoded value for a query parameter. */
    String query(String name, JsonNode schema, Schemas schemas) {
        JsonNode resolved = schemas == null ? schema : schemas.resolve(schema);
        String type = resolved.path("type").asString("");
        if (chance(0.5)) {
            if (type.equals("integer") || name.equals("page") || name.equals("size")) {
                return encode(pick(HOSTILE_NUMBERS_AS_TEXT));
            }
            String text = pick(HOSTILE_TEXT);
            return encode(text.length() > 3_000 ? text.substring(0, 3_000) : text);
        }
        if (resolved.has("enum")) return encode(pick(strings(resolved.path("enum"))));
        return switch (type) {
            case "integer" -> String.valueOf(name.equals("size") ? 1 + random.nextInt(50) : random.nextInt(30));
            case "boolean" -> String.valueOf(random.nextBoolean());
            default -> encode(plausibleText(name, resolved.path("format").asString("")));
        };
    }

    /** A raw path segment: a hostile one, or {@code plausible} when given. */
    String pathSegment(String plausible) {
        if (plausible != null && chance(0.6)) return encode(plausible);
        return pick(HOSTILE_PATH);
    }

    String plausibleText(String name, String format) {
        String field = name.toLowerCase(Locale.ROOT);
        if (format.equals("date")) return pick(List.of("2026-05-01", "2026-01-31", "1990-02-28"));
        if (format.equals("date-time")) return pick(List.of("2026-05-01T08:00:00+08:00", "2026-12-01T00:00:00Z"));
        if (field.contains("grid")) return pick(List.of("150105004015001", "150105004015002", "150105004016001"));
        if (field.contains("division") || field.equals("within") || field.equals("scope") || field.equals("code")) {
            return pick(List.of("150105004015", "150105004", "150105", "15", "150102"));
        }
        if (field.contains("idnumber")) return pick(List.of("150105198207097695", "11010519491231002X"));
        if (field.contains("phone")) return "13812345678";
        if (field.contains("username") || field.equals("actor")) return "fuzz.nobody";
        if (field.contains("password")) return "Fuzz#2026-pass";
        if (field.contains("url")) return "https://example.invalid/hook";
        if (field.contains("duration") || field.contains("extension") || field.contains("limit")) {
            return pick(List.of("P3D", "PT4H", "P1D"));
        }
        if (field.equals("from") || field.equals("to")) return pick(List.of("2026-01-01", "2026-12-31"));
        return pick(List.of("测试 fuzz", "漏水", "阳光北小区 3 号楼", "fuzz"));
    }

    private JsonNode hostileJson() {
        return switch (random.nextInt(6)) {
            case 0, 1 -> NODES.stringNode(pick(HOSTILE_TEXT));
            case 2 ->
                pick(List.of(
                        NODES.numberNode(-1),
                        NODES.numberNode(0),
                        NODES.numberNode(2_147_483_648L),
                        NODES.numberNode(Long.MIN_VALUE),
                        NODES.numberNode(1e308),
                        NODES.numberNode(1.5),
                        NODES.numberNode(new BigInteger("1" + "0".repeat(40)))));
            case 3 -> pick(List.of(NODES.booleanNode(true), NODES.nullNode()));
            case 4 -> NODES.arrayNode().add(NODES.stringNode("\u0000")).add(7);
            default -> NODES.objectNode().put("nested", "\u0007");
        };
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(node -> node.asString()).toList();
    }

    static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
