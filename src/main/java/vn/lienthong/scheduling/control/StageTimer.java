package vn.lienthong.scheduling.control;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Timing lines of a booking's stages (reading the directory, resolving the invitation, waiting for the bridge's
 * lock, checking conflicts), logged at FINE under {@code vn.lienthong.scheduling.timing} to see where the time of
 * a large booking goes: {@code stage=ms} of the clock and {@code stage-cpu=ms} of the thread's processor time, which
 * other work on a busy machine does not inflate. Costs one level check per stage when the level is off.
 */
public final class StageTimer {

    private static final Logger LOG = Logger.getLogger("vn.lienthong.scheduling.timing");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The thread's processor time at the start of each open stage, by the stage's start on the clock. */
    private static final ThreadLocal<Map<Long, Long>> CPU_AT_START = ThreadLocal.withInitial(HashMap::new);

    private StageTimer() {
    }

    /** The start of a stage, or 0 when timing lines are off. */
    public static long start() {
        if (!LOG.isLoggable(Level.FINE)) {
            return 0;
        }
        Map<Long, Long> open = CPU_AT_START.get();
        if (open.size() > 64) {
            // stages left by an exception never end; forget them
            open.clear();
        }
        long start = System.nanoTime();
        open.put(start, THREADS.getCurrentThreadCpuTime());
        return start;
    }

    /** Logs {@code scheduling timing: stage=ms stage-cpu=ms} for a stage begun at {@code start}. */
    public static void end(String stage, long start) {
        if (start != 0 && LOG.isLoggable(Level.FINE)) {
            double wall = (System.nanoTime() - start) / 1e6;
            Long cpuStart = CPU_AT_START.get().remove(start);
            double cpu = cpuStart == null ? -1 : (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            LOG.fine(String.format(Locale.ROOT, "scheduling timing: %s=%.2f %s-cpu=%.2f", stage, wall, stage, cpu));
        }
    }
}
