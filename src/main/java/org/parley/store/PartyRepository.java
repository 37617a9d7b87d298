package org.parley.store;

import static org.parley.store.jooq.Tables.PARTY;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.domain.Party;
import org.parley.domain.PinGuard;
import org.parley.domain.PinVault;
import org.parley.domain.SealVerification;
import org.parley.domain.Seat;
import org.parley.store.jooq.tables.records.PartyRecord;

/** The two parties of each workshop. */
public final class PartyRepository {

    private final Store store;

    public PartyRepository(Store store) {
        this.store = store;
    }

    /** Both parties, seat one first. */
    public List<Party> forWorkshop(long workshopId) {
        return store.dsl().selectFrom(PARTY)
                .where(PARTY.WORKSHOP_ID.eq(workshopId))
                .orderBy(PARTY.SEAT)
                .fetch(PartyRepository::toParty);
    }

    public Party insert(long workshopId, Seat seat, String displayName, String roleLabel, String colour) {
        PartyRecord record = store.dsl().newRecord(PARTY);
        record.setWorkshopId(workshopId);
        record.setSeat(seat.number());
        record.setDisplayName(displayName.strip());
        record.setRoleLabel(roleLabel.strip());
        record.setColour(colour);
        record.store();
        return toParty(record);
    }

    public void updateNames(long partyId, String displayName, String roleLabel) {
        int rows = store.dsl().update(PARTY)
                .set(PARTY.DISPLAY_NAME, displayName.strip())
                .set(PARTY.ROLE_LABEL, roleLabel.strip())
                .where(PARTY.ID.eq(partyId))
                .execute();
        if (rows != 1) {
            throw new StoreException("Party " + partyId + " no longer exists; its workshop may have been deleted.");
        }
    }

    /** The stored PIN hash of the party, or null when it has no PIN. Never leaves the store in a Party. */
    public String pinHash(long partyId) {
        return store.dsl().select(PARTY.PIN_HASH).from(PARTY).where(PARTY.ID.eq(partyId)).fetchOne(PARTY.PIN_HASH);
    }

    /** The party as stored now, or empty when it no longer exists. */
    public Optional<Party> find(long partyId) {
        return store.dsl().selectFrom(PARTY).where(PARTY.ID.eq(partyId)).fetchOptional(PartyRepository::toParty);
    }

    /** The party's PIN vault, or null when it has no PIN or only a PIN hash from before signing keys. */
    public PinVault vault(long partyId) {
        var r = store.dsl().select(PARTY.PIN_HASH, PARTY.PUBLIC_KEY, PARTY.SEALED_KEY).from(PARTY)
                .where(PARTY.ID.eq(partyId)).fetchOne();
        if (r == null || r.value1() == null || r.value2() == null || r.value3() == null) {
            return null;
        }
        return new PinVault(r.value1(), r.value2(), r.value3());
    }

    /** Stores a PIN vault; null removes the PIN and the sealed key but keeps the public key for old signatures. */
    public void saveVault(long partyId, PinVault vault) {
        var update = store.dsl().update(PARTY)
                .set(PARTY.PIN_HASH, vault == null ? null : vault.verifier())
                .set(PARTY.SEALED_KEY, vault == null ? null : vault.sealedKey());
        if (vault != null) {
            update = update.set(PARTY.PUBLIC_KEY, vault.publicKey());
        }
        update.where(PARTY.ID.eq(partyId)).execute();
    }

    /** The party's public key as the store holds it (base64), or null when it never had one. */
    public String publicKey(long partyId) {
        return store.dsl().select(PARTY.PUBLIC_KEY).from(PARTY).where(PARTY.ID.eq(partyId)).fetchOne(PARTY.PUBLIC_KEY);
    }

    /** The party's wrong PINs in a row and its wait, as stored. */
    public PinGuard pinGuard(long partyId) {
        var r = store.dsl().select(PARTY.PIN_FAILURES, PARTY.PIN_LOCKED_UNTIL).from(PARTY).where(PARTY.ID.eq(partyId))
                .fetchOne();
        if (r == null) {
            return new PinGuard();
        }
        return new PinGuard(r.value1(), r.value2() == null ? null : r.value2().toInstant());
    }

    public void savePinGuard(long partyId, PinGuard guard) {
        store.dsl().update(PARTY)
                .set(PARTY.PIN_FAILURES, guard.failuresInARow())
                .set(PARTY.PIN_LOCKED_UNTIL, guard.lockedUntil() == null ? null
                        : OffsetDateTime.ofInstant(guard.lockedUntil(), ZoneOffset.UTC))
                .where(PARTY.ID.eq(partyId))
                .execute();
    }

    /** Every party of every workshop with what verification compares with the log, by party id. */
    public Map<Long, SealVerification.PartyState> states() {
        Map<Long, SealVerification.PartyState> states = new LinkedHashMap<>();
        store.dsl().selectFrom(PARTY).orderBy(PARTY.ID).forEach(r -> states.put(r.getId(),
                new SealVerification.PartyState(r.getPublicKey(), r.getPinHash() != null, r.getPinFailures(),
                        r.getPinLockedUntil() == null ? null : SealVerification.second(r.getPinLockedUntil().toInstant()),
                        toParty(r).label())));
        return states;
    }

    private static Party toParty(PartyRecord r) {
        return new Party(r.getId(), r.getWorkshopId(), Seat.of(r.getSeat()), r.getDisplayName(), r.getRoleLabel(),
                r.getColour(), r.getPinHash() != null);
    }
}
