"""Thin views: validate the form, call the questionnaire, render."""

from datetime import timedelta
from typing import TypedDict
from uuid import UUID

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from . import pagecache, ratelimit
from .codes import normalise_resume
from .disclosures import disclosures
from .methodology import build_methodology
from .models import Questionnaire
from .ownership import forget, owned_or_404, remember
from .promise import promise
from .report.context import report_context
from .report.patient import add_patient_page
from .report.pdf import PAPERS, pdf_bytes, pdf_response
from .rows import AnswerRow, answer_rows, answer_title, offer_rows
from .step_view import change_url
from .steps import OFFER_STEP, STEP_OF, STEPS, STEPS_BY_SLUG, active_steps


@require_GET
def start(request: HttpRequest) -> HttpResponse:
    # The pages a treatment offer asks ("Page 1 of N"), and minutes measured from the words.
    pages, shown = promise(), disclosures()
    # The same for everyone in a language: kept (the CSRF token and address put in).
    key = ("start", tuple(pages.items()), settings.RETENTION_DAYS, tuple(shown.items()))
    return pagecache.render(request, "checker/start.html",
                            {"promise": pages, "retention_days": settings.RETENTION_DAYS,
                             "disclosures": shown}, key)


@require_GET
def new(request: HttpRequest) -> HttpResponse:
    ratelimit.attempt("create", request)
    questionnaire = Questionnaire.objects.create()
    # A new key for a new questionnaire: a session id planted in the browser beforehand
    # (session fixation) does not lead to it.
    request.session.cycle_key()
    remember(request, questionnaire)
    return redirect(questionnaire.step_url(STEPS[0]))


@never_cache
@require_http_methods(["GET", "POST"])
def answers(request: HttpRequest, qid: UUID) -> HttpResponse:
    questionnaire = owned_or_404(request, qid)
    errors: list[dict[str, str]] = []
    if request.method == "POST":
        # Questions left but a red result already decided (as after "See your result now"):
        # the result, which says the rest was not asked, rather than a list of errors.
        if questionnaire.finish(early=True):
            return redirect("checker-report", qid=questionnaire.pk)
        errors = [
            {"anchor": f"answer-{aid}",
             "message": _("Answer this question: %(question)s") % {"question": answer_title(aid)}}
            for aid in questionnaire.unanswered()
        ]
    details = offer_rows(questionnaire.offer, blanks=True)
    context = {
        "questionnaire": questionnaire,
        "groups": _answer_groups(questionnaire),
        "offer_change_url": change_url(questionnaire, OFFER_STEP),
        "offer_rows": details,
        "errors": errors,
        "back_url": questionnaire.step_url(active_steps(questionnaire.relevant_answers())[-1]),
        "retention_days": settings.RETENTION_DAYS,
    }
    return render(request, "checker/answers.html", context, status=400 if errors else 200)


class AnswerGroup(TypedDict):
    """One page on check your answers: its heading, its Change link and its answers."""

    heading: str
    change_url: str
    rows: list[AnswerRow]


def _answer_groups(questionnaire: Questionnaire) -> list[AnswerGroup]:
    """The answers by the page that asks them, each page with its heading (its question's
    when it holds one) and one link to change it."""
    groups: dict[str, AnswerGroup] = {}
    for row in answer_rows(questionnaire.relevant_answers()):
        group = groups.setdefault(row["step"], {
            "heading": str(STEPS_BY_SLUG[row["step"]].heading) or row["label"],
            "change_url": change_url(questionnaire, row["step"]), "rows": []})
        group["rows"].append(row)
    return list(groups.values())


@never_cache
@require_GET
def save_for_later(request: HttpRequest, qid: UUID) -> HttpResponse:
    questionnaire = owned_or_404(request, qid)
    # The site's own address, from the request: a Host outside ALLOWED_HOSTS was refused
    # with a 400 before this (DisallowedHost), so no other site's name is ever printed here.
    resume_address = request.build_absolute_uri(reverse("checker-resume"))
    # purge_expired deletes what is unchanged for RETENTION_DAYS days: this date, or the
    # first run of the command after it.
    deleted_after = timezone.localdate(
        questionnaire.updated_at + timedelta(days=settings.RETENTION_DAYS))
    return render(request, "checker/save.html", {
        "questionnaire": questionnaire,
        "continue_url": questionnaire.resume_url(),
        "resume_address": resume_address,
        "deleted_after": deleted_after,
        "retention_days": settings.RETENTION_DAYS,
    })


