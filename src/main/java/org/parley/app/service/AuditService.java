package org.parley.app.service;

import java.util.List;
import java.util.Optional;
import org.parley.domain.AuditChain;
import org.parley.domain.AuditVerification;
import org.parley.store.AgreementRepository;
import org.parley.store.AuditLog;
import org.parley.store.Store;

/** Reading and verifying the audit log: the hash chain of events and the frozen agreements it vouches for. */
public final class AuditService {

    private final Store store;
    private final AuditLog audit;
    private final AgreementRepository agreements;

    public AuditService(Store store) {
        this.store = store;
        this.audit = new AuditLog(store);
        this.agreements = new AgreementRepository(store);
    }

    /** Checks the chain and every signed agreement; see {@link AuditVerification}. */
    public AuditVerification.Result verify() {
        return verify(null);
    }

    /**
     * Checks as {@link #verify()} does, and that the log still holds the event whose hash (or its first
     * characters) was written down earlier: the one way to notice that the newest events were deleted.
     */
    public AuditVerification.Result verify(String expectedHash) {
        return store.inTransaction(() -> AuditVerification.verify(audit.entries(), agreements.contents(), expectedHash));
    }

    /** The workshop's events as stored, newest first; an event of an unknown kind is listed, not refused. */
    public List<AuditChain.Entry> events(long workshopId) {
        return audit.entriesForWorkshop(workshopId);
    }

    /** The newest event of the whole log: its hash is the one to write down. Empty for an empty log. */
    public Optional<AuditChain.Entry> head() {
        List<AuditChain.Entry> all = audit.entries();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}
