package org.parley.store;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The failures beneath a failure: H2 and jOOQ wrap what the system said a few causes down (and an
 * {@link SQLException} may chain more), so the words that tell a full disk or a read-only file lie there.
 */
final class Causes {

    private Causes() {
    }

    /** True when {@code error}, or anything it was caused by, chained or suppressed, matches {@code sign}. */
    static boolean any(Throwable error, Predicate<Throwable> sign) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(error);
        while (!next.isEmpty()) {
            Throwable failure = next.poll();
            if (failure == null || !seen.add(failure)) {
                continue;
            }
            if (sign.test(failure)) {
                return true;
            }
            if (failure.getCause() != null) {
                next.add(failure.getCause());
            }
            if (failure instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
            Collections.addAll(next, failure.getSuppressed());
        }
        return false;
    }

    /** True when {@code failure}'s message holds one of {@code signs}, which are lower case. */
    static boolean says(Throwable failure, List<String> signs) {
        String message = failure.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return signs.stream().anyMatch(lower::contains);
    }
}
