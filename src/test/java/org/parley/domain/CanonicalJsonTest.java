package org.parley.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAndNothingIsPadded() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 2);
        map.put("a", Arrays.asList("x", null, true));
        map.put("c", Map.of("z", new BigDecimal("3.50"), "y", Decision.PILOT));

        assertThat(CanonicalJson.write(map))
                .isEqualTo("{\"a\":[\"x\",null,true],\"b\":2,\"c\":{\"y\":\"PILOT\",\"z\":3.50}}");
    }

    @Test
    void stringsAreEscapedTheSameWayEveryTime() {
        assertThat(CanonicalJson.write("say \"hi\"\\\n\t\u0001é€"))
                .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u0001é€\"");
    }

    @Test
    void doublesAreRefusedAndDecimalsHaveAFixedScale() {
        assertThatThrownBy(() -> CanonicalJson.write(List.of(0.1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Double");
        assertThat(CanonicalJson.decimal(11.0 / 3, 4)).isEqualByComparingTo("3.6667");
        assertThat(CanonicalJson.decimal(9.999999999999998, 4).toPlainString()).isEqualTo("10.0000");
    }

    @Test
    void anAgreementsHashChangesWithAnyFieldConditionOrTheSnapshotButNotItsStatus() {
        AgreementContent content = content("FROZEN", "Legal Counsel", "{\"s\":1}", "Why");
        String hash = content.sha256();

        assertThat(hash).hasSize(64).isEqualTo(AuditChain.sha256(content.canonicalJson()));
        assertThat(content("SUPERSEDED", "Legal Counsel", "{\"s\":1}", "Why").sha256()).isEqualTo(hash);
        assertThat(content("FROZEN", "Legal", "{\"s\":1}", "Why").sha256()).isNotEqualTo(hash);
        assertThat(content("FROZEN", "Legal Counsel", "{\"s\":2}", "Why").sha256()).isNotEqualTo(hash);
        assertThat(content("FROZEN", "Legal Counsel", "{\"s\":1}", "Why!").sha256()).isNotEqualTo(hash);
    }

    @Test
    void onlyADraftRowDoesNotClaimToBeSigned() {
        assertThat(content("DRAFT", "Legal", "", "Why").claimsSigned()).isFalse();
        assertThat(List.of("FROZEN", "SUPERSEDED", "REVOKED"))
                .allSatisfy(status -> assertThat(content(status, "Legal", "", "Why").claimsSigned()).isTrue());
    }

    @Test
    void theTermsHashCoversTheTermsButNotTheSignaturesOrTheSnapshot() {
        AgreementContent content = content("DRAFT", "Legal Counsel", "{\"s\":1}", "Why");

        assertThat(content.termsSha256()).hasSize(64)
                .isEqualTo(content("FROZEN", "Legal Counsel", "{\"s\":2}", "Why").termsSha256())
                .isNotEqualTo(content("DRAFT", "Legal", "{\"s\":1}", "Why").termsSha256());
    }

    @Test
    void eachSignatureIsHashedWithItsPartyItsSignerAndItsTime() {
        AgreementContent content = content("FROZEN", "Legal Counsel", "{}", "Why");

        assertThat(content.canonicalJson()).contains("\"firstSignature\":{\"at\":\"2026-11-23T09:00:00Z\","
                + "\"label\":\"CISO\",\"party\":1}");
    }

    static AgreementContent content(String status, String conditionOwner, String snapshot, String rationale) {
        Instant at = Instant.parse("2026-11-23T09:00:00Z");
        return new AgreementContent(3, 1L, 5L, 1, null, status, new BigDecimal("4.0"), 4, 4, 2, 4,
                "PROCEED_WITH_CONDITIONS", "MITIGATE", "VP CX", LocalDate.parse("2027-05-23"), rationale,
                List.of(new AgreementContent.ConditionRow(1, "DPA", conditionOwner, LocalDate.parse("2026-12-23"))),
                "5,7,10,12,15", 20, at, "CISO", 1L, "CISO", at, 2L, "CTO", at, at, snapshot);
    }
}
