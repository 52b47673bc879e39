"""Thin views: validate the form, store the answers, hand them to the rules, render."""

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

import rules

from . import advert, ratelimit
from .codes import normalise
from .errors import too_many_requests
from .labels import answer_label
from .models import Questionnaire
from .offer import ROUTES
from .ownership import forget, owned_or_404, remember
from .report import PAPERS
from .reporting import pdf_bytes, pdf_response, report_context
from .seam import has_report, unanswered
from .steps import OFFER, STEP_OF, STEPS, STEPS_BY_SLUG, Step, next_step, position, previous_step

_RETURN_TO_ANSWERS = "answers"


def _step_url(questionnaire: Questionnaire, step: Step) -> str:
    return reverse("checker-step", args=[questionnaire.pk, step.slug])


def _resume_url(questionnaire: Questionnaire) -> str:
    """Where a returning patient left off."""
    if questionnaire.finished_at:
        return reverse("checker-report", args=[questionnaire.pk])
    if questionnaire.last_step == _RETURN_TO_ANSWERS:
        return reverse("checker-answers", args=[questionnaire.pk])
    step = STEPS_BY_SLUG.get(questionnaire.last_step)
    if step is None:
        return _step_url(questionnaire, STEPS[0])
    return _step_url(questionnaire, step)


def _error_summary(form) -> list[dict[str, str]]:
    """Errors in page order, each linking to its field's first input."""
    items = []
    for name, errors in form.errors.items():
        field = form[name] if name in form.fields else next(iter(form))
        anchor = field.auto_id
        if getattr(field.field.widget, "input_type", "") in ("radio", "checkbox"):
            anchor += "_0"
        items.extend({"anchor": anchor, "message": e} for e in errors)
    return items


@require_GET
def start(request):
    return render(request, "checker/start.html")


@require_GET
def new(request):
    if ratelimit.is_limited("create", request):
        return too_many_requests(request, retry_after=settings.RATE_LIMITS["create"][1])
    ratelimit.count("create", request)
    questionnaire = Questionnaire.objects.create()
    remember(request, questionnaire)
    return redirect(_step_url(questionnaire, STEPS[0]))


@never_cache
@require_http_methods(["GET", "POST"])
def step(request, qid, slug):
    questionnaire = owned_or_404(request, qid)
    page = STEPS_BY_SLUG.get(slug)
    if page is None:
        raise Http404
    returning = request.GET.get("next") == _RETURN_TO_ANSWERS
    stored = getattr(questionnaire, page.store)
    if request.method == "POST":
        form = page.form_class(request.POST, initial=stored)
        if form.is_valid():
            _save(questionnaire, page, form.cleaned_data)
            advert.step_saved(request, questionnaire, page.slug)
            following = next_step(page)
            if returning or following is None:
                return redirect("checker-answers", qid=questionnaire.pk)
            return redirect(_step_url(questionnaire, following))
    else:
        form = page.form_class(initial=advert.step_initial(request, questionnaire, slug, stored))
    before = previous_step(page)
    if returning:
        back = reverse("checker-answers", args=[questionnaire.pk])
    elif before:
        back = _step_url(questionnaire, before)
    else:
        back = reverse("checker-start")
    context = {
        "questionnaire": questionnaire,
        "form": form,
        "step": page,
        "position": position(page),
        "total": len(STEPS),
        "back_url": back,
        "page_title": _page_title(page, form),
        "action": request.get_full_path(),
        "errors": _error_summary(form) if form.is_bound else [],
        **advert.step_context(request, questionnaire, slug),
    }
    return render(request, "checker/step.html", context, status=400 if form.errors else 200)


def _page_title(page: Step, form) -> str:
    if form.page_heading_field:
        return str(form.fields[form.page_heading_field].label)
    return str(page.heading)


def _save(questionnaire: Questionnaire, page: Step, cleaned: dict) -> None:
    """Write this page's fields only, under a row lock, so two tabs never undo each other."""
    with transaction.atomic():
        locked = Questionnaire.objects.select_for_update().get(pk=questionnaire.pk)
        store = dict(getattr(locked, page.store))
        for field in page.fields:
            value = cleaned.get(field)
            if page.store == OFFER and value in ("", None):
                store.pop(field, None)
            else:
                store[field] = value
        following = next_step(page)
        locked.last_step = following.slug if following else _RETURN_TO_ANSWERS
        if store != getattr(locked, page.store):
            setattr(locked, page.store, store)
            locked.version += 1
        locked.save()


def _answer_title(answer_id: str) -> str:
    question = rules.QUESTIONS_BY_ID.get(answer_id)
    return _(question.text) if question else _("Warning signs")


