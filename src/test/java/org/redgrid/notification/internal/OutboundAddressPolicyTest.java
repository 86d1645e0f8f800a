package org.redgrid.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundAddressPolicyTest {

    // Names resolve from this table only: the tests never depend on the machine's DNS.
    static final Map<String, String> DNS = Map.of(
            "qyapi.weixin.qq.com", "101.91.40.1",
            "oapi.dingtalk.com", "2408:4001:f10::6f",
            "rebound.example", "192.168.1.20",
            "split.example", "8.8.8.8,10.0.0.7",
            "intranet-sms.example", "10.20.30.40");

    static OutboundAddressPolicy policy(String... allowedHosts) {
        return new OutboundAddressPolicy(List.of(allowedHosts), host -> {
            String answer = DNS.get(host);
            if (answer == null) throw new UnknownHostException(host);
            String[] parts = answer.split(",");
            InetAddress[] addresses = new InetAddress[parts.length];
            for (int i = 0; i < parts.length; i++) addresses[i] = InetAddress.getByName(parts[i]);
            return addresses;
        });
    }

    static String refusal(String url, String... allowedHosts) {
        try {
            policy(allowedHosts).check(url);
            return "accepted";
        } catch (OutboundAddressPolicy.Refused refused) {
            return refused.rule();
        }
    }

    static boolean isPublic(String address) throws UnknownHostException {
        return OutboundAddressPolicy.isPublic(InetAddress.getByName(address));
    }

    @Test
    void anHttpsRobotUrlOnAPublicHostIsAccepted() {
        assertThat(refusal("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc"))
                .isEqualTo("accepted");
        assertThat(refusal("https://oapi.dingtalk.com/robot/send?access_token=abc"))
                .isEqualTo("accepted");
    }

    @Test
    void plainHttpIsRefusedEvenForAPublicHost() {
        assertThat(refusal("http://qyapi.weixin.qq.com/cgi-bin/webhook/send")).isEqualTo("url.scheme");
    }

    @Test
    void otherSchemesAreRefused() {
        assertThat(refusal("ftp://qyapi.weixin.qq.com/x")).isEqualTo("url.scheme");
        assertThat(refusal("file:///etc/passwd")).isEqualTo("url.format");
    }

    @Test
    void aUrlWithoutHostOrWithUserInfoIsRefused() {
        assertThat(refusal("https:///path")).isEqualTo("url.format");
        assertThat(refusal("https://qyapi.weixin.qq.com@127.0.0.1/")).isEqualTo("url.format");
        assertThat(refusal("not a url")).isEqualTo("url.format");
    }

    @Test
    void aHostThatDoesNotResolveIsRefused() {
        assertThat(refusal("https://nowhere.example/hook")).isEqualTo("url.unresolvable");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefused() {
        assertThat(refusal("https://rebound.example/hook")).isEqualTo("url.address");
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() {
        assertThat(refusal("https://split.example/hook")).isEqualTo("url.address");
    }

    @Test
    void loopbackIsRefusedInEveryNotation() {
        assertThat(refusal("https://127.0.0.1/hook")).isEqualTo("url.address");
        assertThat(refusal("https://127.8.9.10:8443/hook")).isEqualTo("url.address");
        assertThat(refusal("https://[::1]/hook")).isEqualTo("url.address");
        assertThat(refusal("https://[::ffff:127.0.0.1]/hook")).isEqualTo("url.address");
    }

    @Test
    void theUnspecifiedAddressIsNotPublic() throws Exception {
        assertThat(isPublic("0.0.0.0")).isFalse();
        assertThat(isPublic("0.1.2.3")).isFalse();
        assertThat(isPublic("::")).isFalse();
        assertThat(refusal("https://0.0.0.0/hook")).isEqualTo("url.address");
    }

    @Test
    void privateIpv4RangesAreNotPublic() throws Exception {
        assertThat(isPublic("10.0.0.1")).isFalse();
        assertThat(isPublic("10.255.255.255")).isFalse();
        assertThat(isPublic("172.16.0.1")).isFalse();
        assertThat(isPublic("172.31.255.254")).isFalse();
        assertThat(isPublic("192.168.0.1")).isFalse();
        assertThat(isPublic("172.15.255.255")).isTrue();
        assertThat(isPublic("172.32.0.1")).isTrue();
    }

    @Test
    void sharedAddressSpaceOfCarrierGradeNatIsNotPublic() throws Exception {
        assertThat(isPublic("100.64.0.1")).isFalse();
        assertThat(isPublic("100.127.255.254")).isFalse();
        assertThat(isPublic("100.63.255.255")).isTrue();
        assertThat(isPublic("100.128.0.1")).isTrue();
    }

    @Test
    void linkLocalAndTheCloudMetadataAddressAreNotPublic() throws Exception {
        assertThat(isPublic("169.254.169.254")).isFalse();
        assertThat(isPublic("169.254.0.1")).isFalse();
        assertThat(refusal("https://169.254.169.254/latest/meta-data/")).isEqualTo("url.address");
    }

    @Test
    void multicastBroadcastAndReservedIpv4AreNotPublic() throws Exception {
        assertThat(isPublic("224.0.0.1")).isFalse();
        assertThat(isPublic("239.255.255.250")).isFalse();
        assertThat(isPublic("240.0.0.1")).isFalse();
        assertThat(isPublic("255.255.255.255")).isFalse();
    }

    @Test
    void documentationAndBenchmarkingRangesAreNotPublic() throws Exception {
        assertThat(isPublic("192.0.2.1")).isFalse();
        assertThat(isPublic("198.51.100.1")).isFalse();
        assertThat(isPublic("203.0.113.1")).isFalse();
        assertThat(isPublic("198.18.0.1")).isFalse();
        assertThat(isPublic("192.0.0.8")).isFalse();
    }

    @Test
    void ipv6UniqueLocalAndLinkLocalAreNotPublic() throws Exception {
        assertThat(isPublic("fd00::1")).isFalse();
        assertThat(isPublic("fc12:3456::1")).isFalse();
        assertThat(isPublic("fe80::1")).isFalse();
        assertThat(isPublic("fec0::1")).isFalse();
        assertThat(refusal("https://[fd12:3456::1]/hook")).isEqualTo("url.address");
        assertThat(refusal("https://[fe80::1]/hook")).isEqualTo("url.address");
    }

    @Test
    void ipv6MulticastAndDocumentationAreNotPublic() throws Exception {
        assertThat(isPublic("ff02::1")).isFalse();
        assertThat(isPublic("2001:db8::1")).isFalse();
    }

    @Test
    void anIpv4MappedIpv6AddressIsNotPublicWhateverItCarries() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 8;
        mapped[13] = 8;
        mapped[14] = 8;
        mapped[15] = 8;
        assertThat(OutboundAddressPolicy.isPublic(java.net.Inet6Address.getByAddress(null, mapped, -1)))
                .isFalse();
        assertThat(isPublic("::ffff:10.0.0.1")).isFalse();
    }

    @Test
    void ipv6PrefixesThatEmbedAPrivateIpv4AddressAreNotPublic() throws Exception {
        assertThat(isPublic("64:ff9b::a00:1")).isFalse();
        assertThat(isPublic("2002:7f00:1::1")).isFalse();
        assertThat(isPublic("64:ff9b::808:808")).isTrue();
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        assertThat(isPublic("8.8.8.8")).isTrue();
        assertThat(isPublic("101.91.40.1")).isTrue();
        assertThat(isPublic("2408:4001:f10::6f")).isTrue();
    }

    @Test
    void aHostAnOperatorListedIsTrustedWithHttpAndAPrivateAddress() {
        assertThat(refusal("http://intranet-sms.example/send", "intranet-sms.example"))
                .isEqualTo("accepted");
        assertThat(refusal("http://INTRANET-SMS.example/send", "intranet-sms.example"))
                .isEqualTo("accepted");
        assertThat(refusal("http://intranet-sms.example/send")).isEqualTo("url.scheme");
        assertThat(refusal("https://intranet-sms.example/send")).isEqualTo("url.address");
    }

    @Test
    void listingOneHostDoesNotListAnotherThatResolvesToTheSameAddress() {
        assertThat(refusal("http://localhost/send", "localhost")).isEqualTo("accepted");
        assertThat(refusal("https://127.0.0.1/send", "localhost")).isEqualTo("url.address");
    }
}
