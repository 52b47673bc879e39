"""The question pages: show a page, save what it holds, and go on.

A page may hold several questions (checker/steps.py). Every post saves the answers that are
valid, so nothing chosen is lost when another question on the page shows an error, when the
patient saves for later, or switches language at the top of the page. "See your result now"
appears once the answers so far decide a red result (``rules.early``).
"""

from collections.abc import Hashable
from typing import Any
from uuid import UUID

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import check_for_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from rules.applicability import established_transplant
from rules.early import decided_red

from . import formcache, pagecache
from .forms import GroupForm, error_summary
from .models import RETURN_TO_ANSWERS, Questionnaire
from .ownership import owned_or_404
from .steps import (
    PAGE_OF_SLUG,
    STEP_OF,
    STEPS_BY_SLUG,
    Step,
    applies,
    next_step,
    place,
)

#: The id of a question page's form: the language buttons at the top of the page submit it.
FORM_ID = "page-form"


def change_url(questionnaire: Questionnaire, slug: str) -> str:
    """A page's address when it is opened from check your answers (it returns there)."""
    return questionnaire.step_url(STEPS_BY_SLUG[slug]) + "?next=" + RETURN_TO_ANSWERS


@never_cache
@require_http_methods(["GET", "POST"])
def step(request: HttpRequest, qid: UUID, slug: str) -> HttpResponse:
    questionnaire = owned_or_404(request, qid)
    page = PAGE_OF_SLUG.get(slug)
    if page is None:
        raise Http404
    if page.slug != slug and request.method == "GET":
        # An address of one question from before the pages held several: its page now.
        query = "?" + request.GET.urlencode() if request.GET else ""
        return redirect(f"{questionnaire.step_url(page)}{query}#answer-{slug}")
    returning = request.GET.get("next") == RETURN_TO_ANSWERS
    relevant = questionnaire.relevant_answers()
    if not applies(page, relevant):
        # A page this offer skips (an old link, or an answer changed since): go on.
        following = next_step(page, relevant)
        if returning or following is None:
            return redirect("checker-answers", qid=questionnaire.pk)
        return redirect(questionnaire.step_url(following))
    stored = getattr(questionnaire, page.store)
    if request.method == "POST":
        form = page.form_class(request.POST, initial=stored, answers=relevant)
        done = _posted(request, questionnaire, page, form, returning)
        if done is not None:
            return done
    else:
        initial = page.initial(request, questionnaire, stored) if page.initial else stored
        form = page.form_class(initial=initial, answers=relevant)
    return _render(request, questionnaire, page, form, returning)


def _posted(request: HttpRequest, questionnaire: Questionnaire, page: Step, form: GroupForm,
            returning: bool) -> HttpResponse | None:
    """Save the page's valid answers, then where to go (None: show the page again)."""
    valid = form.is_valid()
    questionnaire.save_page(page, form.valid_data(), complete=valid)
    if valid and page.saved:
        page.saved(request, questionnaire)
    if "language" in request.POST:
        return _switch_language(request)
    if "save" in request.POST:
        # "Save and come back later": keeps what is valid here, and shows the code either
        # way (an unfinished page is no error).
        return redirect("checker-save", qid=questionnaire.pk)
    # "See your result now": the rest is not asked once the result is decided (a value
    # typed wrong is shown again first).
    if "result_now" in request.POST and not any(form.given(n) for n in form.errors) \
            and questionnaire.finish(early=True):
        return redirect("checker-report", qid=questionnaire.pk)
    if not valid:
        return None
    missing = questionnaire.unanswered()
    if returning and missing:
        # A changed answer brought new questions in: ask them, then back to the list.
        return redirect(change_url(questionnaire, STEP_OF[missing[0]].slug))
    relevant = questionnaire.relevant_answers()
    following = next_step(page, relevant)
    if following is None and not returning and established_transplant(relevant) \
            and questionnaire.finish():
        # A hospital's transplant for a blood disease: its result straight away.
        return redirect("checker-report", qid=questionnaire.pk)
    if returning or following is None:
        return redirect("checker-answers", qid=questionnaire.pk)
    return redirect(questionnaire.step_url(following))


def _switch_language(request: HttpRequest) -> HttpResponse:
    """The language buttons at the top of a question page: the same page in the language
    chosen, with what was valid on it saved (as Django's set_language sets the cookie)."""
    response = redirect(request.get_full_path())
    code = request.POST.get("language", "")
    if code in dict(settings.LANGUAGES) and check_for_language(code):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME, code, max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH, domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE, httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE)  # type: ignore[arg-type]  # "Lax"
    return response


def _errors(form: GroupForm) -> list[dict[str, str]]:
    """The error summary; on a page of several questions each message names its question."""
    if not form.is_bound:
        return []
    items = error_summary(form)
    if form.grouped:
        for item, name in zip(items, (n for n, errs in form.errors.items() for _e in errs),
                              strict=True):
            label = form[name].label if name in form.fields else ""
            if label:
                item["message"] = _("%(question)s %(error)s") % {
                    "question": label, "error": item["message"]}
    return items


def _render(request: HttpRequest, questionnaire: Questionnaire, page: Step, form: GroupForm,
            returning: bool) -> HttpResponse:
    relevant = questionnaire.relevant_answers()
    number, total, before = place(page, relevant)
    if returning:
        back = reverse("checker-answers", args=[questionnaire.pk])
    elif before:
        back = questionnaire.step_url(before)
    else:
        back = reverse("checker-start")
    heading_field = form.page_heading_field
    context: dict[str, Any] = {
        "questionnaire": questionnaire,
        "form": form,
        "form_id": FORM_ID,
        "step": page,
        "heading": "" if heading_field else page.heading,
        "position": number,
        "total": total,
        "back_url": back,
        "page_title": str(form.fields[heading_field].label) if heading_field
        else str(page.heading),
        "action": request.get_full_path(),
        "result_now": decided_red(relevant),
        "errors": _errors(form),
        **(page.context(request, questionnaire) if page.context else {}),
    }
    return pagecache.render(request, "checker/step.html", context, _page_key(page, form, context),
                            own=("back_url", "action"), private=("questionnaire",),
                            status=400 if form.errors else 200)


def _page_key(page: Step, form: GroupForm, context: dict[str, Any]) -> Hashable | None:
    """What the page shows beside the patient's own addresses (checker/pagecache.py); None
    for a page with more context of its own, or a form whose state is not kept."""
    state = formcache.state_key(form, autoescape=True)
    if page.context or state is None:
        return None
    return (page.slug, state, str(context["heading"]), context["page_title"],
            context["position"], context["total"], bool(context["result_now"]),
            tuple((e["anchor"], e["message"]) for e in context["errors"]))
