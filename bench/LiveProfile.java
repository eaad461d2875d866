import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server spent the live broadcast, from the flight recording that {@code BENCH_JFR=1 bench/live.sh}
 * takes during the changes at the largest N: the Java samples (threads running) per thread group, the methods
 * that were running (self), and the methods of the application, Tyrus, Grizzly and the JDK's socket code that
 * were on the stack (each counted once per sample). Usage: java bench/LiveProfile.java target/bench/live.jfr
 */
public class LiveProfile {

    static final List<String> WATCHED = List.of("vn.lienthong.", "org.glassfish.tyrus.", "org.glassfish.grizzly.",
            "sun.nio.ch.", "org.eclipse.persistence.", "org.mariadb.", "jakarta.json.", "org.glassfish.json.",
            "org.eclipse.parsson.");

    public static void main(String[] args) throws Exception {
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> onStack = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            total++;
            var thread = event.getThread("sampledThread");
            String name = thread == null || thread.getJavaName() == null ? "?" : thread.getJavaName();
            threads.merge(name.replaceAll("[-#(]?\\d+[)]?", "-n").replaceAll("(-n)+", "-n"), 1, Integer::sum);
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = name(frame);
                if (WATCHED.stream().anyMatch(method::startsWith) && seen.add(method)) {
                    onStack.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.println("\n" + total + " Java samples of the server during the changes");
        print("by thread", threads, total, 12);
        print("running (self)", self, total, 25);
        print("on the stack (application, Tyrus, Grizzly, sockets, JPA, JDBC, JSON)", onStack, total, 40);
    }

    static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    static void print(String title, Map<String, Integer> counts, int total, int limit) {
        System.out.println("\n" + title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.printf(Locale.ROOT, "%6d %5.1f%%  %s%n", e.getValue(),
                        100.0 * e.getValue() / total, e.getKey()));
    }
}
