package org.parley.app.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.domain.Agreement;
import org.parley.domain.RegisterRow;
import org.parley.domain.ScoringBoard;
import org.parley.domain.Seat;
import org.parley.domain.SignedIds;
import org.parley.store.AgreementRepository;
import org.parley.store.SignedIdRepository;
import org.parley.store.Store;

/** The register: one row per initiative with its current signed agreement and the latest revealed scores. */
public final class RegisterService {

    private final AgreementRepository agreements;
    private final ScoringService scoring;
    private final SignedIdRepository signedIds;

    public RegisterService(Store store, ScoringService scoring) {
        this.agreements = new AgreementRepository(store);
        this.signedIds = new SignedIdRepository(store);
        this.scoring = scoring;
    }

    /** Every initiative of the workshop, in the order they were added; only revealed scores appear. */
    public List<RegisterRow> rows(long workshopId) {
        Map<Long, Agreement> current = agreements.currentForWorkshop(workshopId);
        List<RegisterRow> rows = new ArrayList<>();
        SignedIds ids = signedIds.all();
        // Seat one's board holds every revealed round, which is all the register shows of the scores.
        for (ScoringBoard.Entry entry : scoring.board(workshopId, Seat.FIRST).entries()) {
            ScoringBoard.RevealedRound latest = entry.latestRevealed();
            rows.add(new RegisterRow(entry.initiative(), latest == null ? null : latest.first(),
                    latest == null ? null : latest.second(), current.get(entry.initiative().id()),
                    ids.initiative(entry.initiative().id())));
        }
        return rows;
    }

    /** Only the initiatives with a current signed agreement. */
    public List<RegisterRow> agreedRows(long workshopId) {
        return rows(workshopId).stream().filter(RegisterRow::agreed).toList();
    }
}
