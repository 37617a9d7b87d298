package org.parley.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.parley.domain.Initiative;

/** Initiatives whose text trips up careless CSV code, shared by the export and round-trip tests. */
final class AwkwardInitiatives {

    private static final Instant UPDATED = Instant.parse("2026-11-23T09:00:00Z");

    private AwkwardInitiatives() {
    }

    static List<Initiative> all() {
        return List.of(
                initiative(1, "=HYPERLINK(\"http://evil.example\",\"Click\")", "Looks like a formula", "Data",
                        "Dana Reyes", new BigDecimal("250000"), List.of("GDPR", "SOC 2")),
                initiative(2, "-1 legacy VPN concentrators", "+ retire them\r\n@ once the ZTNA pilot is done",
                        "Network", "Sam O'Brien", new BigDecimal("1250000.50"), List.of("PCI-DSS", "NIS2", "DORA")),
                initiative(3, "The \"zero trust\" roadmap, phase 2", "Line one\nline two, with a comma; and \"quotes\"",
                        "Zürich, Straße", "Ødegård", null, List.of()),
                initiative(4, "数据治理 🔐 for Zürich", "Émoji 🚀 and CJK 中文 and RTL עברית", "Ops — 24/7",
                        "José Álvarez", new BigDecimal("0"), List.of("ISO 27001")),
                initiative(5, "'=quoted already", "'-apostrophe before a minus", "@team", "+44 sponsor",
                        new BigDecimal("99.95"), List.of("-internal", "EU AI Act")));
    }

    static Initiative initiative(long id, String title, String description, String category, String sponsor,
            BigDecimal cost, List<String> tags) {
        return new Initiative(id, 7, title, description, category, sponsor, cost, tags, UPDATED);
    }
}
