package vn.lienthong.scheduling.control;

import java.util.List;

/**
 * The units an invitation reaches, ordered by level and then code, the host among them; or, when any part of the
 * invitation is wrong, no units and every problem found. A faulty invitation reaches nobody, so that a meeting is
 * never booked for a list the clerk did not mean.
 */
public record TierResolution(List<InvitedUnit> units, List<ResolutionProblem> problems) {

    public TierResolution {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
