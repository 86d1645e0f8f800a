package org.redgrid.identity.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.redgrid.identity.SmsGateway;
import org.redgrid.shared.PhoneNumber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The SMS gateway of demo mode: no message leaves the machine; each is written to the log, where whoever
 * runs the demo reads the code, and the last few are kept in this bean's memory for the platform's own
 * tests. Nothing serves this outbox over HTTP.
 */
@Component
public class DemoSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(DemoSmsGateway.class);
    private static final int KEPT = 200;

    /** One message as it would have been sent. */
    public record Sent(String phone, String text) {}

    private final Deque<Sent> outbox = new ArrayDeque<>();

    @Override
    public void send(PhoneNumber phone, String text) {
        log.info("Demo mode, no SMS gateway: to {}: {}", phone.masked(), text);
        synchronized (outbox) {
            outbox.addLast(new Sent(phone.value(), text));
            if (outbox.size() > KEPT) outbox.removeFirst();
        }
    }

    /** The last message sent to the phone, if any is still kept. */
    public Optional<Sent> lastTo(String phone) {
        String wanted = PhoneNumber.parse("phone", phone).value();
        synchronized (outbox) {
            var newestFirst = outbox.descendingIterator();
            while (newestFirst.hasNext()) {
                Sent sent = newestFirst.next();
                if (sent.phone().equals(wanted)) return Optional.of(sent);
            }
        }
        return Optional.empty();
    }
}
