package org.redgrid.shared;

/** The request is valid but clashes with the current state (HTTP 409), such as an illegal transition. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CONFLICT)
public class Conflict extends RuntimeException {

    private final String rule;
    private final String messageZh;

    public Conflict(String rule, String messageZh, String messageEn) {
        super(messageEn);
        this.rule = rule;
        this.messageZh = messageZh;
    }

    public String rule() {
        return rule;
    }

    public String messageZh() {
        return messageZh;
    }
}
