package org.parley.app.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.parley.domain.Actor;
import org.parley.domain.AuditKind;
import org.parley.domain.Party;
import org.parley.domain.PinGuard;
import org.parley.domain.PinRules;
import org.parley.domain.PinVault;
import org.parley.domain.RuleViolation;
import org.parley.domain.SealVerification;
import org.parley.domain.Signatures;
import org.parley.domain.SigningKey;
import org.parley.store.AuditLog;
import org.parley.store.PartyRepository;
import org.parley.store.Store;

/**
 * PINs and the consents they give. A party's consent is made here only, after its PIN (five wrong in a row
 * mean a thirty-second wait, counted in the store); the PIN also unlocks the party's signing key.
 */
public final class ConsentService {

    private final Store store;
    private final PartyRepository parties;
    private final AuditLog audit;

    public ConsentService(Store store) {
        this.store = store;
        this.parties = new PartyRepository(store);
        this.audit = new AuditLog(store);
    }

    /** The outcome of a PIN check: accepted with the party's consent, or refused with the wait before the next try. */
    public record PinCheck(boolean accepted, long secondsToWait, int triesLeft, String message, Consent consent) {
    }

    /**
     * Checks the PIN of {@code party}. A party without a PIN is taken at its word, as at the handover. A PIN
     * from before signing keys is upgraded to an Argon2id vault with a new key pair on its first right use.
     */
    public synchronized PinCheck checkPin(Party party, String pin) {
        return store.inTransaction(() -> {
            Party stored = parties.find(party.id()).orElseThrow(() -> new RuleViolation(
                    party.label() + " no longer exists; its workshop may have been deleted."));
            PinGuard guard = parties.pinGuard(stored.id());
            long wait = secondsLeft(guard);
            if (wait > 0) {
                return new PinCheck(false, wait, guard.triesLeft(), "Too many wrong PINs. Wait " + wait
                        + " seconds, then try again.", null);
            }
            Optional<SigningKey> key = unlock(stored, pin);
            if (key != null) {
                boolean hadFailures = guard.failuresInARow() > 0 || guard.lockedUntil() != null;
                guard.succeeded();
                parties.savePinGuard(stored.id(), guard);
                if (hadFailures) {
                    // The count lives in the store and in the log, so resetting it behind Parley's back shows.
                    audit.append(stored.workshopId(), Actor.of(stored), AuditKind.PIN_ACCEPTED, stored.id(),
                            guardPayload(guard));
                }
                return new PinCheck(true, 0, PinGuard.ALLOWED_FAILURES, "", Consent.of(stored, key.orElse(null)));
            }
            guard.failed(store.now());
            parties.savePinGuard(stored.id(), guard);
            audit.append(stored.workshopId(), Actor.of(stored), AuditKind.PIN_REFUSED, stored.id(), guardPayload(guard));
            long next = secondsLeft(guard);
            if (next > 0) {
                return new PinCheck(false, next, 0, "Wrong PIN. That was the fifth in a row: wait " + next
                        + " seconds before the next try.", null);
            }
            return new PinCheck(false, 0, guard.triesLeft(), "Wrong PIN. " + guard.triesLeft()
                    + (guard.triesLeft() == 1 ? " try left" : " tries left") + " before a 30-second wait.", null);
        });
    }

    /** The party's consent, or a refusal naming the party and why (wrong PIN, or a wait). */
    public Consent confirm(Party party, String pin) {
        PinCheck check = checkPin(party, pin);
        if (!check.accepted()) {
            throw new RuleViolation("pin", party.label() + ": " + check.message());
        }
        return check.consent();
    }

    /** Sets or changes the party's PIN; when it has one, the current PIN must be given. The key pair is kept. */
    public Party setPin(Consent consent, Party party, String currentPin, String newPin) {
        ConsentRule.requireParty(consent, party, "set the PIN of " + party.label());
        String problem = PinRules.problem(newPin);
        if (problem != null) {
            throw new RuleViolation("pin", problem);
        }
        return store.inTransaction(() -> {
            PinVault before = parties.vault(party.id());
            PinVault after;
            if (before != null) {
                try {
                    after = before.reseal(currentPin == null ? "" : currentPin, newPin);
                } catch (RuleViolation e) {
                    throw wrongCurrentPin(party);
                }
            } else {
                String legacy = parties.pinHash(party.id());
                if (legacy != null && (currentPin == null || !PinRules.matches(currentPin, legacy))) {
                    throw wrongCurrentPin(party);
                }
                after = PinVault.create(newPin);
            }
            Map<String, Object> payload = keyPayload(after, before != null && before.publicKey().equals(after.publicKey()));
            if (before == null && parties.publicKey(party.id()) != null) {
                // A key after a removed one: the other party vouches for it, so nobody can slip in a key of their own.
                ConsentRule.requireBoth(consent, party.workshopId(), "give " + party.label() + " a new signing key");
                payload.put(SealVerification.SEAL, Sealing.seal(SealVerification.newKey(party.id()),
                        Signatures.sha256Hex(after.publicKey()), consent));
            }
            parties.saveVault(party.id(), after);
            audit.append(party.workshopId(), Actor.of(party), AuditKind.PIN_SET, party.id(), payload);
            return party.withPin(true);
        });
    }

