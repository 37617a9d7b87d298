package org.parley.ui.negotiation;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.app.service.AgreementService;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.Party;
import org.parley.ui.common.DialogService;
import org.parley.ui.common.Failures;
import org.parley.ui.common.PinPrompt;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.common.WorkbenchState;

/**
 * One party's signature on a draft or on the revocation of a signed version, with its PIN when it has one. The
 * party at the keyboard types it in a dialog over its own screen; any other party types it behind the cover, which
 * takes the active party's screen out of the window.
 */
final class Signing {

    private final AgreementService agreements;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final WorkbenchState state;
    private final PinPrompt pins;

    Signing(AgreementService agreements, TaskRunner tasks, DialogService dialogs, WorkbenchState state,
            PinPrompt pins) {
        this.agreements = agreements;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.state = state;
        this.pins = pins;
    }

    /** {@code party} signs {@code draft}, the agreement on {@code subject}; {@code then} gets the version signed. */
    void sign(Agreement draft, Party party, String subject, Consumer<Agreement> then) {
        withPin(party, "Sign version " + draft.version(), "sign version " + draft.version() + " of the agreement on "
                + subject, "Signing", pin -> agreements.sign(draft.id(), party, pin), signed -> {
                    state.tell(signed.isDraft() ? party.label() + " signed version " + signed.version()
                            + ". It is agreed once the other party signs too."
                            : "Both signed: version " + signed.version() + " is agreed and frozen.");
                    state.changed();
                    then.accept(signed);
                }, "Could not sign");
    }

    /** {@code party} signs the revocation of {@code current}; {@code then} gets the version as it is now. */
    void revoke(Agreement current, Party party, String subject, Consumer<Agreement> then) {
        withPin(party, "Revoke version " + current.version(), "sign the revocation of version " + current.version()
                + " of the agreement on " + subject, "Revoking",
                pin -> agreements.signRevocation(current.id(), party, pin), saved -> {
                    state.tell(saved.status() == AgreementStatus.REVOKED
                            ? "Both signed the revocation: version " + saved.version() + " is revoked."
                            : party.label() + " signed the revocation; the other party must sign it too.");
                    state.changed();
                    then.accept(saved);
                }, "Could not sign the revocation");
    }

    /** Runs a signature of {@code party}, with the PIN typed in a dialog or behind the cover. */
    private <T> void withPin(Party party, String title, String what, String label,
                             Function<String, T> work, Consumer<T> done, String failure) {
        Party active = state.activeParty();
        if (active != null && active.id() == party.id()) {
            answerOf(party, title).ifPresent(answer -> tasks.task(label, () -> work.apply(answer.pin()))
                    .onSuccess(done).onFailure(Failures.reportTo(dialogs, failure)).start());
        } else {
            pins.ask(party, what, label, work, done, Failures.reportTo(dialogs, failure));
        }
    }

    /** A party's yes to a signature: its PIN, or null when it has none. */
    private record Answer(String pin) {
    }

    /** The party's answer for a signature, or nothing when it cancelled. */
    private Optional<Answer> answerOf(Party party, String what) {
        if (!party.hasPin()) {
            return dialogs.confirm(what, party.label() + " signs " + what.toLowerCase(Locale.ROOT)
                    .replaceFirst("^(sign|revoke) ", "") + "?", "Sign as " + party.roleLabel())
                    ? Optional.of(new Answer(null)) : Optional.empty();
        }
        return dialogs.askPin(what, party.label(), true, true).map(change -> new Answer(change.current()));
    }
}
