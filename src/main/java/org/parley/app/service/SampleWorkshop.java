package org.parley.app.service;

import java.math.BigDecimal;
import java.util.List;
import org.parley.domain.InitiativeDraft;
import org.parley.domain.Party;
import org.parley.domain.Workshop;

/**
 * The workshop a new store starts with, so that every screen has real content on first start and a
 * newcomer can see what a finished session looks like before entering their own portfolio.
 */
public final class SampleWorkshop {

    public static final String NAME = "FY27 strategy offsite";

    private final WorkshopService workshops;
    private final InitiativeService initiatives;

    public SampleWorkshop(WorkshopService workshops, InitiativeService initiatives) {
        this.workshops = workshops;
        this.initiatives = initiatives;
    }

    /** Creates the sample workshop and returns it. */
    public Workshop create() {
        Workshop workshop = workshops.create(NAME);
        List<Party> parties = workshops.parties(workshop.id());
        workshops.renameParty(parties.get(0), "Amira Haddad", "CISO");
        workshops.renameParty(parties.get(1), "Jonas Berg", "CTO");
        for (InitiativeDraft draft : INITIATIVES) {
            initiatives.add(workshop.id(), draft);
        }
        return workshop;
    }

    static final List<InitiativeDraft> INITIATIVES = List.of(
            draft("Generative-AI customer support assistant",
                    "An LLM assistant answers tier-1 support chats and drafts replies for agents, grounded in the "
                            + "knowledge base and the customer's order history. Hosted by a third-party model "
                            + "provider; transcripts contain personal data.",
                    "AI & Data", "VP Customer Experience", "420000", "GDPR|EU AI Act"),
            draft("Move card payments platform to public cloud",
                    "Re-platform the card authorisation and settlement services from the co-located data centre "
                            + "to a managed Kubernetes service in two regions, with the HSMs replaced by a cloud KMS.",
                    "Cloud & Infrastructure", "Head of Payments", "1850000", "PCI-DSS|SOC 2|DORA"),
            draft("Open analytics data access",
                    "Give every employee self-service access to the analytics lakehouse, including customer "
                            + "behaviour tables, through a SQL workbench and notebooks. Column masking is planned "
                            + "for phase two.",
                    "AI & Data", "Chief Data Officer", "640000", "GDPR|CCPA"),
            draft("Zero-trust network access",
                    "Replace the remote-access VPN with identity-aware access per application, device posture "
                            + "checks and continuous session evaluation. Legacy thick clients need a connector.",
                    "Security", "CISO", "780000", "ISO 27001|SOC 2"),
            draft("DevSecOps pipeline",
                    "Add static analysis, dependency scanning, secret detection and signed, reproducible builds "
                            + "to every pipeline; releases are blocked on critical findings after a 90-day grace period.",
                    "Engineering", "VP Engineering", "310000", "ISO 27001|SOC 2"),
            draft("AI coding assistants for all engineers",
                    "Roll out an AI pair-programming assistant to 600 engineers, with code snippets sent to the "
                            + "vendor's cloud. Expected 20% faster delivery; licence terms on training data to be agreed.",
                    "Engineering", "CTO", "260000", "SOC 2"),
            draft("Bring your own device for field sales",
                    "Let the field sales team use personal phones and tablets for CRM, email and quoting, managed "
                            + "through app-level containers instead of full device enrolment.",
                    "Workplace", "Chief Revenue Officer", "150000", "GDPR"),
            draft("Passwordless customer login with passkeys",
                    "Offer passkeys and magic links in the customer app and website, keeping passwords as a "
                            + "fallback for two years; account recovery moves to verified ID documents.",
                    "Product", "Chief Product Officer", "520000", "GDPR|PCI-DSS"),
            draft("Partner API marketplace",
                    "Publish order, catalogue and loyalty APIs to third-party developers with self-service "
                            + "onboarding, OAuth scopes and usage-based pricing.",
                    "Product", "Chief Digital Officer", "900000", "GDPR|SOC 2"),
            draft("Retire on-premises ERP for a SaaS suite",
                    "Migrate finance, procurement and HR from the 15-year-old on-premises ERP to a SaaS suite; "
                            + "the old system stays read-only for seven years of audit retention.",
                    "Enterprise applications", "CFO", "2400000", "SOX|GDPR"),
            draft("Employee telehealth benefit",
                    "Offer US employees video consultations through a telehealth provider integrated with the HR "
                            + "portal by single sign-on; eligibility data flows to the provider nightly.",
                    "People", "Chief People Officer", "120000", "HIPAA|GDPR"),
            draft("Real-time fraud scoring with machine learning",
                    "Score every card transaction with a gradient-boosted model in under 50 ms, replacing static "
                            + "rules; declines above a threshold are automatic and explained on request.",
                    "AI & Data", "Head of Payments", "730000", "PCI-DSS|EU AI Act"),
            draft("Cloud security posture management",
                    "Continuously scan all cloud accounts for misconfigurations, exposed secrets and drift from "
                            + "the CIS benchmarks, with automatic fixes for the ten most common findings.",
                    "Cloud & Infrastructure", "CTO", "190000", "ISO 27001|SOC 2"),
            draft("Offline mode for the field service app",
                    "Technicians download work orders, customer addresses and site photos to their tablets and "
                            + "sync when back online; devices hold up to 30 days of data.",
                    "Product", "COO", "340000", "GDPR"));

    private static InitiativeDraft draft(String title, String description, String category, String sponsor,
                                         String cost, String tags) {
        return new InitiativeDraft(title, description, category, sponsor, new BigDecimal(cost),
                List.of(tags.split("\\|")));
    }
}
