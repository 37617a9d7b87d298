package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementStatus;
import org.parley.domain.AgreementTerms;
import org.parley.testing.RevealedWorkshop;
import org.parley.testing.TestStores;

/** A frozen agreement is refused by every repository method that writes content; nothing deletes it. */
class AgreementRepositoryTest {

    @TempDir
    Path folder;
    private Store store;
    private RevealedWorkshop w;
    private AgreementRepository repository;
    private Agreement frozen;
    private String hash;

    @BeforeEach
    void open() {
        store = TestStores.open(folder);
        w = RevealedWorkshop.create(store);
        repository = new AgreementRepository(store);
        frozen = w.signed(w.assistant, w.terms());
        hash = new StoredAgreements(store).content(frozen.id()).orElseThrow().sha256();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The frozen agreement dressed up as a draft with other terms, as a buggy caller might pass it. */
    private Agreement forgedDraft() {
        AgreementTerms other = frozen.terms().withRationale("Rewritten after signing");
        return new Agreement(frozen.id(), frozen.workshopId(), frozen.initiativeId(), frozen.version(), null,
                AgreementStatus.DRAFT, other, frozen.agreedAppetite(), Instant.now(), "someone", null, null, null, null,
                null, null, null, null, null);
    }

    private void assertUnchanged() {
        assertThat(repository.find(frozen.id())).contains(frozen);
        assertThat(new StoredAgreements(store).content(frozen.id()).orElseThrow().sha256()).isEqualTo(hash);
    }

    @Test
    void savingADraftOverAFrozenAgreementIsRefused() {
        assertThatThrownBy(() -> repository.saveDraft(forgedDraft()))
                .isInstanceOf(StoreException.class)
                .hasMessage("Agreement " + frozen.id() + " (version 1) was signed by both parties and is frozen: Parley "
                        + "never changes it. Amend it to propose a new version.");
        assertUnchanged();
    }

    @Test
    void freezingAgainIsRefused() {
        assertThatThrownBy(() -> repository.freeze(frozen)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is frozen: Parley never changes it");
        assertUnchanged();
    }

    @Test
    void insertingAFrozenAgreementAsADraftIsRefused() {
        assertThatThrownBy(() -> repository.insertDraft(frozen)).isInstanceOf(IllegalArgumentException.class);
        assertThat(repository.versions(w.assistant.id())).containsExactly(frozen);
    }

    @Test
    void deletingDraftsLeavesSignedVersionsAlone() {
        assertThat(repository.deleteDrafts(w.assistant.id())).isZero();
        assertThat(repository.deleteDraftsOfWorkshop(w.workshop.id())).isZero();
        assertUnchanged();
    }

    @Test
    void theDatabaseItselfRefusesToDeleteTheInitiativeOrWorkshopOfAnAgreement() {
        assertThatThrownBy(() -> new InitiativeRepository(store).delete(w.assistant.id()))
                .hasMessageFindingMatch("(?i)fk_agreement_initiative");
        assertThatThrownBy(() -> new WorkshopRepository(store).delete(w.workshop.id()))
                .hasMessageFindingMatch("(?i)fk_agreement");
        assertUnchanged();
    }

    @Test
    void supersedingAndRevokingChangeOnlyTheStatusNeverTheContent() {
        Agreement revoking = repository.recordRevocation(frozen.signRevocation(w.cto, store.now()));
        assertThat(revoking.revocationPending()).isTrue();
        assertThat(new StoredAgreements(store).content(frozen.id()).orElseThrow().sha256()).isEqualTo(hash);

        Agreement superseded = repository.supersede(revoking.supersede(99, store.now()));
        assertThat(superseded.status()).isEqualTo(AgreementStatus.SUPERSEDED);
        assertThat(superseded.terms()).isEqualTo(frozen.terms());
        assertThat(superseded.snapshot()).isEqualTo(frozen.snapshot());
        assertThat(new StoredAgreements(store).content(frozen.id()).orElseThrow().sha256()).isEqualTo(hash);

        assertThatThrownBy(() -> repository.supersede(superseded)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is superseded; only a signed, current agreement can be superseded.");
        assertThatThrownBy(() -> repository.recordRevocation(superseded)).isInstanceOf(StoreException.class)
                .hasMessageContaining("only a signed, current agreement can be revoked.");
    }

    @Test
    void aDraftCannotBeMarkedSupersededOrRevoked() {
        Agreement draft = w.services.agreements().propose(w.pipeline.id(), w.terms(), w.cisoAlone);

        assertThatThrownBy(() -> repository.supersede(draft)).isInstanceOf(StoreException.class)
                .hasMessageContaining("is draft");
        assertThatThrownBy(() -> repository.recordRevocation(draft)).isInstanceOf(StoreException.class);
        assertThat(repository.find(draft.id())).contains(draft);
    }
}
