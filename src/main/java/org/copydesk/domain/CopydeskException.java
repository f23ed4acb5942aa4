package org.copydesk.domain;

import java.util.Arrays;
import java.util.List;

/** A failure the user caused or must act on; carries a {@link Problem} and the arguments of its message. */
public class CopydeskException extends RuntimeException {

    private final Problem problem;
    private final List<Object> args;

    public CopydeskException(Problem problem, Object... args) {
        this(problem, null, args);
    }

    public CopydeskException(Problem problem, Throwable cause, Object... args) {
        super(problem + " " + Arrays.toString(args), cause);
        this.problem = problem;
        // arguments are names and numbers shown as they are: no digit grouping in ids and line numbers
        this.args = List.of(Arrays.stream(args).map(String::valueOf).toArray());
    }

    public Problem problem() {
        return problem;
    }

    public Object[] args() {
        return args.toArray();
    }
}
