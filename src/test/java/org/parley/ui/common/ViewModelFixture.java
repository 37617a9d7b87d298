package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.parley.app.service.Services;
import org.parley.store.Store;
import org.parley.testing.TestStores;

/** What every view-model test stands on: a real store, its services, scripted dialogs and direct work. */
public final class ViewModelFixture implements AutoCloseable {

    public final Store store;
    public final Services services;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final DirectTaskRunner tasks = new DirectTaskRunner();
    public final WorkbenchState state = new WorkbenchState();

    /** @param withSample true to fill the store with the sample workshop, as a first start does */
    public ViewModelFixture(Path folder, boolean withSample) {
        this(folder, withSample, TestStores.CLOCK);
    }

    /** A fixture on a store whose clock the test controls. */
    public ViewModelFixture(Path folder, boolean withSample, java.time.Clock clock) {
        store = Store.open(folder.resolve("test" + Store.FILE_SUFFIX), clock);
        services = withSample ? Services.openedOn(store) : new Services(store);
    }

    /** Closes the store and checks that the test used every answer it scripted. */
    @Override
    public void close() {
        store.close();
        assertThat(dialogs.unanswered()).as("every scripted dialog answer was used").isFalse();
    }
}
