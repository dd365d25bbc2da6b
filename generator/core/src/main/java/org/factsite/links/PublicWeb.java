package org.factsite.links;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the link checker on the public web. A source added in a pull request must not make the desk's CI runner
 * ask its own network (the cloud metadata address 169.254.169.254, a router, a database's port): only http and
 * https, and every address the host's name resolves to must be public, checked before each request, so again at
 * every redirect. The JVM keeps a name's addresses for 30 s ({@code networkaddress.cache.ttl}), so the request
 * that follows the check connects to an address that was checked, not to a second answer of the name server.
 * Hosts the desk names (intranet sources) are asked whatever they resolve to.
 */
final class PublicWeb {

    /** Resolves a host name to its addresses ({@link InetAddress#getAllByName} outside tests). */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final String NOT_CHECKED = "not checked: ";

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    PublicWeb(Set<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(PublicWeb::hostKey).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    static PublicWeb allowing(Set<String> allowedHosts) {
        return new PublicWeb(allowedHosts, InetAddress::getAllByName);
    }

    /**
     * Why {@code url} must not be asked for ("not checked: private address (10.0.0.7)"), or empty when it may.
     *
     * @throws UnknownHostException when its host has no address (a broken link, as the request would have found)
     */
    Optional<String> refusal(String url) throws UnknownHostException {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of(NOT_CHECKED + "not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return Optional.of(NOT_CHECKED + "not an http or https address");
        }
        if (allowedHosts.contains(hostKey(uri.getHost()))) {
            return Optional.empty();
        }
        for (InetAddress address : resolver.resolve(uri.getHost())) {
            if (!isPublic(address)) {
                return Optional.of(NOT_CHECKED + "private address (" + address.getHostAddress() + ")");
            }
        }
        return Optional.empty();
    }

    /** Whether an address is on the public internet: none of the ranges a network keeps for itself. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                         // "this network" 0.0.0.0/8
                    && !(first == 100 && second >= 64 && second < 128) // shared (carrier NAT) 100.64.0.0/10
                    && first < 240;                                    // reserved 240.0.0.0/4 and broadcast
        }
        if (address instanceof Inet6Address six) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false;                                         // unique local fc00::/7
            }
            if (six.isIPv4CompatibleAddress() || isIpv4Mapped(b) || isNat64(b)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return false; // four bytes are always an address
                }
            }
        }
        return true;
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }

    /** 64:ff9b::/96, where a NAT64 gateway reaches an IPv4 address given in the last four bytes. */
    private static boolean isNat64(byte[] b) {
        if (b[0] != 0 || b[1] != 0x64 || b[2] != (byte) 0xff || b[3] != (byte) 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String hostKey(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
