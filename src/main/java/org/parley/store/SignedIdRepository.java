package org.parley.store;

import static org.parley.store.jooq.Tables.SIGNED_ID;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.parley.domain.SignedIds;

/** The ids transferred workshops were signed under (decision 0037): a few rows per transferred workshop. */
public final class SignedIdRepository {

    private final Store store;

    public SignedIdRepository(Store store) {
        this.store = store;
    }

    /** Every signed id the store keeps; {@link SignedIds#NONE} in a store nothing was transferred into. */
    public SignedIds all() {
        Map<SignedIds.Kind, Map<Long, Long>> byKind = new EnumMap<>(SignedIds.Kind.class);
        for (SignedIds.Kind kind : SignedIds.Kind.values()) {
            byKind.put(kind, new HashMap<>());
        }
        store.dsl().selectFrom(SIGNED_ID).fetch().forEach(r -> byKind.get(SignedIds.Kind.valueOf(r.getKind()))
                .put(r.getLocalId(), r.getSignedAs()));
        if (byKind.values().stream().allMatch(Map::isEmpty)) {
            return SignedIds.NONE;
        }
        return new SignedIds(byKind.get(SignedIds.Kind.WORKSHOP), byKind.get(SignedIds.Kind.INITIATIVE),
                byKind.get(SignedIds.Kind.CRITERION));
    }

    /** Records that the rows of {@code kind} now under the map's keys were signed under its values. */
    public void record(SignedIds.Kind kind, Map<Long, Long> signedByLocal) {
        if (signedByLocal.isEmpty()) {
            return;
        }
        var insert = store.dsl().batch(store.dsl().insertInto(SIGNED_ID, SIGNED_ID.KIND, SIGNED_ID.LOCAL_ID,
                SIGNED_ID.SIGNED_AS).values((String) null, null, null));
        signedByLocal.forEach((local, signed) -> insert.bind(kind.name(), local, signed));
        insert.execute();
    }

    /** Forgets the signed ids of rows that left the store. */
    public void forget(SignedIds.Kind kind, Collection<Long> localIds) {
        if (!localIds.isEmpty()) {
            store.dsl().deleteFrom(SIGNED_ID).where(SIGNED_ID.KIND.eq(kind.name()), SIGNED_ID.LOCAL_ID.in(localIds))
                    .execute();
        }
    }
}
