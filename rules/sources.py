"""The documents every rule, hint and report section cites: the seeds (shared/seeds/README.md)
and the further sources (shared/sources/README.md), by their ids there."""

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
        # Further sources (shared/sources/README.md): who regulates, where to report harm.
        Source(
            "aemps-rd477",
            _("Questions and answers on Royal Decree 477/2014 (hospital exemption for "
              "advanced therapies)"),
            "AEMPS (Spanish Agency of Medicines and Medical Devices)",
            _("The Spanish medicines agency: hospital exemption, and notificaRAM, where "
              "patients in Spain report side effects."),
        ),
        Source(
            "ema-cat-2020",
            _("Public warning on unregulated cell therapies (EMA/CAT/94295/2020)"),
            "European Medicines Agency, Committee for Advanced Therapies (28 April 2020)",
            _("How cell medicines are authorised in the EU; patients report side effects "
              "to their national medicines agency."),
        ),
        Source(
            "fda-consumer-2021",
            _("Important patient and consumer information about regenerative medicine "
              "therapies"),
            "U.S. Food and Drug Administration (June 2021)",
            _("Unapproved stem cell products in the United States, and MedWatch, where "
              "side effects are reported."),
        ),
    )
}


def check_source(source_id: str, where: str) -> None:
    """Fail loudly when a table entry cites a source that is not a seed document."""
    if not source_id:
        raise ValueError(f"{where}: missing source id")
    if source_id not in SOURCES:
        raise ValueError(f"{where}: unknown source id {source_id!r}")
