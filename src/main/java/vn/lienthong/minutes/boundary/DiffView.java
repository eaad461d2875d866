package vn.lienthong.minutes.boundary;

import java.util.List;
import vn.lienthong.minutes.control.TextDiff.Segment;

/**
 * Two versions compared on their text (see {@code MinutesText}): the segments in reading order, each EQUAL,
 * DELETE (only in {@code from}) or INSERT (only in {@code to}). The old text is the EQUAL and DELETE segments,
 * the new one the EQUAL and INSERT segments, so a client shows them side by side or as one marked text.
 */
public record DiffView(int from, int to, int inserted, int deleted, List<Segment> segments) {
}
