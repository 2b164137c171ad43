package vn.rubric.workbench.studio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who may talk to the studio. A page of another site, or one that reaches it by a name that
 * rebinds to 127.0.0.1, must not read or change files: every request must name the studio by
 * the address it is bound to ({@code Host}); the API needs the access token printed at start;
 * a request that changes state must also come from the studio's own page ({@code Origin}).
 */
final class AccessGuard {

    /** Why a request is refused (its HTTP status and the text key that says why), or null. */
    record Refusal(int status, String key) {}

    static final String TOKEN_HEADER = "X-Rubric-Token";

    private final Set<String> hosts;
    private final String token;

    /** {@code hosts}: the {@code host:port} names the studio answers to. */
    AccessGuard(Set<String> hosts, String token) {
        this.hosts = Set.copyOf(hosts);
        this.token = token;
    }

    /** A fresh token for one start: 24 random bytes, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String token() {
        return token;
    }

    /**
     * {@code needsToken}: the request reads or changes the workspace (not the page's scripts);
     * {@code changesState}: a POST. {@code given}: the token of the header or the query.
     */
    Refusal check(String host, String origin, boolean needsToken, boolean changesState, String given) {
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) return new Refusal(421, "studio.refused.host");
        if (changesState && (origin == null || !hosts.contains(hostOf(origin)))) return new Refusal(403, "studio.refused.origin");
        if (needsToken && (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)))) {
            return new Refusal(401, "studio.refused.token");
        }
        return null;
    }

    /** {@code http://127.0.0.1:4242} → {@code 127.0.0.1:4242}; anything else (null, "null", https, a path) → "". */
    private static String hostOf(String origin) {
        String prefix = "http://";
        if (!origin.startsWith(prefix)) return "";
        String rest = origin.substring(prefix.length()).toLowerCase(java.util.Locale.ROOT);
        return rest.contains("/") ? "" : rest;
    }
}
