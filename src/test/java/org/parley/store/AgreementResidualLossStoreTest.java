package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Agreement;
import org.parley.domain.AuditVerification;
import org.parley.domain.quant.LossEstimate;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/** An agreement's residual loss estimate (V9, decision 0034) in a real store: kept, read back, signed, guarded. */
class AgreementResidualLossStoreTest {

    private static final LossEstimate RESIDUAL = new LossEstimate(0.03, 250_000.5, 4_000_000);

    @TempDir
    Path folder;
    private Store store;
    private RevealedWorkshop w;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        w = RevealedWorkshop.create(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private AuditVerification.Result verify() {
        return w.services.audit().verify();
    }

    @Test
    void aSignedAgreementKeepsItsResidualLossToTheBitAndVerifies() {
        Agreement signed = w.signed(w.assistant, w.terms().withResidualLoss(RESIDUAL));

        Agreement read = w.services.agreements().current(w.assistant.id()).orElseThrow();
        assertThat(read.id()).isEqualTo(signed.id());
        assertThat(read.terms().residualLoss()).isEqualTo(RESIDUAL);
        assertThat(read.terms()).isEqualTo(w.terms().withResidualLoss(RESIDUAL));
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void anAgreementWithoutOneReadsBackWithoutOne() {
        w.signed(w.assistant, w.terms());

        assertThat(w.services.agreements().current(w.assistant.id()).orElseThrow().terms().residualLossEstimate())
                .isEmpty();
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void aResidualLossChangedBehindParleysBackIsFoundByVerify() {
        Agreement signed = w.signed(w.assistant, w.terms().withResidualLoss(RESIDUAL));
        assertThat(verify().intact()).as("untouched").isTrue();

        store.dsl().execute("UPDATE agreement SET residual_probability = 0.01 WHERE id = " + signed.id());

        AuditVerification.Break broken = verify().broken();
        assertThat(broken).isNotNull();
        assertThat(broken.reason()).contains("agreement " + signed.id());
    }

    @Test
    void aResidualLossAddedBehindParleysBackToAnAgreementWithoutOneIsFoundByVerify() {
        Agreement signed = w.signed(w.assistant, w.terms());

        store.dsl().execute("UPDATE agreement SET residual_probability = 0.5, residual_loss_low = 1, "
                + "residual_loss_high = 2 WHERE id = " + signed.id());

        assertThat(verify().intact()).isFalse();
    }

    @Test
    void theStoreRefusesHalfAnEstimate() {
        Agreement signed = w.signed(w.assistant, w.terms());

        assertThatThrownBy(() -> store.dsl().execute("UPDATE agreement SET residual_probability = 0.5 WHERE id = "
                + signed.id())).hasMessageFindingMatch("(?i)ck_agreement_residual_loss");
        assertThatThrownBy(() -> store.dsl().execute("UPDATE agreement SET residual_probability = 0.5, "
                + "residual_loss_low = 3, residual_loss_high = 2 WHERE id = " + signed.id()))
                .hasMessageFindingMatch("(?i)ck_agreement_residual_loss");
    }

    @Test
    void anAmendmentCarriesItsOwnEstimateAndTheOldVersionKeepsItsOwn() {
        Agreement first = w.signed(w.assistant, w.terms());
        LossEstimate lower = new LossEstimate(0.01, 100_000, 1_000_000);

        Agreement draft = w.services.agreements().amend(first.id(), w.terms().withResidualLoss(lower), w.cisoAlone);

        assertThat(draft.terms().residualLoss()).isEqualTo(lower);
        assertThat(w.services.agreements().versions(w.assistant.id())).extracting(a -> a.terms().residualLoss())
                .containsExactlyInAnyOrder(null, lower);
        assertThat(verify().intact()).isTrue();
    }
}
