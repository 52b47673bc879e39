"""Sourced clinical content for the doctor: contraindications, check-ups, red flags, routes.

Data, like the rules table: every entry has an id (a contract: the after-treatment checklist
reuses the red flags' ids) and a source id checked at import. Texts are message ids (see
``rules.i18n``); the web app translates them when it shows them.
"""

from dataclasses import dataclass

from . import aftercare
from .i18n import _
from .sources import check_source


@dataclass(frozen=True, slots=True)
class SafetyItem:
    id: str
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class Checkpoint:
    id: str
    when: str
    text: str
    source: str


@dataclass(frozen=True, slots=True)
class RouteNote:
    #: The offer page's route value (``checker.offer.ROUTES``).
    route: str
    text: str
    source: str


#: Reasons not to have the treatment at all.
ABSOLUTE_CONTRAINDICATIONS: tuple[SafetyItem, ...] = (
    SafetyItem("active_infection",
               _("An infection now, anywhere in the body or where the cells would go."),
               "regencord-safety"),
    SafetyItem("product_allergy", _("A known allergy to anything the product contains."),
               "regencord-safety"),
    SafetyItem("no_consent", _("Not being able to give informed consent."), "regencord-safety"),
)

#: Reasons for caution, weighed case by case.
RELATIVE_CONTRAINDICATIONS: tuple[SafetyItem, ...] = (
    SafetyItem("bleeding",
               _("Bleeding problems that are not under control, or blood thinners that make "
                 "an injection unsafe."),
               "regencord-safety"),
    SafetyItem("cancer",
               _("Cancer now or treated recently: a cancer specialist should be asked first."),
               "regencord-safety"),
    SafetyItem("immunosuppression",
               _("A weak immune system, or high doses of medicines that suppress it."),
               "regencord-safety"),
    SafetyItem("pregnancy",
               _("Pregnancy or breastfeeding: there is little evidence either way."),
               "regencord-safety"),
    SafetyItem("organ_disease", _("Heart, kidney or liver disease that is not under control."),
               "regencord-safety"),
)

#: The check-ups a responsible clinic plans, in order, when nothing more is known of the
#: route or the illness; ``checkpoints_for`` swaps in the ones that fit the case.
CHECKPOINTS: tuple[Checkpoint, ...] = (
    Checkpoint("baseline", _("Before treatment"),
               _("A confirmed diagnosis, the patient's history and medicines reviewed, and "
                 "the illness measured in a standard way to compare against later."),
               "isscr-guide"),
    Checkpoint("early", _("48 to 72 hours"),
               _("Where the cells went in, pain, temperature and any early reaction."),
               "regencord-safety"),
    Checkpoint("first_weeks", _("4 to 6 weeks"),
               _("A first check of symptoms; any side effect recorded."), "regencord-safety"),
    Checkpoint("three_months", _("3 months"),
               _("Scores compared with the ones taken before treatment."), "regencord-safety"),
    Checkpoint("long_term", _("6 to 12 months"), _("Whether any improvement has lasted."),
               "regencord-safety"),
)

#: Illness groups of bones, joints, tendons, cartilage and the spine: pain and function scales.
MUSCULOSKELETAL = ("osteoarthritis", "tendon", "spine", "fracture", "osteonecrosis",
                   "cartilage_defect")
_NEUROLOGICAL = ("neurological", "spinal_cord_injury")
_EYE = ("eye", "eye_surface", "eye_retina")

#: The baseline check-up by kind of illness (``_baseline_kind``).
BASELINES: dict[str, Checkpoint] = {
    "musculoskeletal": Checkpoint(
        "baseline", _("Before treatment"),
        _("A confirmed diagnosis, the patient's history and medicines reviewed, and pain and "
          "function scored on standard scales (VAS; WOMAC for a knee or hip, ODI for the "
          "back) to compare against later."), "regencord-safety"),
    "neurological": Checkpoint(
        "baseline", _("Before treatment"),
        _("A neurologist's confirmed diagnosis and a standard disability score (for multiple "
          "sclerosis, the EDSS) with a recent MRI, to compare against later."),
        "ebmt-ahsct-ms"),
    "eye": Checkpoint(
        "baseline", _("Before treatment"),
        _("An eye specialist's examination of both eyes: sight measured on a chart, eye "
          "pressure and imaging of the retina, to compare against later."), "kuriyan-2017"),
}

