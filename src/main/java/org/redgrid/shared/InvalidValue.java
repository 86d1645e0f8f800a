package org.redgrid.shared;

import java.util.Objects;

/**
 * A value failed validation (校验不通过). Carries a machine-readable rule id and messages in both
 * languages so the web layer can answer in the user's language without re-deriving the cause.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
public class InvalidValue extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final String messageZh;
    private final String messageEn;

    public InvalidValue(String field, String rule, String messageZh, String messageEn) {
        super(field + ": " + messageEn);
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.messageZh = Objects.requireNonNull(messageZh, "messageZh");
        this.messageEn = Objects.requireNonNull(messageEn, "messageEn");
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    @Override
    public String getMessage() {
        return field + ": " + messageEn;
    }
}
