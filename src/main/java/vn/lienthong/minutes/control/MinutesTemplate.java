package vn.lienthong.minutes.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import vn.lienthong.live.boundary.RollCallOutcomes.Outcome;
import vn.lienthong.scheduling.entity.AgendaItem;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;
import vn.lienthong.scheduling.entity.Rsvp;

/**
 * The starting text of minutes not written yet, taken from the meeting: who was expected (every invited unit with
 * its answer, its reason for not attending and the people it sends), one section per agenda item with its
 * presenter, and no conclusions. Whether each unit was present comes from the roll call when the meeting had one
 * ({@link #attendance(Meeting, Map)}); without it, it is left for the secretariat.
 */
public final class MinutesTemplate {

    /** How a present unit took part, as the minutes store it. */
    public static final List<String> PRESENCES = List.of("ONLINE", "ROOM", "REPRESENTED");

    private MinutesTemplate() {
    }

    public static JsonObject of(Meeting meeting) {
        return of(meeting, null);
    }

    /** @param rollCall the word on each unit from the roll call, or {@code null} when the meeting had none */
    public static JsonObject of(Meeting meeting, Map<String, Outcome> rollCall) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        List<AgendaItem> agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            sections.add(Json.createObjectBuilder().add("agendaItem", i + 1).add("title", item.title())
                    .add("discussion", item.presenter() == null ? ""
                            : "<p><em>Trình bày: " + Entities.escape(item.presenter()) + "</em></p>"));
        }
        JsonObject template = Json.createObjectBuilder().add("attendance", attendance(meeting, rollCall))
                .add("sections", sections).add("conclusions", Json.createArrayBuilder()).build();
        return MinutesContent.normalize(template);
    }

    /**
     * Every invited unit with its answer and delegates. With a roll call ({@code rollCall} not null): whether it
     * was expected (it confirmed, or hosts the meeting), whether it was present and how (online, in the room,
     * represented by whom), and for an absent unit the reason the roll call or, failing that, its answer gave.
     */
    public static JsonArray attendance(Meeting meeting, Map<String, Outcome> rollCall) {
        JsonArrayBuilder attendance = Json.createArrayBuilder();
        for (Invitation invitation : meeting.getInvitations()) {
            JsonObjectBuilder unit = Json.createObjectBuilder()
                    .add("unitCode", invitation.getUnitCode())
                    .add("unitName", invitation.getUnitName())
                    .add("rsvp", invitation.getRsvp().name());
            String reason = invitation.getReason();
            if (rollCall != null) {
                unit.add("expected", invitation.getRsvp() == Rsvp.ATTENDING
                        || invitation.getUnitCode().equals(meeting.getHostUnitCode()));
                Outcome outcome = rollCall.get(invitation.getUnitCode());
                boolean present = outcome != null && outcome.present();
                unit.add("present", present);
                if (present) {
                    unit.add("presence", presence(outcome));
                    reason = null;
                    if (outcome.representedBy() != null) {
                        unit.add("representedBy", outcome.representedBy());
                    }
                } else if (outcome != null && outcome.reason() != null) {
                    reason = outcome.reason();
                }
            }
            if (reason != null) {
                unit.add("reason", reason);
            }
            JsonArrayBuilder delegates = Json.createArrayBuilder();
            invitation.getDelegates().forEach(d -> {
                JsonObjectBuilder delegate = Json.createObjectBuilder().add("name", d.name());
                if (d.position() != null) {
                    delegate.add("position", d.position());
                }
                delegates.add(delegate);
            });
            attendance.add(unit.add("delegates", delegates));
        }
        return attendance.build();
    }

    private static String presence(Outcome outcome) {
        return switch (outcome.state()) {
            case PRESENT_ONLINE -> "ONLINE";
            case PRESENT_ROOM -> "ROOM";
            case REPRESENTED -> "REPRESENTED";
            case ABSENT -> throw new IllegalArgumentException("an absent unit has no presence");
        };
    }
}
