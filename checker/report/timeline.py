"""The timeline drawing of the report: culture times against the offer's days (SVG + HTML).

``timeline(assessment)`` returns plain, translated values the templates only place.
"""

from django.utils.translation import gettext, ngettext

import rules
from rules.answers import Answer
from rules.applicability import DONOR, OWN, whose_cells
from rules.catalogue import ALLOGENEIC, AUTOLOGOUS, IN_ADVANCE
from rules.thresholds import (
    ALLOGENEIC_MIN_CULTURE_DAYS,
    ALLOGENEIC_TYPICAL_MAX_DAYS,
    AUTOLOGOUS_MIN_CULTURE_DAYS,
    SAME_DAY,
)
from rules.thresholds import PARAMS as THRESHOLD_PARAMS  # the names the rules' texts use

from .model import Timeline, TimelineLabel, TimelineRow

#: The source of the culture times the drawing shows.
SOURCE = "itrt-guide"

#: Geometry of the timeline drawing (SVG user units); the axis runs to four weeks.
_AXIS_DAYS = 28
_X0, _X1 = 16.0, 384.0
_SCALE = (_X1 - _X0) / _AXIS_DAYS


def _x(day: float) -> float:
    return round(_X0 + min(day, _AXIS_DAYS) * _SCALE, 1)


_WIDTH, _HEIGHT = 400, 212
#: Atkinson Hyperlegible's ascent and descent (em). A label box as tall as both
#: (line-height 1.24) has its baseline 0.95 em below its top, where SVG puts ``y``.
_ASCENT = 0.95


def _label(text: str, x: float, y: float, *, anchor: str = "start", size: int = 14,
           bold: bool = False, halo: bool = False) -> TimelineLabel:
    """One word of the drawing, for SVG (x, y, anchor) and as an HTML box over it (%).

    The PDF prints the words as HTML: WeasyPrint lays out SVG text one letter at a time,
    which made this small drawing cost a tenth of the whole report.
    """
    if anchor == "middle":
        half = min(x, _WIDTH - x)
        left, width = x - half, 2 * half
    elif anchor == "end":
        left, width = 0.0, x
    else:
        left, width = x, _WIDTH - x
    return {
        "id": "",  # numbered once every word is placed (_labels)
        "text": text, "x": x, "y": y, "anchor": anchor, "size": size, "bold": bold,
        "halo": halo,
        "left": round(100 * left / _WIDTH, 2),
        "width": round(100 * width / _WIDTH, 2),
        "top": round(100 * (y - _ASCENT * size) / _HEIGHT, 2),
    }


def _offer(answer: Answer, days: int | None) -> tuple[float | None, str, str]:
    """Where the offer's marker goes (None off the axis), its label and its sentence."""
    if days == SAME_DAY:
        return (_x(0.5), gettext("Your offer: same day"), gettext(
            "Your offer: the cells would be taken and given back on the same day."))
    if days is not None:
        offer = ngettext("Your offer: %(days)d day", "Your offer: %(days)d days",
                         days) % {"days": days}
        return (_x(days), offer, ngettext(
            "Your offer: the cells would be given back %(days)d day after they are taken.",
            "Your offer: the cells would be given back %(days)d days after they are taken.",
            days) % {"days": days})
    if answer == IN_ADVANCE:
        return (None, gettext("Your offer: made in advance"), gettext(
            "Your offer: a donor's cells made in advance by a laboratory, for example "
            "frozen."))
    return (None, gettext("Your offer: number of days not known"), gettext(
        "Your offer: the number of days between taking the cells and giving them back "
        "is not known."))


