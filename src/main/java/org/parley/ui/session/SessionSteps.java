package org.parley.ui.session;

import org.parley.domain.SessionProgress;

/** The next step of a session in words, for the session bar. */
final class SessionSteps {

    private SessionSteps() {
    }

    static String describe(SessionProgress progress) {
        return switch (progress.next()) {
            case ADD_INITIATIVES -> "Next: add initiatives (Ctrl+N) or import them (Ctrl+I).";
            case SCORE -> "Next: each party scores every initiative, blind (Scoring, Ctrl+2).";
            case REVEAL -> "Next: reveal the initiatives you have both scored (Scoring ▸ Reveal together).";
            case SET_APPETITES -> "Next: each party sets its risk appetite (Divergence ▸ Appetite).";
            case REVEAL_APPETITES -> "Next: reveal both appetites (Divergence ▸ Appetite).";
            case AGREE -> "Next: negotiate and sign the contested initiatives first (Negotiation, Ctrl+4).";
            case DONE -> "Every initiative is agreed: export the register (Ctrl+E).";
        };
    }
}
