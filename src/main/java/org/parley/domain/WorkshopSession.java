package org.parley.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Who is changing a workshop on a shared server: the session that holds its lease (issue 17).
 *
 * @param holder the login that holds it, e.g. "amira"
 * @param host   the computer it works from
 * @param since  when this session's claim began
 * @param live   false once the session has not renewed it for the timeout: the next change may take it over
 */
public record WorkshopSession(long workshopId, String workshop, String holder, String host, Instant since,
        Instant renewedAt, boolean live) {

    public WorkshopSession {
        Objects.requireNonNull(workshop, "workshop");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(renewedAt, "renewedAt");
    }
}
