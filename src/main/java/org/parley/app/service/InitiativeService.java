package org.parley.app.service;

import java.util.List;
import org.parley.domain.Initiative;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.InitiativeRules;
import org.parley.domain.RuleViolation;
import org.parley.store.InitiativeRepository;
import org.parley.store.Store;

/** Adding, changing and removing the initiatives of a workshop. */
public final class InitiativeService {

    private final InitiativeRepository initiatives;

    public InitiativeService(Store store) {
        this.initiatives = new InitiativeRepository(store);
    }

    public List<Initiative> initiatives(long workshopId) {
        return initiatives.forWorkshop(workshopId);
    }

    public Initiative add(long workshopId, InitiativeDraft draft) {
        requireTitle(draft);
        return initiatives.insert(workshopId, draft);
    }

    public Initiative update(long initiativeId, InitiativeDraft draft) {
        requireTitle(draft);
        return initiatives.update(initiativeId, draft);
    }

    public void delete(long initiativeId) {
        initiatives.delete(initiativeId);
    }

    private static void requireTitle(InitiativeDraft draft) {
        if (draft.title().isEmpty()) {
            throw new RuleViolation("title", "Title is required.");
        }
        if (draft.title().length() > InitiativeRules.TITLE_MAX) {
            throw new RuleViolation("title", "Title is longer than " + InitiativeRules.TITLE_MAX + " characters.");
        }
    }
}
