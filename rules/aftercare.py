"""After the treatment: the signs that need a doctor now, and the check-ups a clinic plans.

Pure data, checked at import like the rules table. The web app shows ``SIGNS`` as the
checklist of /after-treatment/ and decides with ``outcome``; the report can show the same
signs (``SIGNS`` or ``signs_in(GENERAL)``) in its "If you have already had the treatment"
box and its doctor's section, so there is one list of red flags.

Sources, as the seeds support them:

- ``regencord-safety`` lists the red flags after any treatment (a fever of 38.5 °C /
  101.3 °F or more, pain or loss of function that gets worse, discharge, redness or heat at
  the site, shortness of breath, palpitations, new neurological symptoms) and the check-ups
  at 48-72 hours, 4-6 weeks, 3 months and 6-12 months.
- ``regenamex-side-effects`` names blood clots in a deep vein and in the lungs (pulmonary
  embolism) after stem cell treatment; chest pain, sudden breathlessness and a swollen,
  painful leg are how those show, in our words. The same page links injections into the
  spinal fluid to headaches, dizziness and nerve damage.
- ``bookimed-safety`` says a spinal (intrathecal) injection done badly can cause nerve damage
  or an infection; a fever with a stiff neck is how an infection there shows, in our words.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from .i18n import _
from .sources import check_source

#: The checklist's two answers that are not signs (form values, a contract).
NONE = "none"
UNSURE = "unsure"

#: The two outcomes (the only thing a redirect after the checklist carries).
URGENT = "urgent"
NO_SIGNS = "no-signs"

#: Groups of signs, in the order the checklist shows them.
GENERAL = "general"      # after any stem cell treatment
CLOTS = "clots"          # blood clots: cells given into a vein, or any treatment
SPINE = "spine"          # injections into or near the spine

GROUPS: dict[str, str] = {
    GENERAL: _("After any stem cell treatment"),
    CLOTS: _("Signs of a blood clot"),
    SPINE: _("After an injection into or near the spine"),
}


@dataclass(frozen=True, slots=True)
class Sign:
    id: str
    label: str      # message id, translated where it is shown
    group: str
    source: str


@dataclass(frozen=True, slots=True)
class Checkup:
    id: str
    when: str       # message id
    what: str       # message id
    source: str


SIGNS: tuple[Sign, ...] = (
    Sign("fever", _("A fever of 38.5 °C (101.3 °F) or more"), GENERAL, "regencord-safety"),
    Sign("pain", _("Pain that keeps getting worse, or you can move much less than before"),
         GENERAL, "regencord-safety"),
    Sign("site", _("Pus or other fluid, redness or heat where the cells went in"),
         GENERAL, "regencord-safety"),
    Sign("breathless", _("You are short of breath"), GENERAL, "regencord-safety"),
    Sign("palpitations", _("Your heart is racing, pounding or beating unevenly"),
         GENERAL, "regencord-safety"),
    Sign("neuro", _("New problems with your nerves or brain: for example confusion, "
                    "dizziness, trouble speaking or seeing"), GENERAL, "regencord-safety"),
    Sign("chest_pain", _("Pain in your chest"), CLOTS, "regenamex-side-effects"),
    Sign("sudden_breathless", _("Breathlessness that came on suddenly"), CLOTS,
         "regenamex-side-effects"),
    Sign("leg", _("One leg is swollen and painful"), CLOTS, "regenamex-side-effects"),
    Sign("headache", _("A very bad headache"), SPINE, "regenamex-side-effects"),
    Sign("stiff_neck", _("A fever with a stiff neck"), SPINE, "bookimed-safety"),
    Sign("weakness", _("New weakness or numbness in your arms or legs, or you cannot "
                       "control your bladder"), SPINE, "regenamex-side-effects"),
)

SIGN_IDS: frozenset[str] = frozenset(s.id for s in SIGNS)
SIGNS_BY_ID: dict[str, Sign] = {s.id: s for s in SIGNS}
#: Every value the checklist's ``signs`` field accepts.
VALUES: frozenset[str] = SIGN_IDS | {NONE, UNSURE}

CHECKUPS: tuple[Checkup, ...] = (
    Checkup("48-72h", _("48 to 72 hours after"),
            _("The place where the cells went in, pain, temperature and any early reaction."),
            "regencord-safety"),
    Checkup("4-6w", _("4 to 6 weeks after"),
            _("A first check of your symptoms and how well you move; exercises adjusted."),
            "regencord-safety"),
    Checkup("3m", _("3 months after"),
            _("Your pain and movement compared with how they were before the treatment."),
            "regencord-safety"),
    Checkup("6-12m", _("6 to 12 months after"),
            _("Whether any improvement has lasted."), "regencord-safety"),
)

#: Where the urgent advice and the reporting advice come from.
URGENT_SOURCE = "regencord-safety"
REPORTING_SOURCE = "regencord-safety"
#: Who to report to in the EU (the national agency, which passes reports on to the EMA), and
#: elsewhere (the national agency or the ministry of health).
EU_REPORTING_SOURCE = "ema-cat-2020"
OTHER_REPORTING_SOURCE = "bookimed-safety"


def signs_in(group: str) -> tuple[Sign, ...]:
    return tuple(s for s in SIGNS if s.group == group)


def outcome(chosen: Iterable[str]) -> str | None:
    """``URGENT`` or ``NO_SIGNS`` for the checklist's values; ``None`` when it cannot tell.

    Safety first: any sign ticked is urgent, even next to "None of these" or next to values
    that are not on the list; "Not sure" is urgent too (someone who cannot tell whether
    they have a danger sign should be checked by a doctor, not reassured by a website).
    Only "None of these" on its own is ``NO_SIGNS``. Nothing ticked, or only values not on
    the list, is ``None``: the form asks again.
    """
    chosen = set(chosen)
    if chosen & SIGN_IDS or UNSURE in chosen:
        return URGENT
    if chosen == {NONE}:
        return NO_SIGNS
    return None


def _check() -> None:
    seen: set[str] = set()
    for sign in SIGNS:
        where = f"aftercare sign {sign.id!r}"
        if sign.id in seen or sign.id in (NONE, UNSURE):
            raise ValueError(f"{where}: duplicate or reserved id")
        seen.add(sign.id)
        if sign.group not in GROUPS:
            raise ValueError(f"{where}: unknown group {sign.group!r}")
        if not sign.label:
            raise ValueError(f"{where}: missing label")
        check_source(sign.source, where)
    for group in GROUPS:
        if not signs_in(group):
            raise ValueError(f"aftercare group {group!r} has no sign")
    ids = [c.id for c in CHECKUPS]
    if len(set(ids)) != len(ids):
        raise ValueError("aftercare check-ups: duplicate id")
    for checkup in CHECKUPS:
        check_source(checkup.source, f"aftercare check-up {checkup.id!r}")
    check_source(URGENT_SOURCE, "aftercare urgent advice")
    check_source(REPORTING_SOURCE, "aftercare reporting advice")
    check_source(EU_REPORTING_SOURCE, "aftercare reporting in the EU")
    check_source(OTHER_REPORTING_SOURCE, "aftercare reporting elsewhere")


_check()
