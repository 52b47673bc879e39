"""The report's typed views carry what its templates read (issue 21).

Every variable that ``report/result.html`` and ``report/pdf.html`` (and what they include)
read is followed through the types of ``PatientPage`` and ``DoctorView``: a dotted lookup
must name a key of the row's ``TypedDict`` (or a field of the dataclass), and a loop's
variable has the type of the list's rows. So a template that reads a key no view gives, or
a view that drops a key a template reads, fails here, not as an empty cell in a report.
"""

import dataclasses
import functools
import operator
import types
from datetime import UTC, datetime
from typing import Any, Union, get_args, get_origin, get_type_hints, is_typeddict

import pytest
from django.template import Variable
from django.template.base import FilterExpression, Node, VariableNode
from django.template.defaulttags import ForNode, IfNode, WithNode
from django.template.loader import get_template
from django.template.loader_tags import IncludeNode
from django.templatetags.i18n import BlockTranslateNode

import rules
from checker.report.doctor import add_doctor
from checker.report.doctor_view import DoctorView
from checker.report.model import Report
from checker.report.patient import PatientPage, add_patient_page
from checker.report.samples import SAMPLES, sample_context

from .report_cases import CASES, make_context

#: A value whose type the test does not follow (a view's own extra, a filter's result).
UNKNOWN: Any = object()

#: What Django and the views add to the report's context, by name.
DJANGO = ("request", "csrf_token", "LANGUAGE_CODE", "forloop", "block")
#: checker/views.py report() and staff/views.py report()/sample() (links, the record).
PAGE_EXTRAS = ("questionnaire", "pdf_url", "pdf_letter_url", "answers_url", "retention_days",
               "ended_early", "continue_url", "preview_url", "preview_letter_url", "sample")
#: render.pdf_context and render_pdf.
PDF_EXTRAS = ("paper", "three_pages")


def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _view_fields(view: type) -> dict[str, Any]:
    return {f.name: _hints(view)[f.name] for f in dataclasses.fields(view)
            if f.name != "report"}


def _arms(tp: Any) -> list[Any]:
    if get_origin(tp) in (Union, types.UnionType):
        return [a for a in get_args(tp) if a is not type(None)]
    return [tp]


def _step(tp: Any, key: str) -> Any:
    """The type of ``tp.key`` as a template looks it up; KeyError when it has no such key."""
    if tp is UNKNOWN or tp is Any:
        return UNKNOWN
    found = []
    for arm in _arms(tp):
        origin = get_origin(arm)
        if is_typeddict(arm) or dataclasses.is_dataclass(arm):
            if key in _hints(arm):
                found.append(_hints(arm)[key])
        elif origin is dict:
            found.append(get_args(arm)[1])
        elif origin in (list, tuple) and key.isdigit():
            found.append(get_args(arm)[0])
        elif hasattr(arm, key):
            found.append(UNKNOWN)
    if not found:
        raise KeyError(f"{tp} has no {key!r}")
    return UNKNOWN if UNKNOWN in found else functools.reduce(operator.or_, found)


def _element(tp: Any) -> Any:
    if tp is UNKNOWN:
        return UNKNOWN
    arms = _arms(tp)
    origin = get_origin(arms[0]) if len(arms) == 1 else None
    if origin in (list, tuple):
        return get_args(arms[0])[0]
    raise KeyError(f"a loop over {tp}")


