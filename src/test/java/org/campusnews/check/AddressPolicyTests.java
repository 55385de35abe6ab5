package org.campusnews.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

class AddressPolicyTests {

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void privateLoopbackLinkLocalMulticastAndUnspecifiedAddressesAreRefused() throws Exception {
        AddressPolicy policy = AddressPolicy.publicOnly();
        for (String refused : List.of("127.0.0.1", "127.8.9.10", "169.254.169.254", "169.254.1.1", "10.1.2.3",
                "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "0.0.0.0", "224.0.0.1",
                "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "fec0::1",
                "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::10.0.0.1", "64:ff9b::a9fe:a9fe",
                "2002:0a00:0001::1")) {
            assertThat(policy.isAllowed(address(refused))).as(refused).isFalse();
        }
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        AddressPolicy policy = AddressPolicy.publicOnly();
        for (String allowed : List.of("8.8.8.8", "1.1.1.1", "172.32.0.1", "192.169.0.1", "100.128.0.1",
                "2001:4860:4860::8888", "64:ff9b::808:808", "2002:0808:0808::1")) {
            assertThat(policy.isAllowed(address(allowed))).as(allowed).isTrue();
        }
    }

    @Test
    void namedAddressesNetworksAndHostsAreLetThroughAndNothingElse() throws Exception {
        AddressPolicy policy = AddressPolicy.allowing(List.of("127.0.0.1", "10.20.0.0/16", " fd00::/8 ", "Intranet.Example.EDU"));
        assertThat(policy.isAllowed(address("127.0.0.1"))).isTrue();
        assertThat(policy.isAllowed(address("127.0.0.2"))).isFalse();
        assertThat(policy.isAllowed(address("10.20.30.40"))).isTrue();
        assertThat(policy.isAllowed(address("10.21.0.1"))).isFalse();
        assertThat(policy.isAllowed(address("fd00::5"))).isTrue();
        assertThat(policy.isAllowed(address("169.254.169.254"))).isFalse();
        assertThatThrownBy(() -> AddressPolicy.allowing(List.of("not a host!"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AddressPolicy.allowing(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIs() throws Exception {
        assertThat(AddressPolicy.publicOnly().resolve("localhost").isAllowed()).isFalse();
        assertThat(AddressPolicy.publicOnly().resolve("[::1]").isAllowed()).isFalse();
        assertThat(AddressPolicy.publicOnly().resolve("169.254.169.254").isAllowed()).isFalse();
        assertThat(AddressPolicy.allowing(List.of("127.0.0.1")).resolve("127.0.0.1").isAllowed()).isTrue();
    }
}
