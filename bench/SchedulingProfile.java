import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's request threads spent the national bookings, from a flight recording of the scheduling
 * benchmark (BENCH_JFR=1 bench/scheduling.sh): the samples taken between the start and the end of the national
 * bookings (target/bench/scheduling-phase.txt), each counted once in the first stage its stack shows. Java samples
 * are threads running; native samples are threads in native code, mostly waiting for the database's answer.
 * Usage: java bench/SchedulingProfile.java target/bench/scheduling.jfr
 */
public class SchedulingProfile {

    /** Stage names and a frame that marks them; a sample counts for the first stage whose frame it shows. */
    static final Map<String, String> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("audit entry (JSON of the record, insert)", "vn.lienthong.audit.control.AuditLog.record");
        STAGES.put("planning: directory and tier resolution", "vn.lienthong.scheduling.control.InvitationResolver.resolve");
        STAGES.put("planning: the rest (times, chair)", "vn.lienthong.scheduling.boundary.BookingPlanner");
        STAGES.put("conflict queries and checks", "vn.lienthong.scheduling.boundary.ConflictCheck.of");
        STAGES.put("building the view (MeetingView.of)", "vn.lienthong.scheduling.boundary.MeetingView.of");
        STAGES.put("access checks", "vn.lienthong.scheduling.boundary.MeetingAccess");
        STAGES.put("JSON of the response", "JsonBindingProvider.writeTo");
        STAGES.put("JSON of the request", "JsonBindingProvider.readFrom");
        STAGES.put("JPA persist, flush, commit (the inserts)", "org.eclipse.persistence");
    }

    public static void main(String[] args) throws Exception {
        List<String> phase = Files.readAllLines(Path.of("target/bench/scheduling-phase.txt"));
        Instant from = Instant.parse(phase.get(0));
        Instant to = Instant.parse(phase.get(1));
        Map<String, Integer> java = new HashMap<>();
        Map<String, Integer> nativeSamples = new HashMap<>();
        Map<String, Integer> topFrames = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = event.getEventType().getName();
            boolean isJava = type.equals("jdk.ExecutionSample");
            if (!isJava && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
                continue;
            }
            var thread = event.getThread("sampledThread");
            if (thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("http-thread-pool")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().stream().noneMatch(f -> name(f).startsWith("vn.lienthong"))) {
                continue;
            }
            String stage = stage(stack);
            (isJava ? java : nativeSamples).merge(stage, 1, Integer::sum);
            if (isJava) {
                topFrames.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
            }
            total++;
        }
        System.out.printf(Locale.ROOT, "request-thread samples during the national bookings: %d%n", total);
        System.out.printf("%-50s %8s %8s %7s%n", "stage", "java", "native", "share");
        Map<String, Integer> all = new HashMap<>(java);
        nativeSamples.forEach((k, v) -> all.merge(k, v, Integer::sum));
        int sum = total;
        all.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).forEach(e ->
                System.out.printf(Locale.ROOT, "%-50s %8d %8d %6.1f%%%n", e.getKey(), java.getOrDefault(e.getKey(), 0),
                        nativeSamples.getOrDefault(e.getKey(), 0), 100.0 * e.getValue() / sum));
        System.out.println("busiest methods (java samples, top frame):");
        topFrames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));
    }

    static String stage(RecordedStackTrace stack) {
        for (Map.Entry<String, String> stage : STAGES.entrySet()) {
            for (RecordedFrame frame : stack.getFrames()) {
                if (name(frame).contains(stage.getValue())) {
                    return stage.getKey();
                }
            }
        }
        return "other (HTTP, sign-in check, resource)";
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
