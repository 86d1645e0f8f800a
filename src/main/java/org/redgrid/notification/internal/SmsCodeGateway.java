package org.redgrid.notification.internal;

import org.redgrid.identity.SmsGateway;
import org.redgrid.shared.PhoneNumber;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SMS gateway outside demo mode: the message joins the outbox of deliveries on the SMS channel,
 * which the delivery sender sends and retries like every other notification.
 */
@Component
class SmsCodeGateway implements SmsGateway {

    private final Outbox outbox;

    SmsCodeGateway(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional
    public void send(PhoneNumber phone, String text) {
        outbox.toPhone(phone.value(), text);
    }
}
