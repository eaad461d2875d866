package vn.lienthong.minutes.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.jsoup.nodes.Entities;
import vn.lienthong.scheduling.entity.AgendaItem;
import vn.lienthong.scheduling.entity.Invitation;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The starting text of minutes not written yet, taken from the meeting: who was expected (every invited unit with
 * its answer, its reason for not attending and the people it sends; whether each was present is left for the
 * secretariat), one section per agenda item with its presenter, and no conclusions.
 */
public final class MinutesTemplate {

    private MinutesTemplate() {
    }

    public static JsonObject of(Meeting meeting) {
        JsonArrayBuilder attendance = Json.createArrayBuilder();
        for (Invitation invitation : meeting.getInvitations()) {
            JsonObjectBuilder unit = Json.createObjectBuilder()
                    .add("unitCode", invitation.getUnitCode())
                    .add("unitName", invitation.getUnitName())
                    .add("rsvp", invitation.getRsvp().name());
            if (invitation.getReason() != null) {
                unit.add("reason", invitation.getReason());
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
        JsonArrayBuilder sections = Json.createArrayBuilder();
        List<AgendaItem> agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            AgendaItem item = agenda.get(i);
            sections.add(Json.createObjectBuilder().add("agendaItem", i + 1).add("title", item.title())
                    .add("discussion", item.presenter() == null ? ""
                            : "<p><em>Trình bày: " + Entities.escape(item.presenter()) + "</em></p>"));
        }
        JsonObject template = Json.createObjectBuilder().add("attendance", attendance).add("sections", sections)
                .add("conclusions", Json.createArrayBuilder()).build();
        return MinutesContent.normalize(template);
    }
}
