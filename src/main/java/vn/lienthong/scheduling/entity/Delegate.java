package vn.lienthong.scheduling.entity;

import jakarta.persistence.Embeddable;
import vn.lienthong.platform.problem.ProblemException;

/** A person an invited unit sends to the meeting, with the position they hold (chức vụ), as the unit named them. */
@Embeddable
public class Delegate {

    public static final int MAX_NAME_LENGTH = 150;
    public static final int MAX_POSITION_LENGTH = 150;

    private String name;

    private String position;

    protected Delegate() {
    }

    /** @param position {@code null} when not given */
    public Delegate(String name, String position) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("delegates", "rsvp.delegateNameRequired");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw ProblemException.invalid("delegates", "rsvp.delegateNameTooLong", MAX_NAME_LENGTH);
        }
        if (position != null && position.strip().length() > MAX_POSITION_LENGTH) {
            throw ProblemException.invalid("delegates", "rsvp.delegatePositionTooLong", MAX_POSITION_LENGTH);
        }
        this.name = name.strip();
        this.position = position == null || position.isBlank() ? null : position.strip();
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }
}
