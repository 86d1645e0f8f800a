package org.redgrid.notification.internal;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.redgrid.shared.InvalidValue;

/**
 * Where the platform may send a message (出站地址策略): an {@code https} URL whose host resolves only to
 * public addresses, so that a URL typed into a channel cannot make the server post case text into its
 * own network (SSRF). Hosts an operator lists are trusted as they are, {@code http} included. Asked
 * when a channel is saved and again by the connection itself, which only connects to addresses this
 * policy has just checked.
 */
public final class OutboundAddressPolicy {

    /** Resolves a host name to its addresses; the system resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL or address the policy refuses, with the rule it broke in both languages. */
    public static final class Refused extends IOException {

        private static final long serialVersionUID = 1L;

        private final String rule;
        private final String messageZh;
        private final String messageEn;

        Refused(String rule, String messageZh, String messageEn) {
            super(rule + ": " + messageEn);
            this.rule = rule;
            this.messageZh = messageZh;
            this.messageEn = messageEn;
        }

        public String rule() {
            return rule;
        }

        public String messageZh() {
            return messageZh;
        }

        public String messageEn() {
            return messageEn;
        }
    }

    // Ranges that are not the public internet: this network, private, shared (CGNAT), loopback,
    // link-local (cloud metadata at 169.254.169.254), protocol assignments, documentation, benchmarking,
    // multicast, reserved and broadcast; IPv6 unspecified, loopback, IPv4-mapped and -compatible,
    // local-use NAT64, discard, Teredo, documentation, unique local, link-local, site-local, multicast.
    private static final List<Range> NOT_PUBLIC = Range.all(
            "0.0.0.0/8",
            "10.0.0.0/8",
            "100.64.0.0/10",
            "127.0.0.0/8",
            "169.254.0.0/16",
            "172.16.0.0/12",
            "192.0.0.0/24",
            "192.0.2.0/24",
            "192.88.99.0/24",
            "192.168.0.0/16",
            "198.18.0.0/15",
            "198.51.100.0/24",
            "203.0.113.0/24",
            "224.0.0.0/4",
            "240.0.0.0/4",
            "::/96",
            "::1/128",
            "::ffff:0:0/96",
            "64:ff9b:1::/48",
            "100::/64",
            "2001::/32",
            "2001:db8::/32",
            "fc00::/7",
            "fe80::/10",
            "fec0::/10",
            "ff00::/8");

    // IPv6 prefixes that carry an IPv4 address inside: NAT64 (last 32 bits) and 6to4 (bits 16-47).
    private static final Range NAT64 = Range.of("64:ff9b::/96");
    private static final Range SIX_TO_FOUR = Range.of("2002::/16");

    // An address written as digits (IPv4, in any of the forms the JDK reads) or with colons (IPv6).
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.%a-zA-Z]*");

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    public OutboundAddressPolicy(Collection<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream()
                .map(OutboundAddressPolicy::normalised)
                .filter(host -> !host.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    public static OutboundAddressPolicy withSystemResolver(Collection<String> allowedHosts) {
        return new OutboundAddressPolicy(allowedHosts, InetAddress::getAllByName);
    }

    /**
     * A URL typed into a channel or group robot: trimmed and checked, or an {@link InvalidValue} naming
     * {@code url} and the rule it broke.
     */
    public String accept(String raw) {
        String url = raw == null ? "" : raw.trim();
        if (!url.matches("\\S{3,500}")) {
            throw new InvalidValue(
                    "url", "url.format", "须为不含空白、至多 500 字符的网址", "url must be at most 500 characters without spaces");
        }
        try {
            check(url);
        } catch (Refused refused) {
            throw new InvalidValue("url", refused.rule(), refused.messageZh(), refused.messageEn());
        }
        return url;
    }

    /** Checks a whole URL: its form, its scheme and every address its host has now; returns it parsed. */
    public URI check(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new Refused("url.format", "不是有效的网址", "not a valid URL");
        }
        String host = uri.getHost();
        if (!uri.isAbsolute() || host == null || uri.getRawUserInfo() != null) {
            throw new Refused(
                    "url.format",
                    "不是有效的网址（须含主机名，且不含用户名）",
                    "not a valid URL (a host is needed, user info is not allowed)");
        }
        if (allows(host)) {
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                throw new Refused("url.scheme", "须为 https 地址", "the URL must use https");
            }
            return uri;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            throw new Refused("url.scheme", "须为 https 地址", "the URL must use https");
        }
        resolve(host);
        return uri;
    }

    /** The host's addresses, each of them public, or the host is one an operator listed. */
    public InetAddress[] resolve(String host) throws Refused {
        InetAddress[] addresses;
        try {
            String name = bare(host);
            addresses = LITERAL.matcher(name).matches()
                    ? new InetAddress[] {InetAddress.getByName(name)}
                    : resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new Refused("url.unresolvable", "无法解析该主机名", "the host name does not resolve");
        }
        if (allows(host)) return addresses;
        if (addresses == null || addresses.length == 0) {
            throw new Refused("url.unresolvable", "无法解析该主机名", "the host name does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new Refused(
                        "url.address",
                        "该地址指向内网、本机或保留地址，不允许发送",
                        "the host resolves to a loopback, private, link-local or reserved address");
            }
        }
        return addresses;
    }

    public boolean allows(String host) {
        return allowedHosts.contains(normalised(host));
    }

    /** Whether an address belongs to the public internet. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (NOT_PUBLIC.stream().anyMatch(range -> range.contains(bytes))) return false;
        if (address instanceof Inet6Address) {
            if (NAT64.contains(bytes)) return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
            if (SIX_TO_FOUR.contains(bytes)) return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String normalised(String host) {
        return host == null ? "" : bare(host.trim()).toLowerCase(Locale.ROOT);
    }

    /** An address range in CIDR notation, compared byte by byte. */
    private record Range(byte[] prefix, int bits) {

        static List<Range> all(String... cidrs) {
            return Arrays.stream(cidrs).map(Range::of).toList();
        }

        static Range of(String cidr) {
            String[] parts = cidr.split("/");
            // Inet6Address.getByAddress keeps an IPv4-mapped address as 16 bytes; getByName would not.
            byte[] prefix = parts[0].contains(":") ? v6(parts[0]) : parseV4(parts[0]);
            return new Range(prefix, Integer.parseInt(parts[1]));
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) return false;
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) return false;
            }
            return true;
        }

        private static byte[] parseV4(String dotted) {
            String[] octets = dotted.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) bytes[i] = (byte) Integer.parseInt(octets[i]);
            return bytes;
        }

        private static byte[] v6(String text) {
            try {
                InetAddress parsed = InetAddress.getByName(text);
                if (parsed instanceof Inet4Address v4) {
                    byte[] mapped = new byte[16];
                    mapped[10] = (byte) 0xff;
                    mapped[11] = (byte) 0xff;
                    System.arraycopy(v4.getAddress(), 0, mapped, 12, 4);
                    return mapped;
                }
                return parsed.getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(text, e);
            }
        }
    }
}
