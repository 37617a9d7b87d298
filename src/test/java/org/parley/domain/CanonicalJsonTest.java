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

    @Test
    void anAgreementWithoutAResidualLossHashesAsBeforeTheEstimateExisted() {
        // Taken with the code before decision 0034: every stored agreement without an estimate must still verify.
        AgreementContent content = content("FROZEN", "Legal Counsel", "{}", "Why");

        assertThat(content.termsSha256())
                .isEqualTo("b1401fb2731b70b4a26f68e1b8a33742a17f291c8a828377307067c2d53bc7da");
        assertThat(content.sha256())
                .isEqualTo("429aa04adfe66d4c2df216e510436934aa1c874fd16dbfdff076ae5cd72a5cc6");
    }

    @Test
    void theResidualLossIsHashedWhenGivenAndEachOfItsFiguresCounts() {
        AgreementContent plain = content("FROZEN", "Legal Counsel", "{}", "Why");
        AgreementContent given = withLoss(plain, AgreementContent.LossRow.of(0.1, 1000.0, 50000.0));

        assertThat(given.canonicalJson())
                .contains("\"residualLoss\":{\"high\":\"50000.0\",\"low\":\"1000.0\",\"probability\":\"0.1\"}");
        assertThat(given.termsSha256()).isNotEqualTo(plain.termsSha256())
                .isNotEqualTo(withLoss(plain, AgreementContent.LossRow.of(0.2, 1000.0, 50000.0)).termsSha256())
                .isNotEqualTo(withLoss(plain, AgreementContent.LossRow.of(0.1, 1001.0, 50000.0)).termsSha256())
                .isNotEqualTo(withLoss(plain, AgreementContent.LossRow.of(0.1, 1000.0, 50001.0)).termsSha256());
        assertThat(AgreementContent.LossRow.of(null, null, null)).isNull();
    }

    private static AgreementContent withLoss(AgreementContent c, AgreementContent.LossRow loss) {
        return new AgreementContent(c.id(), c.workshopId(), c.initiativeId(), c.version(), c.supersedes(), c.status(),
                c.agreedValue(), c.inherentLikelihood(), c.inherentImpact(), c.residualLikelihood(),
                c.residualImpact(), c.decision(), c.treatment(), c.riskOwner(), c.reviewDate(), c.rationale(),
                c.conditions(), c.agreedAppetite(), c.agreedCap(), c.proposedAt(), c.proposedBy(), c.firstSignedBy(),
                c.firstSigner(), c.firstSignedAt(), c.secondSignedBy(), c.secondSigner(), c.secondSignedAt(),
                c.frozenAt(), c.snapshot(), loss);
    }

    static AgreementContent content(String status, String conditionOwner, String snapshot, String rationale) {
        Instant at = Instant.parse("2026-11-23T09:00:00Z");
        return new AgreementContent(3, 1L, 5L, 1, null, status, new BigDecimal("4.0"), 4, 4, 2, 4,
                "PROCEED_WITH_CONDITIONS", "MITIGATE", "VP CX", LocalDate.parse("2027-05-23"), rationale,
                List.of(new AgreementContent.ConditionRow(1, "DPA", conditionOwner, LocalDate.parse("2026-12-23"))),
                "5,7,10,12,15", 20, at, "CISO", 1L, "CISO", at, 2L, "CTO", at, at, snapshot);
    }
}
