package org.redgrid.notification.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * Posts JSON to a channel's URL under the {@link OutboundAddressPolicy}: the URL is checked before the
 * request, and the connection resolves its host through the policy, so it only ever connects to an
 * address that was checked a moment before (a DNS answer that changed since the channel was saved is
 * caught). Redirects are never followed, no proxy is used, and an answer is read up to 64 KiB.
 */
final class OutboundHttp implements AutoCloseable {

    private static final int MAX_ANSWER = 64 * 1024;

    private final OutboundAddressPolicy policy;
    private final CloseableHttpClient client;

    OutboundHttp(OutboundAddressPolicy policy) {
        this.policy = policy;
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new CheckedResolver(policy))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(5, TimeUnit.SECONDS)
                                .setSocketTimeout(10, TimeUnit.SECONDS)
                                .build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(10, TimeUnit.SECONDS)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** Posts the body and returns the answer's text; throws unless the far side answered 2xx. */
    String post(String url, String json) throws IOException {
        URI uri = policy.check(url);
        HttpPost request = new HttpPost(uri);
        request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        return client.execute(request, response -> {
            int status = response.getCode();
            if (status / 100 == 3) {
                throw new IOException("HTTP " + status + ": redirects are not followed");
            }
            if (status / 100 != 2) throw new IOException("HTTP " + status);
            return response.getEntity() == null
                    ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8, MAX_ANSWER);
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** The connection's only way to find an address: through the policy, which refuses non-public ones. */
    private record CheckedResolver(OutboundAddressPolicy policy) implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            try {
                return policy.resolve(host);
            } catch (OutboundAddressPolicy.Refused refused) {
                UnknownHostException failure = new UnknownHostException(refused.getMessage());
                failure.initCause(refused);
                throw failure;
            }
        }

        @Override
        public String resolveCanonicalHostname(String host) {
            return host;
        }
    }
}
