from django.contrib import admin
from django.urls import path

from . import views

urlpatterns = [
    path("", views.start, name="checker-start"),
    path("admin/", admin.site.urls),
]
