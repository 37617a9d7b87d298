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
 * <p>The hash covers every field, condition and the snapshot text, and not {@code status}: superseding and
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
        String snapshot) {

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
