package vn.lienthong.minutes.boundary;

/** A progress report ({@code percent} 0-100 and a note) or, for closing a task, only the note. */
public record ReportRequest(Integer percent, String note) {
}
