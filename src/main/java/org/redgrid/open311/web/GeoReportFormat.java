package org.redgrid.open311.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of GeoReport v2, chosen by the resource's extension. Answers are built once as
 * ordered maps, lists of named items and plain values, then written as XML (UTF-8, with declaration,
 * list items named as the specification names them) or as JSON (lists as arrays).
 */
enum GeoReportFormat {
    XML("xml", MediaType.parseMediaType("text/xml;charset=UTF-8")),
    JSON("json", MediaType.parseMediaType("application/json;charset=UTF-8"));

    /** A list whose items are XML elements named {@code item}; a JSON array. */
    record Items(String item, List<?> values) {}

    /** ISO 8601 with seconds and offset always written, as the specification's examples do. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private static final byte[] DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8);

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newInstance();

    private final String extension;
    private final MediaType mediaType;

    GeoReportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    MediaType mediaType() {
        return mediaType;
    }

    static GeoReportFormat of(String extension) {
        for (GeoReportFormat format : values()) {
            if (format.extension.equals(extension)) return format;
        }
        return null;
    }

    /** The format of an error for {@code path} the adapter did not read: JSON for a {@code .json} path, else XML. */
    static GeoReportFormat ofPath(String path) {
        return path != null && path.endsWith("." + JSON.extension) ? JSON : XML;
    }

    /** An ordered map from alternating names and values. */
    static Map<String, Object> object(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        return map;
    }

    /** Writes the answer; {@code root} names the XML document element and is not written in JSON. */
    byte[] write(String root, Object answer) {
        if (this == JSON) return MAPPER.writeValueAsBytes(plain(answer));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(DECLARATION);
            XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out, "UTF-8");
            element(xml, root, answer);
            xml.writeEndDocument();
            xml.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        xml.writeStartElement(name);
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) element(xml, (String) entry.getKey(), entry.getValue());
        } else if (value instanceof Items items) {
            for (Object item : items.values()) element(xml, items.item(), item);
        } else if (value instanceof OffsetDateTime time) {
            xml.writeCharacters(time.format(DATE_TIME));
        } else if (value != null) {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }

    private static Object plain(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put((String) key, plain(item)));
            return copy;
        }
        if (value instanceof Items items) {
            List<Object> copy = new ArrayList<>();
            for (Object item : items.values()) copy.add(plain(item));
            return copy;
        }
        if (value instanceof OffsetDateTime time) return time.format(DATE_TIME);
        return value;
    }
}
