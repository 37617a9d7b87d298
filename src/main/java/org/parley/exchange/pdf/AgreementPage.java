package org.parley.exchange.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementSnapshot;
import org.parley.domain.AgreementSnapshot.PartyScores;
import org.parley.domain.AgreementTerms;
import org.parley.domain.Condition;
import org.parley.domain.Divergence;
import org.parley.domain.Note;
import org.parley.domain.RegisterRow;
import org.parley.domain.RiskScore;
import org.parley.domain.RiskStanding;
import org.parley.domain.Seat;
import org.parley.domain.Signature;
import org.parley.domain.Signatures;
import org.parley.domain.ValueCriterion;
import org.parley.domain.ValueScore;
import org.parley.domain.quant.LossEstimate;
import org.parley.exchange.pdf.PdfFonts.Style;

/**
 * One agreed initiative on its own page: both parties' scores and reasons as they were when signed, the class of
 * their divergence and why, the discussion, the agreement, who signed it and when, and the hash of what was stored.
 */
final class AgreementPage {

    /** What a term nobody set reads: the line stays, so that a reader sees it was left open. */
    private static final String NONE = "none set";

    private final PdfBlocks blocks;
    private final BoardPack pack;

    AgreementPage(PdfBlocks blocks, BoardPack pack) {
        this.blocks = blocks;
        this.pack = pack;
    }

    /** The page's anchor, which the contents and the register link to. */
    static String anchor(RegisterRow row) {
        return "initiative-" + row.initiative().id();
    }

    void write(RegisterRow row) {
        Agreement agreement = row.agreement();
        AgreementSnapshot seen = agreement.snapshot();
        AgreementSnapshot.InitiativeFacts facts = seen.initiative();
        blocks.heading(facts.title(), Style.TITLE);
        blocks.paragraph(String.join(" \u00B7 ", nonBlank(facts.category(), facts.sponsor(),
                "version " + agreement.version(), "round " + seen.round())), Style.SMALL, PdfFonts.MUTED, 6);
        if (!facts.description().isBlank()) {
            blocks.paragraph(facts.description(), Style.BODY);
        }

        blocks.heading("How each party scored it", Style.HEADING);
        PdfPTable scores = blocks.table(new float[] {14, 11, 11, 12, 8, 44},
                List.of("Party", "Likelihood", "Impact", "Risk", "Value", "Rationale"), Style.TABLE);
        for (PartyScores party : List.of(seen.first(), seen.second())) {
            RiskScore risk = party.risk();
            scores.addCell(blocks.cell(party.label(), Style.TABLE_BOLD));
            scores.addCell(blocks.cell(level(risk.likelihood().score(), risk.likelihood().label()), Style.TABLE));
            scores.addCell(blocks.cell(level(risk.impact().score(), risk.impact().label()), Style.TABLE));
            scores.addCell(blocks.cell(risk.value() + " " + risk.band().label(), Style.TABLE));
            scores.addCell(blocks.cell(ValueScore.format(party.value()), Style.TABLE));
            scores.addCell(blocks.cell(party.rationale().isBlank() ? "(none given)" : party.rationale(), Style.TABLE));
        }
        blocks.add(scores);
        blocks.paragraph(criteria(seen.first()) + "\n" + criteria(seen.second()), Style.SMALL, PdfFonts.MUTED, 4);

        Divergence divergence = new Divergence(row.initiative().id(), seen.first().scores(), seen.second().scores(),
                seen.firstOnFirst(), seen.firstOnSecond(), seen.secondOnFirst(), seen.secondOnSecond(), 0);
        blocks.paragraph("Class when signed: " + seen.divergence().label() + ". " + divergence.why(
                pack.party(Seat.FIRST).roleLabel(), pack.party(Seat.SECOND).roleLabel()), Style.BODY);

        List<Note> notes = pack.notesOf(row.initiative().id());
        blocks.heading("Discussion", Style.HEADING);
        if (notes.isEmpty()) {
            blocks.paragraph("No notes were written.", Style.BODY, PdfFonts.MUTED, 4);
        }
        for (Note note : notes) {
            blocks.paragraph(note.author() + ", " + Dates.moment(note.writtenAt(), pack.zone()) + ": " + note.text(),
                    Style.BODY);
        }

        blocks.heading("The agreement", Style.HEADING);
        blocks.add(blocks.labelled(terms(agreement)));

        blocks.heading("Signatures", Style.HEADING);
        List<String[]> signed = new ArrayList<>();
        for (Seat seat : Seat.values()) {
            Signature signature = agreement.signature(seat);
            signed.add(new String[] {signature.label(), signature(signature)});
        }
        signed.add(new String[] {"Frozen", Dates.moment(agreement.frozenAt(), pack.zone())});
        signed.add(new String[] {"Content hash", pack.contentHashes().getOrDefault(agreement.id(), "")});
        blocks.add(blocks.labelled(signed));
    }

