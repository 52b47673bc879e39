"""After the treatment: the signs that need an ambulance now, and those that need a doctor today.

Pure data, checked at import like the rules table. The web app shows ``SIGNS`` as the
checklist of /after-treatment/ and decides with ``outcome``; the doctor's PDF shows the
groups that fit the route, the cells and the illness (``signs_for``), and a transplant's PDF
the transplant team's own signs (``TRANSPLANT_SIGNS``), so there is one list of red flags.

Danger signs and the fever threshold cite clinical sources, never a seller:

- ``nhs-conditions`` (the NHS Health A to Z): a high temperature is 38 °C or more; worsening
  pain, pus, redness or heat where a needle went in (septic arthritis, infection);
  breathlessness, a racing heart, confusion (sepsis); chest pain, sudden breathlessness and
  a swollen painful leg (a clot in a deep vein or the lungs); a very bad headache or a fever
  with a stiff neck (meningitis); new weakness, numbness or loss of bladder control (cauda
  equina syndrome); a swollen face, lips or throat, a widespread rash or a wheeze
  (anaphylaxis); a painful red eye or a change in sight, flashes or a shadow like a
  "curtain" (red eye, detached retina).
- ``kuriyan-2017``: sight lost after cells were injected into the eye.
- ``ebmt-handbook``: reactions during and in the hours after an infusion of cells (shivering,
  rigors, fever); after a transplant, a fever from 38.0 °C, bleeding and graft-versus-host
  signs (rash, diarrhoea, yellow skin or eyes) need the transplant team at once.

- ``nhs-999`` (an NHS ambulance service): call 999 for chest pain, difficulty breathing, a
  stroke, a fit, a severe allergic reaction. These, with sudden loss of sight, new weakness
  or numbness, meningitis signs and a reaction in the hours after an infusion, are the
  ``AMBULANCE`` level; a fever, a hot swollen joint, a weeping wound, a racing heart, a
  spreading rash, a swollen leg and a painful red eye are ``TODAY`` (the NHS pages send them
  to an urgent appointment the same day, or to 111).

The follow-up schedule a clinic plans is kept once, in ``rules.safety.CHECKPOINTS``.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from .i18n import _
from .sources import check_source

#: The checklist's two answers that are not signs (form values, a contract).
NONE = "none"
UNSURE = "unsure"

#: The three outcomes (the only thing a redirect after the checklist carries): an ambulance
#: now, a doctor today, or no sign now.
URGENT = "urgent"
SEE_A_DOCTOR_TODAY = "today"
NO_SIGNS = "no-signs"

#: Groups of signs, in the order the checklist shows them.
GENERAL = "general"      # after any stem cell treatment
CLOTS = "clots"          # blood clots: cells given into a vein, or any treatment
SPINE = "spine"          # injections into or near the spine
EYE = "eye"              # injections into or onto the eye
ALLERGY = "allergy"      # an allergic reaction to anything given
INFUSION = "infusion"    # in the hours after cells were given into a vein

GROUPS: dict[str, str] = {
    GENERAL: _("After any stem cell treatment"),
    ALLERGY: _("Signs of an allergic reaction"),
    INFUSION: _("In the hours after cells were given into a vein"),
    CLOTS: _("Signs of a blood clot"),
    SPINE: _("After an injection into or near the spine"),
    EYE: _("After an injection into or near the eye"),
}

#: How soon a sign needs help: the checklist shows the signs in these two groups, and the
#: outcome is the most urgent level ticked.
AMBULANCE = "ambulance"
TODAY = "today"
LEVELS: dict[str, str] = {
    AMBULANCE: _("Call an ambulance now"),
    TODAY: _("See a doctor today"),
}
#: Who says which signs need an ambulance, and which a doctor the same day.
LEVEL_SOURCES: dict[str, str] = {AMBULANCE: "nhs-999", TODAY: "nhs-conditions"}


@dataclass(frozen=True, slots=True)
class Sign:
    id: str
    label: str      # message id, translated where it is shown
    group: str
    source: str
    #: How soon: ``AMBULANCE`` or ``TODAY`` (the checklist's signs; a transplant's have none).
    level: str = ""


_NHS = "nhs-conditions"
_999 = "nhs-999"

#: Signs in the order the checklist shows them: those that need an ambulance first.
SIGNS: tuple[Sign, ...] = (
    Sign("chest_pain", _("Pain in your chest"), CLOTS, _999, AMBULANCE),
    Sign("breathless", _("You are short of breath"), GENERAL, _999, AMBULANCE),
    Sign("sudden_breathless", _("Breathlessness that came on suddenly"), CLOTS, _999,
         AMBULANCE),
    Sign("allergy_wheeze", _("You wheeze or find it hard to breathe"), ALLERGY, _999,
         AMBULANCE),
    Sign("allergy_swelling", _("Your face, lips, tongue or throat swell"), ALLERGY, _999,
         AMBULANCE),
    Sign("weakness", _("New weakness or numbness in your arms or legs, or you cannot "
                       "control your bladder"), SPINE, _NHS, AMBULANCE),
    Sign("seizure", _("A fit (seizure)"), GENERAL, _999, AMBULANCE),
    Sign("neuro", _("New problems with your nerves or brain: for example confusion, "
                    "dizziness, trouble speaking or seeing"), GENERAL, _999, AMBULANCE),
    Sign("sight_loss", _("Your sight becomes blurred or you lose sight, suddenly"), EYE,
         "kuriyan-2017", AMBULANCE),
    Sign("headache", _("A very bad headache"), SPINE, _NHS, AMBULANCE),
    Sign("stiff_neck", _("A fever with a stiff neck"), SPINE, _NHS, AMBULANCE),
    Sign("rigors", _("Shaking with cold (rigors), a fever, or feeling very unwell, within "
                     "hours of the infusion"), INFUSION, "ebmt-handbook", AMBULANCE),
    Sign("fever", _("A temperature of 38 °C (100.4 °F) or more"), GENERAL, _NHS, TODAY),
    Sign("pain", _("A hot, swollen joint, or pain that keeps getting worse"), GENERAL, _NHS,
         TODAY),
    Sign("site", _("The place where the cells went in weeps pus or fluid, or is red and "
                   "hot"), GENERAL, _NHS, TODAY),
    Sign("palpitations", _("Your heart is racing, pounding or beating unevenly"),
         GENERAL, _NHS, TODAY),
    Sign("allergy_rash", _("A rash that spreads over much of your body"), ALLERGY, _NHS,
         TODAY),
    Sign("leg", _("One leg is swollen and painful"), CLOTS, _NHS, TODAY),
    Sign("eye_pain", _("Pain in the eye, or a red eye"), EYE, _NHS, TODAY),
    Sign("flashes", _("Flashes of light, new floaters, or a shadow like a curtain across "
                      "your sight"), EYE, _NHS, TODAY),
)

#: After a blood or bone marrow transplant: the transplant team's own urgent signs. Not on
#: the /after-treatment/ checklist (a transplant patient calls the team's number); the
#: doctor's PDF of a transplant shows these instead of the injection signs.
TRANSPLANT_SIGNS: tuple[Sign, ...] = (
    Sign("transplant_fever", _("A temperature of 38.0 °C (100.4 °F) or more, or shivering"),
         "transplant", "ebmt-handbook"),
    Sign("transplant_bleeding", _("Bleeding or bruising: nosebleeds, bleeding gums, blood "
                                  "in urine or stools, small red spots on the skin"),
         "transplant", "ebmt-handbook"),
    Sign("transplant_gvhd", _("Graft-versus-host signs: a new skin rash, diarrhoea, or yellow "
                              "skin or eyes"), "transplant", "ebmt-handbook"),
    Sign("transplant_breathless", _("A new cough or shortness of breath"), "transplant",
         "ebmt-handbook"),
)

SIGN_IDS: frozenset[str] = frozenset(s.id for s in SIGNS)
SIGNS_BY_ID: dict[str, Sign] = {s.id: s for s in SIGNS}
#: Every value the checklist's ``signs`` field accepts.
VALUES: frozenset[str] = SIGN_IDS | {NONE, UNSURE}

#: Where the urgent advice and the reporting advice come from.
URGENT_SOURCE = _999
REPORTING_SOURCE = "fda-consumer-2021"
#: Who to report to in the EU (the national agency, which passes reports on to the EMA), and
#: elsewhere (the national agency or the ministry of health).
EU_REPORTING_SOURCE = "ema-cat-2020"
OTHER_REPORTING_SOURCE = "bookimed-safety"


def signs_in(group: str) -> tuple[Sign, ...]:
    return tuple(s for s in SIGNS if s.group == group)


def signs_at(level: str) -> tuple[Sign, ...]:
    return tuple(s for s in SIGNS if s.level == level)


#: The groups each route adds to the general signs and an allergic reaction. A route not
#: listed (other, not sure, or a value added later) gets every group: nothing is left out
#: when it is not known where the cells went.
ROUTE_GROUPS: dict[str, tuple[str, ...]] = {
    "joint": (),
    "surgical": (CLOTS,),
    "intravenous": (INFUSION, CLOTS),
    "intrathecal": (SPINE,),
    "eye": (EYE,),
}
#: Illness groups whose treatment goes into or near the spine, or the eye, whatever the
#: route answered.
_NEAR_SPINE = ("spine", "spinal_cord_injury")
_NEAR_EYE = ("eye", "eye_surface", "eye_retina")


def groups_for(route: object, condition: object = None) -> tuple[str, ...]:
    """The sign groups that fit where the cells go, in the checklist's order."""
    extra = ROUTE_GROUPS.get(route) if isinstance(route, str) else None
    chosen = set(GROUPS) if extra is None else {GENERAL, ALLERGY, *extra}
    if condition in _NEAR_SPINE:
        chosen.add(SPINE)
    if condition in _NEAR_EYE:
        chosen.add(EYE)
    return tuple(g for g in GROUPS if g in chosen)


