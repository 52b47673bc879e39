"""What is stored: one record per questionnaire, and the PDF rendered from it.

Answers are kept as JSON keyed by the rules catalogue's question ids (the contract). What
it means to save a page, finish, be answered, have a report and resume lives on the
``Questionnaire``: views validate, call one of its methods and render.
"""

import uuid
from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

import rules
from rules.asked import relevant_answers, unanswered
from rules.early import decided_red

from .codes import (
    LEGACY_GROUPS,
    code_hash,
    code_hashes,
    derive_resume_code,
    new_code,
    shown_resume_code,
)
from .steps import ANSWERS, PAGE_OF_SLUG, STEPS, Step, next_step

#: ``last_step`` once every page was saved: a returning patient goes to check your answers.
RETURN_TO_ANSWERS = "answers"


def _new_reference() -> str:
    return "SC-" + new_code()


class Questionnaire(models.Model):
    #: Unguessable id used in URLs; a session must also own it to open it.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    #: Printed on the report; staff look reports up with it.
    reference = models.CharField(_("reference"), max_length=16, unique=True,
                                 default=_new_reference, editable=False)
    #: The keyed hash of the code read out or written down to come back later; the code
    #: itself is never stored (checker/codes.py).
    code_hash = models.CharField(max_length=64, unique=True, editable=False)
    #: The keyed hash of a shorter code given before, which still opens it (or empty).
    legacy_code_hash = models.CharField(max_length=64, blank=True, db_index=True,
                                        editable=False)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    offer = models.JSONField(_("about the offer"), default=dict, blank=True)
    #: Where the patient was last: the step to go back to on resume.
    last_step = models.CharField(max_length=32, blank=True)
    #: Bumped on every change, so a cached PDF of an older version is never served.
    version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    assisted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+",
                                    verbose_name=_("filled in with help from"))

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")
        indexes = [models.Index(fields=["updated_at"])]

    def __str__(self) -> str:
        return self.reference

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self.code_hash:
            self.code_hash = code_hash(derive_resume_code(self.pk))
        super().save(*args, **kwargs)

    @classmethod
    def with_code(cls, code: str) -> "Questionnaire | None":
        """The questionnaire a canonical resume code opens: a code of three groups by its
        hash, an older code of two groups by the hash kept of it (``codes.normalise_resume``)."""
        hashes = code_hashes(code)
        field = "legacy_code_hash" if code.count("-") == LEGACY_GROUPS - 1 else "code_hash"
        return cls.objects.filter(**{f"{field}__in": hashes}).first()

    @property
    def resume_code(self) -> str:
        """The code to come back with (``7KQ4-M2XD-9F3A``), made again from the id."""
        return shown_resume_code(self.pk, self.code_hash)

    # --- what it holds ---------------------------------------------------------------------

    def assessment(self) -> rules.Assessment:
        """Assess what is stored. Answers were validated on save, so this does not raise."""
        return rules.assess(self.relevant_answers())

    def relevant_answers(self) -> dict[str, Any]:
        """The stored answers that count: those of the questions that apply to this offer
        (an answer on a page that no longer applies is kept, but ignored)."""
        return relevant_answers(self.answers)

    def unanswered(self) -> list[str]:
        """The answer ids still missing, in questionnaire order (optional ones never are)."""
        return unanswered(self.answers)

    @property
    def ended_early(self) -> bool:
        """Some questions are not answered, but the answers given already make the result
        red whatever the rest would say ("See your result now", issue 24). Derived from the
        answers, so nothing more is stored: answering the rest makes it a full report."""
        return bool(self.unanswered()) and decided_red(self.relevant_answers())

    @property
    def has_report(self) -> bool:
        """Finished, with every question answered or a result already decided: only then is
        there a report to show."""
        return self.finished_at is not None and (not self.unanswered() or self.ended_early)

    # --- what a patient does -----------------------------------------------------------------

    def save_page(self, step: Step, cleaned: dict[str, Any], *, complete: bool = True) -> None:
        """Write this page's fields given in ``cleaned`` only, under a row lock, so two tabs
        never undo each other (a field not in ``cleaned`` keeps what is stored).

        Empty offer details and empty optional answers are dropped; the version goes up
        only when something changed. A page saved ``complete=False`` (some of its answers
        not valid yet) stays the page to come back to.
        """
        with transaction.atomic():
            locked = Questionnaire.objects.select_for_update().get(pk=self.pk)
            store = dict(getattr(locked, step.store))
            for field in (f for f in step.fields if f in cleaned):
                value = cleaned[field]
                if value in ("", None):
                    store.pop(field, None)
                else:
                    store[field] = value
            following = next_step(step, store if step.store == ANSWERS else locked.answers)
            locked.last_step = (step.slug if not complete else
                                following.slug if following else RETURN_TO_ANSWERS)
            if store != getattr(locked, step.store):
                setattr(locked, step.store, store)
                locked.version += 1
            locked.save()
        self.refresh_from_db()

    def finish(self, *, early: bool = False) -> bool:
        """Mark it finished (once) when every question is answered, or ``early`` when the
        answers so far already decide a red result; False otherwise."""
        if self.unanswered() and not (early and self.ended_early):
            return False
        if self.finished_at is None:
            Questionnaire.objects.filter(pk=self.pk, finished_at=None).update(
                finished_at=timezone.now())
            self.refresh_from_db(fields=["finished_at"])
        return True

    def step_url(self, step: Step) -> str:
        return reverse("checker-step", args=[self.pk, step.slug])

    def resume_url(self) -> str:
        """Where a returning patient left off."""
        if self.finished_at:
            return reverse("checker-report", args=[self.pk])
        if self.last_step == RETURN_TO_ANSWERS:
            return reverse("checker-answers", args=[self.pk])
        # A page saved before the pages held several questions leads to the page holding it.
        return self.step_url(PAGE_OF_SLUG.get(self.last_step, STEPS[0]))


class ReportPDF(models.Model):
    """The rendered PDF of one version of a questionnaire, on one paper size."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE,
                                      related_name="pdfs")
    version = models.PositiveIntegerField()
    paper = models.CharField(max_length=8)
    language = models.CharField(max_length=8)
    #: The rules version that made it: after the rules change, the PDF is rendered again.
    ruleset = models.CharField(max_length=32, default="")
    pdf = models.BinaryField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["questionnaire", "version", "paper", "language", "ruleset"],
                name="one_pdf_per_version_paper_language_ruleset"),
        ]

    def __str__(self) -> str:
        return f"{self.questionnaire_id} v{self.version} {self.paper} {self.language}"


class RateLimitWindow(models.Model):
    """One fixed rate-limit window: hits counted by an atomic UPDATE until ``expires_at``.

    ``key`` is a scope and a keyed hash of a client address or session (checker/ratelimit.py),
    never the address or session key itself.
    """

    key = models.CharField(max_length=80, unique=True)
    hits = models.PositiveIntegerField(default=1)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.key[:16]}… {self.hits}"
