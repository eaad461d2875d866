package vn.lienthong.live.boundary;

/**
 * A {@link LiveChanged} as the cluster topic carries it: plain text, {@code meetingId seq type data} on four lines.
 * Text rather than the record because the data grid reads messages on its own threads and with its own class
 * loader, which does not know the application's classes; a String needs none.
 */
final class LiveWire {

    private LiveWire() {
    }

    static String encode(LiveChanged change) {
        return change.meetingId() + "\n" + change.seq() + "\n" + change.type() + "\n" + change.data();
    }

    static LiveChanged decode(String text) {
        String[] parts = text.split("\n", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a live change: " + text);
        }
        return new LiveChanged(Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2], parts[3]);
    }
}
