package org.parley.ui.common;

import org.parley.domain.PinRules;

/**
 * What stops a PIN change dialog's OK, and what of it is said in red. A field nobody has typed in yet disables OK
 * silently; a repeat still being typed is not "different" until it is as long as the new PIN or has gone astray.
 */
public final class PinChangeCheck {

    private PinChangeCheck() {
    }

    /**
     * Why OK is not possible yet, or null when it is.
     *
     * @param current the current PIN as typed ("" when none typed yet)
     * @param fresh   the new PIN, or null when the PIN is being removed
     * @param again   the new PIN repeated, or null when the PIN is being removed
     */
    public static String blocking(String current, String fresh, String again) {
        if (current.isEmpty()) {
            return "Enter the current PIN.";
        }
        if (fresh == null) {
            return null;
        }
        String rule = PinRules.problem(fresh);
        if (rule != null) {
            return rule;
        }
        return fresh.equals(again) ? null : "The two new PINs differ.";
    }

    /** The problem to show in red: only about text typed so far; empty when there is nothing to say yet. */
    public static String toShow(String current, String fresh, String again) {
        if (fresh == null || fresh.isEmpty()) {
            return "";
        }
        String rule = PinRules.problem(fresh);
        if (rule != null) {
            return rule;
        }
        boolean stillTyping = again.length() < fresh.length() && fresh.startsWith(again);
        return again.isEmpty() || stillTyping || fresh.equals(again) ? "" : "The two new PINs differ.";
    }
}
