package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;
import org.parley.app.service.WorkshopService;
import org.parley.domain.Party;

/**
 * Decisions both parties take together, such as a reveal: the party not at the keyboard agrees too, with its
 * PIN when it has one. Asking first also means that whatever the decision then tells (for instance that an
 * initiative is not ready) is told to both, never to one party about the other.
 */
public final class JointConsent {

    private final WorkshopService workshops;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;

    public JointConsent(WorkshopService workshops, TaskRunner tasks, DialogService dialogs, WorkbenchState state) {
        this.workshops = workshops;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
    }

    /**
     * Runs {@code action} once every party not at the keyboard agrees to {@code what} (e.g. "reveal the
     * scores"); with nobody at the keyboard, both parties are asked.
     */
    public void ask(String what, Runnable action) {
        Party active = state.activeParty();
        List<Party> asked = new ArrayList<>();
        for (Party party : state.parties()) {
            if (active == null || party.id() != active.id()) {
                asked.add(party);
            }
        }
        askNext(asked, 0, what, action);
    }

    private void askNext(List<Party> asked, int index, String what, Runnable action) {
        if (index >= asked.size()) {
            action.run();
            return;
        }
        Party party = asked.get(index);
        String title = capitalised(what) + " together";
        if (!party.hasPin()) {
            if (dialogs.confirm(title, party.label() + ", do you agree to " + what + "? Both parties decide this "
                    + "together.", "Agree as " + party.roleLabel())) {
                askNext(asked, index + 1, what, action);
            }
            return;
        }
        dialogs.askPin(title, party.label() + " agrees to " + what, true, true).ifPresent(pin ->
                tasks.run("Checking the PIN", () -> workshops.checkPin(party, pin.current()), check -> {
                    if (check.accepted()) {
                        askNext(asked, index + 1, what, action);
                    } else {
                        dialogs.showError("PIN not accepted", check.message());
                    }
                }, Failures.reportTo(dialogs, "Could not check the PIN")));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
