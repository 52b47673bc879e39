from django.contrib import admin
from django.urls import include, path

from . import advert, aftercare, step_view, views

urlpatterns = [
    path("", views.start, name="checker-start"),
    path("check/", views.new, name="checker-new"),
    path("check/<uuid:qid>/answers/", views.answers, name="checker-answers"),
    path("check/<uuid:qid>/save/", views.save_for_later, name="checker-save"),
    path("check/<uuid:qid>/delete/", views.delete, name="checker-delete"),
    path("deleted/", views.deleted, name="checker-deleted"),
    path("privacy/", views.privacy, name="checker-privacy"),
    path("how-it-works/", views.how_it_works, name="checker-how-it-works"),
    path("after-treatment/", aftercare.start, name="aftercare-start"),
    path("after-treatment/urgent/", aftercare.urgent, name="aftercare-urgent"),
    path("after-treatment/today/", aftercare.today, name="aftercare-today"),
    path("after-treatment/no-signs/", aftercare.no_signs, name="aftercare-no-signs"),
    path("after-treatment/card/", aftercare.card, name="aftercare-card"),
    path("after-treatment/card.pdf", aftercare.card_pdf, name="aftercare-card-pdf"),
    path("check/<uuid:qid>/advert/", advert.advert, name="checker-advert"),
    path("check/<uuid:qid>/<slug:slug>/", step_view.step, name="checker-step"),
    path("resume/", views.resume, name="checker-resume"),
    path("report/<uuid:qid>/", views.report, name="checker-report"),
    path("report/<uuid:qid>/<slug:paper>.pdf", views.report_pdf, name="checker-report-pdf"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("staff/", include("checker.staff.urls")),
    path("admin/", admin.site.urls),
]
