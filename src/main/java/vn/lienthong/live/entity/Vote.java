package vn.lienthong.live.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import vn.lienthong.platform.problem.ProblemException;

/**
 * A show-of-hands vote (biểu quyết): a question with two to {@value #MAX_OPTIONS} options, open until the chair
 * closes it. Each present unit votes once ({@link #cast}); the database refuses a second ballot of a unit too.
 */
@Entity
@Table(name = "live_vote")
@NamedQuery(name = Vote.OF_MEETING, query = "SELECT v FROM Vote v WHERE v.meetingId = :meeting ORDER BY v.id")
public class Vote {

    public static final String OF_MEETING = "Vote.ofMeeting";
    public static final int MAX_QUESTION_LENGTH = 500;
    public static final int MAX_OPTIONS = 10;
    public static final int MAX_OPTION_LENGTH = 150;

    /** Whether a vote still takes ballots. */
    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "meeting_id")
    private long meetingId;

    private String question;

    @Column(name = "options_json")
    private String optionsJson;

    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Vote() {
    }

    public Vote(long meetingId, String question, List<String> options, String openedBy, Instant openedAt) {
        String asked = question == null ? "" : question.strip();
        if (asked.isEmpty()) {
            throw ProblemException.invalid("question", "live.questionRequired");
        }
        if (asked.length() > MAX_QUESTION_LENGTH) {
            throw ProblemException.invalid("question", "live.questionTooLong", MAX_QUESTION_LENGTH);
        }
        if (options == null || options.size() < 2 || options.size() > MAX_OPTIONS) {
            throw ProblemException.invalid("options", "live.optionCount", MAX_OPTIONS);
        }
        JsonArrayBuilder texts = Json.createArrayBuilder();
        var seen = new HashSet<String>();
        for (String option : options) {
            String text = option == null ? "" : option.strip();
            if (text.isEmpty() || text.length() > MAX_OPTION_LENGTH || !seen.add(text.toLowerCase())) {
                throw ProblemException.invalid("options", "live.optionInvalid", MAX_OPTION_LENGTH);
            }
            texts.add(text);
        }
        this.meetingId = meetingId;
        this.question = asked;
        this.optionsJson = texts.build().toString();
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /** The ballot of {@code unitCode} for option {@code option} (counted from 0), while the vote is open. */
    public Ballot cast(String unitCode, int option, String by, Instant now) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("live.voteClosed");
        }
        if (option < 0 || option >= getOptions().size()) {
            throw ProblemException.invalid("option", "live.optionUnknown", getOptions().size() - 1);
        }
        return new Ballot(id == null ? 0 : id, unitCode, option, by, now);
    }

    public void close(Instant now) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("live.voteClosed");
        }
        status = Status.CLOSED;
        closedAt = now;
    }

    public List<String> getOptions() {
        try (var reader = Json.createReader(new StringReader(optionsJson))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }

    public Long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getQuestion() {
        return question;
    }

    public Status getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
