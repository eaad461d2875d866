package vn.lienthong.media.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** TURN credentials coturn accepts with use-auth-secret (values checked with openssl dgst -sha1 -hmac). */
class TurnCredentialTest {

    private static final Instant EXPIRY = Instant.ofEpochSecond(1_700_000_000L);
    private static final String OPENSSL = "DD5vIisjgWtyiqL2wYByhyG2pTc=";

    @Test
    void theUserNameIsTheExpiryAndTheUnitAndThePasswordItsHmacUnderTheSecret() {
        // printf '1700000000:31570' | openssl dgst -sha1 -hmac 'coturn-static-auth-secret' -binary | base64
        TurnCredential credential = TurnCredential.issue("coturn-static-auth-secret", "31570", EXPIRY);
        assertEquals("1700000000:31570", credential.username());
        assertEquals(OPENSSL, credential.credential());
    }

    @Test
    void anotherSecretOrUnitGivesAnotherPassword() {
        TurnCredential credential = TurnCredential.issue("coturn-static-auth-secret", "31570", EXPIRY);
        assertNotEquals(credential.credential(), TurnCredential.issue("another-secret", "31570", EXPIRY).credential());
        assertNotEquals(credential.credential(),
                TurnCredential.issue("coturn-static-auth-secret", "31531", EXPIRY).credential());
    }
}
