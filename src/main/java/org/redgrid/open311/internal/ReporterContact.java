package org.redgrid.open311.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.redgrid.open311.Submission;
import org.redgrid.shared.InvalidValue;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.Text;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reporter's contact details of a request ({@code email}, {@code first_name}, {@code last_name},
 * {@code phone}) as one JSON document, to be encrypted before it is stored; none of them is ever part
 * of an answer. An email must look like an address and a phone number must be one.
 */
public final class ReporterContact {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReporterContact() {}

    /** The details as JSON, or null when the client gave none. */
    public static String of(Submission submission) {
        Map<String, String> contact = new LinkedHashMap<>();
        String email = Text.optional("email", submission.email(), 254);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValue("email", "email", "email 格式不正确", "email is not a valid address");
        }
        putIfPresent(contact, "email", email);
        putIfPresent(contact, "first_name", Text.optional("first_name", submission.firstName(), 50));
        putIfPresent(contact, "last_name", Text.optional("last_name", submission.lastName(), 50));
        String phone = Text.blankToNull(submission.phone());
        if (phone != null)
            putIfPresent(contact, "phone", PhoneNumber.parse("phone", phone).value());
        return contact.isEmpty() ? null : JSON.writeValueAsString(contact);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) map.put(key, value);
    }
}
