package org.parley.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.domain.Analysis;
import org.parley.domain.Divergence;
import org.parley.domain.DivergenceClass;
import org.parley.domain.Frontier;
import org.parley.domain.Party;
import org.parley.domain.Plurals;
import org.parley.domain.PortfolioAgreement;
import org.parley.domain.ScaleAgreement;
import org.parley.domain.Scores;
import org.parley.domain.Seat;
import org.parley.domain.ValueScore;
import org.parley.domain.Workshop;

/** The {@code report} command's output: the divergence analysis as text for people or JSON for tools. */
final class DivergenceReportWriter {

    // Written straight to the command's output, which it must not close, rather than built as one string first:
    // at 10,000 initiatives that string and its copies were tens of megabytes for the collector (decision 0020).
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final Workshop workshop;
    private final Party first;
    private final Party second;
    private final Analysis analysis;

    DivergenceReportWriter(Workshop workshop, List<Party> parties, Analysis analysis) {
        this.workshop = workshop;
        this.first = parties.get(0);
        this.second = parties.get(1);
        this.analysis = analysis;
    }

    /** Every initiative in report order: hardest first when classified, else in the order they were added. */
    private List<Analysis.Revealed> ordered() {
        if (analysis.report() == null) {
            return analysis.revealed();
        }
        Map<Long, Analysis.Revealed> byId = analysis.byId();
        return analysis.report().ranked().stream().map(d -> byId.get(d.initiativeId())).toList();
    }

    void writeText(PrintWriter out) {
        out.println(workshop.name() + ": divergence report");
        out.println("Parties: " + first.label() + " and " + second.label());
        if (analysis.appetites().complete()) {
            out.println("Appetites: " + first.roleLabel() + " " + describe(analysis.appetites().first()) + " \u00B7 "
                    + second.roleLabel() + " " + describe(analysis.appetites().second())
                    + (analysis.appetites().agreed() == null ? "" : " \u00B7 agreed " + describe(analysis.appetites().agreed())));
        } else {
            out.println("Appetites: not revealed yet, so initiatives are not classified. Set both and run 'reveal'.");
        }
        out.println(Plurals.count(analysis.revealed().size(), "revealed initiative")
                + (analysis.unrevealed() > 0 ? "; " + analysis.unrevealed() + " not yet revealed "
                        + Plurals.word(analysis.unrevealed(), "is", "are") + " left out." : "."));
        out.println();
        int rank = 0;
        for (Analysis.Revealed item : ordered()) {
            rank++;
            Divergence divergence = analysis.divergenceOf(item.initiative().id()).orElse(null);
            String tag = divergence == null ? "" : "  [" + divergence.divergenceClass().label() + "]";
            out.printf(Locale.ROOT, "%3d. %s%s%n", rank, item.initiative().title(), tag);
            out.printf(Locale.ROOT, "     %s: risk %d, value %s \u00B7 %s: risk %d, value %s%n",
                    first.roleLabel(), item.first().riskScore(), ValueScore.format(item.first().value()),
                    second.roleLabel(), item.second().riskScore(), ValueScore.format(item.second().value()));
            if (divergence != null) {
                out.println("     " + divergence.why(first.roleLabel(), second.roleLabel()));
            }
        }
        if (analysis.report() != null) {
            out.println();
            List<String> counts = new ArrayList<>();
            for (DivergenceClass c : DivergenceClass.values()) {
                counts.add(c.label() + " " + analysis.report().count(c));
            }
            out.println("Classes: " + String.join(" \u00B7 ", counts));
        }
        PortfolioAgreement agreement = analysis.agreement();
        out.println();
        out.printf(Locale.ROOT, "Portfolio agreement (n = %d)%n  %-12s %-25s %-7s %s%n", agreement.n(), "", "kappa quadratic", "linear", "exact");
        row(out, "Likelihood", agreement.likelihood());
        row(out, "Impact", agreement.impact());
        row(out, "Value", agreement.value());
    }

