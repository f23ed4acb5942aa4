package org.copydesk.ui.fx;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.copydesk.domain.CopydeskException;
import org.copydesk.l10n.Messages;

/** Turns a failure into the one translated sentence a user sees; the log gets the stack trace once. */
public final class Errors {

    private static final Logger LOG = Logger.getLogger(Errors.class.getName());

    private Errors() {
    }

    public static String message(Throwable t) {
        Throwable cause = t;
        while (cause != null && !(cause instanceof CopydeskException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof CopydeskException ce) {
            LOG.log(Level.FINE, "user-facing failure", t);
            return Messages.get().get("problem." + ce.problem().name(), ce.args());
        }
        LOG.log(Level.SEVERE, "unexpected failure", t);
        return Messages.get().get("error.unexpected", String.valueOf(t.getMessage()));
    }
}
