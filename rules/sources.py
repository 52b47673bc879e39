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


_LISTED: tuple[Source, ...] = (
    Source(
        "itrt-guide",
        _("What should you ask before undergoing stem cell treatment? A safety guide for "
          "patients"),
        "ITRT (Spain)",
        _("A clinic that sells cell treatments: its ten questions frame the checklist, and its "
          "culture times and \"approved\" indications are its own claims."),
        url="https://www.itrt.es/en/key-questions-stem-cell-treatment",
        seller=True,
    ),
    Source(
        "regencord-safety",
        _("Stem cell treatment safety: side effects, contraindications and responsible "
          "follow-up"),
        "Regencord (medical review November 2025)",
        _("Assessment before treatment, product quality, contraindications and follow-up "
          "checkpoints, from a company that sells cell treatments."),
        url="https://www.regencord.com/blogs/news/"
            "stem-cell-treatment-safety-risks-contraindications-follow-up",
        seller=True,
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
        "ema-union-register",
        _("Union Register of medicinal products for human use"),
        "European Commission",
        _("Every medicine authorised for the whole EU, with its number, and when it was "
          "suspended or withdrawn."),
        url="https://ec.europa.eu/health/documents/community-register/html/",
    ),
    Source(
        "fda-approved-ctgp",
        _("Approved Cellular and Gene Therapy Products"),
        "U.S. Food and Drug Administration",
        _("The cell and gene therapy products the FDA has approved, each with what it is "
          "approved for."),
        url="https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products/"
            "approved-cellular-and-gene-therapy-products",
    ),
    Source(
        "fda-361-hctp",
        _("21 CFR Part 1271 and the FDA's guidance on minimal manipulation and homologous "
          "use"),
        "U.S. Food and Drug Administration",
        _("When a tissue product may be sold without approval (a \"361 HCT/P\"), and that an "
          "establishment registration is not an approval."),
        url="https://www.ecfr.gov/current/title-21/chapter-I/subchapter-L/part-1271",
    ),
    Source(
        "eu-tcd-2004",
        _("Directive 2004/23/EC on tissues and cells"),
        "European Parliament and Council",
        _("Cells used as a graft within the same surgical procedure are outside the "
          "directive; cells that are substantially changed or used for another function are "
          "medicines. Donors are selected and tested (for infections such as HIV and "
          "hepatitis), and every donation is traceable."),
        url="https://eur-lex.europa.eu/eli/dir/2004/23/oj",
    ),
    Source(
        "aemps-prp-2013",
        _("Report and resolution on the use of platelet-rich plasma (2013)"),
        "AEMPS (Spanish Agency of Medicines and Medical Devices)",
        _("Platelet-rich plasma is a medicine that a doctor may prescribe and prepare under "
          "conditions of quality, traceability, safety monitoring and informed consent."),
        url="https://www.aemps.gob.es/",
    ),
    Source(
        "pmda-regenerative",
        _("List of approved regenerative medical products"),
        "Pharmaceuticals and Medical Devices Agency (PMDA), Japan",
        _("Japan's approved regenerative products, some with conditional, time-limited "
          "approval."),
        url="https://www.pmda.go.jp/english/review-services/reviews/approved-information/"
            "0004.html",
    ),
    Source(
        "mfds-cell-products",
        _("Approvals of cell therapy products"),
        "Ministry of Food and Drug Safety (MFDS), South Korea",
        _("South Korea's approved cell therapy products, some with conditional approval."),
        url="https://www.mfds.go.kr/eng/",
    ),
    Source(
        "cdsco-stempeucel",
        _("Approval of Stempeucel (2016)"),
        "Central Drugs Standard Control Organisation (CDSCO), India",
        _("India's approval of a donor stem cell product for critical limb ischaemia."),
        url="https://cdsco.gov.in/",
    ),
    Source(
        "kuriyan-2017",
        _("Vision loss after intravitreal injection of autologous \"stem cells\" for AMD. N "
          "Engl J Med 2017;376:1047-53"),
        "Kuriyan A.E. et al.",
        _("Three patients lost their sight after a clinic injected their own fat-derived cells "
          "into both eyes."),
        url="https://doi.org/10.1056/NEJMoa1609583",
    ),
    Source(
        "ebmt-ahsct-ms",
        _("EBMT recommendations on autologous haematopoietic stem cell transplantation for "
          "multiple sclerosis. Bone Marrow Transplant 2020;55:283-306"),
        "Sharrack B. et al.",
        _("Blood stem cell transplants for some people with very active multiple sclerosis, in "
          "experienced and accredited hospital centres."),
        url="https://doi.org/10.1038/s41409-019-0684-0",
    ),
    # Clinical sources for the danger signs, the transplant follow-up and donor screening:
    # none of them is written by a seller.
    Source(
        "nhs-conditions",
        _("Health A to Z: the pages on each urgent sign"),
        "NHS (National Health Service, England)",
        _("The public health service's pages on the signs that need urgent care: a "
          "temperature of 38 °C or more, an allergic reaction, a blood clot, an infection "
          "near the spine or in a joint, and sight problems."),
        url="https://www.nhs.uk/conditions/",
    ),
    Source(
        "ebmt-handbook",
        _("The EBMT Handbook: Hematopoietic Stem Cell Transplantation and Cellular "
          "Therapies, 7th edition (2019, open access)"),
        "Carreras E., Dufour C., Mohty M., Kröger N. (eds), European Society for Blood and "
        "Marrow Transplantation",
        _("The transplant team's follow-up: fever from 38.0 °C in a patient with low blood "
          "counts, bleeding, graft-versus-host disease, and reactions during or after the "
          "infusion of cells."),
        url="https://doi.org/10.1007/978-3-030-02278-5",
    ),
    # The emergency numbers by country (rules/emergency.py), and when to call an ambulance.
    Source(
        "ec-112",
        _("112: the European emergency number"),
        "European Commission",
        _("112 reaches the emergency services, an ambulance included, free of charge in "
          "every member state of the European Union."),
        url="https://digital-strategy.ec.europa.eu/en/policies/112",
    ),
    Source(
        "nhs-999",
        _("When to call 999"),
        "NHS South Western Ambulance Service (England)",
        _("Call 999 when a life is at risk: chest pain, difficulty breathing, a stroke, a "
          "fit that does not stop, a severe allergic reaction, loss of consciousness."),
        url="https://www.swast.nhs.uk/when-to-call-999",
    ),
    Source(
        "us-911",
        _("National 911 Program"),
        "U.S. Department of Transportation, NHTSA",
        _("911 is the number for police, fire and ambulance in the United States."),
        url="https://www.911.gov/",
    ),
    Source(
        "crtc-911",
        _("9-1-1 action plan (Telecom Regulatory Policy CRTC 2014-342)"),
        "Canadian Radio-television and Telecommunications Commission (CRTC)",
        _("9-1-1 is Canada's emergency number for police, fire and ambulance."),
        url="https://crtc.gc.ca/eng/archive/2014/2014-342.htm",
    ),
    Source(
        "mx-911",
        # The page's own title is in Spanish.
        _("088 y 911: responder ante cualquier llamado"),
        "Gobierno de México (Policía Federal)",
        _("Since the agreement of the Federal Telecommunications Institute of 2 December "
          "2015, 911 is Mexico's single national emergency number."),
        url="https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-"
            "llamado",
    ),
    Source(
        "au-000",
        _("Triple Zero (000)"),
        "Australian Government",
        _("000 is Australia's number for police, fire and ambulance."),
        url="https://www.triplezero.gov.au/",
    ),
    Source(
        "jp-119",
        _("Fire and Illness & Injury"),
        "City of Nagoya (Japan)",
        _("In Japan, call 119 for an ambulance in a sudden illness or a serious injury (110 is "
          "the police)."),
        url="https://www.city.nagoya.jp/en/page/0000013878.html",
    ),
)


def _by_id(sources: tuple[Source, ...]) -> dict[str, Source]:
    """The sources keyed by id; an id listed twice is an error (a later copy would
    silently replace the first)."""
    by_id: dict[str, Source] = {}
    for source in sources:
        if source.id in by_id:
            raise ValueError(f"source {source.id!r}: listed twice")
        by_id[source.id] = source
    return by_id


SOURCES: dict[str, Source] = _by_id(_LISTED)


def independent(source_id: str) -> bool:
    """Whether a source is not written by a seller of stem cell treatments."""
    return not SOURCES[source_id].seller


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
