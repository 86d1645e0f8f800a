package org.redgrid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connection itself obeys the policy: a local listener stands in for a robot's webhook. */
class OutboundHttpTest {

    static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    HttpServer listener;
    final AtomicInteger hooks = new AtomicInteger();
    final AtomicInteger bounces = new AtomicInteger();
    final AtomicInteger sinks = new AtomicInteger();

    @BeforeEach
    void listen() throws Exception {
        listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/hook", exchange -> {
            hooks.incrementAndGet();
            byte[] body = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.createContext("/bounce", exchange -> {
            bounces.incrementAndGet();
            String target = exchange.getRequestURI().getQuery();
            exchange.getResponseHeaders().add("Location", target);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        listener.createContext("/sink", exchange -> {
            sinks.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        listener.start();
    }

    @AfterEach
    void stop() {
        listener.stop(0);
    }

    int port() {
        return listener.getAddress().getPort();
    }

    static OutboundHttp http(List<String> allowed, OutboundAddressPolicy.Resolver resolver) {
        return new OutboundHttp(new OutboundAddressPolicy(allowed, resolver));
    }

    static OutboundAddressPolicy.Resolver robotExampleIsLoopback() {
        return host -> {
            if (host.equals("robot.example")) return new InetAddress[] {LOOPBACK};
            throw new UnknownHostException(host);
        };
    }

    @Test
    void aListedHostIsReachedAtTheAddressThePolicyResolved() throws Exception {
        try (var http = http(List.of("robot.example"), robotExampleIsLoopback())) {
            assertThat(http.post("http://robot.example:" + port() + "/hook", "{}"))
                    .contains("errcode");
        }
        assertThat(hooks).hasValue(1);
    }

    @Test
    void aLoopbackListenerThatIsNotListedReceivesNothing() throws Exception {
        try (var http = http(List.of("robot.example"), robotExampleIsLoopback())) {
            assertThatThrownBy(() -> http.post("http://127.0.0.1:" + port() + "/hook", "{}"))
                    .hasMessageContaining("url.scheme");
            assertThatThrownBy(() -> http.post("https://127.0.0.1:" + port() + "/hook", "{}"))
                    .hasMessageContaining("url.address");
        }
        assertThat(hooks).hasValue(0);
    }

    @Test
    void aHostWhoseAddressTurnedPrivateAfterItWasCheckedIsNeverConnected() throws Exception {
        var answers = new AtomicInteger();
        // The first answer (the check before the request) is public, every later one points home.
        OutboundAddressPolicy.Resolver rebinding = host -> answers.getAndIncrement() == 0
                ? new InetAddress[] {InetAddress.getByName("8.8.8.8")}
                : new InetAddress[] {LOOPBACK};
        try (var socket = new ServerSocket(0, 10, LOOPBACK);
                var http = http(List.of(), rebinding)) {
            assertThatThrownBy(() -> http.post("https://robot.example:" + socket.getLocalPort() + "/hook", "{}"))
                    .hasMessageContaining("url.address");
            socket.setSoTimeout(200);
            // A connection, had one been made, would wait in the backlog already.
            assertThatThrownBy(socket::accept).isInstanceOf(SocketTimeoutException.class);
        }
        assertThat(answers.get()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aRedirectFromAListedHostToAnUnlistedAddressIsNotFollowed() throws Exception {
        try (var http = http(List.of("robot.example"), robotExampleIsLoopback())) {
            String into = "http://127.0.0.1:" + port() + "/sink";
            assertThatThrownBy(() -> http.post("http://robot.example:" + port() + "/bounce?" + into, "{}"))
                    .hasMessageContaining("HTTP 302");
        }
        assertThat(bounces).hasValue(1);
        assertThat(sinks).hasValue(0);
    }

    @Test
    void redirectsAreNotFollowedEvenToAListedHost() throws Exception {
        try (var http = http(List.of("robot.example"), robotExampleIsLoopback())) {
            String into = "http://robot.example:" + port() + "/sink";
            assertThatThrownBy(() -> http.post("http://robot.example:" + port() + "/bounce?" + into, "{}"))
                    .hasMessageContaining("redirects are not followed");
        }
        assertThat(sinks).hasValue(0);
    }
}
