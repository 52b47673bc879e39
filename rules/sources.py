"""The seed documents every rule, hint and report section cites (see shared/seeds/README.md)."""

from dataclasses import dataclass

from .i18n import _


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str
    note: str


SOURCES: dict[str, Source] = {
    s.id: s
    for s in (
        Source(
            "itrt-guide",
            _("What should you ask before undergoing stem cell treatment? A safety guide for "
              "patients"),
            "ITRT (Spain)",
            _("Primary source: the ten questions, the warning signs, culture times and the "
              "conditions for a legal cell therapy."),
        ),
        Source(
            "regencord-safety",
            _("Stem cell treatment safety: side effects, contraindications and responsible "
              "follow-up"),
            "Regencord (medical review November 2025)",
            _("Assessment before treatment, product quality, contraindications and follow-up "
              "checkpoints."),
        ),
        Source(
            "bookimed-safety",
            _("Is stem cell therapy safe?"),
            "Bookimed",
            _("Regulators by country and a clinic checklist. Also a sales page whose offers "
              "are examples of what this checker judges."),
        ),
        Source(
            "medicoexperts-safety",
            _("Is stem cell therapy a safe medical option?"),
            "MedicoExperts",
            _("Risks of the treatment. Also an example of a same-day, point-of-care offer."),
        ),
        Source(
            "regenamex-side-effects",
            _("Negative side effects of stem cell therapy"),
            "Regenamex (Mexico)",
            _("Side effects and the risks of unregulated clinics. Written by a seller."),
        ),
        Source(
            "fda-consumer-2021",
            _("Important patient and consumer information about regenerative medicine "
              "therapies"),
            "U.S. Food and Drug Administration (June 2021)",
            _("Conditions for which no stem cell product is approved, and why paying for an "
              "unapproved product outside a trial is a warning sign."),
        ),
        Source(
            "ema-cat-2020",
            _("Public warning on unregulated cell therapies (EMA/CAT/94295/2020)"),
            "European Medicines Agency, Committee for Advanced Therapies (April 2020)",
            _("Authorised cell medicines, same-day procedures and the risks of unproven cell "
              "therapies."),
        ),
        Source(
            "turner-2017",
            _("ClinicalTrials.gov, stem cells and 'pay-to-participate' clinical studies"),
            "Turner L., Regenerative Medicine (2017)",
            _("Studies listed on a public register that charge patients to take part."),
        ),
        Source(
            "cuende-2021",
            _("¿Es el negocio de la medicina regenerativa con células…?"),
            "Cuende N. et al., Gaceta Sanitaria (2021)",
            _("Advice for patients in Spain on unproven cell therapies; taking part in a "
              "trial is free."),
        ),
        Source(
            "trial-registries",
            _("The public trial and medicine registers and their identifier formats"),
            "ClinicalTrials.gov, EU registers, ISRCTN, WHO ICTRP, Union Register",
            _("How a trial or product number looks and where to open its record."),
        ),
    )
}


def check_source(source_id: str, where: str) -> None:
    """Fail loudly when a table entry cites a source that is not a seed document."""
    if not source_id:
        raise ValueError(f"{where}: missing source id")
    if source_id not in SOURCES:
        raise ValueError(f"{where}: unknown source id {source_id!r}")
