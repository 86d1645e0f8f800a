package org.redgrid.shared;

/** Thrown when a thing does not exist or lies outside the actor's scope; both answer 404 alike. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    private final String what;
    private final String id;

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
        this.id = String.valueOf(id);
    }

    public String what() {
        return what;
    }

    public String id() {
        return id;
    }
}
