package org.campusnews.check;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which hosts the link checker may connect to: only those whose every address (IPv4 and IPv6) is public. Refused are
 * private networks (10/8, 172.16/12, 192.168/16, fc00::/7, fec0::/10), loopback (127/8, ::1), link-local (169.254/16,
 * the cloud metadata address 169.254.169.254 among them, fe80::/10), multicast, unspecified (0/8, ::), shared
 * (100.64/10), benchmarking (198.18/15), IETF (192.0.0/24) and reserved (240/4, broadcast) addresses, and IPv6 addresses
 * that carry one of those IPv4 addresses (IPv4-mapped and -compatible, NAT64 64:ff9b::/96, 6to4 2002::/16). Hosts,
 * addresses or networks named in {@code campusnews.checks.links.allowed-hosts} are let through.
 */
final class AddressPolicy {

    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private final Set<String> hosts;
    private final List<Network> networks;

    /** An address range: the first {@code bits} bits of {@code address}. */
    private record Network(byte[] address, int bits) {

        boolean contains(InetAddress candidate) {
            byte[] other = candidate.getAddress();
            if (other.length != address.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (other[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * What resolving a host answered.
     *
     * @param refused the first address that may not be reached; null when all may
     */
    record Resolution(List<InetAddress> addresses, InetAddress refused) {

        boolean isAllowed() {
            return refused == null;
        }
    }

    private AddressPolicy(Set<String> hosts, List<Network> networks) {
        this.hosts = hosts;
        this.networks = networks;
    }

    /** Nothing but public addresses. */
    static AddressPolicy publicOnly() {
        return allowing(List.of());
    }

    /**
     * Public addresses and those named: host names ({@code intranet.example.edu}), addresses ({@code 127.0.0.1},
     * {@code ::1}) and networks ({@code 10.20.0.0/16}, {@code fd00::/8}).
     *
     * @throws IllegalArgumentException for an entry that is none of these
     */
    static AddressPolicy allowing(List<String> allowed) {
        Set<String> hosts = new TreeSet<>();
        List<Network> networks = new ArrayList<>();
        for (String entry : allowed) {
            String value = entry.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            Optional<Network> network = network(value);
            if (network.isPresent()) {
                networks.add(network.get());
            } else if (value.matches("[a-z0-9]([a-z0-9\\-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9\\-]*[a-z0-9])?)*")) {
                hosts.add(value);
            } else {
                throw new IllegalArgumentException("Not a host name, address or network: " + entry);
            }
        }
        return new AddressPolicy(Set.copyOf(hosts), List.copyOf(networks));
    }

    /**
     * Resolves the host (a name, or an address literal, IPv6 in brackets) and tells whether every address may be
     * reached.
     */
    Resolution resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        List<InetAddress> addresses = Arrays.asList(InetAddress.getAllByName(bare));
        if (hosts.contains(bare.toLowerCase(Locale.ROOT))) {
            return new Resolution(addresses, null);
        }
        for (InetAddress address : addresses) {
            if (!isAllowed(address)) {
                return new Resolution(addresses, address);
            }
        }
        return new Resolution(addresses, null);
    }

    boolean isAllowed(InetAddress address) {
        return isPublic(address) || networks.stream().anyMatch(network -> network.contains(address));
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return false; // unique local, fc00::/7
            }
            byte[] carried = carriedIpv4(bytes);
            return carried == null || isPublicIpv4(carried);
        }
        return false;
    }

    private static boolean isPublicIpv4(byte[] bytes) {
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        int c = bytes[2] & 0xff;
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || (a == 100 && b >= 64 && b <= 127)
                || (a == 169 && b == 254)
                || (a == 172 && b >= 16 && b <= 31)
                || (a == 192 && b == 168)
                || (a == 192 && b == 0 && c == 0)
                || (a == 198 && (b == 18 || b == 19)));
    }

    /** The IPv4 address an IPv6 address stands for or carries, or null when it carries none. */
    private static byte[] carriedIpv4(byte[] bytes) {
        boolean zeroTen = true;
        for (int i = 0; i < 10; i++) {
            zeroTen &= bytes[i] == 0;
        }
        if (zeroTen && ((bytes[10] == 0 && bytes[11] == 0) || (bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff))) {
            return Arrays.copyOfRange(bytes, 12, 16); // IPv4-compatible ::a.b.c.d and IPv4-mapped ::ffff:a.b.c.d
        }
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = bytes[i] == 0;
        }
        if (nat64) {
            return Arrays.copyOfRange(bytes, 12, 16);
        }
        if (bytes[0] == 0x20 && bytes[1] == 0x02) {
            return Arrays.copyOfRange(bytes, 2, 6); // 6to4
        }
        return null;
    }

    /** An address or network literal; never looks up a name. */
    private static Optional<Network> network(String value) {
        int slash = value.indexOf('/');
        String address = slash < 0 ? value : value.substring(0, slash);
        if (!IPV4.matcher(address).matches() && !address.contains(":")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(value.substring(slash + 1));
            if (bits < 0 || bits > bytes.length * 8) {
                throw new IllegalArgumentException("Not a network: " + value);
            }
            return Optional.of(new Network(bytes, bits));
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an address or network: " + value, e);
        }
    }
}
