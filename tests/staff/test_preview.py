"""The found report: its page and its PDF, inline for preview and as a download."""

import re

from .. import pdfread
from .conftest import opened


def test_a_found_report_links_to_its_pdf(staff_client, finished):
    html = staff_client.get(opened(staff_client, finished)).content.decode()
    assert f'data-reference="{finished.reference}"' in html
    links = re.findall(r'<a [^>]*href="([^"]+\.pdf)"', html)
    name = f"stem-cell-offer-report-{finished.reference}.pdf"
    assert f"/staff/reports/{finished.pk}/a4/view/{name}" in links
    assert f"/staff/reports/{finished.pk}/a4/download/{name}" in links


def test_the_preview_does_not_show_the_patients_resume_code(staff_client, finished):
    html = staff_client.get(opened(staff_client, finished)).content.decode()
    assert finished.resume_code not in html and "data-resume-code" not in html


def test_the_pdf_opens_inline_for_preview_and_downloads_on_request(staff_client, finished):
    url = opened(staff_client, finished)
    name = f"stem-cell-offer-report-{finished.reference}.pdf"
    inline = staff_client.get(f"{url}a4/view/{name}")
    assert inline["Content-Type"] == "application/pdf"
    assert inline["Content-Disposition"] == f'inline; filename="{name}"'
    download = staff_client.get(f"{url}a4/download/{name}")
    assert download["Content-Disposition"] == f'attachment; filename="{name}"'
    text = pdfread.text(inline.content, " ")
    assert finished.reference in text


def test_the_pdf_of_an_assisted_report_names_the_staff_account(staff_client, staff_user, finished):
    finished.assisted_by = staff_user
    finished.save()
    url = opened(staff_client, finished)
    name = f"stem-cell-offer-report-{finished.reference}.pdf"
    pdf = staff_client.get(f"{url}letter/view/{name}").content
    text = pdfread.text(pdf, " ")
    assert "Filled in with help from" in text and "ana" in text
