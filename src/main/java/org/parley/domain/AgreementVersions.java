package org.parley.domain;

import java.util.List;

/**
 * Where one initiative's agreement stands, from all its versions: its current signed version and its open
 * draft, each null when there is none. Lists and the negotiation say it in the same words, {@link #summary}.
 */
public record AgreementVersions(Agreement current, Agreement draft) {

    /** @param versions every version of one initiative's agreement, in any order */
    public static AgreementVersions of(List<Agreement> versions) {
        Agreement current = versions.stream().filter(Agreement::isCurrent).findFirst().orElse(null);
        Agreement draft = versions.stream().filter(Agreement::isDraft).findFirst().orElse(null);
        return new AgreementVersions(current, draft);
    }

    /** "Draft v3" while a draft is open, else "Signed v2", else "Not agreed". */
    public String summary() {
        if (draft != null) {
            return "Draft v" + draft.version();
        }
        return current != null ? "Signed v" + current.version() : "Not agreed";
    }

    /** True when the current signed version goes ahead with residual risk above the agreed appetite. */
    public boolean exception() {
        return current != null && current.isException();
    }
}
