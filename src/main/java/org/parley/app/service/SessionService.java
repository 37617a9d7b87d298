package org.parley.app.service;

import org.parley.domain.SessionProgress;
import org.parley.domain.Seat;

/** Where a workshop's session stands, for the session bar: counts that either party may see. */
public final class SessionService {

    private final ScoringService scoring;
    private final DivergenceService divergence;
    private final RegisterService register;
    private final AgreementService agreements;

    public SessionService(ScoringService scoring, DivergenceService divergence, RegisterService register,
                          AgreementService agreements) {
        this.scoring = scoring;
        this.divergence = divergence;
        this.register = register;
        this.agreements = agreements;
    }

    public SessionProgress progress(long workshopId) {
        // Either seat's board has the same counts; its own entries are not looked at.
        return SessionProgress.of(scoring.board(workshopId, Seat.FIRST), divergence.appetites(workshopId, null),
                register.rows(workshopId), agreements.today());
    }
}
