package org.parley.ui.shell;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.app.service.LeaseService;
import org.parley.domain.Workshop;
import org.parley.ui.common.WorkbenchState;

/**
 * On a server's store, keeps this window's session lease on the workshop in view while the window is open, and lets
 * go of a workshop it has left (issue 17): every half minute and at each change of workshop, off the FX thread and
 * without a word in the status bar. A missed beat costs nothing but the lease's timeout.
 */
final class SessionKeeper {

    private static final Logger LOG = Logger.getLogger(SessionKeeper.class.getName());
    private static final long BEAT_SECONDS = 30;

    private final LeaseService leases;
    private final AtomicReference<Long> inView = new AtomicReference<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(work -> {
        Thread thread = new Thread(work, "parley-session-lease");
        thread.setDaemon(true);
        return thread;
    });

    SessionKeeper(LeaseService leases, WorkbenchState state) {
        this.leases = leases;
        inView.set(idOf(state.workshop()));
        state.workshopProperty().addListener((observable, old, now) -> {
            inView.set(idOf(now));
            timer.execute(this::keep);
        });
        timer.scheduleWithFixedDelay(this::keep, BEAT_SECONDS, BEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Stops renewing, before the store closes: a renewal racing the close would leave the lease for its timeout. */
    void stop() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void keep() {
        try {
            leases.keep(inView.get());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Could not renew the session lease; it frees itself after its timeout", e);
        }
    }

    private static Long idOf(Workshop workshop) {
        return workshop == null ? null : workshop.id();
    }
}
