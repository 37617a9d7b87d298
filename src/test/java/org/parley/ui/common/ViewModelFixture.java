package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.parley.app.service.Services;
import org.parley.domain.Party;
import org.parley.store.Store;
import org.parley.testing.TestConsent;
import org.parley.testing.TestStores;

/** What every view-model test stands on: a real store, its services, scripted dialogs and direct work. */
public final class ViewModelFixture implements AutoCloseable {

    public final Store store;
    public final Services services;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final DirectTaskRunner tasks = new DirectTaskRunner();
    public final WorkbenchState state = new WorkbenchState();
    private JointConsent consent;

    /** @param withSample true to fill the store with the sample workshop, as a first start does */
    public ViewModelFixture(Path folder, boolean withSample) {
        this(folder, withSample, TestStores.CLOCK);
    }

    /** A fixture on a store whose clock the test controls. */
    public ViewModelFixture(Path folder, boolean withSample, java.time.Clock clock) {
        store = Store.open(folder.resolve("test" + Store.FILE_SUFFIX), clock);
        services = withSample ? Services.openedOn(store) : new Services(store);
    }

    /** The joint consent of the window, one for all the view models of a test, as in the window. */
    public JointConsent consent() {
        if (consent == null) {
            consent = new JointConsent(services.consents(), tasks, dialogs, state);
        }
        return consent;
    }

    /** The party takes the laptop, as after its handover: a party without a PIN. */
    public void activate(Party party) {
        state.activate(TestConsent.of(services, party));
    }

    /** The party takes the laptop with its PIN. */
    public void activate(Party party, String pin) {
        state.activate(TestConsent.of(services, party, pin));
    }

    /** The party asked behind the cover agrees: with {@code pin} typed, or none for a party without a PIN. */
    public void agree(String pin) {
        assertThat(consent().askingProperty().get()).as("a party is asked to agree").isNotNull();
        consent().pinProperty().set(pin == null ? "" : pin);
        consent().agree();
    }

    /** Closes the store and checks that the test used every answer it scripted. */
    @Override
    public void close() {
        store.close();
        assertThat(dialogs.unanswered()).as("every scripted dialog answer was used").isFalse();
    }
}
