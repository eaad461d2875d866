package vn.lienthong.scheduling.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An invitation that cannot be resolved on the meeting date: unknown or expired unit codes, a selector that reaches
 * nobody, a host without a meeting point. Carries every problem found; the boundary answers with a 400 problem.
 */
public class InvalidInvitation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<ResolutionProblem> problems;

    public InvalidInvitation(List<ResolutionProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(" ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid invitation needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<ResolutionProblem> problems() {
        return problems;
    }
}
