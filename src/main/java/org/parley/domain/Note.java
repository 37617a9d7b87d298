package org.parley.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an initiative's discussion, written by one party: timestamped and attributed, never edited.
 *
 * @param author the party's label when it wrote the note
 */
public record Note(long id, long initiativeId, long partyId, Seat seat, String author, String text, Instant writtenAt) {

    public static final int TEXT_MAX = 4000;

    public Note {
        Objects.requireNonNull(seat, "seat");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }

    /** Why the text cannot be a note, or null when it can. */
    public static String problem(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return "A note needs some text.";
        }
        if (stripped.length() > TEXT_MAX) {
            return "A note is at most " + TEXT_MAX + " characters; this one has " + stripped.length() + ".";
        }
        return null;
    }
}
