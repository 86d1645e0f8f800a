package org.redgrid.identity;

import org.redgrid.shared.PhoneNumber;

/**
 * Sends a text message to one mobile phone (the one-time codes of registration and password reset).
 * The notification module sends through the configured SMS channel; in demo mode the platform's own
 * demo gateway writes the message to the log instead.
 */
public interface SmsGateway {

    void send(PhoneNumber phone, String text);
}
