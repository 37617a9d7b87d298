package org.parley.ui.common;

/** The answer to "save your changes first?". */
public enum SaveChoice {
    SAVE, DISCARD, CANCEL
}
