package org.redgrid.notification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.redgrid.notification.Channel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateways: WeCom and DingTalk group robots take {@code {"msgtype":"text","text":{"content":…}}}
 * and answer {@code {"errcode":0}} on success; DingTalk robots with a secret need a signed URL
 * (timestamp and HMAC-SHA256 of "timestamp\nsecret"). The SMS gateway takes {@code {"text":…}}, and
 * {@code {"to":…,"text":…}} for a message to one phone (a verification code).
 */
@Configuration(proxyBeanMethods = false)
class RobotGateways {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Hosts an operator trusts as they are (an intranet SMS gateway, a test's local listener). */
    @Bean
    OutboundAddressPolicy outboundAddressPolicy(
            @Value("${redgrid.notification.allowed-hosts:}") List<String> allowedHosts) {
        return OutboundAddressPolicy.withSystemResolver(allowedHosts);
    }

    @Bean(destroyMethod = "close")
    OutboundHttp outboundHttp(OutboundAddressPolicy policy) {
        return new OutboundHttp(policy);
    }

    @Bean
    List<MessageGateway> messageGateways(Clock clock, OutboundHttp http) {
        return List.of(robot(Channel.WECOM, clock, http), robot(Channel.DINGTALK, clock, http), sms(http));
    }

    private static MessageGateway robot(Channel channel, Clock clock, OutboundHttp http) {
        return new MessageGateway() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public void send(String url, String secret, String content, String recipient) throws Exception {
                String target = channel == Channel.DINGTALK && secret != null && !secret.isBlank()
                        ? signed(url, secret, clock.millis())
                        : url;
                String body = JSON.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
                JsonNode answer = post(http, target, body);
                if (answer.path("errcode").asInt(-1) != 0) {
                    throw new IllegalStateException("robot refused: " + answer);
                }
            }
        };
    }

    private static MessageGateway sms(OutboundHttp http) {
        return new MessageGateway() {
            @Override
            public Channel channel() {
                return Channel.SMS;
            }

            @Override
            public void send(String url, String secret, String content, String recipient) throws Exception {
                Map<String, String> body =
                        recipient == null ? Map.of("text", content) : Map.of("to", recipient, "text", content);
                post(http, url, JSON.writeValueAsString(body));
            }
        };
    }

    static String signed(String url, String secret, long timestamp) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sign = Base64.getEncoder()
                .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        return url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign="
                + URLEncoder.encode(sign, StandardCharsets.UTF_8);
    }

    private static JsonNode post(OutboundHttp http, String url, String body) throws Exception {
        String answer = http.post(url, body);
        return JSON.readTree(answer.isBlank() ? "{\"errcode\":0}" : answer);
    }
}