    /** Removes the party's PIN with its current PIN. Its signing key goes too; its public key stays for old signatures. */
    public Party clearPin(Consent consent, Party party, String currentPin) {
        ConsentRule.requireParty(consent, party, "remove the PIN of " + party.label());
        return store.inTransaction(() -> {
            Optional<SigningKey> key = unlock(party, currentPin == null ? "" : currentPin);
            if (key == null) {
                throw wrongCurrentPin(party);
            }
            Map<String, Object> payload = new LinkedHashMap<>();
            // The key signs its own retirement, so a PIN removed behind Parley's back cannot pass for this.
            key.ifPresent(retired -> payload.put(SealVerification.SEAL, Sealing.seal(
                    SealVerification.clearKey(party.id()), Signatures.sha256Hex(retired.publicKey()), party, retired)));
            parties.saveVault(party.id(), null);
            audit.append(party.workshopId(), Actor.of(party), AuditKind.PIN_CLEARED, party.id(), payload);
            return party.withPin(false);
        });
    }

    /** The fingerprint of the party's public key, or empty when it never had a PIN with a key. */
    public Optional<String> fingerprint(Party party) {
        return Optional.ofNullable(parties.publicKey(party.id())).map(Signatures::fingerprint);
    }

    /**
     * Null when the PIN is wrong; otherwise the party's unlocked key, or empty when it has no PIN or a PIN too
     * short to hold a signing key.
     */
    private Optional<SigningKey> unlock(Party party, String pin) {
        PinVault vault = parties.vault(party.id());
        if (vault != null) {
            Optional<SigningKey> key = vault.unlock(pin == null ? "" : pin);
            return key.isPresent() ? key : null;
        }
        String legacy = parties.pinHash(party.id());
        if (legacy == null) {
            if ("PIN_SET".equals(audit.lastPinKind(party.id()))) {
                // Taking the party at its word here would let whoever removed the PIN act and sign as it.
                throw new RuleViolation("pin", "The PIN of " + party.label() + " is missing from the store, though the "
                        + "audit log says it was set: the store was changed behind Parley's back. Run parley verify, "
                        + "and restore the store from a backup.");
            }
            return Optional.empty();
        }
        if (!legacy.startsWith(PinRules.LEGACY_SCHEME + "$")) {
            throw new RuleViolation("pin", "The PIN of " + party.label() + " is damaged in the store (its signing key "
                    + "is missing): the store was changed behind Parley's back. Run parley verify, and restore the "
                    + "store from a backup.");
        }
        if (pin == null || !PinRules.matches(pin, legacy)) {
            return null;
        }
        if (PinRules.problem(pin) != null) {
            return Optional.empty();   // an old PIN below today's minimum: accepted, but it cannot sign
        }
        PinVault upgraded = PinVault.create(pin);
        parties.saveVault(party.id(), upgraded);
        audit.append(party.workshopId(), Actor.of(party), AuditKind.PIN_SET, party.id(), keyPayload(upgraded, false));
        return upgraded.unlock(pin);
    }

    private static Map<String, Object> guardPayload(PinGuard guard) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(SealVerification.FAILURES, guard.failuresInARow());
        if (guard.lockedUntil() != null) {
            payload.put(SealVerification.LOCKED_UNTIL, SealVerification.second(guard.lockedUntil()));
        }
        return payload;
    }

    private static Map<String, Object> keyPayload(PinVault vault, boolean sameKey) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(SealVerification.PUBLIC_KEY, vault.publicKey());
        payload.put(SealVerification.FINGERPRINT, vault.fingerprint());
        payload.put("newKey", !sameKey);
        return payload;
    }

    private static RuleViolation wrongCurrentPin(Party party) {
        return new RuleViolation("currentPin", "The current PIN of " + party.label() + " is not right.");
    }

    private long secondsLeft(PinGuard guard) {
        return (long) Math.ceil(guard.waitLeft(store.now()).toMillis() / 1000.0);
    }
}