def _rows(source: str | None) -> list[TimelineRow]:
    """The three bands of the drawing, each 40 units below the last: same day, a donor's
    cells, one's own cells."""
    params = THRESHOLD_PARAMS
    return [
        {
            "id": "same_day",
            "label": gettext("Same day: not grown"),
            "x": _x(SAME_DAY),
            "width": round(_SCALE, 1),
            "pattern": "cross",
            "applies": False,
            "label_y": 52,
            "y": 57,
        },
        {
            "id": "allogeneic",
            "label": gettext("A donor's cells: %(allogeneic_min_days)d to "
                             "%(allogeneic_max_days)d days") % params,
            "x": _x(ALLOGENEIC_MIN_CULTURE_DAYS),
            "width": round(_x(ALLOGENEIC_TYPICAL_MAX_DAYS) - _x(ALLOGENEIC_MIN_CULTURE_DAYS), 1),
            "pattern": "diagonal",
            "applies": source == ALLOGENEIC,
            "label_y": 52 + 40,
            "y": 57 + 40,
        },
        {
            "id": "autologous",
            "label": gettext("Your own cells: %(autologous_min_days)d days or more") % params,
            "x": _x(AUTOLOGOUS_MIN_CULTURE_DAYS),
            "width": round(_X1 - _x(AUTOLOGOUS_MIN_CULTURE_DAYS), 1),
            "pattern": "dots",
            "applies": source == AUTOLOGOUS,
            "label_y": 52 + 2 * 40,
            "y": 57 + 2 * 40,
        },
    ]


def _labels(offer: str, known: bool, marker_x: float | None, rows: list[TimelineRow],
            ticks: list[int]) -> tuple[list[TimelineLabel], str]:
    """Every word of the drawing, with its id, and which side of the marker the offer's is."""
    anchor = "end" if marker_x is not None and marker_x > 200 else "start"
    label_x = round((marker_x or _X0) + (8 if anchor == "end" else -8), 1)
    if known:
        labels = [_label(offer, label_x, 14, anchor=anchor, bold=True)]
    else:
        labels = [_label(f"? {offer}", _X0, 14, bold=True)]
    # A white halo keeps a row's words readable where the offer's marker line crosses them.
    labels += [_label(row["label"], _X0, row["label_y"], bold=row["applies"], halo=True)
               for row in rows]
    labels += [_label(str(t), _x(t), 194, anchor="middle", size=12) for t in ticks]
    axis_label = gettext("Days from taking the cells to giving them back")
    labels.append(_label(axis_label, _WIDTH / 2, 209, anchor="middle", size=12))
    for i, label in enumerate(labels):
        label["id"] = f"tl-label-{i}"
    return labels, anchor


def timeline(assessment: rules.Assessment) -> Timeline:
    answer = assessment.answers.get("extraction_days")
    days = answer if isinstance(answer, int) else None
    whose = whose_cells(assessment.answers.get("cell_type"),
                        assessment.answers.get("cell_source"))
    source = {OWN: AUTOLOGOUS, DONOR: ALLOGENEIC}.get(whose)
    known = days is not None
    marker_x, offer, offer_sentence = _offer(answer, days)
    params = THRESHOLD_PARAMS
    rows = _rows(source)
    ticks = sorted({SAME_DAY, 7, ALLOGENEIC_MIN_CULTURE_DAYS, ALLOGENEIC_TYPICAL_MAX_DAYS,
                    AUTOLOGOUS_MIN_CULTURE_DAYS, _AXIS_DAYS})
    beyond = days is not None and days > _AXIS_DAYS
    labels, anchor = _labels(offer, known, marker_x, rows, ticks)
    return {
        "known": known,
        "marker_x": marker_x,
        "marker_points": (f"{marker_x - 6:.1f},20 {marker_x + 6:.1f},20 {marker_x:.1f},30"
                          if marker_x is not None else ""),
        # Keep the marker's label inside the drawing: left of the marker near the right end.
        "label_anchor": anchor,
        "beyond_axis": beyond,
        "offer_label": offer,
        "rows": rows,
        "ticks": [{"x": _x(t), "label": str(t)} for t in ticks],
        "labels": labels,
        "title": gettext("Time to grow the cells, and your offer"),
        "description": " ".join((
            offer_sentence,
            gettext("Growing cells takes time: a donor's cells need %(allogeneic_min_days)d "
                    "to %(allogeneic_max_days)d days, your own cells %(autologous_min_days)d "
                    "days or more. Cells given back on the same day are not an authorised "
                    "medicine.") % params,
        )),
        "source": SOURCE,
    }
