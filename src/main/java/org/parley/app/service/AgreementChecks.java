package org.parley.app.service;

import org.parley.domain.Agreement;
import org.parley.domain.Frontier;
import org.parley.domain.Initiative;
import org.parley.domain.RuleViolation;
import org.parley.store.AgreementRepository;
import org.parley.store.InitiativeRepository;
import org.parley.store.RoundRepository;
import org.parley.store.Store;

/** What proposing and signing an agreement both look up and require first, refused in the same words. */
final class AgreementChecks {

    private final AgreementRepository agreements;
    private final InitiativeRepository initiatives;
    private final RoundRepository rounds;
    private final DivergenceService divergence;

    AgreementChecks(Store store, DivergenceService divergence) {
        this.agreements = new AgreementRepository(store);
        this.initiatives = new InitiativeRepository(store);
        this.rounds = new RoundRepository(store);
        this.divergence = divergence;
    }

    Agreement agreement(long agreementId) {
        return agreements.find(agreementId)
                .orElseThrow(() -> new RuleViolation("Agreement " + agreementId + " does not exist."));
    }

    Initiative initiative(long id) {
        return initiatives.get(id);
    }

    /** The agreed appetite, once the initiative is revealed and the appetites are; refuses before. */
    Frontier readyForAgreement(Initiative initiative) {
        if (rounds.of(initiative.id()).latestRevealedRound() < 1) {
            throw new RuleViolation("\u201C" + initiative.title() + "\u201D has not been revealed yet: both parties' "
                    + "scores must be revealed before an agreement is proposed.");
        }
        Frontier agreed = divergence.appetites(initiative.workshopId(), null).agreed();
        if (agreed == null) {
            throw new RuleViolation("The agreed appetite is not set yet: reveal both parties' appetites before an "
                    + "agreement is proposed.");
        }
        return agreed;
    }

    void requireNoDraft(Initiative initiative) {
        agreements.draft(initiative.id()).ifPresent(draft -> {
            throw new RuleViolation("\u201C" + initiative.title() + "\u201D already has a draft agreement (version "
                    + draft.version() + "); edit that draft instead.");
        });
    }
}
