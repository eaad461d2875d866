package vn.lienthong.scheduling.boundary;

import java.time.Instant;
import java.time.OffsetDateTime;
import vn.lienthong.scheduling.entity.CalendarLink;

/**
 * A calendar link as the API shows it. {@code url} (with the secret token) is shown once, when the link is made:
 * the token is not kept, so a lost link is revoked and made anew.
 */
public record CalendarLinkView(long id, String unit, String url, OffsetDateTime createdAt, String createdBy) {

    static CalendarLinkView of(CalendarLink link, String url) {
        return new CalendarLinkView(link.getId(), link.getUnitCode(), url, Times.vietnam(link.getCreatedAt()),
                link.getCreatedBy());
    }

    /** What the audit log keeps of a link: never its token. Public, as JSON-B reads only public records. */
    public record Snapshot(long id, String unit, String createdBy, Instant createdAt, Instant revokedAt) {

        static Snapshot of(CalendarLink link) {
            return new Snapshot(link.getId(), link.getUnitCode(), link.getCreatedBy(), link.getCreatedAt(),
                    link.getRevokedAt());
        }
    }
}