#: The first check-up, by route: what can go wrong first where the cells go.
EARLY_BY_ROUTE: dict[str, Checkpoint] = {
    "joint": Checkpoint("early", _("48 to 72 hours"),
                        _("The injection site (swelling, redness, heat), pain and "
                          "temperature."), "nhs-conditions"),
    "surgical": Checkpoint("early", _("48 to 72 hours"),
                           _("The wound, pain, temperature and the legs for a clot."),
                           "nhs-conditions"),
    "intravenous": Checkpoint("early", _("Hours to 3 days"),
                              _("Temperature, breathing, pulse and blood pressure during "
                                "and after the infusion; any allergic reaction or "
                                "shivering."), "ebmt-handbook"),
    "intrathecal": Checkpoint("early", _("48 to 72 hours"),
                              _("Headache, temperature, neck stiffness, and new weakness, "
                                "numbness or bladder problems."), "nhs-conditions"),
    "eye": Checkpoint("early", _("1 to 3 days"),
                      _("An eye specialist's check of sight, eye pressure, the retina and "
                        "signs of infection."), "kuriyan-2017"),
}

#: Cells from another person: the donor's screening is part of the check before treatment.
DONOR_SCREENING = Checkpoint(
    "donor", _("Before treatment"),
    _("Donor cells: which licensed tissue establishment supplied them, and the donor's "
      "selection and tests for infections (HIV, hepatitis B and C) on record."),
    "eu-tcd-2004")
#: Cell types that are a donor's, whatever the "whose cells" answer.
DONOR_CELL_TYPES = ("cord_or_placenta", "donor_adult", "embryonic_or_fetal")
#: Cell types that are the patient's own.
OWN_CELL_TYPES = ("own_fat", "own_bone_marrow", "own_blood", "own_cartilage",
                  "own_eye_surface", "platelet_rich_plasma")

#: After a blood or bone marrow transplant: the transplant team's follow-up.
TRANSPLANT_CHECKPOINTS: tuple[Checkpoint, ...] = (
    Checkpoint("transplant_before", _("Before the transplant"),
               _("The transplant team's assessment: the disease and its stage, fitness for "
                 "the transplant, the donor, and infections screened."), "ebmt-handbook"),
    Checkpoint("transplant_100_days", _("First 100 days"),
               _("Frequent visits to the transplant team: blood counts, infections, "
                 "graft-versus-host disease, and the levels of medicines."), "ebmt-handbook"),
    Checkpoint("transplant_long_term", _("After 100 days, for years"),
               _("Long-term follow-up by the transplant centre: late effects, vaccinations "
                 "and the disease itself."), "ebmt-handbook"),
)


def _baseline_kind(condition: object) -> str | None:
    if condition in MUSCULOSKELETAL:
        return "musculoskeletal"
    if condition in _NEUROLOGICAL:
        return "neurological"
    if condition in _EYE:
        return "eye"
    return None


def is_donor(cell_type: object, cell_source: object) -> bool:
    """Whether the cells are (or may be) another person's: donor screening applies."""
    if cell_type in DONOR_CELL_TYPES or cell_source == "allogeneic":
        return True
    return cell_type not in OWN_CELL_TYPES and cell_source != "autologous"


def checkpoints_for(route: object = None, condition: object = None, cell_type: object = None,
                    cell_source: object = None, *, transplant: bool = False
                    ) -> tuple[Checkpoint, ...]:
    """The check-ups for this case: the baseline by illness, the first check by route, and
    the donor's screening for a donor's cells. A value not listed keeps the general one."""
    if transplant:
        return TRANSPLANT_CHECKPOINTS
    kind = _baseline_kind(condition)
    swap = {"baseline": BASELINES.get(kind) if kind else None,
            "early": EARLY_BY_ROUTE.get(route) if isinstance(route, str) else None}
    chosen = [swap.get(c.id) or c for c in CHECKPOINTS]
    if is_donor(cell_type, cell_source):
        chosen.insert(1, DONOR_SCREENING)
    return tuple(chosen)


#: After treatment, get medical help at once for any of these.
#: The red flags after treatment: the after-treatment checklist's signs (rules/aftercare.py),
#: so the report and /after-treatment/ name the same signs in the same words.
RED_FLAGS: tuple[SafetyItem, ...] = tuple(
    SafetyItem(sign.id, sign.label, sign.source) for sign in aftercare.SIGNS)
