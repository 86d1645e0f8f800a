package org.redgrid.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redgrid.support.Api.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redgrid.identity.internal.DemoSmsGateway;

/** Registers resident accounts by phone, as a resident would, reading the code from the demo SMS gateway. */
public final class Residents {

    private Residents() {}

    /** The six-digit code of the last text message the demo gateway sent to the phone. */
    public static String codeSentTo(DemoSmsGateway sms, String phone) {
        Matcher code = Pattern.compile("(\\d{6})")
                .matcher(sms.lastTo(phone).orElseThrow().text());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    /** Registers the phone's resident account; returns its generated username. */
    public static String register(int port, DemoSmsGateway sms, String phone, String password, String name) {
        var anonymous = Api.anonymous(port);
        assertThat(anonymous
                        .post("/api/v1/auth/register/code", json("phone", phone))
                        .status())
                .isEqualTo(202);
        var registered = anonymous.post(
                "/api/v1/auth/register",
                json("phone", phone, "code", codeSentTo(sms, phone), "password", password, "displayName", name));
        assertThat(registered.status()).isEqualTo(201);
        return registered.json().path("username").asString();
    }
}