def signs_for(route: object, condition: object = None) -> tuple[Sign, ...]:
    """The danger signs to show for this route and illness (all of them when not known)."""
    groups = groups_for(route, condition)
    return tuple(s for s in SIGNS if s.group in groups)


def outcome(chosen: Iterable[str]) -> str | None:
    """``URGENT``, ``SEE_A_DOCTOR_TODAY`` or ``NO_SIGNS`` for the checklist's values; ``None``
    when it cannot tell.

    Safety first: the most urgent sign ticked decides, even next to "None of these" or next
    to values that are not on the list. "Not sure" on its own is a doctor today (someone who
    cannot tell whether they have a danger sign should be checked by a doctor, not
    reassured by a website; the page it leads to lists the ambulance signs first). Only
    "None of these" on its own is ``NO_SIGNS``. Nothing ticked, or only values not on the
    list, is ``None``: the form asks again.
    """
    chosen = set(chosen)
    if any(SIGNS_BY_ID[v].level == AMBULANCE for v in chosen & SIGN_IDS):
        return URGENT
    if chosen & SIGN_IDS or UNSURE in chosen:
        return SEE_A_DOCTOR_TODAY
    if chosen == {NONE}:
        return NO_SIGNS
    return None


def _check() -> None:
    seen: set[str] = set()
    for sign in (*SIGNS, *TRANSPLANT_SIGNS):
        where = f"aftercare sign {sign.id!r}"
        if sign.id in seen or sign.id in (NONE, UNSURE):
            raise ValueError(f"{where}: duplicate or reserved id")
        seen.add(sign.id)
        if sign.group not in GROUPS and sign not in TRANSPLANT_SIGNS:
            raise ValueError(f"{where}: unknown group {sign.group!r}")
        if not sign.label:
            raise ValueError(f"{where}: missing label")
        check_source(sign.source, where)
    for route, groups in ROUTE_GROUPS.items():
        if set(groups) - set(GROUPS):
            raise ValueError(f"aftercare route {route!r}: unknown group")
    for group in GROUPS:
        if not signs_in(group):
            raise ValueError(f"aftercare group {group!r} has no sign")
    for sign in SIGNS:
        if sign.level not in LEVELS:
            raise ValueError(f"aftercare sign {sign.id!r}: unknown level {sign.level!r}")
    for level, source in LEVEL_SOURCES.items():
        check_source(source, f"aftercare level {level!r}")
    check_source(URGENT_SOURCE, "aftercare urgent advice")
    check_source(REPORTING_SOURCE, "aftercare reporting advice")
    check_source(EU_REPORTING_SOURCE, "aftercare reporting in the EU")
    check_source(OTHER_REPORTING_SOURCE, "aftercare reporting elsewhere")


_check()
