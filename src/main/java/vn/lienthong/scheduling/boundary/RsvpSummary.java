package vn.lienthong.scheduling.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where the answers to one meeting stand, for the secretariat and the chair: per tier (1 province, 2 districts,
 * 3 communes) how many units are invited and how many answered, and the units still silent. The host is not
 * counted: it holds the meeting and does not answer its own invitation.
 *
 * @param open whether answers are still taken (the meeting is on and the deadline has not passed)
 */
public record RsvpSummary(long meeting, String title, OffsetDateTime start, OffsetDateTime deadline, boolean open,
        List<Tier> tiers, List<Unanswered> notAnswered) {

    public record Tier(int level, long invited, long answered, long attending, long declined) {
    }

    public record Unanswered(String code, String name, int level, String parent) {
    }
}
