package org.redgrid.notification.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.redgrid.notification.Channel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateways: WeCom and DingTalk group robots take {@code {"msgtype":"text","text":{"content":…}}}
 * and answer {@code {"errcode":0}} on success; DingTalk robots with a secret need a signed URL
 * (timestamp and HMAC-SHA256 of "timestamp\nsecret"). The SMS gateway takes {@code {"text":…}}.
 */
@Configuration(proxyBeanMethods = false)
class RobotGateways {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Bean
    List<MessageGateway> messageGateways(Clock clock) {
        return List.of(robot(Channel.WECOM, clock), robot(Channel.DINGTALK, clock), sms());
    }

    private static MessageGateway robot(Channel channel, Clock clock) {
        return new MessageGateway() {
            @Override
            public Channel channel() {
                return channel;
            }

            @Override
            public void send(String url, String secret, String content) throws Exception {
                String target = channel == Channel.DINGTALK && secret != null && !secret.isBlank()
                        ? signed(url, secret, clock.millis())
                        : url;
                String body = JSON.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
                JsonNode answer = post(target, body);
                if (answer.path("errcode").asInt(-1) != 0) {
                    throw new IllegalStateException("robot refused: " + answer);
                }
            }
        };
    }

    private static MessageGateway sms() {
        return new MessageGateway() {
            @Override
            public Channel channel() {
                return Channel.SMS;
            }

            @Override
            public void send(String url, String secret, String content) throws Exception {
                post(url, JSON.writeValueAsString(Map.of("text", content)));
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

    private static JsonNode post(String url, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        String text = response.body() == null || response.body().isBlank() ? "{\"errcode\":0}" : response.body();
        return JSON.readTree(text);
    }
}
