package org.redgrid.open311;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.redgrid.support.Api;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads GeoReport XML answers with the JDK's parser, as a client would: well-formed or it throws. */
final class Xml {

    private Xml() {}

    static Element parse(Api.Response response) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.bytes()))
                    .getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + response.body(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) children.add(element);
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream()
                .filter(e -> e.getTagName().equals(name))
                .toList();
    }

    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static Element child(Element parent, String name) {
        return children(parent, name).stream()
                .findFirst()
                .orElseThrow(() -> new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">"));
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
