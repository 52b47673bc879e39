"""Principle 6 (judgement v3, principle 8): making any one answer worse never makes the
verdict better, in every dimension (the documents questions, the days for each whose-cells
answer, the cells, the illness, the route, the country, the kind of offer, the numbers, who
offers it, what is paid, the product and the warning signs).

"Worse" is a partial order per answer, and some moves only count for some kinds of offer:
in a trial, embryonic cells or an illness with no authorised product are what a trial is
for, so they are not "worse" there than not knowing.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import AMBER, GREEN, OUT_OF_SCOPE, QUESTIONS, RED, WARNING_SIGNS, assess
from rules.catalogue import TOLD_KIND, YES_NO
from rules.rule_model import CLINIC, HOSPITAL_ROUTES, NOT_TRIAL
from rules.rules_offer import HIGH_STAKES, NO_PRODUCT, ORTHOPAEDIC, SOME_PRODUCTS

from .strategies import full_answers

RANK = {GREEN: 0, AMBER: 1, RED: 2}
WORSE_PROVIDER = {"hospital": ("unsure", "private_clinic"), "unsure": ("private_clinic",)}
WORSE_PAYMENT = {"none": ("travel_only", "unsure", "treatment"),
                 "travel_only": ("unsure", "treatment"), "unsure": ("treatment",)}
WORSE_YES_NO = {"yes": ("unsure", "no"), "unsure": ("no",), "no": ()}
WORSE_TOLD = {"yes": ("told", "unsure", "no"), "told": ("unsure", "no"), "unsure": ("no",),
              "no": ()}
YES_NO_IDS = [q.id for q in QUESTIONS if q.kind == YES_NO]
TOLD_IDS = [q.id for q in QUESTIONS if q.kind == TOLD_KIND]
KNOWN_CELLS = ("own_fat", "own_bone_marrow", "own_blood", "cord_or_placenta", "donor_adult")


def _days(answers):
    days = answers.get("extraction_days")
    if isinstance(days, int):
        yield from ({0, days // 2, days - 1} - {days} - {-1})
        if days >= 7:
            yield "unsure"
    elif days == "in_advance":
        yield from ("unsure", 0, 3)
    else:  # unsure or not answered
        yield from (0, 3, 6)


def _cells(answers, kind):
    cell_type = answers.get("cell_type")
    if cell_type in KNOWN_CELLS and answers.get("cell_source") in (None, "unsure"):
        # With a "whose cells" answer, an unknown cell type lets that answer decide whose
        # they are: a different answer, not a worse one.
        yield {"cell_type": "unsure"}
    if cell_type in (None, "unsure"):
        if answers.get("cell_source") in ("autologous", "allogeneic"):
            yield {"cell_source": "unsure"}
        if kind in NOT_TRIAL:
            yield {"cell_type": "embryonic_or_fetal"}
        if kind in CLINIC:
            yield {"cell_type": "exosomes"}


def _offer(answers, kind):
    condition = answers.get("condition_group")
    if condition in (*ORTHOPAEDIC, *SOME_PRODUCTS, "dry_mouth", "other"):
        yield {"condition_group": "unsure"}
        if kind in CLINIC and answers.get("product") is None:
            # (With a product named, another illness may be the one it is authorised for.)
            yield {"condition_group": "blood_disease"}
    if condition in (None, "unsure"):
        if kind in CLINIC and answers.get("product") is None:
            yield from ({"condition_group": c} for c in NO_PRODUCT)
        if kind in HOSPITAL_ROUTES:
            yield {"condition_group": "anti_ageing"}
    if answers.get("route") in ("joint", "surgical", "other"):
        yield {"route": "unsure"}
        yield from ({"route": r} for r in HIGH_STAKES)
    if answers.get("country") not in (None, "unsure"):
        yield {"country": "unsure"}
    if kind in (*CLINIC[:1], *HOSPITAL_ROUTES):
        yield {"offer_kind": "unsure"}
    if answers.get("trial_number") is not None:
        yield {"trial_number": "ABC 1"}
        yield {"trial_number": None}
    if answers.get("authorisation_number") == "EU/1/17/1181":
        yield {"authorisation_number": "COFEPRIS 123"}
        yield {"authorisation_number": "NCT01234567"}
    yield from _who_pays(answers, kind)


def _who_pays(answers, kind):
    """Who offers it, what is paid and the product, each made worse."""
    if kind == "transplant":
        return  # a hospital's transplant for a blood disease is out of scope, not ranked
    for worse in WORSE_PROVIDER.get(answers.get("provider", "unsure"), ()):
        yield {"provider": worse}
    for worse in WORSE_PAYMENT.get(answers.get("payment", "unsure"), ()):
        yield {"payment": worse}
    if answers.get("product") is not None:
        yield {"product": None, "authorisation_number": None}
        yield {"product": "Unknowncel", "authorisation_number": None}


def _signs(answers):
    signs = answers.get("warning_signs")
    if signs == []:
        yield "unsure"
    if signs == "unsure":
        # A sign that counts for every kind ("no published evidence" is expected in a trial).
        yield ["many_conditions"]
    if isinstance(signs, list):
        yield from ([*signs, s.id] for s in WARNING_SIGNS if s.id not in signs)


def worse_variants(answers):
    """Every answer set that differs from ``answers`` by one answer made worse."""
    kind = answers.get("offer_kind", "unsure")
    for qid in YES_NO_IDS:
        for worse in WORSE_YES_NO.get(answers.get(qid), ()):
            yield answers | {qid: worse}
    for qid in TOLD_IDS:
        for worse in WORSE_TOLD.get(answers.get(qid), ()):
            yield answers | {qid: worse}
    for days in _days(answers):
        yield answers | {"extraction_days": days}
    for change in (*_cells(answers, kind), *_offer(answers, kind)):
        yield {k: v for k, v in (answers | change).items() if v is not None}
    for signs in _signs(answers):
        yield answers | {"warning_signs": signs}


@settings(max_examples=400, deadline=None)
@given(full_answers)
def test_a_worse_answer_never_gives_a_better_verdict(answers):
    base = RANK.get(assess(answers).verdict.id)
    if base is None:
        return  # out of scope: not ranked
    for variant in worse_variants(answers):
        assert RANK.get(assess(variant).verdict.id, 3) >= base, variant


@settings(max_examples=200, deadline=None)
@given(full_answers, st.sampled_from(TOLD_IDS), st.sampled_from(["told", "no", "unsure"]))
def test_green_needs_every_document_seen_in_writing(answers, qid, value):
    from rules import applicable

    if applicable(qid, answers):
        assert assess(answers | {qid: value}).verdict.id != GREEN


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_a_documents_answer_alone_never_makes_red(answers):
    """Principle 1: "told", "no" or "not sure" to a document is amber at worst; only a trial
    with no ethics approval or no consent form is red (judgement v3, principle 5)."""
    seen = answers | {qid: "yes" for qid in TOLD_IDS}
    if assess(seen).verdict.id not in (RED, OUT_OF_SCOPE):
        for qid in TOLD_IDS:
            for value in ("told", "no", "unsure"):
                if value == "no" and qid in ("trial_ethics", "trial_consent"):
                    continue
                assert assess(seen | {qid: value}).verdict.id != RED, (qid, value)


@settings(max_examples=200, deadline=None)
@given(full_answers, st.sampled_from(["trial_ethics", "trial_consent"]))
def test_a_trial_with_no_ethics_approval_or_no_consent_form_is_red(answers, qid):
    answers = answers | {"offer_kind": "trial", qid: "no"}
    assert assess(answers).verdict.id == RED


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_own_cells_given_back_the_same_day_and_sold_are_red_outside_a_trial(answers):
    answers = answers | {"extraction_days": 0, "payment": "treatment"}
    own = answers.get("cell_type") in ("own_fat", "own_bone_marrow", "own_blood") or (
        answers.get("cell_type") in (None, "unsure")
        and answers.get("cell_source") != "allogeneic")
    if own and answers["offer_kind"] != "transplant" and answers.get("product") != "Kymriah":
        assert assess(answers).verdict.id == RED


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_the_same_day_is_never_green(answers):
    answers = answers | {"extraction_days": 0}
    if answers.get("cell_type") not in ("exosomes", "platelet_rich_plasma"):
        assert assess(answers).verdict.id != GREEN


@settings(max_examples=100, deadline=None)
@given(full_answers)
def test_a_transplant_is_out_of_scope_only_for_a_blood_disease_in_a_hospital(answers):
    answers = answers | {"offer_kind": "transplant"}
    established = (answers.get("condition_group") == "blood_disease"
                   and answers.get("provider") == "hospital")
    assert (assess(answers).verdict.id == OUT_OF_SCOPE) == established


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_a_sold_hospital_route_or_trial_is_never_green(answers):
    for kind in ("trial", "hospital_exemption", "compassionate_use"):
        sold = answers | {"offer_kind": kind, "payment": "treatment"}
        assert assess(sold).verdict.id != GREEN, kind


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_green_names_what_it_rests_on(answers):
    result = assess(answers)
    assert (result.verdict.id == GREEN) == bool(result.green_basis)
    if result.green_basis == "authorised_product":
        assert result.product is not None and result.product.fact == "authorised_here"


@settings(max_examples=200, deadline=None)
@given(full_answers)
def test_verdict_reasons_are_never_empty(answers):
    result = assess(answers)
    assert result.reasons
    assert all(r.message for r in result.reasons)
