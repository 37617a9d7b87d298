package org.parley.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * One version of the agreement on one initiative, and its life: a draft is proposed and edited; each party
 * signs it; when both have, it is frozen with a {@link AgreementSnapshot} and never changes again. A change
 * is a new version that supersedes it once both sign that; both signing a revocation revokes it.
 *
 * <p>The transitions are methods that return the next state, or throw a {@link RuleViolation} saying why
 * the step is not allowed; the services store what they return.
 *
 * @param id              0 until stored
 * @param version         1 for an initiative's first agreement, then one more per version
 * @param supersedes      the id of the signed version this one replaces once signed; null for a first agreement
 * @param agreedAppetite  the agreed frontier the terms were proposed under; signatures are for it too
 * @param proposedAt      when the terms were last proposed or edited; the day date rules are judged on
 * @param proposedBy      who proposed or last edited them, as the audit log names actors
 * @param firstSignature  seat one's signature of this version, null until given (cleared by an edit)
 * @param frozenAt        when the second signature froze it; null for a draft
 * @param snapshot        what both saw when it was frozen; null for a draft
 * @param firstRevocation seat one's signature of the revocation, null unless given
 * @param supersededBy    the id of the version that replaced it, once one did
 */
public record Agreement(
        long id,
        long workshopId,
        long initiativeId,
        int version,
        Long supersedes,
        AgreementStatus status,
        AgreementTerms terms,
        Frontier agreedAppetite,
        Instant proposedAt,
        String proposedBy,
        Signature firstSignature,
        Signature secondSignature,
        Instant frozenAt,
        AgreementSnapshot snapshot,
        Signature firstRevocation,
        Signature secondRevocation,
        Instant revokedAt,
        Long supersededBy,
        Instant supersededAt) {

    public Agreement {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(agreedAppetite, "agreedAppetite");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(proposedBy, "proposedBy");
        if (version < 1) {
            throw new IllegalArgumentException("Agreement versions start at 1, not " + version);
        }
        if (status.signed() && (frozenAt == null || snapshot == null || firstSignature == null
                || secondSignature == null)) {
            throw new IllegalArgumentException("A signed agreement has both signatures, a freezing time and a snapshot");
        }
    }

    // transitions

    /** A new draft; {@code supersedes} is null for an initiative's first agreement or one after a revocation. */
    public static Agreement propose(long workshopId, long initiativeId, int version, Long supersedes,
                                    AgreementTerms terms, Frontier agreedAppetite, Instant at, Actor by) {
        return new Agreement(0, workshopId, initiativeId, version, supersedes, AgreementStatus.DRAFT, terms,
                agreedAppetite, at, by.label(), null, null, null, null, null, null, null, null, null);
    }

    /** New terms for a draft. Any signature is cleared: both must sign what they agree. */
    public Agreement edit(AgreementTerms newTerms, Frontier newAppetite, Instant at, Actor by) {
        requireDraft("edited");
        return new Agreement(id, workshopId, initiativeId, version, supersedes, AgreementStatus.DRAFT, newTerms,
                newAppetite, at, by.label(), null, null, null, null, null, null, null, null, null);
    }

    /** The party's signature of this draft; the draft stays a draft until {@link #freeze} with both. */
    public Agreement sign(Party party, Instant at) {
        return sign(Signature.of(party, at), party);
    }

    /** As {@link #sign(Party, Instant)}, with the party's Ed25519 signature of the statement and its public key. */
    public Agreement sign(Party party, Instant at, String proof, String publicKey) {
        return sign(Signature.of(party, at, proof, publicKey), party);
    }

    private Agreement sign(Signature signature, Party party) {
        requireDraft("signed");
        requireParty(party);
        if (signature(party.seat()) != null) {
            throw new RuleViolation(party.label() + " has already signed version " + version + ".");
        }
        return new Agreement(id, workshopId, initiativeId, version, supersedes, status, terms, agreedAppetite,
                proposedAt, proposedBy, party.seat() == Seat.FIRST ? signature : firstSignature,
                party.seat() == Seat.SECOND ? signature : secondSignature, null, null, null, null, null, null, null);
    }

    /** Freezes a draft both parties signed, with what they saw. */
    public Agreement freeze(AgreementSnapshot seen, Instant at) {
        requireDraft("frozen");
        if (!bothSigned()) {
            throw new RuleViolation("Version " + version + " can be frozen only once both parties have signed it.");
        }
        return new Agreement(id, workshopId, initiativeId, version, supersedes, AgreementStatus.FROZEN, terms,
                agreedAppetite, proposedAt, proposedBy, firstSignature, secondSignature, at,
                Objects.requireNonNull(seen, "snapshot"), null, null, null, null, null);
    }

    /** A draft of the next version, with new terms, that replaces this signed one once both sign it. */
    public Agreement amend(int nextVersion, AgreementTerms newTerms, Frontier newAppetite, Instant at, Actor by) {
        if (status != AgreementStatus.FROZEN) {
            throw new RuleViolation("Only the current signed agreement can be amended; version " + version + " is "
                    + status.label().toLowerCase(Locale.ROOT) + ".");
        }
        return propose(workshopId, initiativeId, nextVersion, id, newTerms, newAppetite, at, by);
    }

    /** This signed version, replaced by a newer one both signed. */
    public Agreement supersede(long newerId, Instant at) {
        if (status != AgreementStatus.FROZEN) {
            throw new RuleViolation("Version " + version + " is " + status.label().toLowerCase(Locale.ROOT)
                    + "; only a signed, current agreement can be superseded.");
        }
        return new Agreement(id, workshopId, initiativeId, version, supersedes, AgreementStatus.SUPERSEDED, terms,
                agreedAppetite, proposedAt, proposedBy, firstSignature, secondSignature, frozenAt, snapshot,
                firstRevocation, secondRevocation, null, newerId, at);
    }

    /** The party's signature of the revocation; with both, the agreement is revoked. */
    public Agreement signRevocation(Party party, Instant at) {
        if (status != AgreementStatus.FROZEN) {
            throw new RuleViolation("Version " + version + " is " + status.label().toLowerCase(Locale.ROOT)
                    + "; only a signed, current agreement can be revoked.");
        }
        requireParty(party);
        if (revocation(party.seat()) != null) {
            throw new RuleViolation(party.label() + " has already signed the revocation of version " + version
                    + "; the other party's signature is still needed.");
        }
        Signature signature = Signature.of(party, at);
        Signature first = party.seat() == Seat.FIRST ? signature : firstRevocation;
        Signature second = party.seat() == Seat.SECOND ? signature : secondRevocation;
        boolean both = first != null && second != null;
        return new Agreement(id, workshopId, initiativeId, version, supersedes,
                both ? AgreementStatus.REVOKED : AgreementStatus.FROZEN, terms, agreedAppetite, proposedAt, proposedBy,
                firstSignature, secondSignature, frozenAt, snapshot, first, second, both ? at : null, null, null);
    }

    // queries

    public Signature signature(Seat seat) {
        return seat == Seat.FIRST ? firstSignature : secondSignature;
    }

    public Signature revocation(Seat seat) {
        return seat == Seat.FIRST ? firstRevocation : secondRevocation;
    }

    public boolean bothSigned() {
        return firstSignature != null && secondSignature != null;
    }

    public boolean isDraft() {
        return status == AgreementStatus.DRAFT;
    }

    /** True for the version the register shows: signed, neither superseded nor revoked. */
    public boolean isCurrent() {
        return status == AgreementStatus.FROZEN;
    }

    /** One party has signed the revocation of this current agreement; the other has not yet. */
    public boolean revocationPending() {
        return status == AgreementStatus.FROZEN && (firstRevocation != null || secondRevocation != null);
    }

    /** Inherent and residual risk against the agreed appetite; null only for a draft with incomplete terms. */
    public RiskStanding standing() {
        return snapshot != null ? snapshot.agreement() : terms.standing(agreedAppetite);
    }

    /** Goes ahead with residual risk above the agreed appetite. */
    public boolean isException() {
        RiskStanding standing = standing();
        return standing != null && standing.exception();
    }

    /** The day the terms were proposed, where date rules are judged. */
    public LocalDate proposedOn(ZoneId zone) {
        return LocalDate.ofInstant(proposedAt, zone);
    }

    /** Where this version stands, in words: "Draft, signed by CISO", "Signed, revocation signed by CTO", … */
    public String stateText(String firstLabel, String secondLabel) {
        return switch (status) {
            case DRAFT -> firstSignature != null && secondSignature == null ? "Draft, signed by " + firstLabel
                    : secondSignature != null && firstSignature == null ? "Draft, signed by " + secondLabel
                    : "Draft, not signed";
            case FROZEN -> firstRevocation != null ? "Signed; revocation signed by " + firstLabel
                    : secondRevocation != null ? "Signed; revocation signed by " + secondLabel : "Signed";
            case SUPERSEDED -> "Superseded";
            case REVOKED -> "Revoked";
        };
    }

    private void requireDraft(String what) {
        if (status != AgreementStatus.DRAFT) {
            throw new RuleViolation("Version " + version + " is signed and frozen, so it cannot be " + what
                    + ". Amend it to propose a new version.");
        }
    }

    private void requireParty(Party party) {
        if (party.workshopId() != workshopId) {
            throw new RuleViolation(party.label() + " is not a party of this agreement's workshop.");
        }
    }
}
