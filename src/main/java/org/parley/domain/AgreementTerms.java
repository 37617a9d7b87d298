package org.parley.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.domain.quant.LossEstimate;

/**
 * What the parties agree on for one initiative, as typed: each field may still be missing or out of range,
 * which {@link AgreementRules} reports field by field. Both parties sign exactly these terms.
 *
 * <p>The agreed value is kept to one decimal, half up, as the register shows it, so that what is signed,
 * stored and hashed is the number people see.
 *
 * @param agreedValue        the value both accept, 1.0–5.0
 * @param inherentLikelihood likelihood before the conditions, 1–5
 * @param inherentImpact     impact before the conditions, 1–5
 * @param conditions         mitigations the decision depends on, in the order shown
 * @param residualLikelihood likelihood once the conditions are met, 1–5
 * @param residualImpact     impact once the conditions are met, 1–5
 * @param reviewDate         when the parties look at it again; required when the initiative goes ahead
 * @param residualLoss       the loss the parties agree remains once the conditions are met, or null when they give
 *                           none (decision 0034); {@link LossEstimate} checks its own figures
 */
public record AgreementTerms(
        Double agreedValue,
        Integer inherentLikelihood,
        Integer inherentImpact,
        List<Condition> conditions,
        Integer residualLikelihood,
        Integer residualImpact,
        Decision decision,
        Treatment treatment,
        String riskOwner,
        LocalDate reviewDate,
        String rationale,
        LossEstimate residualLoss) {

    /** Terms without an agreed residual loss estimate. */
    public AgreementTerms(Double agreedValue, Integer inherentLikelihood, Integer inherentImpact,
                          List<Condition> conditions, Integer residualLikelihood, Integer residualImpact,
                          Decision decision, Treatment treatment, String riskOwner, LocalDate reviewDate,
                          String rationale) {
        this(agreedValue, inherentLikelihood, inherentImpact, conditions, residualLikelihood, residualImpact, decision,
                treatment, riskOwner, reviewDate, rationale, null);
    }

    public AgreementTerms {
        if (agreedValue != null && Double.isFinite(agreedValue)) {
            agreedValue = ValueScore.oneDecimal(agreedValue);
        }
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        riskOwner = Objects.requireNonNullElse(riskOwner, "").strip();
        rationale = Objects.requireNonNullElse(rationale, "").strip();
    }

    /**
     * The terms a new proposal starts from, for the parties to change: the mean of their values, to one decimal,
     * and the higher of their likelihoods and of their impacts, as the inherent risk and, until conditions lower
     * it, the residual risk too. Nothing else is filled in.
     */
    public static AgreementTerms proposedFrom(Assessment first, Assessment second) {
        double value = ValueScore.oneDecimal((first.value() + second.value()) / 2);
        int likelihood = Math.max(first.risk().likelihood().score(), second.risk().likelihood().score());
        int impact = Math.max(first.risk().impact().score(), second.risk().impact().score());
        return new AgreementTerms(value, likelihood, impact, List.of(), likelihood, impact, null, null, "", null, "");
    }

    /** Likelihood × impact before the conditions, or null while either is missing or out of range. */
    public RiskScore inherentRisk() {
        return risk(inherentLikelihood, inherentImpact);
    }

    /** Likelihood × impact after the conditions, or null while either is missing or out of range. */
    public RiskScore residualRisk() {
        return risk(residualLikelihood, residualImpact);
    }

    /** Where the terms sit against the agreed appetite, or null while a score, the value or the appetite is missing. */
    public RiskStanding standing(Frontier agreedAppetite) {
        return RiskStanding.of(this, agreedAppetite);
    }

    public AgreementTerms withConditions(List<Condition> newConditions) {
        return new AgreementTerms(agreedValue, inherentLikelihood, inherentImpact, newConditions, residualLikelihood,
                residualImpact, decision, treatment, riskOwner, reviewDate, rationale, residualLoss);
    }

    public AgreementTerms withResidual(Integer likelihood, Integer impact) {
        return new AgreementTerms(agreedValue, inherentLikelihood, inherentImpact, conditions, likelihood, impact,
                decision, treatment, riskOwner, reviewDate, rationale, residualLoss);
    }

    public AgreementTerms withDecision(Decision newDecision) {
        return new AgreementTerms(agreedValue, inherentLikelihood, inherentImpact, conditions, residualLikelihood,
                residualImpact, newDecision, treatment, riskOwner, reviewDate, rationale, residualLoss);
    }

    public AgreementTerms withReviewDate(LocalDate newReviewDate) {
        return new AgreementTerms(agreedValue, inherentLikelihood, inherentImpact, conditions, residualLikelihood,
                residualImpact, decision, treatment, riskOwner, newReviewDate, rationale, residualLoss);
    }

    public AgreementTerms withRationale(String newRationale) {
        return new AgreementTerms(agreedValue, inherentLikelihood, inherentImpact, conditions, residualLikelihood,
                residualImpact, decision, treatment, riskOwner, reviewDate, newRationale, residualLoss);
    }

    public AgreementTerms withAgreedValue(Double newValue) {
        return new AgreementTerms(newValue, inherentLikelihood, inherentImpact, conditions, residualLikelihood,
                residualImpact, decision, treatment, riskOwner, reviewDate, rationale, residualLoss);
    }

    /** The agreed residual loss estimate, when the parties give one. */
    public Optional<LossEstimate> residualLossEstimate() {
        return Optional.ofNullable(residualLoss);
    }

    public AgreementTerms withResidualLoss(LossEstimate newResidualLoss) {
        return new AgreementTerms(agreedValue, inherentLikelihood, inherentImpact, conditions, residualLikelihood,
                residualImpact, decision, treatment, riskOwner, reviewDate, rationale, newResidualLoss);
    }

    private static RiskScore risk(Integer likelihood, Integer impact) {
        if (!Scale.contains(likelihood) || !Scale.contains(impact)) {
            return null;
        }
        return RiskScore.of(likelihood, impact);
    }
}
