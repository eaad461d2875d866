package vn.lienthong.scheduling.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a meeting's agenda; the agenda keeps the order the secretariat gave. */
@Embeddable
public class AgendaItem {

    private String title;

    private String presenter;

    @Column(name = "planned_minutes")
    private Integer plannedMinutes;

    protected AgendaItem() {
    }

    /** @param plannedMinutes {@code null} when not planned */
    public AgendaItem(String title, String presenter, Integer plannedMinutes) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an agenda item needs a title");
        }
        this.title = title.strip();
        this.presenter = presenter == null || presenter.isBlank() ? null : presenter.strip();
        this.plannedMinutes = plannedMinutes;
    }

    public String title() {
        return title;
    }

    public String presenter() {
        return presenter;
    }

    public Integer plannedMinutes() {
        return plannedMinutes;
    }
}
