"""The report: the template context shared by the result page and the PDF, and the PDF itself.

``build_report`` turns an ``Assessment`` into plain, already translated values, so that no
template computes anything. ``render_pdf`` renders ``report/pdf.html`` with WeasyPrint
behind a URL fetcher that serves only the project's own static files: text a patient typed
can never make the renderer read a file, open a connection or embed an attachment.
"""

import atexit
import mimetypes
import threading
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.text import Truncator
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

import rules
from rules import aftercare
from rules.catalogue import ALLOGENEIC, AUTOLOGOUS, UNSURE
from rules.thresholds import (
    ALLOGENEIC_MIN_CULTURE_DAYS,
    ALLOGENEIC_TYPICAL_MAX_DAYS,
    AUTOLOGOUS_MIN_CULTURE_DAYS,
    SAME_DAY,
)
from rules.thresholds import PARAMS as THRESHOLD_PARAMS  # the names the rules' texts use

from .labels import answer_label
from .offer import ROUTES

PAPERS = ("a4", "letter")
#: Free text longer than this is cut for display, so one field cannot fill the report.
OFFER_TEXT_MAX = 300

#: What the doctor may want to discuss for a given route, with its source.
_ROUTE_NOTES = {
    "intravenous": (
        _("Cells given into a vein travel round the whole body; poorly prepared cells can "
          "cause immune reactions or blood clots."),
        "regenamex-side-effects",
    ),
    "intrathecal": (
        _("Injections into the spinal fluid have been linked to headaches, dizziness and "
          "nerve damage, and need great skill."),
        "regenamex-side-effects",
    ),
    "surgical": (
        _("An operation adds its own risks: infection, scarring and the anaesthetic."),
        "bookimed-safety",
    ),
    "joint": (
        _("An injection needs precise placement; infection and bleeding are the main "
          "local risks."),
        "bookimed-safety",
    ),
}

_OFFER_FIELDS = (
    ("clinic_name", _("Clinic or doctor")),
    ("country", _("Country")),
    ("condition", _("Condition to be treated")),
    ("price", _("Price quoted")),
    ("route", _("How the cells would be given")),
)

_STATUS = {
    rules.MET: (_("Met"), "tick"),
    rules.NOT_MET: (_("Not met"), "cross"),
    rules.UNKNOWN: (_("Not known"), "question"),
}

_VERDICT_ICONS = {rules.RED: "stop", rules.AMBER: "warning", rules.GREEN: "tick"}

_SAFETY_SOURCE = "regencord-safety"

_ABSOLUTE_CONTRAINDICATIONS = (
    _("An infection now, anywhere in the body or where the cells would go."),
    _("A known allergy to anything the product contains."),
    _("Not being able to give informed consent."),
)

_RELATIVE_CONTRAINDICATIONS = (
    _("Bleeding problems that are not under control, or blood thinners that make an "
      "injection unsafe."),
    _("Cancer now or treated recently: a cancer specialist should be asked first."),
    _("A weak immune system, or high doses of medicines that suppress it."),
    _("Pregnancy or breastfeeding: there is little evidence either way."),
    _("Heart, kidney or liver disease that is not under control."),
)

_CHECKPOINTS = (
    (_("Before treatment"),
     _("A confirmed diagnosis, your history and medicines reviewed, and your pain and "
       "function scored on standard scales (for example VAS, WOMAC or ODI) to compare "
       "against later.")),
    (_("48 to 72 hours"), _("The injection site, pain, temperature and any early reaction.")),
    (_("4 to 6 weeks"), _("A first check of symptoms and movement; rehabilitation adjusted.")),
    (_("3 months"), _("Scores compared with the ones taken before treatment.")),
    (_("6 to 12 months"), _("Whether any improvement has lasted.")),
)

_RED_FLAGS = (
    _("A fever of 38.5 °C (101.3 °F) or more that does not go away."),
    _("Pain that keeps getting worse, or much less movement than before."),
    _("Pus or other discharge, redness or heat where the cells were given."),
    _("Shortness of breath, a racing heart, or new numbness, weakness or confusion."),
)


def _offer_text(value: object) -> str:
    return Truncator(str(value).strip()).chars(OFFER_TEXT_MAX)


def _offer_rows(offer: dict) -> list[dict]:
    rows = []
    for key, label in _OFFER_FIELDS:
        value = offer.get(key)
        if value in (None, ""):
            continue
        if key == "route":
            text = str(ROUTES[value]) if value in ROUTES else _offer_text(value)
        else:
            text = _offer_text(value)
        rows.append({"id": key, "label": str(label), "value": text})
    return rows


