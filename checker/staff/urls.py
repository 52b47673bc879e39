from django.urls import path

from . import views

app_name = "staff"

urlpatterns = [
    path("", views.home, name="home"),
    path("sign-in/", views.sign_in, name="sign-in"),
    path("sign-out/", views.sign_out, name="sign-out"),
    path("reports/<uuid:qid>/", views.report, name="report"),
    path("reports/<uuid:qid>/<slug:paper>/<slug:disposition>/<str:filename>",
         views.report_pdf, name="report-pdf"),
    path("assist/", views.assist, name="assist"),
    path("samples/", views.samples, name="samples"),
    path("samples/<slug:verdict>/", views.sample, name="sample"),
    path("samples/<slug:verdict>/<slug:paper>/<slug:disposition>/<str:filename>",
         views.sample_pdf, name="sample-pdf"),
]