    private List<String[]> terms(Agreement agreement) {
        AgreementTerms terms = agreement.terms();
        RiskStanding standing = agreement.standing();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Agreed value", ValueScore.format(standing.agreedValue())});
        rows.add(new String[] {"Inherent risk", risk(standing.inherent())});
        rows.add(new String[] {"Residual risk", risk(standing.residual()) + (standing.residualWithin()
                ? ", within the agreed appetite" : ", above the agreed appetite (limit "
                        + String.format(Locale.ROOT, "%.1f", standing.appetiteLimit()) + ")")
                + (standing.exception() ? ": an exception" : "")});
        rows.add(new String[] {"Decision", terms.decision() == null ? "" : terms.decision().label()});
        rows.add(new String[] {"Treatment", terms.treatment() == null ? NONE : terms.treatment().label()});
        rows.add(new String[] {"Conditions", terms.conditions().isEmpty() ? "none" : conditions(terms.conditions())});
        rows.add(new String[] {"Risk owner", blankAsNone(terms.riskOwner())});
        rows.add(new String[] {"Review date", terms.reviewDate() == null ? NONE : Dates.day(terms.reviewDate())
                + (pack.overdue(agreement) ? " (overdue)" : "")});
        LossEstimate residualLoss = terms.residualLoss();
        if (residualLoss != null) {
            rows.add(new String[] {"Residual loss", Money.estimate(residualLoss, pack.currency())});
        }
        rows.add(new String[] {"Rationale", blankAsNone(terms.rationale())});
        return rows;
    }

    private static String blankAsNone(String text) {
        return text == null || text.isBlank() ? NONE : text;
    }

    private String signature(Signature signature) {
        String when = "Signed " + Dates.moment(signature.at(), pack.zone());
        return signature.signed() ? when + "\nkey " + Signatures.fingerprint(signature.publicKey()) : when;
    }

    private static String conditions(List<Condition> conditions) {
        return conditions.stream().map(c -> "\u2022 " + c.description()
                + (c.owner() == null || c.owner().isBlank() ? "" : " \u2014 owner " + c.owner())
                + (c.dueDate() == null ? "" : ", due " + Dates.day(c.dueDate()))).collect(Collectors.joining("\n"));
    }

    /** The criterion scores in the workshop's order of its criteria, then any it no longer has. */
    private String criteria(PartyScores party) {
        Map<String, Integer> criteria = party.criteria();
        List<String> order = new ArrayList<>(pack.criteria().stream().map(ValueCriterion::name).toList());
        criteria.keySet().stream().filter(name -> !order.contains(name)).sorted().forEach(order::add);
        return party.label() + "'s value criteria: " + (criteria.isEmpty() ? "none recorded"
                : order.stream().filter(criteria::containsKey).map(name -> name + " " + criteria.get(name))
                        .collect(Collectors.joining(", ")));
    }

    static String risk(RiskScore risk) {
        return risk.likelihood().label() + " \u00D7 " + risk.impact().label() + " = " + risk.value() + " ("
                + risk.band().label() + ")";
    }

    private static String level(int score, String label) {
        return score + " " + label;
    }

    private static List<String> nonBlank(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part);
            }
        }
        return kept;
    }
}
