package vn.lienthong.scheduling.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A booking's times or recurrence break the scheduling rules; carries every problem found, so the form can mark
 * all offending fields at once. The boundary answers it with a 400 problem listing the fields.
 */
public class InvalidSchedule extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidSchedule(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining(" ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid schedule needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
