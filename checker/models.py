"""What is stored: one record per questionnaire, and the PDF rendered from it.

Answers are kept as JSON keyed by the rules catalogue's question ids (the contract), so
the seam to ``rules.assess()`` is one function (``checker.seam``).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .codes import new_code


def _new_reference() -> str:
    return "SC-" + new_code()


class Questionnaire(models.Model):
    #: Unguessable id used in URLs; a session must also own it to open it.
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    #: Printed on the report; staff look reports up with it.
    reference = models.CharField(_("reference"), max_length=16, unique=True,
                                 default=_new_reference, editable=False)
    #: Read out or written down to come back later.
    resume_code = models.CharField(_("resume code"), max_length=16, unique=True,
                                   default=new_code, editable=False)
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
