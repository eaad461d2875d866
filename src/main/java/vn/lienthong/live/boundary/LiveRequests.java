package vn.lienthong.live.boundary;

import java.util.List;
import java.util.Map;
import vn.lienthong.live.entity.AttendanceState;
import vn.lienthong.live.entity.Connection;
import vn.lienthong.live.entity.Readiness;

/**
 * The bodies of the live meeting's REST calls: only their shape; the rules (required note for a problem, reason for
 * an absence, ...) are the entities' own.
 */
public final class LiveRequests {

    private LiveRequests() {
    }

    /** A technician's report: {"status": "READY" | "PROBLEM", "checks": {"camera": true, ...}, "note": "..."}. */
    public record ReadinessRequest(Readiness status, Map<String, Boolean> checks, String note) {
    }

    /** A SIP/H.323 point's connection, as its integration reports it. */
    public record ConnectionRequest(Connection status) {
    }

    /** The secretariat's word on a unit of the roll call. */
    public record AttendanceRequest(AttendanceState state, String reason, String representedBy) {
    }

    public record HandRequest(String topic) {
    }

    public record FloorRequest(String unit) {
    }

    public record VoteRequest(String question, List<String> options) {
    }

    /** The option voted for, counted from 0. */
    public record BallotRequest(Integer option) {
    }
}
