"""The phrase table's vocabulary: the sign ids the scanner may return, the rule types,
the shared pattern fragments and the notation of a pattern.

Patterns are regular expressions written against *folded* text (see ``rules.advert.text``):
lower case, accents removed, curly quotes and dashes made plain. A literal space in a
pattern stands for "one or more spaces, line breaks or hyphens", so ``limited time`` also
finds "Limited-time" and "limited\\ntime". Every pattern is wrapped in word boundaries.

``requires`` and ``unless`` are patterns (any language) looked for in the same sentence as
the match: the match counts only when one of ``requires`` is there (if any are given) and
none of ``unless`` is. A match right after a negation ("not proven", "sin garantía") or in a
sentence that warns about the claim ("beware of clinics that promise a cure") never counts:
see ``rules.advert.context``.
"""

import re
from dataclasses import dataclass

from ..catalogue import WARNING_SIGNS_BY_ID

#: Not a warning sign of the questionnaire: suggests answering the days question "the same day".
SAME_DAY_PROCEDURE = "same_day_procedure"
#: Not a warning sign either: the text says no medicines agency has to check the product ("it
#: is not a medicine"); suggests answering the regulator question "no", a decisive answer.
NO_AGENCY = "no_agency"
#: Reassuring notes, never warning signs.
BENIGN_SIGNS: frozenset[str] = frozenset(
    {"authorised_product", "registered_trial", "free_participation"}
)

#: Every sign id a phrase rule may point to.
SCAN_SIGNS: frozenset[str] = frozenset(
    {*WARNING_SIGNS_BY_ID, SAME_DAY_PROCEDURE, NO_AGENCY, *BENIGN_SIGNS}
)


class OutOfTime(Exception):
    """A scan's time budget ran out."""


@dataclass(frozen=True, slots=True)
class PhraseRule:
    id: str
    sign: str
    en: tuple[str, ...]
    es: tuple[str, ...]
    explanation: str
    source: str
    requires: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ConditionGroup:
    """Conditions of one body system; an advert naming several groups offers one product for
    many unrelated diseases."""

    id: str
    en: tuple[str, ...]
    es: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ListRule:
    """Flags conditions named within a few lines of each other: at least ``min_conditions``
    different ones from at least ``min_groups`` body systems. Mentions in a sentence
    matching ``unless`` (contraindications, "tell your doctor if you have...") do not
    count."""

    id: str
    sign: str
    min_groups: int
    min_conditions: int
    explanation: str
    source: str
    unless: tuple[str, ...] = ()

    def holds(self, conditions: int, groups: int) -> bool:
        # conditions of one body system (knee, hip, shoulder) are not unrelated illnesses
        return conditions >= self.min_conditions and groups >= self.min_groups


# --- fragments shared by several rules -------------------------------------------------------

#: Up to three words between two parts of a phrase.
GAP = r"(?:[\w%$€£']{1,24}(?:[.,]\d{1,3}){0,3},? ){0,3}"
#: Up to six words.
GAP6 = r"(?:[\w%$€£']{1,24}(?:[.,]\d{1,3}){0,3},? ){0,6}"
#: A sum of money of at least four digits, with or without a currency sign or word.
MONEY = (r"(?:(?:us\$|\$|€|£|usd|eur|euros?|mxn|dollars?|dolares)\s?\d{1,3}(?:[.,\s]\d{3}){1,4}"
         r"|(?:us\$|\$|€|£|usd|eur)\s?\d{3,6}"
         r"|\d{1,3}(?:[.,\s]\d{3}){1,4}(?:[.,]\d{2})?\s?(?:\$|€|£|usd|eur|euros?|dollars?|dolares|mxn)"
         r"|\d{3,6}\s?(?:\$|€|£|usd|eur|euros?|dollars?|dolares))")
#: A sum or a share of the price (not a discount: "30% off", "un 30% de descuento").
MONEY_OR_PERCENT = (rf"(?:{MONEY}|\d{{1,3}} ?%(?! (?:de )?(?:descuento|rebaja|dto|off|"
                    r"discount)))")
#: Blood diseases for which a blood stem cell transplant is an established treatment.
BLOOD_CANCER = (r"(?:leuka?emias?|lymphomas?|myelomas?|myelodysplas\w{0,20}|aplastic|sickle cell|"
                r"thalassa?emia|blood cancers?|leucemias?|linfomas?|mielomas?|"
                r"anemia aplasica|talasemia|cancer de la sangre|cancer hematologico)")
#: Costs paid back to a trial participant.
REIMBURSED = (r"(?:reimburs\w{0,20}|covered by the (?:study|trial|sponsor)|paid by the "
              r"(?:study|trial|sponsor)|reembols\w{0,20}|"
              r"cubiert[oa]s? por el (?:estudio|ensayo|promotor)"
              r"|pagad[oa]s? por el (?:estudio|ensayo|promotor)|compensa\w{0,20})")
#: Authorised cell medicines and their EU numbers.
AUTHORISED = r"(?:holoclar|spherox|ryoncil|remestemcel\w{0,20}|eu/1/\d{2}/\d{3,4})"
#: Words for a study and for taking part in one.
TRIAL = (r"(?:trials?|study|studies|research|ensayos?|estudios?|investigacion|participa\w{0,20}|"
         r"(?:take|taking|takes) part)")


def expand(pattern: str) -> str:
    """A table pattern's spaces as regex: " " is a run of spaces, line breaks or hyphens;
    " ?" is an optional one."""
    return pattern.replace(" ?", r"[\s\-]{0,4}").replace(" ", r"[\s\-]{1,6}")


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A table pattern as a regex over folded text, wrapped in word boundaries."""
    return re.compile(rf"(?<![\w])(?:{expand(pattern)})(?![\w])")
