package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.AppetiteHolder;
import org.parley.domain.Assessment;
import org.parley.domain.AuditVerification;
import org.parley.domain.quant.LossEstimate;
import org.parley.domain.quant.ToleranceCurve;
import org.parley.testing.QuantWorkshop;
import org.parley.testing.TestStores;

/** V8 on a real H2 file: loss estimates on assessments, the currency, the tolerances, and what verify sees of them. */
class LossStoreTest {

    @TempDir
    Path folder;
    private Store store;
    private QuantWorkshop w;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        w = QuantWorkshop.create(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void estimatesReadBackToTheSameBitsAndAnAssessmentWithoutOneHasNone() {
        Map<Long, Assessment> ciso = new HashMap<>();
        new AssessmentRepository(store).ofParty(w.workshop.id(), w.ciso.id()).forEach(a -> ciso.put(a.initiativeId(), a));

        assertThat(ciso.get(w.cloud.id()).loss()).isEqualTo(QuantWorkshop.CLOUD_CISO);
        assertThat(ciso.get(w.assistant.id()).loss()).isEqualTo(QuantWorkshop.ASSISTANT_CISO);
        assertThat(ciso.get(w.plain.id()).lossEstimate()).isEmpty();
    }

    @Test
    void theSchemaRefusesAHalfEstimate() {
        assertThatThrownBy(() -> StoreSql.execute(store, "UPDATE assessment SET loss_high = NULL WHERE initiative_id = "
                + w.cloud.id())).isInstanceOf(DataAccessException.class).hasMessageFindingMatch("(?i)ck_assessment_loss");
        assertThatThrownBy(() -> StoreSql.execute(store, "UPDATE assessment SET probability = 0.5 WHERE initiative_id = "
                + w.plain.id())).isInstanceOf(DataAccessException.class).hasMessageFindingMatch("(?i)ck_assessment_loss");
    }

    @Test
    void theCurrencyIsEuroByDefaultAndThreeUpperCaseLetters() {
        WorkshopRepository workshops = new WorkshopRepository(store);
        assertThat(workshops.currency(w.workshop.id())).isEqualTo("EUR");

        workshops.setCurrency(w.workshop.id(), "USD");

        assertThat(workshops.currency(w.workshop.id())).isEqualTo("USD");
        assertThatThrownBy(() -> workshops.setCurrency(w.workshop.id(), "usd")).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> workshops.setCurrency(w.workshop.id(), "U1D")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void toleranceCurvesAreKeptInTheirTextFormOnePerHolder() {
        ToleranceRepository tolerances = new ToleranceRepository(store);
        ToleranceCurve agreed = ToleranceCurve.parse("2000000:0.2,50000000:0.02");

        tolerances.save(w.workshop.id(), AppetiteHolder.AGREED, agreed);
        tolerances.save(w.workshop.id(), AppetiteHolder.AGREED, agreed);

        assertThat(tolerances.forWorkshop(w.workshop.id())).containsExactly(
                Map.entry(AppetiteHolder.FIRST, QuantWorkshop.CISO_TOLERANCE),
                Map.entry(AppetiteHolder.SECOND, QuantWorkshop.CTO_TOLERANCE),
                Map.entry(AppetiteHolder.AGREED, agreed));
        assertThat(store.dsl().fetchValue("SELECT curve FROM loss_tolerance WHERE holder = 'AGREED'"))
                .isEqualTo("2000000:0.2,50000000:0.02");
    }

    @Test
    void aRevealedEstimateChangedWithSqlIsCaughtByVerify() {
        assertThat(verify().intact()).as("untouched: " + verify().broken()).isTrue();

        StoreSql.execute(store, "UPDATE assessment SET loss_high = 2000000000 WHERE initiative_id = " + w.cloud.id()
                + " AND party_id = " + w.ciso.id());

        AuditVerification.Break broken = verify().broken();
        assertThat(broken).isNotNull();
        assertThat(broken.reason()).contains("the revealed assessments of initiative " + w.cloud.id() + ", round 1");
    }

    @Test
    void anEstimateAddedWithSqlToARevealedAssessmentWithoutOneIsCaughtToo() {
        StoreSql.execute(store, "UPDATE assessment SET probability = 0.5, loss_low = 1, loss_high = 2 WHERE "
                + "initiative_id = " + w.plain.id() + " AND party_id = " + w.cto.id());

        assertThat(verify().broken()).isNotNull();
        assertThat(verify().broken().reason()).contains("initiative " + w.plain.id() + ", round 1");
    }

    @Test
    void aRevealedToleranceChangedWithSqlIsCaughtByVerifyAndOneChangedByTheServiceIsNot() {
        w.revealAppetites();
        w.services.divergence().setTolerance(w.workshop.id(), AppetiteHolder.FIRST,
                ToleranceCurve.parse("1000000:0.2,100000000:0.02"), w.consentOf(w.ciso));
        assertThat(verify().intact()).as("changed through Parley: " + verify().broken()).isTrue();

        StoreSql.execute(store, "UPDATE loss_tolerance SET curve = '1000000:0.9' WHERE holder = 'SECOND'");

        assertThat(verify().broken()).isNotNull();
        assertThat(verify().broken().reason()).isEqualTo("the loss tolerances of workshop " + w.workshop.id()
                + " are not the ones this event recorded last: a tolerance was changed behind Parley's back");
    }

    @Test
    void aRevealedToleranceDeletedWithSqlIsCaughtToo() {
        w.revealAppetites();

        StoreSql.execute(store, "DELETE FROM loss_tolerance WHERE holder = 'FIRST'");

        assertThat(verify().broken()).isNotNull();
        assertThat(verify().broken().reason()).contains("loss tolerances");
    }

    @Test
    void aRevealedToleranceWrittenOverWithSomethingThatIsNoCurveIsReportedNotThrown() {
        w.revealAppetites();

        StoreSql.execute(store, "UPDATE loss_tolerance SET curve = 'lots' WHERE holder = 'FIRST'");

        assertThat(verify().broken()).isNotNull();
        assertThat(verify().broken().reason()).contains("loss tolerances");
    }

    @Test
    void aToleranceChangedBeforeTheRevealIsPrivateAndNotChecked() {
        StoreSql.execute(store, "UPDATE loss_tolerance SET curve = '1000000:0.9' WHERE holder = 'SECOND'");

        assertThat(verify().intact()).isTrue();
    }

    private AuditVerification.Result verify() {
        return w.services.audit().verify();
    }
}
