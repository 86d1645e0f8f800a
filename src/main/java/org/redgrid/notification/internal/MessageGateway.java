package org.redgrid.notification.internal;

import org.redgrid.notification.Channel;

/** Sends one text message through one channel; throws when the far side does not accept it. */
interface MessageGateway {

    Channel channel();

    void send(String url, String secret, String content) throws Exception;
}
