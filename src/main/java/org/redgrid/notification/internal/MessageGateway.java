package org.redgrid.notification.internal;

import org.redgrid.notification.Channel;

/**
 * Sends one text message through one channel, to a group or (SMS) to {@code recipient}; throws when the
 * far side does not accept it.
 */
interface MessageGateway {

    Channel channel();

    void send(String url, String secret, String content, String recipient) throws Exception;
}
