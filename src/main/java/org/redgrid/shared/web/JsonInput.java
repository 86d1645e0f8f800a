package org.redgrid.shared.web;

import java.time.LocalDate;
import org.redgrid.shared.ControlCharacters;
import org.redgrid.shared.DateBounds;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * How the JSON API reads request bodies: a value must already have the type of its field — no number
 * read as text, no text read as a number, flag or count, no fraction cut to an integer, no number as
 * an enum — no string holds a control character other than tab and line breaks, and no date lies
 * outside {@link DateBounds}.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    JsonMapperBuilderCustomizer strictScalars() {
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        number -> refuseTextAndFlags(number).setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, JsonInput::refuseTextAndFlags)
                .withCoercionConfig(
                        LogicalType.Boolean,
                        flag -> flag.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Enum,
                        choice -> choice.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .addModule(new SimpleModule("redgrid-input")
                        .addDeserializer(String.class, new CheckedText())
                        .addDeserializer(LocalDate.class, new BoundedDate()));
    }

    private static tools.jackson.databind.cfg.MutableCoercionConfig refuseTextAndFlags(
            tools.jackson.databind.cfg.MutableCoercionConfig config) {
        return config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    /** Every JSON string as the standard reader reads it, refused when it holds a control character. */
    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            ControlCharacters.refuseInFreeText(fieldOf(parser.streamReadContext()), value);
            return value;
        }
    }

    /** Every JSON date as the standard reader reads it, refused outside {@link DateBounds}. */
    static final class BoundedDate extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            return DateBounds.check(fieldOf(parser.streamReadContext()), date);
        }
    }

    /** The field being read, written as the problems name fields: {@code units[0].unit}. */
    static String fieldOf(TokenStreamContext context) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.currentName() != null) segments.push(at.currentName());
            else if (at.inArray()) segments.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!path.isEmpty() && !segment.startsWith("[")) path.append('.');
            path.append(segment);
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
