package org.redgrid.portal.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code @enums.label(value)} on the pages: an enum value in the page's language, from the message
 * bundles ({@code enum.<Type>.<VALUE>}), so that no constant's name such as SERIOUS_ILLNESS reaches a
 * page. EnumMessagesTests checks every such key in every language that needs it.
 */
@Component("enums")
public class EnumLabels {

    private final MessageSource messages;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    public static String key(Enum<?> value) {
        return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    }

    public String label(Enum<?> value) {
        if (value == null) return "";
        return messages.getMessage(key(value), null, value.name(), LocaleContextHolder.getLocale());
    }
}
