package org.parley.app.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.domain.Actor;
import org.parley.domain.Agreement;
import org.parley.domain.AgreementContent;
import org.parley.domain.Analysis;
import org.parley.domain.AuditVerification;
import org.parley.domain.AuditKind;
import org.parley.domain.Note;
import org.parley.domain.ParleyException;
import org.parley.domain.RegisterRow;
import org.parley.domain.RuleViolation;
import org.parley.domain.Seat;
import org.parley.domain.Signature;
import org.parley.domain.Signatures;
import org.parley.domain.Workshop;
import org.parley.domain.quant.LossSimulation;
import org.parley.domain.quant.SimulationProgress;
import org.parley.exchange.ExchangeProgress;
import org.parley.exchange.pdf.BoardPack;
import org.parley.exchange.pdf.BoardPackWriter;
import org.parley.exchange.pdf.Figure;
import org.parley.exchange.pdf.Paper;
import org.parley.store.AuditLog;
import org.parley.store.NoteRepository;
import org.parley.store.Store;
import org.parley.store.StoredAgreements;

/**
 * The board pack (issue 16): what the session leaves for the board, as a PDF. It reads only what either party may
 * see of a workshop, the revealed rounds and appetites, the current signed agreements and their notes, so nothing
 * private can reach the document; and it changes nothing, so it needs no consent.
 */
public final class BoardPackService {

    /** The simulation's seed in a board pack, printed in it, so that {@code quant --seed 1} gives the same figures. */
    public static final long SEED = 1;

    private final Store store;
    private final WorkshopService workshops;
    private final DivergenceService divergence;
    private final RegisterService register;
    private final QuantService quant;
    private final AuditService audits;
    private final NoteRepository notes;
    private final AuditLog audit;
    private final StoredAgreements stored;

    public BoardPackService(Store store, WorkshopService workshops, DivergenceService divergence,
            RegisterService register, QuantService quant, AuditService audits) {
        this.store = store;
        this.workshops = workshops;
        this.divergence = divergence;
        this.register = register;
        this.quant = quant;
        this.audits = audits;
        this.notes = new NoteRepository(store);
        this.audit = new AuditLog(store);
        this.stored = new StoredAgreements(store);
    }

    /**
     * What the board pack of a workshop prints.
     *
     * @param all      also the initiatives without a signed agreement, marked "not agreed"
     * @param progress the loss simulation's, when the revealed rounds carry estimates; nothing else takes long
     */
    public BoardPack assemble(long workshopId, boolean all, SimulationProgress progress) {
        Workshop workshop = workshops.workshop(workshopId);
        ZoneId zone = ZoneId.systemDefault();
        List<RegisterRow> rows = register.rows(workshopId);
        List<RegisterRow> shown = all ? rows : rows.stream().filter(RegisterRow::agreed).toList();
        Set<Long> agreedInitiatives = shown.stream().filter(RegisterRow::agreed)
                .map(row -> row.initiative().id()).collect(Collectors.toSet());
        Map<Long, List<Note>> agreedNotes = new HashMap<>(notes.forWorkshop(workshopId));
        agreedNotes.keySet().retainAll(agreedInitiatives);
        Set<Long> agreementIds = shown.stream().filter(RegisterRow::agreed)
                .map(row -> row.agreement().id()).collect(Collectors.toSet());
        Map<Long, String> hashes = stored.contentsOfWorkshop(workshopId).stream()
                .filter(content -> agreementIds.contains(content.id()))
                .collect(Collectors.toMap(AgreementContent::id, AgreementContent::sha256));
        Optional<AuditLog.Span> span = audit.spanOfWorkshop(workshopId);
        Analysis analysis = divergence.analysis(workshopId, null);
        Optional<BoardPack.Losses> losses = losses(workshopId, rows, progress);
        // Last, so that every fact read above is in an event up to the hash it prints; and checked, since the pack
        // vouches for the agreements' hashes.
        AuditVerification.Result verified = audits.verify(null);
        if (!verified.intact()) {
            throw new RuleViolation("The store's audit log does not verify (" + verified.broken().describe()
                    + "), so a board pack would vouch for what may have been changed. Run parley verify to see what, "
                    + "and restore a backup taken before it.");
        }
        return new BoardPack(workshop, workshops.parties(workshopId), fingerprints(rows),
                span.map(AuditLog.Span::from).orElse(workshop.createdAt()),
                span.map(AuditLog.Span::to).orElse(workshop.createdAt()),
                verified.last() == null ? "" : verified.lastHash(), workshops.criteria(workshopId), analysis, shown,
                agreedNotes, hashes, workshops.currency(workshopId), losses, all, LocalDate.ofInstant(store.now(), zone),
                zone, store.now());
    }

    /**
     * Writes the pack to a PDF, all or nothing, and records in the audit log who wrote it, where, and the SHA-256 of
     * the file, so that a copy handed round can be matched to its event. Says how many pages it has and which
     * characters it could not print.
     */
    public BoardPackWriter.Result write(BoardPack pack, List<Figure> figures, Paper paper, Path target,
            ExchangeProgress progress, Actor actor) {
        ExchangeService.refuseFolder(target, "board-pack.pdf");
        BoardPackWriter.Result result = ExchangeService.write(target,
                () -> new BoardPackWriter(paper).write(pack, figures, target, progress));
        String sha256;
        try {
            sha256 = Signatures.sha256Hex(Files.readAllBytes(target));
        } catch (IOException e) {
            throw new ParleyException("The board pack " + target.toAbsolutePath() + " is written, but Parley could not "
                    + "read it back to record its hash: " + e.getMessage(), e);
        }
        long workshopId = pack.workshop().id();
        audit.append(workshopId, actor, AuditKind.BOARD_PACK_WRITTEN, workshopId, Map.of("file",
                target.getFileName().toString(), "pages", result.pages(), "all", pack.all(), "paper", paper.label(),
                "sha256", sha256, "audit", pack.auditHead()));
        return result;
    }

    private Optional<BoardPack.Losses> losses(long workshopId, List<RegisterRow> rows, SimulationProgress progress) {
        if (!QuantService.estimated(rows)) {
            return Optional.empty();
        }
        QuantService.Result run = quant.simulate(workshopId, rows, LossSimulation.DEFAULT_TRIALS, SEED, false,
                progress);
        return Optional.of(new BoardPack.Losses(run.first(), run.second(), run.tolerances(), run.verdicts()));
    }

    /** Each signer's public-key fingerprint, from the newest signature they gave among the current agreements. */
    private static Map<Long, String> fingerprints(List<RegisterRow> rows) {
        Map<Long, Signature> newest = new HashMap<>();
        for (RegisterRow row : rows) {
            Agreement agreement = row.agreement();
            if (agreement == null) {
                continue;
            }
            for (Seat seat : Seat.values()) {
                Signature signature = agreement.signature(seat);
                if (signature != null && signature.signed()) {
                    newest.merge(signature.partyId(), signature, (a, b) -> a.at().isAfter(b.at()) ? a : b);
                }
            }
        }
        Map<Long, String> fingerprints = new HashMap<>();
        newest.forEach((party, signature) -> fingerprints.put(party, Signatures.fingerprint(signature.publicKey())));
        return fingerprints;
    }
}
