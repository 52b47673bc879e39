"""The documents every rule, hint and report section cites.

The seeds (shared/seeds/README.md) are the primary content; the further sources
(shared/sources/README.md) add regulation, registries and authorised products. Each entry
has the public address it was read at, when one is known, and says whether its publisher
sells stem cell treatments: such pages are cited as examples of claims, never as authorities.
"""

from dataclasses import dataclass

from .i18n import _


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    publisher: str
    note: str
    #: The public address the document was read at; "" when none is recorded.
    url: str = ""
    #: Written by a seller of stem cell treatments: cited for facts and as an example of
    #: the claims this checker judges, never as an authority.
    seller: bool = False


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
            url="https://www.itrt.es/en/key-questions-stem-cell-treatment",
        ),
        Source(
            "regencord-safety",
            _("Stem cell treatment safety: side effects, contraindications and responsible "
              "follow-up"),
            "Regencord (medical review November 2025)",
            _("Assessment before treatment, product quality, contraindications and follow-up "
              "checkpoints."),
            url="https://www.regencord.com/blogs/news/"
                "stem-cell-treatment-safety-risks-contraindications-follow-up",
        ),
        Source(
            "bookimed-safety",
            _("Is stem cell therapy safe?"),
            "Bookimed",
            _("Regulators by country and a clinic checklist. Also a sales page whose offers "
              "are examples of what this checker judges."),
            url="https://us-uk.bookimed.com/article/is-stem-cell-therapy-safe",
            seller=True,
        ),
        Source(
            "medicoexperts-safety",
            _("Is stem cell therapy a safe medical option?"),
            "MedicoExperts",
            _("Risks of the treatment. Also an example of a same-day, point-of-care offer."),
            seller=True,
        ),
        Source(
            "regenamex-side-effects",
            _("Negative side effects of stem cell therapy"),
            "Regenamex (Mexico)",
            _("Side effects and the risks of unregulated clinics. Written by a seller."),
            url="https://regenamex.com/negative-side-effects-of-stem-cell-therapy",
            seller=True,
        ),
        # The further sources (shared/sources/README.md), with their ids exactly as there.
        Source(
            "ema-cat-2020",
            _("Public warning on unregulated cell therapies (EMA/CAT/94295/2020, 28 April "
              "2020)"),
            "European Medicines Agency, Committee for Advanced Therapies",
            _("How cell-based medicines are authorised in the EU, compassionate use, and when "
              "cells count as a medicine. Read as reported by the Belgian medicines agency "
              "(AFMPS)."),
            url="https://www.afmps.be/en/news/ema_warns_against_use_of_unproven_cell_therapies",
        ),
        Source(
            "fda-consumer-2021",
            _("Important patient and consumer information about regenerative medicine "
              "therapies (June 2021)"),
            "U.S. Food and Drug Administration",
            _("Conditions for which no stem cell product is approved; being charged for an "
              "unapproved product outside a trial; a registration is not an approval."),
            url="https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/"
                "important-patient-and-consumer-information-about-regenerative-medicine-therapies",
        ),
        Source(
            "aemps-rd477",
            _("Questions and answers on Royal Decree 477/2014 (advanced therapies made "
              "non-industrially)"),
            "AEMPS (Spanish Agency of Medicines and Medical Devices)",
            _("The hospital exemption in Spain: a product made in a hospital for its own "
              "patients, authorised for that product and that hospital only."),
            url="https://www.aemps.gob.es/medicamentos-de-uso-humano/terapias-avanzadas/",
        ),
        Source(
            "cuende-2021",
            # The article's own title is in Spanish.
            _("¿Es el negocio de la medicina regenerativa con células…? Gaceta Sanitaria "
              "2021;35:374-8 (article S0213911120300406)"),
            "Cuende N. et al.",
            _("Advice for patients in Spain: a trial of an experimental product is free for "
              "the patient, insured, and needs written consent."),
            url="https://www.gacetasanitaria.org/",
        ),
        Source(
            "isscr-guide",
            _("A Closer Look at Stem Cells: what to ask, nine things to know, patient "
              "handbook"),
            "International Society for Stem Cell Research (ISSCR)",
            _("Questions to ask about any stem cell treatment, from the scientists' society."),
            url="https://www.closerlookatstemcells.org/",
        ),
        Source(
            "trial-registries",
            _("The public trial and medicine registers and their identifier formats"),
            "ClinicalTrials.gov, EU Clinical Trials Register, EU CTIS, ISRCTN, WHO ICTRP, "
            "REEC, Union Register of medicinal products",
            _("Where a trial or an authorised medicine is recorded, and what its number looks "
              "like."),
            url="https://trialsearch.who.int/",
        ),
        Source(
            "turner-2017",
            _("ClinicalTrials.gov, stem cells and 'pay-to-participate' clinical studies. "
              "Regenerative Medicine 2017"),
            "Turner L.",
            _("Clinics that list a study in a public register and charge patients to take "
              "part."),
            url="https://doi.org/10.2217/rme-2017-0015",
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
    """Fail loudly when a table entry cites a source that is not in the list above."""
    if not source_id:
        raise ValueError(f"{where}: missing source id")
    if source_id not in SOURCES:
        raise ValueError(f"{where}: unknown source id {source_id!r}")


def _check_sources() -> None:
    for source in SOURCES.values():
        if source.url and not source.url.startswith("https://"):
            raise ValueError(f"source {source.id!r}: the address must start with https://")


_check_sources()
