package vn.lienthong.media.control;

import java.net.URI;
import java.util.List;

/**
 * One Janus the application drives: the provincial one every point publishes to ({@code name} "main"), or a relay
 * bridge that receives the host's and the floor's streams from it and serves the points assigned to it.
 *
 * @param janusUrl its API as browsers reach it
 * @param adminUrl its Admin API as the application reaches it
 * @param rtpHost where the provincial Janus sends the forwarded RTP for this bridge (bridges only)
 * @param units the codes of the units it serves; a district's code covers its communes, and a code ending in
 *              {@code *} every unit whose code starts with the rest (bridges only)
 */
public record JanusServer(String name, String janusUrl, URI adminUrl, String adminSecret, String roomAdminKey,
                          String rtpHost, List<String> units) {

    public static final String MAIN = "main";

    public boolean isMain() {
        return MAIN.equals(name);
    }

    /** Whether this bridge serves the unit {@code code}, whose parent (a commune's district) is {@code parentCode}. */
    public boolean serves(String code, String parentCode) {
        return units.stream().anyMatch(entry -> matches(entry, code) || (parentCode != null && matches(entry, parentCode)));
    }

    private static boolean matches(String entry, String code) {
        return entry.endsWith("*") ? code.startsWith(entry.substring(0, entry.length() - 1)) : entry.equals(code);
    }
}
