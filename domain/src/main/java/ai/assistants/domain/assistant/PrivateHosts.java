package ai.assistants.domain.assistant;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a URL's host names this machine or a private network, judged from the text alone (no DNS). */
public final class PrivateHosts {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}");
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");
    private static final Pattern IPV6_TEXT = Pattern.compile("[0-9a-f:.]+");

    private PrivateHosts() {
    }

    public static boolean isPrivate(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            return isPrivateIpv6(name.substring(1, name.length() - 1));
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        String lastLabel = name.substring(name.lastIndexOf('.') + 1);
        if (!NUMERIC_LABEL.matcher(lastLabel).matches()) {
            return false;
        }
        // HTTP clients read 127.1, 2130706433 or 0x7f.0.0.1 as addresses; only the plain form is judged, the rest refused.
        return !DOTTED_QUAD.matcher(name).matches() || isPrivate(ipv4(name));
    }

    private static boolean isPrivateIpv6(String literal) {
        if (!IPV6_TEXT.matcher(literal).matches()) {
            return true;
        }
        try {
            // A literal containing ':' is parsed, never looked up.
            return isPrivate(InetAddress.getByName(literal));
        } catch (UnknownHostException notAnAddress) {
            return true;
        }
    }

    private static InetAddress ipv4(String dottedQuad) {
        byte[] bytes = new byte[4];
        String[] parts = dottedQuad.split("\\.");
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && isIpv4Compatible(bytes)) {
            return isPrivate(ipv4((bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff)));
        }
        return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || isOtherPrivate(bytes);
    }

    /** Ranges the JDK does not name: 0.0.0.0/8, shared 100.64.0.0/10, IPv6 unique local fc00::/7. */
    private static boolean isOtherPrivate(byte[] bytes) {
        if (bytes.length == 4) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || first == 100 && second >= 64 && second <= 127;
        }
        return (bytes[0] & 0xfe) == 0xfc;
    }

    private static boolean isIpv4Compatible(byte[] bytes) {
        return Arrays.equals(Arrays.copyOf(bytes, 12), new byte[12]);
    }
}
