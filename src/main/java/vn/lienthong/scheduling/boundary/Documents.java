package vn.lienthong.scheduling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import vn.lienthong.audit.control.AuditLog;
import vn.lienthong.audit.control.AuditLog.Action;
import vn.lienthong.identity.boundary.Caller;
import vn.lienthong.identity.boundary.CallerIdentity;
import vn.lienthong.platform.problem.ProblemException;
import vn.lienthong.scheduling.control.DocumentType;
import vn.lienthong.scheduling.entity.DocumentPurpose;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.MeetingDocument;
import vn.lienthong.scheduling.entity.TextStatus;

/**
 * The documents of a meeting. Whoever may change the meeting adds and deletes them while the meeting is on (not
 * cancelled or rejected); whoever may see the meeting lists and reads them. An upload is read in chunks of
 * {@value #CHUNK} bytes, each written at once and hashed on the way, inside one transaction: a body that turns out
 * too large (see {@code MaxBodySize}), of another type than declared, or empty rolls it back, so nothing is kept.
 * Signed scans of locked minutes are stored here too (purpose {@code SIGNED_MINUTES}), through the minutes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Documents {

    public static final int MAX_PER_MEETING = 30;
    static final int CHUNK = 1024 * 1024;
    private static final String ENTITY = "MeetingDocument";

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MeetingAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Event<DocumentStored> stored;

    @Transactional(Transactional.TxType.REQUIRED)
    public DocumentView upload(long meetingId, String fileName, String contentType, InputStream body) {
        return store(managed(meetingId), fileName, contentType, body, DocumentPurpose.DOCUMENT);
    }

    /**
     * Stores a document of {@code purpose} for {@code meeting}, which the caller has been checked against and
     * which is managed in the caller's transaction. A signed scan of minutes is a PDF or an image (415 otherwise).
     * A PDF's text is read once this transaction commits ({@link DocumentTexts}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DocumentView store(Meeting meeting, String fileName, String contentType, InputStream body,
                              DocumentPurpose purpose) {
        CallerIdentity who = caller.identity();
        String name = checkedName(fileName);
        DocumentType type = DocumentType.declared(contentType).filter(t -> accepts(purpose, t))
                .orElseThrow(() -> unsupported(purpose, contentType));
        long meetingId = meeting.getId();
        requireRoom(meetingId);

        MeetingDocument document = new MeetingDocument(meetingId, name, type.mediaType(), purpose,
                type == DocumentType.PDF, who.username(), Instant.now());
        em.persist(document);
        em.flush();
        MessageDigest sha256 = sha256();
        long size = 0;
        byte[] buffer = new byte[CHUNK];
        for (int seq = 0; ; seq++) {
            int n = read(body, buffer);
            if (n == 0) {
                break;
            }
            if (seq == 0 && !type.matches(buffer, n)) {
                throw unsupported(purpose, contentType);
            }
            sha256.update(buffer, 0, n);
            size += n;
            em.createNativeQuery("INSERT INTO meeting_document_chunk (document_id, seq, data) VALUES (?1, ?2, ?3)")
                    .setParameter(1, document.getId()).setParameter(2, seq)
                    .setParameter(3, n == CHUNK ? buffer : Arrays.copyOf(buffer, n)).executeUpdate();
        }
        if (size == 0) {
            throw ProblemException.invalid("file", "document.empty");
        }
        document.received(size, HexFormat.of().formatHex(sha256.digest()));
        // counted again under the meeting's lock: uploads running side by side cannot pass the limit together
        em.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        requireRoom(meetingId, MAX_PER_MEETING + 1);
        em.flush();
        DocumentView view = DocumentView.of(document);
        audit.record(Action.CREATE, ENTITY, document.getId(), null, view);
        if (document.getTextStatus() == TextStatus.PENDING) {
            stored.fire(new DocumentStored(meetingId, document.getId()));
        }
        return view;
    }

    /** The documents of one purpose of a meeting the caller already may see, oldest first. */
    public List<DocumentView> of(long meetingId, DocumentPurpose purpose) {
        return em.createQuery("SELECT d FROM MeetingDocument d WHERE d.meetingId = :meeting AND d.purpose = :purpose"
                        + " ORDER BY d.id", MeetingDocument.class).setParameter("meeting", meetingId)
                .setParameter("purpose", purpose).getResultList().stream().map(DocumentView::of).toList();
    }

    public List<DocumentView> list(long meetingId) {
        access.visible(em.find(Meeting.class, meetingId), meetingId);
        return of(meetingId);
    }

    /** The documents of a meeting the caller already may see, oldest first. */
    List<DocumentView> of(long meetingId) {
        return em.createQuery("SELECT d FROM MeetingDocument d WHERE d.meetingId = :meeting ORDER BY d.id",
                MeetingDocument.class).setParameter("meeting", meetingId).getResultList().stream()
                .map(DocumentView::of).toList();
    }

    /** A document and a writer of its bytes, read one chunk at a time when the response is written. */
    public Download download(long meetingId, long documentId) {
        access.visible(em.find(Meeting.class, meetingId), meetingId);
        MeetingDocument document = find(meetingId, documentId);
        long id = document.getId();
        int chunks = (int) ((document.getSize() + CHUNK - 1) / CHUNK);
        return new Download(DocumentView.of(document), out -> {
            for (int seq = 0; seq < chunks; seq++) {
                out.write((byte[]) em.createNativeQuery(
                                "SELECT data FROM meeting_document_chunk WHERE document_id = ?1 AND seq = ?2")
                        .setParameter(1, id).setParameter(2, seq).getSingleResult());
            }
        });
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void delete(long meetingId, long documentId) {
        managed(meetingId);
        MeetingDocument document = find(meetingId, documentId);
        DocumentView before = DocumentView.of(document);
        em.remove(document);
        em.flush();
        audit.record(Action.DELETE, ENTITY, documentId, before, null);
    }

    /** A document's description and the bytes to send. */
    public record Download(DocumentView document, Bytes bytes) {
    }

    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The meeting if the caller may change its documents now: 404 if it may not see it, 403, or 409 when it is off. */
    private Meeting managed(long meetingId) {
        caller.identity();
        Meeting meeting = access.visible(em.find(Meeting.class, meetingId), meetingId);
        access.requireManages(access.booker(), meeting);
        if (!meeting.getStatus().holdsResources()) {
            throw ProblemException.conflict("document.meetingClosed", meeting.getStatus().name());
        }
        return meeting;
    }

    private MeetingDocument find(long meetingId, long documentId) {
        MeetingDocument document = em.find(MeetingDocument.class, documentId);
        if (document == null || document.getMeetingId() != meetingId) {
            throw ProblemException.notFound("document.notFound", documentId);
        }
        return document;
    }

    private void requireRoom(long meetingId) {
        requireRoom(meetingId, MAX_PER_MEETING);
    }

    /** 409 when the meeting holds {@code limit} documents or more. */
    private void requireRoom(long meetingId, int limit) {
        long count = em.createQuery("SELECT COUNT(d) FROM MeetingDocument d WHERE d.meetingId = :meeting", Long.class)
                .setParameter("meeting", meetingId).getSingleResult();
        if (count >= limit) {
            throw ProblemException.conflict("document.tooMany", MAX_PER_MEETING);
        }
    }

    /** The file name without any folder a browser or client put in front of it. */
    private static String checkedName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(Math.max(fileName.lastIndexOf('/'),
                fileName.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw ProblemException.invalid("name", "document.nameRequired");
        }
        if (name.length() > MeetingDocument.MAX_NAME_LENGTH) {
            throw ProblemException.invalid("name", "document.nameTooLong", MeetingDocument.MAX_NAME_LENGTH);
        }
        return name;
    }

    /** A signed scan of minutes is what a scanner makes: a PDF or an image. */
    private static boolean accepts(DocumentPurpose purpose, DocumentType type) {
        return purpose == DocumentPurpose.DOCUMENT
                || type == DocumentType.PDF || type == DocumentType.PNG || type == DocumentType.JPEG;
    }

    private static ProblemException unsupported(DocumentPurpose purpose, String contentType) {
        return new ProblemException(415, "unsupported-media-type", purpose == DocumentPurpose.SIGNED_MINUTES
                ? "document.unsupportedScanType" : "document.unsupportedType", List.of(), Map.of(),
                contentType == null ? "-" : contentType);
    }

    /** Fills {@code buffer} as far as the body goes; a body over the limit fails here (and the upload with it). */
    private static int read(InputStream body, byte[] buffer) {
        try {
            return body.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
