package org.redgrid.shared;

/** The actor's roles do not allow this action (403), as distinct from data outside scope (404). */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.FORBIDDEN)
public class Forbidden extends RuntimeException {

    private final String messageZh;

    public Forbidden(String messageZh, String messageEn) {
        super(messageEn);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}
