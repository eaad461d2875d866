package vn.lienthong.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A recurring meeting as it was requested. Its occurrences are meetings of their own (sharing this series' id),
 * so that one of them can be moved or cancelled without touching the others.
 */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String freq;

    @Column(name = "interval_count")
    private int interval;

    @Column(name = "occurrence_count")
    private Integer count;

    @Column(name = "until_day")
    private LocalDate until;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected MeetingSeries() {
    }

    /** @param freq {@code DAILY}, {@code WEEKLY} or {@code MONTHLY} */
    public MeetingSeries(String freq, int interval, Integer count, LocalDate until, String createdBy,
            Instant createdAt) {
        this.freq = freq;
        this.interval = interval;
        this.count = count;
        this.until = until;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getFreq() {
        return freq;
    }

    public int getInterval() {
        return interval;
    }

    public Integer getCount() {
        return count;
    }

    public LocalDate getUntil() {
        return until;
    }
}