def _answer_rows(assessment: rules.Assessment) -> list[dict]:
    rows = []
    for q in rules.QUESTIONS:
        value = assessment.answers.get(q.id)
        answer = answer_label(q.id, value)
        rows.append({
            "id": q.id,
            "number": q.number,
            "text": gettext(q.text),
            "answer": answer,
            "answered": value is not None,
            "unsure": value in (None, UNSURE),
            "source": q.source,
        })
    return rows


def _finding_text(finding) -> str:
    return gettext(finding.explanation) % dict(finding.params)


def _criteria(assessment: rules.Assessment) -> list[dict]:
    out = []
    for result in assessment.criteria:
        label, icon = _STATUS[result.status]
        out.append({
            "id": result.id,
            "title": gettext(result.criterion.title),
            "description": gettext(result.criterion.description),
            "status": result.status,
            "status_label": str(label),
            "icon": icon,
            "source": result.criterion.source,
            "findings": [
                {"text": _finding_text(f), "outcome": f.outcome, "source": f.source}
                for f in result.findings
            ],
            "shows_timeline": result.id == "same_day_extraction",
        })
    return out


# --- timeline --------------------------------------------------------------------------------

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
           bold: bool = False, halo: bool = False) -> dict:
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
        "text": text, "x": x, "y": y, "anchor": anchor, "size": size, "bold": bold,
        "halo": halo,
        "left": round(100 * left / _WIDTH, 2),
        "width": round(100 * width / _WIDTH, 2),
        "top": round(100 * (y - _ASCENT * size) / _HEIGHT, 2),
    }


def _timeline(assessment: rules.Assessment) -> dict:
    days = assessment.answers.get("extraction_days")
    source = assessment.answers.get("cell_source")
    known = isinstance(days, int)
    if known and days == SAME_DAY:
        marker_x = _x(0.5)
        offer = gettext("Your offer: same day")
        offer_sentence = gettext(
            "Your offer: the cells would be taken and given back on the same day.")
    elif known:
        marker_x = _x(days)
        offer = ngettext("Your offer: %(days)d day", "Your offer: %(days)d days",
                         days) % {"days": days}
        offer_sentence = ngettext(
            "Your offer: the cells would be given back %(days)d day after they are taken.",
            "Your offer: the cells would be given back %(days)d days after they are taken.",
            days) % {"days": days}
    else:
        marker_x = None
        offer = gettext("Your offer: number of days not known")
        offer_sentence = gettext(
            "Your offer: the number of days between taking the cells and giving them back "
            "is not known.")
    params = THRESHOLD_PARAMS
    rows = [
        {
            "id": "same_day",
            "label": gettext("Same day: walk away"),
            "x": _x(SAME_DAY),
            "width": round(_SCALE, 1),
            "pattern": "cross",
            "applies": False,
        },
        {
            "id": "allogeneic",
            "label": gettext("A donor's cells: %(allogeneic_min_days)d to "
                             "%(allogeneic_max_days)d days") % params,
            "x": _x(ALLOGENEIC_MIN_CULTURE_DAYS),
            "width": round(_x(ALLOGENEIC_TYPICAL_MAX_DAYS) - _x(ALLOGENEIC_MIN_CULTURE_DAYS), 1),
            "pattern": "diagonal",
            "applies": source == ALLOGENEIC,
        },
        {
            "id": "autologous",
            "label": gettext("Your own cells: %(autologous_min_days)d days or more") % params,
            "x": _x(AUTOLOGOUS_MIN_CULTURE_DAYS),
            "width": round(_X1 - _x(AUTOLOGOUS_MIN_CULTURE_DAYS), 1),
            "pattern": "dots",
            "applies": source == AUTOLOGOUS,
        },
    ]
    for i, row in enumerate(rows):
        row["label_y"] = 52 + 40 * i
        row["y"] = 57 + 40 * i
    ticks = sorted({SAME_DAY, 7, ALLOGENEIC_MIN_CULTURE_DAYS, ALLOGENEIC_TYPICAL_MAX_DAYS,
                    AUTOLOGOUS_MIN_CULTURE_DAYS, _AXIS_DAYS})
    beyond = known and days > _AXIS_DAYS
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
        "source": "itrt-guide",
    }


# --- the context -----------------------------------------------------------------------------

