"""Real-browser fixtures: Debian's Chromium driven by Playwright, axe-core, screenshots.

One Chromium per test session, a fresh browser context (cookies, storage) per test.
Chromium missing is the one reason to skip; Chromium present but failing to start fails.
"""

import os
import re
import shutil
from pathlib import Path

import pytest

# Playwright's sync API keeps an asyncio loop in this thread, and Django refuses ORM calls
# from a thread with a running loop. The live server runs in its own thread; the tests
# only read the database between browser steps, never concurrently with a request.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]
AXE_DIR = Path(os.environ.get("AXE_DIR", ROOT / ".cache" / "axe"))
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "screenshots"


@pytest.fixture(scope="session")
def chromium():
    """The session's one Chromium. Skips only when Chromium is not installed."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"browser tests need Chromium at {CHROMIUM}, which is not installed: "
                    "scripts/test installs the Debian packages chromium and chromium-driver "
                    "when it runs as root or with password-less sudo and can reach the mirror")
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception:
        playwright.stop()
        raise  # Chromium is installed but does not start: that is a failure, not a skip.
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture(scope="session")
def axe_source():
    if not AXE_JS.exists():
        pytest.fail(f"axe-core is missing at {AXE_JS}: scripts/test installs it with "
                    "`npm install --no-save --prefix .cache/axe axe-core@4`", pytrace=False)
    return AXE_JS


@pytest.fixture
def shots(request):
    """A folder of screenshots for this test, emptied first so it shows this run only."""
    folder = SCREENSHOTS / re.sub(r"[^\w.-]+", "-", request.node.name).strip("-")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def open_patient(chromium, live_server, axe_source, shots):
    """Opens a Patient (a page in a new browser context); everything is closed after."""
    from .patient import Patient

    contexts = []

    def _open(*, javascript=True, width=1024, height=800, **options):
        context = chromium.new_context(
            # The site's Content-Security-Policy forbids injected scripts; axe is one.
            bypass_csp=True, java_script_enabled=javascript,
            viewport={"width": width, "height": height}, **options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return Patient(context.new_page(), live_server.url, shots, axe_source,
                       javascript=javascript, counter=_counter)

    _counter = iter(range(1, 1000))
    yield _open
    for context in contexts:
        context.close()
