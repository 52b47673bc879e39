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

#: The check-ups a responsible clinic plans, in order.
CHECKPOINTS: tuple[Checkpoint, ...] = (
    Checkpoint("baseline", _("Before treatment"),
               _("A confirmed diagnosis, your history and medicines reviewed, and your pain "
                 "and function scored on standard scales (for example VAS, WOMAC or ODI) to "
                 "compare against later."),
               "regencord-safety"),
    Checkpoint("early", _("48 to 72 hours"),
               _("The injection site, pain, temperature and any early reaction."),
               "regencord-safety"),
    Checkpoint("first_weeks", _("4 to 6 weeks"),
               _("A first check of symptoms and movement; rehabilitation adjusted."),
               "regencord-safety"),
    Checkpoint("three_months", _("3 months"),
               _("Scores compared with the ones taken before treatment."), "regencord-safety"),
    Checkpoint("long_term", _("6 to 12 months"), _("Whether any improvement has lasted."),
               "regencord-safety"),
)

#: After treatment, get medical help at once for any of these.
#: The red flags after treatment: the after-treatment checklist's signs (rules/aftercare.py),
#: so the report and /after-treatment/ name the same signs in the same words.
RED_FLAGS: tuple[SafetyItem, ...] = tuple(
    SafetyItem(sign.id, sign.label, sign.source) for sign in aftercare.SIGNS)

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
        "route_notes": {r: {"text": n.text, "source": n.source}
                        for r, n in ROUTE_NOTES.items()},
    }
