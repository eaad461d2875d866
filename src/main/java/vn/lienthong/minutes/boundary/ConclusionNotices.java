package vn.lienthong.minutes.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.minutes.control.MinutesSeal;
import vn.lienthong.minutes.control.MinutesVersions;
import vn.lienthong.minutes.entity.Minutes;
import vn.lienthong.minutes.entity.MinutesStatus;
import vn.lienthong.minutes.entity.Task;
import vn.lienthong.scheduling.entity.Meeting;

/**
 * The conclusion notice of a meeting, for whoever may read the meeting. The conclusions come from the newest
 * version of the minutes, which is the finalised (or amended) text once the chair has signed. A task whose
 * conclusion an amendment removed still appears, under its number and the text it was assigned with.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConclusionNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    TaskReads reads;

    @Inject
    MinutesVersions versions;

    @Inject
    UnitNames unitNames;

    public ConclusionNotice of(long meetingId) {
        Meeting meeting = reads.meeting(meetingId, LockModeType.NONE);
        Minutes minutes = em.find(Minutes.class, meetingId);
        Map<Integer, String> texts = new TreeMap<>();
        if (minutes != null) {
            JsonObject content = MinutesSeal.parse(versions.find(meetingId, minutes.getCurrentNumber(),
                    LockModeType.NONE).getContent());
            JsonArray conclusions = content.getJsonArray("conclusions");
            for (int n = 0; conclusions != null && n < conclusions.size(); n++) {
                texts.put(n, conclusions.getJsonObject(n).getString("text", ""));
            }
        }
        Map<Integer, List<Task>> tasks = reads.tasksOf(meetingId).stream()
                .collect(Collectors.groupingBy(Task::getConclusion, TreeMap::new, Collectors.toList()));
        tasks.forEach((n, given) -> texts.putIfAbsent(n, given.get(0).getConclusionText()));
        List<ConclusionNotice.Conclusion> conclusions = new ArrayList<>();
        texts.forEach((n, text) -> conclusions.add(new ConclusionNotice.Conclusion(n, text,
                tasks.getOrDefault(n, List.of()).stream().map(t -> reads.view(t, List.of())).toList())));
        return new ConclusionNotice(meetingId, meeting.getTitle(), meeting.getHostUnitCode(),
                unitNames.nameOn(meeting.getHostUnitCode(), TaskReads.day(meeting)), meeting.getStart(),
                meeting.getChair().name(), minutes == null ? MinutesStatus.DRAFT : minutes.getStatus(),
                minutes == null ? 0 : minutes.getCurrentNumber(), conclusions);
    }
}
