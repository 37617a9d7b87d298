package org.parley.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.parley.app.service.QuantService;
import org.parley.domain.Party;
import org.parley.domain.Seat;
import org.parley.domain.Workshop;
import org.parley.domain.quant.Amounts;
import org.parley.domain.quant.PortfolioLoss;
import org.parley.domain.quant.ToleranceCurve;

/** The {@code quant} command's output: a run's figures as text for people or as design.md's JSON for tools. */
final class QuantReportWriter {

    /** How many initiatives the text names, by expected loss. */
    static final int TOP = 10;
    /** The exceedance list's decades start here, below which no workshop's loss is worth a line. */
    private static final double FIRST_DECADE = 1_000;

    private final Workshop workshop;
    private final Party first;
    private final Party second;
    private final QuantService.Result result;

    QuantReportWriter(Workshop workshop, List<Party> parties, QuantService.Result result) {
        this.workshop = workshop;
        this.first = parties.get(0);
        this.second = parties.get(1);
        this.result = result;
    }

    void writeText(PrintWriter out) {
        out.println(workshop.name() + ": portfolio loss, " + result.currency() + " a year");
        out.printf(Locale.ROOT, "%s initiatives with both parties' revealed loss estimates%s; %,d simulated years, "
                + "seed %d.%n", result.initiatives().size(), result.agreedOnly() ? ", agreed to go ahead" : "",
                result.trials(), result.seed());
        out.println();
        out.printf(Locale.ROOT, "  %-12s %18s %18s %18s %18s%n", "", "expected", "p50", "p90", "p99");
        for (Party party : List.of(first, second)) {
            PortfolioLoss loss = result.of(party.seat());
            out.printf(Locale.ROOT, "  %-12s %18s %18s %18s %18s%n", party.roleLabel(), amount(loss.expectedAnnualLoss()),
                    amount(loss.p50()), amount(loss.p90()), amount(loss.p99()));
        }
        out.println();
        if (result.verdicts() == null) {
            out.println("Tolerances: not revealed yet, so no verdicts. Each party sets one (parley tolerance) and "
                    + "'reveal' shows them with the appetites.");
        } else {
            out.println("Tolerances: " + first.roleLabel() + " " + result.tolerances().first().text() + " \u00B7 "
                    + second.roleLabel() + " " + result.tolerances().second().text()
                    + (result.tolerances().agreed() == null ? "" : " \u00B7 agreed "
                            + result.tolerances().agreed().text()));
            for (Party tolerance : List.of(first, second)) {
                for (Party estimates : List.of(first, second)) {
                    out.printf(Locale.ROOT, "  %s's tolerance on %s's estimates: %s%n", tolerance.roleLabel(),
                            estimates.roleLabel(), result.verdicts().verdict(tolerance.seat(), estimates.seat()).label()
                                    .toLowerCase(Locale.ROOT));
                }
            }
            out.println("Divergence: " + result.verdicts().label());
        }
        out.println();
        List<QuantService.InitiativeLoss> top = result.byExpectedLoss();
        out.println("Expected annual loss by initiative" + (top.size() > TOP ? ", top " + TOP : "") + ":");
        for (QuantService.InitiativeLoss item : top.subList(0, Math.min(TOP, top.size()))) {
            out.printf(Locale.ROOT, "  %6d  %s: %s %s \u00B7 %s %s%n", item.initiativeId(), item.title(),
                    first.roleLabel(), amount(item.first()), second.roleLabel(), amount(item.second()));
        }
    }

    void writeJson(PrintWriter out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("workshop", workshop.name());
        root.put("trials", result.trials());
        root.put("seed", result.seed());
        root.put("currency", result.currency());
        root.put("agreed_only", result.agreedOnly());
        List<Double> losses = exceedanceLosses();
        Map<String, Object> parties = new LinkedHashMap<>();
        for (Party party : List.of(first, second)) {
            PortfolioLoss loss = result.of(party.seat());
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("expected_annual_loss", loss.expectedAnnualLoss());
            Map<String, Object> percentiles = new LinkedHashMap<>();
            percentiles.put("p50", loss.p50());
            percentiles.put("p90", loss.p90());
            percentiles.put("p99", loss.p99());
            figures.put("percentiles", percentiles);
            List<Map<String, Object>> exceedance = new ArrayList<>();
            for (double at : losses) {
                exceedance.add(point(at, loss.exceedance(at)));
            }
            figures.put("exceedance", exceedance);
            parties.put(party.roleLabel(), figures);
        }
        root.put("parties", parties);
        root.put("tolerances_revealed", result.tolerances().revealed());
        Map<String, Object> tolerances = new LinkedHashMap<>();
        putCurve(tolerances, first.roleLabel(), result.tolerances().first());
        putCurve(tolerances, second.roleLabel(), result.tolerances().second());
        putCurve(tolerances, "agreed", result.tolerances().agreed());
        root.put("tolerances", tolerances);
        Map<String, Object> verdicts = new LinkedHashMap<>();
        if (result.verdicts() != null) {
            for (Party tolerance : List.of(first, second)) {
                for (Party estimates : List.of(first, second)) {
                    verdicts.put(tolerance.roleLabel() + "_tolerance_on_" + estimates.roleLabel() + "_estimates",
                            result.verdicts().verdict(tolerance.seat(), estimates.seat()).jsonName());
                }
            }
        }
        root.put("verdicts", verdicts);
        root.put("divergence", result.verdicts() == null ? null : result.verdicts().jsonName());
        List<Map<String, Object>> initiatives = new ArrayList<>();
        for (QuantService.InitiativeLoss item : result.initiatives()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", item.initiativeId());
            json.put("title", item.title());
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put(first.roleLabel(), item.of(Seat.FIRST));
            expected.put(second.roleLabel(), item.of(Seat.SECOND));
            json.put("expected_annual_loss", expected);
            if (result.agreedOnly()) {
                json.put("estimate", item.agreedEstimate() ? "agreed" : "parties");
            }
            initiatives.add(json);
        }
        root.put("initiatives", initiatives);
        DivergenceReportWriter.writeJson(out, root);
    }

    /**
     * Every point of every visible tolerance, and the decades from {@value #FIRST_DECADE} to the first at or above
     * either party's p99, so that a curve shows even before the tolerances are revealed.
     */
    private List<Double> exceedanceLosses() {
        TreeSet<Double> losses = new TreeSet<>(QuantService.tolerancePoints(result.tolerances()));
        double top = Math.max(result.first().p99(), result.second().p99());
        for (double decade = FIRST_DECADE; ; decade *= 10) {
            losses.add(decade);
            if (decade >= top) {
                break;
            }
        }
        return List.copyOf(losses);
    }

    private static void putCurve(Map<String, Object> tolerances, String name, ToleranceCurve curve) {
        if (curve != null) {
            tolerances.put(name, curve.points().stream().map(p -> point(p.loss(), p.probability())).toList());
        }
    }

    private static Map<String, Object> point(double loss, double probability) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("loss", loss);
        point.put("probability", probability);
        return point;
    }

    /** An amount rounded to whole units, with thousands separators: 26,612,345. */
    static String amount(double value) {
        return Amounts.grouped(value);
    }
}
