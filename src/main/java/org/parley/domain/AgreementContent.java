package org.parley.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An agreement as its stored row and condition rows hold it, field by field, in the plain types the columns
 * have: what the SHA-256 recorded when it was frozen covers. Built straight from the rows, without reading
 * them as an {@link Agreement}, so that a row changed to nonsense behind Parley's back can still be hashed and
 * found out rather than failing to load.
 *
 * <p>The hash covers every field, condition and the snapshot text, the residual loss estimate only when there is one
 * (decision 0034), and not {@code status}: superseding and
 * revoking legitimately change it after freezing. The status is checked against the audit events instead.
 */
public record AgreementContent(
        long id,
        Long workshopId,
        Long initiativeId,
        Integer version,
        Long supersedes,
        String status,
        BigDecimal agreedValue,
        Integer inherentLikelihood,
        Integer inherentImpact,
        Integer residualLikelihood,
        Integer residualImpact,
        String decision,
        String treatment,
        String riskOwner,
        LocalDate reviewDate,
        String rationale,
        List<ConditionRow> conditions,
        String agreedAppetite,
        Integer agreedCap,
        Instant proposedAt,
        String proposedBy,
        Long firstSignedBy,
        String firstSigner,
        Instant firstSignedAt,
        Long secondSignedBy,
        String secondSigner,
        Instant secondSignedAt,
        Instant frozenAt,
        String snapshot,
        LossRow residualLoss) {

    /** The three residual loss columns, any of which may be null in a row changed behind Parley's back. */
    public record LossRow(Double probability, Double low, Double high) {

        /** The row's estimate columns, or null when all three are empty, as in every row before decision 0034. */
        public static LossRow of(Double probability, Double low, Double high) {
            return probability == null && low == null && high == null ? null : new LossRow(probability, low, high);
        }
    }

    /** Content without a residual loss estimate. */
    public AgreementContent(long id, Long workshopId, Long initiativeId, Integer version, Long supersedes,
                            String status, BigDecimal agreedValue, Integer inherentLikelihood, Integer inherentImpact,
                            Integer residualLikelihood, Integer residualImpact, String decision, String treatment,
                            String riskOwner, LocalDate reviewDate, String rationale, List<ConditionRow> conditions,
                            String agreedAppetite, Integer agreedCap, Instant proposedAt, String proposedBy,
                            Long firstSignedBy, String firstSigner, Instant firstSignedAt, Long secondSignedBy,
                            String secondSigner, Instant secondSignedAt, Instant frozenAt, String snapshot) {
        this(id, workshopId, initiativeId, version, supersedes, status, agreedValue, inherentLikelihood,
                inherentImpact, residualLikelihood, residualImpact, decision, treatment, riskOwner, reviewDate,
                rationale, conditions, agreedAppetite, agreedCap, proposedAt, proposedBy, firstSignedBy, firstSigner,
                firstSignedAt, secondSignedBy, secondSigner, secondSignedAt, frozenAt, snapshot, null);
    }

    /** One condition row. */
    public record ConditionRow(Integer position, String description, String owner, LocalDate dueDate) {
    }

    public AgreementContent {
        conditions = List.copyOf(conditions);
    }

    /** The fields of the terms, by name: the part of the content a draft's proposal fixes. */
    private Map<String, Object> terms() {
        Map<String, Object> map = new TreeMap<>();
        map.put("id", id);
        map.put("workshop", workshopId);
        map.put("initiative", initiativeId);
        map.put("version", version);
        map.put("supersedes", supersedes);
        map.put("agreedValue", agreedValue);
        map.put("inherentLikelihood", inherentLikelihood);
        map.put("inherentImpact", inherentImpact);
        map.put("residualLikelihood", residualLikelihood);
        map.put("residualImpact", residualImpact);
        map.put("decision", decision);
        map.put("treatment", treatment);
        map.put("riskOwner", riskOwner);
        map.put("reviewDate", text(reviewDate));
        map.put("rationale", rationale);
        List<Object> rows = new ArrayList<>();
        for (ConditionRow row : conditions) {
            Map<String, Object> condition = new TreeMap<>();
            condition.put("position", row.position());
            condition.put("description", row.description());
            condition.put("owner", row.owner());
            condition.put("dueDate", text(row.dueDate()));
            rows.add(condition);
        }
        map.put("conditions", rows);
        map.put("agreedAppetite", agreedAppetite);
        map.put("agreedCap", agreedCap);
        // Only when given, so that the terms of every agreement without one hash as they did before decision 0034.
        if (residualLoss != null) {
            Map<String, Object> loss = new TreeMap<>();
            loss.put("probability", text(residualLoss.probability()));
            loss.put("low", text(residualLoss.low()));
            loss.put("high", text(residualLoss.high()));
            map.put("residualLoss", loss);
        }
        return map;
    }

    /** The canonical JSON the hash is taken of; see {@link CanonicalJson}. */
    public String canonicalJson() {
        Map<String, Object> map = terms();
        map.put("proposedAt", text(proposedAt));
        map.put("proposedBy", proposedBy);
        map.put("firstSignature", signature(firstSignedBy, firstSigner, firstSignedAt));
        map.put("secondSignature", signature(secondSignedBy, secondSigner, secondSignedAt));
        map.put("frozenAt", text(frozenAt));
        map.put("snapshot", snapshot);
        return CanonicalJson.write(map);
    }

    public String sha256() {
        return AuditChain.sha256(canonicalJson());
    }

    /**
     * The SHA-256 of the terms alone: what a proposal or an edit of a draft records, so that terms changed behind
     * Parley's back are found even before anyone signs. Signatures, times and the snapshot are left out.
     */
    public String termsSha256() {
        return AuditChain.sha256(CanonicalJson.write(terms()));
    }

    /** True for a row that claims to be signed: frozen, superseded or revoked. */
    public boolean claimsSigned() {
        return !Objects.equals(status, AgreementStatus.DRAFT.name());
    }

    private static Map<String, Object> signature(Long party, String label, Instant at) {
        Map<String, Object> map = new TreeMap<>();
        map.put("party", party);
        map.put("label", label);
        map.put("at", text(at));
        return map;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
