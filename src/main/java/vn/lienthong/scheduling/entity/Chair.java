package vn.lienthong.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Who chairs a meeting: a user with the role CHAIR, whose name and position are copied at booking so the meeting
 * reads the same later, or a person named in the request who has no account. Only a user can be checked for
 * chairing two meetings at once.
 */
@Embeddable
public class Chair {

    @Column(name = "chair_username")
    private String username;

    @Column(name = "chair_name")
    private String name;

    @Column(name = "chair_position")
    private String position;

    protected Chair() {
    }

    private Chair(String username, String name, String position) {
        this.username = username;
        this.name = Objects.requireNonNull(name, "name").strip();
        this.position = position == null || position.isBlank() ? null : position.strip();
    }

    public static Chair user(String username, String displayName, String position) {
        return new Chair(Objects.requireNonNull(username, "username"), displayName, position);
    }

    public static Chair named(String name, String position) {
        return new Chair(null, name, position);
    }

    /** The username, or {@code null} for a chair without an account. */
    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String position() {
        return position;
    }
}
