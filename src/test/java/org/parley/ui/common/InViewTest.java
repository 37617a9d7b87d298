package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

class InViewTest {

    private final List<String> done = new ArrayList<>();
    private final InView inView = new InView(() -> done.add("reload"), () -> done.add("forget"));

    @Test
    void inViewEveryChangeReloadsAtOnce() {
        inView.changed();
        inView.changed();

        assertThat(done).containsExactly("reload", "reload");
    }

    @Test
    void hiddenAChangeOnlyForgetsOnceAndTheNextShowingReloadsInsteadOfRefreshing() {
        inView.hide();
        inView.changed();
        inView.changed();
        assertThat(done).containsExactly("forget");

        inView.show(() -> done.add("refresh"));

        assertThat(done).containsExactly("forget", "reload");
        assertThat(inView.isInView()).isTrue();
    }

    @Test
    void aShowingWithNothingChangedOnlyRefreshes() {
        inView.hide();
        inView.show(() -> done.add("refresh"));

        assertThat(done).containsExactly("refresh");
    }

    @Test
    void theShowingRightAfterTheViewModelLoadedAsItWasMadeDoesNotLoadAgain() {
        inView.justLoaded();
        inView.show(() -> done.add("refresh"));
        inView.hide();
        inView.show(() -> done.add("refresh"));

        assertThat(done).as("only the second showing refreshes").containsExactly("refresh");
    }

    @Test
    void theListenerFollowsAProperty() {
        SimpleStringProperty workshop = new SimpleStringProperty("FY27");
        workshop.addListener(inView.onChange());
        inView.hide();

        workshop.set("FY28");

        assertThat(done).containsExactly("forget");
    }
}