def _answer_rows(questionnaire: Questionnaire) -> list[dict]:
    rows = []
    for answer_id in rules.ANSWER_IDS:
        page = STEP_OF[answer_id]
        question = rules.QUESTIONS_BY_ID.get(answer_id)
        value = questionnaire.answers.get(answer_id)
        rows.append({
            "id": answer_id,
            "number": question.number if question else "",
            "key": _answer_title(answer_id),
            "value": None if value is None else answer_label(answer_id, value),
            "change_url": _step_url(questionnaire, page) + "?next=answers",
        })
    return rows


def _offer_rows(questionnaire: Questionnaire) -> list[dict]:
    page = STEPS_BY_SLUG["offer"]
    form = page.form_class()
    rows = []
    for name in page.fields:
        value = questionnaire.offer.get(name, "")
        if name == "route" and value:
            value = ROUTES.get(value, value)
        rows.append({"key": form.fields[name].label, "value": value,
                     "change_url": _step_url(questionnaire, page) + "?next=answers"})
    return rows


@never_cache
@require_http_methods(["GET", "POST"])
def answers(request, qid):
    questionnaire = owned_or_404(request, qid)
    missing = unanswered(questionnaire)
    errors = []
    if request.method == "POST":
        if not missing:
            if questionnaire.finished_at is None:
                Questionnaire.objects.filter(pk=questionnaire.pk, finished_at=None).update(
                    finished_at=timezone.now())
            return redirect("checker-report", qid=questionnaire.pk)
        errors = [
            {"anchor": f"answer-{aid}",
             "message": _("Answer this question: %(question)s") % {"question": _answer_title(aid)}}
            for aid in missing
        ]
    context = {
        "questionnaire": questionnaire,
        "rows": _answer_rows(questionnaire),
        "offer_rows": _offer_rows(questionnaire),
        "errors": errors,
        "back_url": _step_url(questionnaire, STEPS[-1]),
        "retention_days": settings.RETENTION_DAYS,
    }
    return render(request, "checker/answers.html", context, status=400 if errors else 200)


@never_cache
@require_GET
def save_for_later(request, qid):
    questionnaire = owned_or_404(request, qid)
    return render(request, "checker/save.html", {
        "questionnaire": questionnaire,
        "continue_url": _resume_url(questionnaire),
    })


@never_cache
@require_http_methods(["GET", "POST"])
def resume(request):
    error = ""
    status = 200
    typed = ""
    if request.method == "POST":
        typed = request.POST.get("code", "")[:64]
        if ratelimit.is_limited("resume", request):
            error = _("Too many codes that did not match. Wait 15 minutes, then try again.")
            status = 429
        else:
            code = normalise(typed)
            found = Questionnaire.objects.filter(resume_code=code).first() if code else None
            if found:
                ratelimit.reset("resume", request)
                request.session.cycle_key()
                remember(request, found)
                return redirect(_resume_url(found))
            ratelimit.count("resume", request)
            error = (_("Enter your code. It has 8 letters and numbers, like 7KQ4-M2XD.")
                     if not typed.strip() else
                     _("We could not find that code. Check it and try again. It has 8 letters "
                       "and numbers, like 7KQ4-M2XD."))
            status = 400
    return render(request, "checker/resume.html", {"error": error, "typed": typed},
                  status=status)


def _finished_or_redirect(request, qid):
    questionnaire = owned_or_404(request, qid)
    if not has_report(questionnaire):
        return questionnaire, redirect("checker-answers", qid=questionnaire.pk)
    return questionnaire, None


@never_cache
@require_GET
def report(request, qid):
    questionnaire, not_yet = _finished_or_redirect(request, qid)
    if not_yet:
        return not_yet
    context = report_context(questionnaire)
    context.update({
        "questionnaire": questionnaire,
        "pdf_url": reverse("checker-report-pdf", args=[questionnaire.pk, "a4"]),
        "pdf_letter_url": reverse("checker-report-pdf", args=[questionnaire.pk, "letter"]),
        "answers_url": reverse("checker-answers", args=[questionnaire.pk]),
        "retention_days": settings.RETENTION_DAYS,
    })
    return render(request, "checker/report.html", context)


@never_cache
@require_GET
def report_pdf(request, qid, paper):
    questionnaire, not_yet = _finished_or_redirect(request, qid)
    if not_yet:
        return not_yet
    if paper not in PAPERS:
        raise Http404
    return pdf_response(pdf_bytes(questionnaire, paper), questionnaire.reference)


@require_POST
def delete(request, qid):
    """Delete this questionnaire and its cached PDFs at once; nothing can bring them back."""
    questionnaire = owned_or_404(request, qid)
    questionnaire.delete()
    forget(request, qid)
    return redirect("checker-deleted")


@require_GET
def deleted(request):
    return render(request, "checker/deleted.html")


@require_GET
def privacy(request):
    return render(request, "checker/privacy.html", {"retention_days": settings.RETENTION_DAYS})