class Checker:
    def __init__(self) -> None:
        self.missing: list[str] = []
        self.read = 0

    def resolve(self, expression: Any, scope: dict[str, Any], where: str) -> Any:
        if isinstance(expression, FilterExpression):
            for _func, args in expression.filters:
                for _lookup, arg in args:
                    self.resolve(arg, scope, where)
            expression = expression.var
        if not isinstance(expression, Variable) or expression.lookups is None:
            return UNKNOWN  # a literal
        root, *path = expression.lookups
        self.read += 1
        if root not in scope:
            self.missing.append(f"{where}: {root}")
            return UNKNOWN
        tp = scope[root]
        try:
            for key in path:
                tp = _step(tp, key)
        except KeyError as error:
            self.missing.append(f"{where}: {'.'.join(expression.lookups)} ({error})")
            return UNKNOWN
        return tp

    def condition(self, cond: Any, scope: dict[str, Any], where: str) -> None:
        if hasattr(cond, "value"):
            self.resolve(cond.value, scope, where)
        for side in ("first", "second"):
            if getattr(cond, side, None) is not None:
                self.condition(getattr(cond, side), scope, where)

    def walk(self, nodes: list[Node], scope: dict[str, Any], where: str) -> None:
        for node in nodes:
            self.visit(node, scope, where)

    def visit(self, node: Node, scope: dict[str, Any], where: str) -> None:
        if isinstance(node, VariableNode):
            self.resolve(node.filter_expression, scope, where)
        elif isinstance(node, ForNode):
            sequence = self.resolve(node.sequence, scope, where)
            try:
                row = _element(sequence) if len(node.loopvars) == 1 else UNKNOWN
            except KeyError as error:
                self.missing.append(f"{where}: {error}")
                row = UNKNOWN
            self.walk(node.nodelist_loop, {**scope, **dict.fromkeys(node.loopvars, row)}, where)
            self.walk(node.nodelist_empty, scope, where)
        elif isinstance(node, IfNode):
            for cond, nodelist in node.conditions_nodelists:
                if cond is not None:
                    self.condition(cond, scope, where)
                self.walk(nodelist, scope, where)
        elif isinstance(node, WithNode | BlockTranslateNode):
            extra = {name: self.resolve(value, scope, where)
                     for name, value in node.extra_context.items()}
            if getattr(node, "countervar", None):  # {% blocktranslate count n=... %}
                extra[node.countervar] = self.resolve(node.counter, scope, where)
            if isinstance(node, WithNode):
                self.walk(node.nodelist, {**scope, **extra}, where)
            else:
                for token in [*node.singular, *(node.plural or [])]:
                    if token.token_type.name == "VAR" and token.contents not in extra:
                        self.resolve(Variable(token.contents), scope, where)
        elif isinstance(node, IncludeNode):
            name = node.template.var
            extra = {key: self.resolve(value, scope, where)
                     for key, value in node.extra_context.items()}
            self.walk(get_template(name).template.nodelist, {**scope, **extra}, name)
        else:
            for attr in getattr(node, "child_nodelists", ()):
                self.walk(getattr(node, attr, None) or [], scope, where)


def _check(template: str, scope: dict[str, Any]) -> Checker:
    checker = Checker()
    checker.walk(get_template(template).template.nodelist, scope, template)
    return checker


def _report_scope() -> dict[str, Any]:
    return {f.name: _hints(Report)[f.name] for f in dataclasses.fields(Report)}


def test_every_key_the_patients_page_reads_is_in_its_view():
    scope = {**_report_scope(), **_view_fields(PatientPage),
             **dict.fromkeys((*DJANGO, *PAGE_EXTRAS), UNKNOWN)}
    checker = _check("report/result.html", scope)
    assert checker.missing == []
    assert checker.read > 100  # the walk reached the included sections


def test_every_key_the_doctors_pdf_reads_is_in_its_view():
    scope = {**_report_scope(), "doctor": DoctorView,
             **dict.fromkeys((*DJANGO, *PDF_EXTRAS), UNKNOWN)}
    checker = _check("report/pdf.html", scope)
    assert checker.missing == []
    assert checker.read > 100


def test_the_check_finds_a_key_no_view_gives():
    scope = {**_report_scope(), "doctor": DoctorView}
    checker = Checker()
    node = get_template("report/pdf/_fn.html").template.nodelist
    checker.walk(node, {**scope, "fns": list[Report]}, "fns")
    assert checker.missing  # a footnote's "n" is no field of a Report
    checker = Checker()
    checker.resolve(Variable("doctor.verdict.colour"), scope, "x")
    checker.resolve(Variable("criteria.0.findings.0.decisive"), scope, "x")
    assert checker.missing == ["x: doctor.verdict.colour (\"<class "
                               "'checker.report.doctor_view.DoctorVerdict'> has no 'colour'\")"]


@pytest.mark.parametrize("verdict", sorted(CASES))
def test_the_views_as_context_give_each_field_under_its_name(verdict):
    report = make_context(CASES[verdict])
    page = add_patient_page(report)
    context = page.as_context()
    assert set(context) == set(_report_scope()) | set(_view_fields(PatientPage))
    assert context["page_sources"] is page.page_sources and context["reasons"] is report.reasons
    doctor = add_doctor(report)
    pdf = doctor.as_context()
    assert set(pdf) == set(_report_scope()) | {"doctor"}
    assert set(pdf["doctor"]) == set(_view_fields(DoctorView))
    assert pdf["doctor"]["findings"] is doctor.findings


def test_every_row_has_each_key_its_type_declares():
    """A TypedDict is not checked at run time: the rows built hold every declared key."""
    report = sample_context(SAMPLES[rules.RED], datetime(2026, 1, 1, tzinfo=UTC))
    doctor = add_doctor(report)
    for name, rows in (("criteria", report.criteria), ("reasons", report.reasons),
                       ("documents", report.documents), ("offer_facts", report.offer_facts),
                       ("warning_signs", report.warning_signs),
                       ("questions_to_ask", report.questions_to_ask)):
        row_type = _element(_hints(Report)[name])
        assert rows, name
        for row in rows:
            assert set(row) == set(_hints(row_type)), name
    for name in ("findings", "facts", "questions", "documents", "checkpoints", "sources"):
        row_type = _element(_hints(DoctorView)[name])
        for row in getattr(doctor, name):
            assert set(row) == set(_hints(row_type)), name