def build_report(assessment: rules.Assessment, *, reference: str, created: datetime,
                 offer: dict, resume_code: str | None = None,
                 assisted_by: str | None = None) -> dict:
    """The template context of ``report/result.html`` and ``report/pdf.html``.

    Everything is translated into the active language here; templates only display.
    """
    verdict = assessment.verdict
    route = offer.get("route")
    route_note = None
    if route in _ROUTE_NOTES:
        text, source = _ROUTE_NOTES[route]
        route_note = {"route": str(ROUTES[route]), "text": str(text), "source": source}

    warning_signs = [
        {"id": s.id, "label": gettext(s.label), "hint": gettext(s.hint), "source": s.source,
         "serious": s.serious}
        for s in assessment.warning_signs
    ]
    criteria = _criteria(assessment)
    questions_to_ask = [
        {"about": a.about, "text": gettext(a.text), "source": a.source}
        for a in assessment.questions_to_ask
    ]
    documents = [
        {"id": d.document.id, "text": gettext(d.document.text), "hint": gettext(d.document.hint),
         "source": d.document.source, "seen": d.seen}
        for d in assessment.documents_to_request
    ]
    safety = {
        "absolute": [str(t) for t in _ABSOLUTE_CONTRAINDICATIONS],
        "relative": [str(t) for t in _RELATIVE_CONTRAINDICATIONS],
        "checkpoints": [{"when": str(w), "what": str(t)} for w, t in _CHECKPOINTS],
        "red_flags": [str(t) for t in _RED_FLAGS],
        "route_note": route_note,
        "source": _SAFETY_SOURCE,
    }
    reasons = [{"text": gettext(r.text) % dict(r.params), "source": r.source}
               for r in assessment.reasons]
    timeline = _timeline(assessment)

    # The sources list names only what this report actually cites.
    cited = {verdict.source, timeline["source"], _SAFETY_SOURCE, "itrt-guide"}
    cited.update(r["source"] for r in reasons)
    cited.update(c["source"] for c in criteria)
    cited.update(f["source"] for c in criteria for f in c["findings"])
    cited.update(w["source"] for w in warning_signs)
    cited.update(q["source"] for q in questions_to_ask)
    cited.update(d["source"] for d in documents)
    # "If you have already had the treatment": the patient's red flags (rules/aftercare.py).
    after_treatment = {
        "red_flags": [{"id": s.id, "label": gettext(s.label), "source": s.source}
                      for s in aftercare.SIGNS],
        "sources": list(dict.fromkeys(s.source for s in aftercare.SIGNS)),
    }
    cited.update(after_treatment["sources"])
    if route_note:
        cited.add(route_note["source"])
    sources = [
        {"id": s.id, "title": gettext(s.title), "publisher": s.publisher,
         "note": gettext(s.note)}
        for s in rules.SOURCES.values() if s.id in cited
    ]

    return {
        "reference": reference,
        "created": created,
        "verdict": {
            "id": verdict.id,
            "title": gettext(verdict.title),
            "summary": gettext(verdict.summary),
            "source": verdict.source,
            "icon": _VERDICT_ICONS[verdict.id],
        },
        "reasons": reasons,
        "offer_rows": _offer_rows(offer),
        "criteria": criteria,
        "answers": _answer_rows(assessment),
        "warning_signs": warning_signs,
        "warning_signs_answered": assessment.warning_signs_answered,
        "questions_to_ask": questions_to_ask,
        "documents": documents,
        "safety": safety,
        "after_treatment": after_treatment,
        "timeline": timeline,
        "sources": sources,
        "resume_code": resume_code,
        "assisted_by": assisted_by,
    }


# --- PDF -------------------------------------------------------------------------------------

_STATIC_PREFIX = "/static/"
#: A base URL with a scheme Python cannot join against: WeasyPrint then hands relative
#: references ("/static/css/pdf.css") to the fetcher verbatim, never as file:// URLs.
_BASE_URL = "report:/"


class StaticFilesOnly(Exception):
    """A URL the PDF renderer was not allowed to fetch."""


def _static_dirs() -> list[Path]:
    dirs = []
    for entry in settings.STATICFILES_DIRS:
        path = entry[1] if isinstance(entry, tuple | list) else entry
        dirs.append(Path(path).resolve())
    return dirs


def resolve_static(url: str) -> Path:
    """The file under a static dir that ``/static/...`` names; ``StaticFilesOnly`` otherwise."""
    if not url.startswith(_STATIC_PREFIX):
        raise StaticFilesOnly(f"only {_STATIC_PREFIX} URLs are served: {url[:80]!r}")
    relative = unquote(url[len(_STATIC_PREFIX):].split("?", 1)[0].split("#", 1)[0])
    if not relative or "\x00" in relative or "\\" in relative:
        raise StaticFilesOnly(f"not a static file: {url[:80]!r}")
    for root in _static_dirs():
        candidate = (root / relative).resolve()
        if candidate.is_relative_to(root) and candidate.is_file():
            return candidate
    raise StaticFilesOnly(f"no such static file: {url[:80]!r}")