#: After a transplant: the transplant team's urgent signs instead.
TRANSPLANT_RED_FLAGS: tuple[SafetyItem, ...] = tuple(
    SafetyItem(sign.id, sign.label, sign.source) for sign in aftercare.TRANSPLANT_SIGNS)

#: What the doctor may want to discuss for a given route of administration.
ROUTE_NOTES: dict[str, RouteNote] = {
    n.route: n
    for n in (
        RouteNote("intravenous",
                  _("Cells given into a vein travel round the whole body; poorly prepared "
                    "cells can cause immune reactions or blood clots."),
                  "regenamex-side-effects"),
        RouteNote("intrathecal",
                  _("Injections into the spinal fluid have been linked to headaches, "
                    "dizziness and nerve damage, and need great skill."),
                  "regenamex-side-effects"),
        RouteNote("surgical",
                  _("An operation adds its own risks: infection, scarring and the "
                    "anaesthetic."),
                  "bookimed-safety"),
        RouteNote("joint",
                  _("An injection needs precise placement; infection and bleeding are the "
                    "main local risks."),
                  "bookimed-safety"),
        RouteNote("eye",
                  _("Cells injected into the eye have caused permanent loss of sight: three "
                    "patients went blind after a clinic injected their own fat-derived cells "
                    "for macular degeneration. An eye specialist should examine both eyes "
                    "before and soon after."),
                  "kuriyan-2017"),
    )
}

#: What the report's fixed passages cite, by passage: its framing for the doctor, the
#: questions, "what to do next" (do not pay yet, get a second opinion, ask in writing), and
#: the lines shown when no warning sign was reported or no question is left to ask.
REPORT_CITATIONS: dict[str, tuple[str, ...]] = {
    "intro": ("itrt-guide",),
    "questions": ("itrt-guide",),
    "next_steps": ("itrt-guide", "bookimed-safety"),
    "warning_signs": ("itrt-guide",),
    "questions_to_ask": ("itrt-guide",),
}


def _check() -> None:
    seen: set[str] = set()
    groups: tuple[tuple[str, tuple[SafetyItem | Checkpoint, ...]], ...] = (
        ("absolute", ABSOLUTE_CONTRAINDICATIONS), ("relative", RELATIVE_CONTRAINDICATIONS),
        ("checkpoint", CHECKPOINTS), ("red_flag", RED_FLAGS),
        ("transplant_red_flag", TRANSPLANT_RED_FLAGS),
    )
    for kind, items in groups:
        for item in items:
            where = f"safety {kind} {item.id!r}"
            if not item.id or item.id in seen:
                raise ValueError(f"{where}: missing or duplicate id")
            seen.add(item.id)
            if not item.text:
                raise ValueError(f"{where}: missing text")
            check_source(item.source, where)
    variants = (*BASELINES.values(), *EARLY_BY_ROUTE.values(), DONOR_SCREENING,
                *TRANSPLANT_CHECKPOINTS)
    for variant in variants:
        if not variant.text:
            raise ValueError(f"safety check-up {variant.id!r}: missing text")
        check_source(variant.source, f"safety check-up {variant.id!r}")
    for route, note in ROUTE_NOTES.items():
        check_source(note.source, f"safety route note {route!r}")
    for passage, sources in REPORT_CITATIONS.items():
        for source in sources:
            check_source(source, f"report passage {passage!r}")


_check()


def safety_json() -> dict[str, object]:
    """The safety content as JSON (``manage.py assess``): every entry with its id and source."""

    def items(group: tuple[SafetyItem, ...]) -> list[dict[str, str]]:
        return [{"id": i.id, "text": i.text, "source": i.source} for i in group]

    return {
        "contraindications": {
            "absolute": items(ABSOLUTE_CONTRAINDICATIONS),
            "relative": items(RELATIVE_CONTRAINDICATIONS),
        },
        "checkpoints": [{"id": c.id, "when": c.when, "text": c.text, "source": c.source}
                        for c in CHECKPOINTS],
        "red_flags": items(RED_FLAGS),
        "transplant_red_flags": items(TRANSPLANT_RED_FLAGS),
        "transplant_checkpoints": [{"id": c.id, "when": c.when, "text": c.text,
                                    "source": c.source} for c in TRANSPLANT_CHECKPOINTS],
        "route_notes": {r: {"text": n.text, "source": n.source}
                        for r, n in ROUTE_NOTES.items()},
    }
