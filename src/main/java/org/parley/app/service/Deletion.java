package org.parley.app.service;

/**
 * What deleting a workshop or an initiative would do, asked before anyone confirms, so nobody confirms a deletion
 * the rules then refuse. It counts only what both parties see: never assessments, whose number would tell one
 * party how far the other has scored.
 *
 * @param refusal         why no consent allows it (e.g. a signed agreement), or null when it may be deleted
 * @param needsBoth       true when both parties must agree, as once scoring has started (decision 0012)
 * @param initiatives     the initiatives that would go with it (0 for an initiative itself)
 * @param draftAgreements the unsigned agreement drafts that would go with it
 * @param decision        what both would agree to, in words that follow "agree to", when {@code needsBoth}
 */
public record Deletion(String refusal, boolean needsBoth, int initiatives, int draftAgreements, String decision) {

    public boolean refused() {
        return refusal != null;
    }
}
