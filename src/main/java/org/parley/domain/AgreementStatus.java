package org.parley.domain;

/**
 * Where one version of an agreement stands. A draft can be edited and signed; once both parties have signed
 * it is frozen and never changes again. A newer signed version supersedes it; both signing a revocation
 * revokes it. Only a frozen version is an initiative's current agreement.
 */
public enum AgreementStatus {
    DRAFT("Draft"),
    FROZEN("Signed"),
    SUPERSEDED("Superseded"),
    REVOKED("Revoked");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True once both parties signed it: its content is frozen for good, whatever happened since. */
    public boolean signed() {
        return this != DRAFT;
    }
}
