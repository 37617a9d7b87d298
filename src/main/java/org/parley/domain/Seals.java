package org.parley.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 that a joint act seals: the assessments a reveal opened, and the three frontiers once the
 * appetites are in the open. The parties sign these hashes; {@code verify} takes them again of what the store
 * holds now, so a score or a frontier changed behind Parley's back no longer matches what was signed.
 */
public final class Seals {

    private Seals() {
    }

    /** The hash of one revealed round of an initiative: both parties' assessments, every field, the loss estimates too. */
    public static String revealed(long initiativeId, int round, List<Assessment> assessments) {
        return revealed(SignedIds.NONE, initiativeId, round, assessments);
    }

    /**
     * As {@link #revealed(long, int, List)}, naming the initiative and the value criteria by the ids they were signed
     * under, which a transferred workshop's rows keep (decision 0037).
     */
    public static String revealed(SignedIds ids, long initiativeId, int round, List<Assessment> assessments) {
        List<Object> rows = new ArrayList<>();
        // Seat one first, whatever order the store returned them in.
        for (Assessment a : assessments.stream().sorted(Comparator.comparing(Assessment::seat)).toList()) {
            Map<String, Object> row = new TreeMap<>();
            row.put("seat", a.seat().number());
            row.put("likelihood", a.risk().likelihood().score());
            row.put("impact", a.risk().impact().score());
            Map<String, Object> scores = new TreeMap<>();
            a.criterionScores().forEach((criterion, score) -> scores.put(Long.toString(ids.criterion(criterion)), score));
            row.put("criteria", scores);
            row.put("rationale", a.rationale());
            // Only when given: an assessment without an estimate hashes as it did before the quantitative mode, so
            // the seals of existing stores still verify. Doubles as Double.toString writes them, exact to the bit.
            a.lossEstimate().ifPresent(loss -> row.put("loss", Map.of("probability", Double.toString(loss.probability()),
                    "low", Double.toString(loss.low()), "high", Double.toString(loss.high()))));
            rows.add(row);
        }
        Map<String, Object> sealed = new TreeMap<>();
        sealed.put("initiative", ids.initiative(initiativeId));
        sealed.put("round", round);
        sealed.put("assessments", rows);
        return Signatures.sha256Hex(CanonicalJson.write(sealed));
    }

    /** One round a reveal opened: the initiative, the round, and the hash of its two assessments. */
    public record RevealedRound(long initiativeId, long round, String sha256) {
    }

    /**
     * The hash a reveal of many rounds seals once (decision 0026): a line {@code initiative:round:sha256} for each
     * round, in the order of their events.
     */
    public static String revealedTogether(List<RevealedRound> rounds) {
        return revealedTogether(SignedIds.NONE, rounds);
    }

    /** As {@link #revealedTogether(List)}, naming each initiative by the id it was signed under. */
    public static String revealedTogether(SignedIds ids, List<RevealedRound> rounds) {
        StringBuilder lines = new StringBuilder(rounds.size() * 80);
        for (RevealedRound round : rounds) {
            lines.append(ids.initiative(round.initiativeId())).append(':').append(round.round()).append(':').append(round.sha256())
                    .append('\n');
        }
        return Signatures.sha256Hex(lines.toString());
    }

    /**
     * The hash of a workshop's three frontiers, once revealed; a missing one counts as empty. The workshop is named
     * by the id it was signed under.
     */
    public static String appetites(long workshopId, Frontier first, Frontier second, Frontier agreed) {
        Map<String, Object> sealed = new TreeMap<>();
        sealed.put("workshop", workshopId);
        sealed.put("first", first == null ? "" : first.toString());
        sealed.put("second", second == null ? "" : second.toString());
        sealed.put("agreed", agreed == null ? "" : agreed.toString());
        return Signatures.sha256Hex(CanonicalJson.write(sealed));
    }
}
