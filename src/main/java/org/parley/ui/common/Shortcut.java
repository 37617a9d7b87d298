package org.parley.ui.common;

/**
 * One line of the keyboard help: where the keys work, the keys, and what they do.
 *
 * @param where "Everywhere", or the screen or control the keys belong to
 */
public record Shortcut(String where, String keys, String action) {
}