def _fetcher_class():
    # Imported late: WeasyPrint loads Pango, which only the PDF needs.
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class StaticOnlyFetcher(URLFetcher):
        """Serves /static/... from the project's static dirs and refuses everything else."""

        def fetch(self, url, headers=None):
            path = resolve_static(url)
            mime, _encoding = mimetypes.guess_type(path.name)
            content_type = mime or "application/octet-stream"
            if content_type.startswith("text/"):
                content_type += "; charset=utf-8"
            return URLFetcherResponse(url, path.read_bytes(),
                                      {"Content-Type": content_type})

    return StaticOnlyFetcher


def make_url_fetcher():
    """A fetcher for WeasyPrint that serves only the project's own static files."""
    return _fetcher_class()()


_STYLESHEETS = ("css/pdf-fonts.css", "css/pdf.css")
_PAPER_CSS = {"a4": "@page { size: A4; }", "letter": "@page { size: letter; }"}

# Parsing the stylesheets and decoding the fonts costs more than laying out the report
# (see benchmarks/pdf_render.py), so each thread keeps them; Pango objects are not shared
# across threads.
_local = threading.local()


def _stylesheets(paper: str):
    cache = getattr(_local, "css", None)
    if cache is None:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        fetcher = make_url_fetcher()
        font_config = FontConfiguration()
        sheets = []
        for name in _STYLESHEETS:
            url = _STATIC_PREFIX + name
            sheets.append(CSS(string=resolve_static(url).read_text("utf-8"),
                              base_url=_BASE_URL, url_fetcher=fetcher,
                              font_config=font_config))
        papers = {key: CSS(string=css, base_url=_BASE_URL, url_fetcher=fetcher,
                           font_config=font_config)
                  for key, css in _PAPER_CSS.items()}
        cache = _local.css = (fetcher, font_config, sheets, papers, {})
        # Let the font configuration clean its temporary folder while modules still exist.
        atexit.register(reset_caches)
    fetcher, font_config, sheets, papers, images = cache
    return fetcher, font_config, [*sheets, papers[paper]], images


_WARM_UP_HTML = (
    '<p>Aa <strong>Bb ő</strong> <em>Cc ő</em> áñ ő'
    + "".join(f'<img class="icon" src="/static/img/report/{icon}.svg" alt="">'
              for icon in ("tick", "cross", "question", "stop", "warning"))
    + '</p><svg viewBox="0 0 4 4" width="4" height="4"><rect width="4" height="4"/></svg>'
)


def warm_up() -> None:
    """Pay a worker's one-off PDF costs before its first request (gunicorn.conf.py).

    The first PDF of a process also parses the stylesheets, loads the fonts and icons
    and has cffi parse the C types WeasyPrint uses: together about a third of a render
    (benchmarks/pdf_render.py), which the first patient of each worker would wait for.
    """
    html_to_pdf(_WARM_UP_HTML)


def reset_caches() -> None:
    """Forget this thread's stylesheets and fonts (after a static file changed, in tests)."""
    _local.css = None


def _timeline_css(timeline: dict) -> str:
    """Where each word of the timeline drawing goes (templates may not carry styles)."""
    return "".join(
        f"#{label['id']} {{ left: {label['left']:.2f}%; width: {label['width']:.2f}%; "
        f"top: {label['top']:.2f}% }}\n"
        for label in timeline["labels"])


def render_pdf(context: dict, *, paper: str = "a4", url_fetcher=None) -> bytes:
    """The PDF of a ``build_report`` context on A4 or US Letter paper."""
    html = render_to_string("report/pdf.html", {**context, "paper": paper, "for_pdf": True})
    return html_to_pdf(html, paper=paper, url_fetcher=url_fetcher,
                       css=_timeline_css(context["timeline"]))


def html_to_pdf(html: str, *, paper: str = "a4", url_fetcher=None, css: str = "") -> bytes:
    """The one way HTML becomes a PDF here: static files only, no attachments.

    ``url_fetcher`` replaces the static-only fetcher for the document itself (tests wrap
    it to watch what is asked for); it must refuse the same things. ``css`` is a last
    stylesheet of our own making, fetched through the static-only fetcher too.
    """
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}, not {paper!r}")
    from weasyprint import CSS, HTML

    fetcher, font_config, stylesheets, images = _stylesheets(paper)
    if css:
        stylesheets = [*stylesheets, CSS(string=css, base_url=_BASE_URL, url_fetcher=fetcher,
                                         font_config=font_config)]
    document = HTML(string=html, base_url=_BASE_URL, url_fetcher=url_fetcher or fetcher,
                    media_type="print").render(stylesheets=stylesheets,
                                               font_config=font_config, cache=images)
    # Nothing the report shows is a file to embed, so drop any attachment a template or
    # input could have declared (<link rel="attachment">, <a rel="attachment">).
    document.metadata.attachments = []
    for page in document.pages:
        page.links[:] = [link for link in page.links if link[0] != "attachment"]
    return document.write_pdf(attachments=None)
