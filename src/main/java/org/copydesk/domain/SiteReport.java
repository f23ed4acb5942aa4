package org.copydesk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What publishing the site did, as paths under its folder: files added, changed (rewritten because
 * their bytes changed) and removed (their articles left the site), how many were already as they
 * should be, what the link check of the written pages found, whether it was stopped, and how many
 * files an earlier export, stopped while putting its files in place, still had to put there first.
 */
public record SiteReport(List<String> added, List<String> changed, List<String> removed, int unchanged, LinkReport links,
                         boolean cancelled, int resumed) {

    public SiteReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        links = links == null ? LinkReport.NONE : links;
    }

    /** The files written, added first. */
    public List<String> written() {
        List<String> out = new ArrayList<>(added);
        out.addAll(changed);
        return out;
    }
}
