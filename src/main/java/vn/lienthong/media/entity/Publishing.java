package vn.lienthong.media.entity;

import vn.lienthong.live.entity.LivePhase;

/**
 * Who sends camera and microphone into a meeting's room, so that a meeting of a hundred communes does not carry a
 * hundred streams to everyone: the host's point (the chair's) always; another point only while it holds the floor,
 * or during the readiness check when whoever runs the meeting asked it for a check. Everyone else only receives.
 */
public final class Publishing {

    private Publishing() {
    }

    /**
     * @param unit the unit whose point joins
     * @param floorUnit the unit that has the floor now, or {@code null}
     * @param checkAsked whether the point was asked to publish for a check
     */
    public static boolean allowed(String unit, String hostUnit, LivePhase phase, String floorUnit,
                                  boolean checkAsked) {
        if (phase != LivePhase.READINESS && phase != LivePhase.LIVE) {
            return false;
        }
        if (unit.equals(hostUnit)) {
            return true;
        }
        if (phase == LivePhase.LIVE) {
            return unit.equals(floorUnit);
        }
        return checkAsked;
    }
}
