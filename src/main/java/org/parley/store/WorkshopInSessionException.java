package org.parley.store;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parley.domain.WorkshopSession;

/** A change refused because another session holds the workshop's lease; nothing of the change was written. */
public class WorkshopInSessionException extends StoreException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm z", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final transient WorkshopSession session;

    /** @param yours whether the session that holds it is of the same login on the same computer */
    public WorkshopInSessionException(WorkshopSession session, boolean yours) {
        super("\u201C" + session.workshop() + "\u201D is in session elsewhere: " + (yours
                ? "another Parley window or command of yours on this computer"
                : session.holder() + " on " + session.host()) + " has been changing it since "
                + TIME.format(session.since()) + ". Nothing was changed. Try again once they have closed it or moved "
                + "to another workshop; a session that stops without closing frees it " + Leases.TIMEOUT.toMinutes()
                + " minutes later.");
        this.session = session;
    }

    public WorkshopSession session() {
        return session;
    }
}
