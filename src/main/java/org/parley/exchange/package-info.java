/**
 * CSV import and export (design.md, "CSV contracts"): pure Java over FastCSV, depending on the domain only.
 * Exports are written whole or not at all; imports only parse and return a plan for the caller to apply.
 */
package org.parley.exchange;
