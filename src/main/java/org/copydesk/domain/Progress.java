package org.copydesk.domain;

/** How far a long piece of work is: steps done of the steps it has. Called from the worker's thread. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void at(long done, long total);
}
