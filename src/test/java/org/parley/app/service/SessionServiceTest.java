package org.parley.app.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.SessionProgress;
import org.parley.store.Store;
import org.parley.testing.TestStores;

class SessionServiceTest {

    @TempDir
    Path folder;

    @Test
    void theSampleIsScoredRevealedWithAppetitesAndThreeAgreementsOneAnException() {
        try (Store store = TestStores.open(folder)) {
            Services services = TestStores.withSample(store);
            long workshop = services.workshops().workshops().get(0).id();

            SessionProgress progress = services.session().progress(workshop);

            assertThat(progress).isEqualTo(new SessionProgress(14, 14, 14, 14, true, true, 3, 1, 0));
            assertThat(progress.next()).isEqualTo(SessionProgress.Step.AGREE);
        }
    }
}