    private static void row(PrintWriter out, String name, ScaleAgreement a) {
        if (a.n() == 0) {
            out.printf(Locale.ROOT, "  %-12s n/a (no revealed initiatives yet)%n", name);
            return;
        }
        out.printf(Locale.ROOT, "  %-12s %6.4f %-18s %6.4f  %5.1f%%%n", name, a.kappaQuadratic(),
                "(" + a.reading() + ")", a.kappaLinear(), 100 * a.exact());
    }

    /** Writes plain maps and lists as indented JSON and a line end, leaving {@code out} open. */
    static void writeJson(PrintWriter out, Map<String, Object> root) {
        try {
            JSON.writeValue(out, root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The report is plain maps and lists", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    void writeJson(PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("workshop", workshop.name());
        root.put("parties", List.of(first.roleLabel(), second.roleLabel()));
        root.put("appetites_revealed", analysis.appetites().complete());
        Map<String, Object> frontiers = new LinkedHashMap<>();
        if (analysis.appetites().complete()) {
            frontiers.put(first.roleLabel(), frontier(analysis.appetites().first()));
            frontiers.put(second.roleLabel(), frontier(analysis.appetites().second()));
            if (analysis.appetites().agreed() != null) {
                frontiers.put("agreed", frontier(analysis.appetites().agreed()));
            }
        }
        root.put("appetites", frontiers);
        List<Map<String, Object>> initiatives = new ArrayList<>();
        for (Analysis.Revealed item : ordered()) {
            initiatives.add(initiative(item));
        }
        root.put("initiatives", initiatives);
        root.put("unrevealed", analysis.unrevealed());
        Map<String, Object> agreement = new LinkedHashMap<>();
        agreement.put("n", analysis.agreement().n());
        agreement.put("likelihood", scale(analysis.agreement().likelihood()));
        agreement.put("impact", scale(analysis.agreement().impact()));
        agreement.put("value", scale(analysis.agreement().value()));
        root.put("agreement", agreement);
        writeJson(out, root);
    }

    private Map<String, Object> initiative(Analysis.Revealed item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.initiative().id());
        json.put("title", item.initiative().title());
        json.put("round", item.round());
        Divergence divergence = analysis.divergenceOf(item.initiative().id()).orElse(null);
        json.put("divergence", divergence == null ? null : divergence.divergenceClass().jsonName());
        json.put("magnitude", divergence == null ? null : round4(divergence.magnitude()));
        json.put("why", divergence == null ? null : divergence.why(first.roleLabel(), second.roleLabel()));
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put(first.roleLabel(), scores(Scores.of(item.first())));
        scores.put(second.roleLabel(), scores(Scores.of(item.second())));
        json.put("scores", scores);
        if (divergence != null) {
            Map<String, Object> verdicts = new LinkedHashMap<>();
            for (Seat appetite : Seat.values()) {
                for (Seat on : Seat.values()) {
                    verdicts.put(role(appetite) + "_appetite_on_" + role(on) + "_scores",
                            divergence.verdict(appetite, on).name().toLowerCase(Locale.ROOT));
                }
            }
            json.put("verdicts", verdicts);
        }
        return json;
    }

    private String role(Seat seat) {
        return seat == Seat.FIRST ? first.roleLabel() : second.roleLabel();
    }

    private static Map<String, Object> scores(Scores s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("likelihood", s.likelihood());
        json.put("impact", s.impact());
        json.put("risk", s.riskScore());
        json.put("band", s.risk().band().label());
        json.put("value", round4(s.value()));
        return json;
    }

    private static Map<String, Object> frontier(Frontier f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("levels", f.levels());
        json.put("cap", f.cap().isPresent() ? f.cap().getAsInt() : null);
        return json;
    }

    private static Map<String, Object> scale(ScaleAgreement a) {
        Map<String, Object> json = new LinkedHashMap<>();
        boolean none = a.n() == 0;
        json.put("kappa_quadratic", none ? null : round4(a.kappaQuadratic()));
        json.put("kappa_linear", none ? null : round4(a.kappaLinear()));
        json.put("exact", none ? null : round4(a.exact()));
        json.put("reading", none ? "no data" : a.reading());
        return json;
    }

    private static double round4(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static String describe(Frontier f) {
        return f.toString();
    }
}
