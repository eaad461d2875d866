package vn.lienthong.media.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-limited TURN credentials as coturn checks them with {@code use-auth-secret} (the "TURN REST API"): the user
 * name is the expiry in epoch seconds and the unit's code, the password the Base64 of HMAC-SHA1 of the user name
 * under coturn's {@code static-auth-secret}. coturn needs no list of users, and a leaked pair stops working when
 * it expires.
 */
public record TurnCredential(String username, String credential) {

    public static TurnCredential issue(String secret, String unitCode, Instant expiresAt) {
        String username = expiresAt.getEpochSecond() + ":" + unitCode;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(username.getBytes(StandardCharsets.UTF_8));
            return new TurnCredential(username, Base64.getEncoder().encodeToString(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }
}