@never_cache
@require_http_methods(["GET", "POST"])
def resume(request: HttpRequest) -> HttpResponse:
    error = ""
    status = 200
    typed = ""
    if request.method == "POST":
        typed = request.POST.get("code", "")[:64]
        # A site-wide budget of wrong codes first, then every try counts per session,
        # address and wider IPv6 networks, the right code too, and nothing resets the count.
        ratelimit.check_site("resume_site")
        left, wait = ratelimit.attempt("resume", request)
        code = normalise_resume(typed)
        found = Questionnaire.with_code(code) if code else None
        if found:
            # A fresh session holding this questionnaire only: on a shared browser, earlier
            # questionnaires of the session are no longer reachable.
            request.session.flush()
            remember(request, found)
            return redirect(found.resume_url())
        if typed.strip():
            ratelimit.count_site("resume_site")
        error = _wrong_code_message(typed, left, wait)
        status = 400
    return render(request, "checker/resume.html", {"error": error, "typed": typed},
                  status=status)


def _wrong_code_message(typed: str, left: int, wait_seconds: int) -> str:
    what = (_("Enter your code. It has 12 letters and numbers, like 7KQ4-M2XD-9F3A.")
            if not typed.strip() else
            _("We could not find that code. Check it and try again. It has 12 letters and "
              "numbers, like 7KQ4-M2XD-9F3A."))
    minutes = max(1, (wait_seconds + 59) // 60)
    if left <= 0:
        tries = ngettext("That was the last try for now: you can try again in about "
                         "%(minutes)d minute.",
                         "That was the last try for now: you can try again in about "
                         "%(minutes)d minutes.", minutes) % {"minutes": minutes}
    elif left == 1:
        # Said before the last try, so the code can be checked against the paper first.
        tries = ngettext("Careful: you have 1 more try. After it, you will have to wait up "
                         "to %(minutes)d minute.",
                         "Careful: you have 1 more try. After it, you will have to wait up "
                         "to %(minutes)d minutes.", minutes) % {"minutes": minutes}
    else:
        tries = ngettext("You have %(left)d more try before a wait of up to %(minutes)d "
                         "minutes.",
                         "You have %(left)d more tries before a wait of up to %(minutes)d "
                         "minutes.", left) % {"left": left, "minutes": minutes}
    return f"{what} {tries}"


def _finished_or_redirect(request: HttpRequest,
                          qid: UUID) -> tuple[Questionnaire, HttpResponse | None]:
    questionnaire = owned_or_404(request, qid)
    if not questionnaire.has_report:
        return questionnaire, redirect("checker-answers", qid=questionnaire.pk)
    return questionnaire, None


@never_cache
@require_GET
def report(request: HttpRequest, qid: UUID) -> HttpResponse:
    questionnaire, not_yet = _finished_or_redirect(request, qid)
    if not_yet:
        return not_yet
    context = add_patient_page(report_context(questionnaire)).as_context()
    context.update({
        "questionnaire": questionnaire,
        "pdf_url": reverse("checker-report-pdf", args=[questionnaire.pk, "a4"]),
        "pdf_letter_url": reverse("checker-report-pdf", args=[questionnaire.pk, "letter"]),
        "answers_url": reverse("checker-answers", args=[questionnaire.pk]),
        "retention_days": settings.RETENTION_DAYS,
    })
    missing = questionnaire.unanswered()
    if missing:
        # "See your result now": the rest was not asked; the first page still to answer.
        context["ended_early"] = True
        context["continue_url"] = questionnaire.step_url(STEP_OF[missing[0]])
    return render(request, "checker/report.html", context)


@never_cache
@require_GET
def report_pdf(request: HttpRequest, qid: UUID, paper: str) -> HttpResponse:
    questionnaire, not_yet = _finished_or_redirect(request, qid)
    if not_yet:
        return not_yet
    if paper not in PAPERS:
        raise Http404
    return pdf_response(pdf_bytes(questionnaire, paper, request=request),
                        questionnaire.reference)


@never_cache
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest, qid: UUID) -> HttpResponse:
    """GET asks to confirm on a page of its own; POST deletes this questionnaire and its
    cached PDFs at once: nothing can bring them back."""
    questionnaire = owned_or_404(request, qid)
    if request.method == "GET":
        back = (reverse("checker-report", args=[questionnaire.pk]) if questionnaire.has_report
                else reverse("checker-answers", args=[questionnaire.pk]))
        return render(request, "checker/delete.html",
                      {"questionnaire": questionnaire, "back_url": back})
    questionnaire.delete()
    forget(request, qid)
    return redirect("checker-deleted")


@require_GET
def deleted(request: HttpRequest) -> HttpResponse:
    return render(request, "checker/deleted.html")


@require_GET
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "checker/privacy.html", {"retention_days": settings.RETENTION_DAYS})


@require_GET
def how_it_works(request: HttpRequest) -> HttpResponse:
    """Every criterion, rule, threshold and source the engine uses, generated from rules/."""
    return render(request, "checker/how_it_works.html",
                  {**build_methodology(), "disclosures": disclosures()})
