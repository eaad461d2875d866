package vn.lienthong.scheduling.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of documents a meeting takes, each known by its media type and by the first bytes of its files. A
 * file is accepted only when both agree, so an executable renamed to {@code .pdf} and sent as a PDF is refused.
 * DOCX and XLSX are both ZIP containers: their first bytes tell them apart from anything else, not from each other.
 */
public enum DocumentType {
    PDF("application/pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Signatures.ZIP),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Signatures.ZIP),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

    private final String mediaType;
    private final byte[] signature;

    DocumentType(String mediaType, byte[] signature) {
        this.mediaType = mediaType;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type a {@code Content-Type} header declares, parameters and case aside; empty when it is none of them. */
    public static Optional<DocumentType> declared(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare)).findFirst();
    }

    /** Whether the first {@code length} bytes of {@code head} start like a file of this type. */
    public boolean matches(byte[] head, int length) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class Signatures {
        static final byte[] ZIP = {'P', 'K', 3, 4};
    }
}
