package vn.lienthong.minutes.boundary;

import java.util.List;

/**
 * The hash of the locked minutes recomputed from what is stored: {@code valid} when it equals the hash stored at
 * locking, for the current locked version ({@code version}) and for every locked version before it.
 */
public record Verification(int version, String sha256, boolean valid, List<Check> versions) {

    /** One locked version: the stored hash and whether the content still gives it. */
    public record Check(int n, String sha256, String recomputed, boolean valid) {
    }
}
