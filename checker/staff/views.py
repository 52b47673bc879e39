"""The clinic staff area: sign in, look a report up by its reference, help a patient.

Every view here needs the ``staff.use_staff_area`` permission, is never cached, and writes
the audit trail whenever it shows a patient's report. There is deliberately no view that
lists questionnaires: a report opens only from the reference the patient gives.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any
from uuid import UUID

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView, redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from .. import ratelimit
from ..errors import too_many_requests
from ..forms import error_summary
from ..models import Questionnaire
from ..ownership import forget, remember
from ..report.patient import add_patient_page
from ..report.render import PAPERS
from ..report.samples import SAMPLES, Sample
from ..report.store import pdf_bytes, pdf_filename, pdf_response
from ..steps import STEPS
from . import audit, preview, throttle
from .accounts import PERMISSION
from .assisting import ASSISTED
from .forms import LookupForm, SignInForm
from .models import AuditEntry

_VIEW, _DOWNLOAD = "view", "download"
#: Reports this staff session has looked up by reference (apart from the patient's own
#: session list, so looking a report up never lets staff change the answers).
_OPENED = "staff_opened_reports"
_MAX_OPENED = 20


def staff_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed in (else to the sign-in page) and holding the staff permission (else 403)."""

    @never_cache
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.has_perm(PERMISSION):
            return render(request, "staff/forbidden.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


# --- signing in and out ----------------------------------------------------------------------

def _wait_message(seconds: int) -> str:
    if seconds <= settings.STAFF_SIGN_IN_THROTTLE["max_delay_seconds"]:
        return ngettext(
            "Too many sign-ins that did not work. Wait %(count)d second, then try again.",
            "Too many sign-ins that did not work. Wait %(count)d seconds, then try again.",
            seconds) % {"count": seconds}
    minutes = (seconds + 59) // 60
    return ngettext(
        "Too many sign-ins that did not work, so signing in is locked for %(count)d minute. "
        "Try again then, or ask your administrator to check the account.",
        "Too many sign-ins that did not work, so signing in is locked for %(count)d minutes. "
        "Try again then, or ask your administrator to check the account.",
        minutes) % {"count": minutes}


class SignInView(LoginView):
    template_name = "staff/sign_in.html"
    form_class = SignInForm

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        username = request.POST.get("username", "")[:150]
        wait = throttle.wait_seconds(request, username)
        if wait:
            response = self.render_to_response(self.get_context_data(
                form=self.get_form_class()(request), throttled=_wait_message(wait)))
            return too_many_requests(request, wait, response)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        self.request.session.set_expiry(settings.STAFF_SESSION_SECONDS)
        return response

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def get_default_redirect_url(self) -> str:
        return reverse("staff:home")


sign_in = SignInView.as_view()


@never_cache
@require_http_methods(["GET", "POST"])
def sign_out(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        # Flushes the whole session: reports looked up and questionnaires filled in here
        # are no longer reachable from this browser.
        logout(request)
        return redirect(f"{reverse('staff:sign-in')}?signed_out=1")
    return render(request, "staff/sign_out.html")


# --- looking a report up ---------------------------------------------------------------------

def _opened(request: HttpRequest) -> list[str]:
    return list(request.session.get(_OPENED, []))


def _open(request: HttpRequest, questionnaire: Questionnaire) -> None:
    kept = [q for q in _opened(request) if q != str(questionnaire.pk)]
    request.session[_OPENED] = [str(questionnaire.pk), *kept][:_MAX_OPENED]


def _opened_or_404(request: HttpRequest, qid: UUID) -> Questionnaire:
    if str(qid) not in _opened(request):
        raise Http404
    return get_object_or_404(Questionnaire, pk=qid, finished_at__isnull=False)


def _find(form: LookupForm) -> Questionnaire | None:
    found = Questionnaire.objects.filter(reference=form.cleaned_data["reference"]).first()
    code = form.cleaned_data["code"]
    if found and code and Questionnaire.with_code(code) != found:
        return None
    return found


@staff_required
@require_http_methods(["GET", "POST"])
def home(request: HttpRequest) -> HttpResponse:
    form = LookupForm(request.POST) if request.method == "POST" else LookupForm()
    error, status = "", 200
    if request.method == "POST":
        ratelimit.check("staff_lookup", request)
        if not form.is_valid():
            status = 400
        else:
            found = _find(form)
            if found is None or not found.has_report:
                # Unknown and unfinished get one answer, counted and audited alike, so the
                # look-up does not tell which references exist.
                ratelimit.count("staff_lookup", request)
                audit.record(request, form.cleaned_data["reference"], AuditEntry.NOT_FOUND)
                error, status = _("No finished report has that reference (and code). Check "
                                  "them with the patient and try again."), 404
            else:
                _open(request, found)
                return redirect("staff:report", qid=found.pk)
    errors = error_summary(form, (("id_reference", error),)) if error else error_summary(form)
    return render(request, "staff/home.html", {"form": form, "errors": errors}, status=status)


def _pdf_links(url_name: str, key: object, name: str) -> dict[str, str]:
    # The report template labels pdf_url and pdf_letter_url as downloads; the staff template
    # adds the inline previews.
    return {
        "pdf_url": reverse(url_name, args=[key, "a4", _DOWNLOAD, name]),
        "pdf_letter_url": reverse(url_name, args=[key, "letter", _DOWNLOAD, name]),
        "preview_url": reverse(url_name, args=[key, "a4", _VIEW, name]),
        "preview_letter_url": reverse(url_name, args=[key, "letter", _VIEW, name]),
    }


def _check_pdf_path(paper: str, disposition: str, filename: str, expected: str) -> None:
    if paper not in PAPERS or disposition not in (_VIEW, _DOWNLOAD) or filename != expected:
        raise Http404


@staff_required
@require_GET
def report(request: HttpRequest, qid: UUID) -> HttpResponse:
    questionnaire = _opened_or_404(request, qid)
    context = add_patient_page(preview.questionnaire_context(questionnaire)).as_context()
    context.update(_pdf_links("staff:report-pdf", questionnaire.pk,
                              pdf_filename(questionnaire.reference)))
    audit.record(request, questionnaire.reference, AuditEntry.PAGE)
    return render(request, "staff/report.html", context)


@staff_required
@require_GET
def report_pdf(request: HttpRequest, qid: UUID, paper: str, disposition: str,
               filename: str) -> HttpResponse:
    questionnaire = _opened_or_404(request, qid)
    _check_pdf_path(paper, disposition, filename, pdf_filename(questionnaire.reference))
    # Per session only: a clinic's staff share one address.
    data = pdf_bytes(questionnaire, paper, request=request, by_address=False)
    audit.record(request, questionnaire.reference,
                 AuditEntry.PDF_DOWNLOAD if disposition == _DOWNLOAD else AuditEntry.PDF_VIEW)
    return pdf_response(data, questionnaire.reference, inline=disposition == _VIEW)


# --- helping a patient -----------------------------------------------------------------------

@staff_required
@require_http_methods(["GET", "POST"])
def assist(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        # One patient at a time: the previous patient's answers leave this browser session.
        for qid in request.session.get(ASSISTED, []):
            forget(request, qid)
        questionnaire = Questionnaire.objects.create(assisted_by=audit.staff_user(request))
        request.session[ASSISTED] = [str(questionnaire.pk)]
        remember(request, questionnaire)
        audit.record(request, questionnaire.reference, AuditEntry.ASSISTED_START)
        return redirect("checker-step", qid=questionnaire.pk, slug=STEPS[0].slug)
    return render(request, "staff/assist.html")


# --- sample reports --------------------------------------------------------------------------

_COLOURS = {"red": gettext_lazy("Red"), "amber": gettext_lazy("Amber"),
            "green": gettext_lazy("Green")}


def _sample_or_404(verdict: str) -> Sample:
    if verdict not in SAMPLES:
        raise Http404
    return SAMPLES[verdict]


@staff_required
@require_GET
def samples(request: HttpRequest) -> HttpResponse:
    return render(request, "staff/samples.html", {"samples": [
        {"verdict": verdict, "url": reverse("staff:sample", args=[verdict]),
         "title": _("%(colour)s: %(verdict)s") % {
             "colour": _COLOURS[verdict], "verdict": _(chosen.assessment().verdict.title)}}
        for verdict, chosen in SAMPLES.items()
    ]})


@staff_required
@require_GET
def sample(request: HttpRequest, verdict: str) -> HttpResponse:
    chosen = _sample_or_404(verdict)
    context = add_patient_page(preview.sample_context(chosen, timezone.now())).as_context()
    context.update(_pdf_links("staff:sample-pdf", verdict, pdf_filename(chosen.reference)))
    context["sample"] = True
    return render(request, "staff/report.html", context)


@staff_required
@require_GET
def sample_pdf(request: HttpRequest, verdict: str, paper: str, disposition: str,
               filename: str) -> HttpResponse:
    chosen = _sample_or_404(verdict)
    _check_pdf_path(paper, disposition, filename, pdf_filename(chosen.reference))
    return pdf_response(preview.sample_pdf(chosen, timezone.now(), paper), chosen.reference,
                        inline=disposition == _VIEW)
