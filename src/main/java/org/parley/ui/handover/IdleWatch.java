package org.parley.ui.handover;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;

/**
 * Locks the window after a spell without mouse or key input in it, as long as the workshop's idle lock says.
 * Input only notes the time; the timer looks at it when it runs out, so a moving mouse costs next to nothing.
 */
public final class IdleWatch {

    private final LockViewModel model;
    private final PauseTransition timer = new PauseTransition();
    private long lastInput = System.nanoTime();

    public IdleWatch(Node root, LockViewModel model) {
        this.model = model;
        root.addEventFilter(InputEvent.ANY, e -> lastInput = System.nanoTime());
        timer.setOnFinished(e -> check());
        model.idleLimitProperty().addListener(obs -> restart());
        model.lockedProperty().addListener(obs -> restart());
        restart();
    }

    private void restart() {
        lastInput = System.nanoTime();
        timer.stop();
        Duration limit = model.idleLimitProperty().get();
        if (!model.lockedProperty().get() && limit != null && !limit.isZero()) {
            schedule(limit);
        }
    }

    private void check() {
        Duration limit = model.idleLimitProperty().get();
        if (model.lockedProperty().get() || limit == null || limit.isZero()) {
            return;
        }
        Duration idle = Duration.ofNanos(System.nanoTime() - lastInput);
        if (idle.compareTo(limit) >= 0) {
            model.lock();
        } else {
            schedule(limit.minus(idle));
        }
    }

    private void schedule(Duration time) {
        timer.setDuration(javafx.util.Duration.millis(Math.max(1, time.toMillis())));
        timer.playFromStart();
    }
}
