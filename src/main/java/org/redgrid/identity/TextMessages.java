package org.redgrid.identity;

import org.redgrid.identity.internal.DemoSmsGateway;
import org.redgrid.shared.PhoneNumber;
import org.redgrid.shared.PlatformMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Text messages to one mobile phone (短信), the one way the platform sends a code: registration and
 * password reset, and a representative message written without an account. In demo mode the demo
 * gateway writes each message to the log; otherwise the configured {@link SmsGateway} sends it, and
 * the platform does not start without one.
 */
@Service
public class TextMessages {

    private final SmsGateway gateway;

    TextMessages(PlatformMode mode, DemoSmsGateway demoGateway, ObjectProvider<SmsGateway> gateways) {
        this.gateway = mode.demo()
                ? demoGateway
                : gateways.orderedStream()
                        .filter(gateway -> !(gateway instanceof DemoSmsGateway))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no SMS gateway outside demo mode"));
    }

    public void send(PhoneNumber phone, String text) {
        gateway.send(phone, text);
    }
}
