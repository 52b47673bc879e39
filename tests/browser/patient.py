"""A patient at a browser: one Playwright page plus the checks every page gets."""

import json
import os
import re
from pathlib import Path

from playwright.sync_api import Page

#: How long a full-page screenshot may take (ms).
SHOT_TIMEOUT_MS = 60_000
#: Full-page screenshots are a record for people to look at, not a check; taking them costs
#: about a third of the browser tests' time, so ``make test`` takes them only when asked:
#: ``SCREENSHOTS=1 ./scripts/test -m browser``.
RECORD_SHOTS = os.environ.get("SCREENSHOTS", "") not in ("", "0")

#: WCAG 2.2 A and AA (axe tags each success criterion by the version that added it).
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

#: Style properties that can show focus; compared focused against unfocused.
_STYLE_OF = """el => { const s = getComputedStyle(el); return {
  outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 1
           || s.outlineColor.endsWith(', 0)') || s.outlineColor === 'transparent'
           ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
  boxShadow: s.boxShadow, background: s.backgroundColor } }"""

#: Remembers every focusable element's style before anything has focus.
_REMEMBER_UNFOCUSED = f"""() => {{ const style = {_STYLE_OF};
  const all = 'a[href], button, input, select, textarea, summary, [tabindex]';
  for (const el of document.querySelectorAll(all))
    el.__unfocused = style(el); }}"""

_FOCUSED = f"""() => {{ const el = document.activeElement; const style = {_STYLE_OF};
  if (!el || el === document.body) return null;
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const covered = !(hit && (el.contains(hit) || (hit.control === el)));
  return {{ tag: el.tagName.toLowerCase(), type: el.type || '', name: el.name || '',
    value: el.value || '', checked: !!el.checked, id: el.id,
    text: (el.innerText || '').trim().replace(/\\s+/g, ' ').slice(0, 60),
    focusVisible: el.matches(':focus-visible'),
    inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    covered, unfocused: el.__unfocused || null, focused: style(el) }}; }}"""

#: Things wider than the viewport, or cut off by a box that hides its overflow.
# Both measure the page as shown: after its web fonts have loaded (a fallback font's boxes
# differ, and a fast server can hand over the page before the fonts arrive).
_OVERFLOW = """async () => { await document.fonts.ready;
  const width = document.documentElement.clientWidth, problems = [];
  if (document.documentElement.scrollWidth > window.innerWidth)
    problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth}px content `
                  + `in a ${window.innerWidth}px window`);
  for (const el of document.body.querySelectorAll('*')) {
    const s = getComputedStyle(el), r = el.getBoundingClientRect();
    if (s.display === 'none' || s.visibility === 'hidden' || r.width === 0 || r.height === 0
        || el.closest('.visually-hidden, .skip-link')) continue;
    const classes = typeof el.className === 'string' ? el.className.trim().split(/\\s+/) : [];
    const what = [el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''), ...classes]
                 .filter(Boolean).join('.');
    if (r.left < -1 || r.right > width + 1)
      problems.push(`${what} spans ${Math.round(r.left)}..${Math.round(r.right)}px of ${width}px`);
    // A text field scrolls what is typed into it by design; only its box must fit.
    if (['hidden', 'clip', 'auto', 'scroll'].includes(s.overflowX)
        && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)
        && el.scrollWidth > el.clientWidth + 1)
      problems.push(`${what} cuts off or scrolls its content: `
                    + `${el.scrollWidth}px in ${el.clientWidth}px`);
  }
  return problems; }"""


#: Links, buttons and summaries smaller than 24 by 24 CSS px (WCAG 2.2, 2.5.8 target size).
#: A link inside a sentence is exempt (its block holds other text), as the criterion says.
_SMALL_TARGETS = """async () => { await document.fonts.ready;
  const problems = [], squash = t => (t || '').replace(/\\s+/g, ' ').trim();
  for (const el of document.querySelectorAll('a[href], button, summary, input[type=submit]')) {
    const s = getComputedStyle(el), r = el.getBoundingClientRect();
    if (s.display === 'none' || s.visibility === 'hidden' || r.width === 0 || r.height === 0
        || el.closest('.visually-hidden, .skip-link, details:not([open]) > :not(summary)'))
      continue;
    if (r.width >= 23.5 && r.height >= 23.5) continue;
    if (s.display === 'inline') {
      const block = el.parentElement.closest('p, li, dd, dt, td, th, figcaption, label');
      if (block && squash(block.innerText).length > squash(el.innerText).length) continue;
    }
    const what = el.tagName.toLowerCase() + ' ' + JSON.stringify(squash(el.innerText).slice(0, 40));
    problems.push(`${what} is ${Math.round(r.width)}x${Math.round(r.height)}px`);
  }
  return problems; }"""


class Patient:
    def __init__(self, page: Page, base: str, shots: Path, axe: Path, *, javascript: bool,
                 counter):
        self.page = page
        self.base = base
        self.shots = shots
        self.axe = axe
        self.javascript = javascript
        self._counter = counter
        self.text_zoom = None
        #: Everything focused by Tab since this page loaded, in order.
        self.tabbed: list[dict] = []

    # --- moving about -----------------------------------------------------------------
    def goto(self, path: str):
        response = self.page.goto(self.base + path)
        self._after_load()
        return response

    def submit(self):
        """Press the page's Continue (or finish) button, as a click."""
        with self.page.expect_navigation():
            self.page.locator("main form[method=post] [type=submit]").first.click()
        self._after_load()

    def _after_load(self):
        self.tabbed = []
        if self.text_zoom:
            self.page.add_style_tag(content=f"html {{ font-size: {self.text_zoom} !important }}")
        # The load event does not wait for web fonts; every measure of a box does.
        self.page.evaluate("document.fonts.ready.then(() => true)")

    @property
    def path(self) -> str:
        return self.page.url.removeprefix(self.base)

    def slug(self) -> str:
        """The page's name in its address (without a #question it was opened at)."""
        return self.path.split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]

    # --- looking ----------------------------------------------------------------------
    def shot(self, label: str):
        name = "{:02d}-{}.png".format(next(self._counter), re.sub(r"[^\w-]+", "-", label))
        # A full-page shot of a long page (the methodology, tens of screens with its products
        # table) takes longer than a click on a loaded machine: the shot is a record, not a
        # check, so it gets more time than the default.
        if RECORD_SHOTS:
            self.page.screenshot(path=self.shots / name, full_page=True,
                                 timeout=SHOT_TIMEOUT_MS)

    def check(self, label: str, *, axe: bool = True):
        """Screenshot the page and, where JavaScript runs, check it with axe."""
        self.shot(label)
        if axe and self.javascript:
            self.assert_accessible()

    def assert_accessible(self):
        self.page.add_script_tag(path=str(self.axe))
        violations = self.page.evaluate(
            """tags => axe.run(document, {runOnly: {type: 'tag', values: tags},
                                          resultTypes: ['violations']})
                      .then(r => r.violations)""", WCAG_TAGS)
        assert not violations, format_violations(self.path, violations)

    def verdict(self) -> str | None:
        return self.page.locator("[data-verdict]").get_attribute("data-verdict")

    def resume_code(self) -> str:
        return self.page.locator("[data-resume-code]").first.get_attribute("data-resume-code")

    def overflow_problems(self) -> list[str]:
        return self.page.evaluate(_OVERFLOW)

    def small_targets(self) -> list[str]:
        """Links and buttons under 24 by 24 CSS px that are not inside a sentence."""
        return self.page.evaluate(_SMALL_TARGETS)

    def open_all_details(self):
        """Open every <details> (as a click on each summary would), for axe to see inside."""
        closed = self.page.locator("details:not([open]) > summary")
        for _ in range(closed.count()):
            closed.first.click()

    # --- answering with the mouse -----------------------------------------------------
    def answer(self, data: dict):
        """Fill in the current page from POST-style data, then press Continue."""
        self.fill(data)
        self.submit()

    def fill(self, data: dict):
        """Choose and type the answers in POST-style ``data`` on the current page."""
        for field, value in data.items():
            if isinstance(value, list):
                for v in value:
                    self.page.locator(f'input[name="{field}"][value="{v}"]').check()
            elif self.page.locator(f'select[name="{field}"]').count():
                self.page.locator(f'select[name="{field}"]').select_option(value)
            elif field == "extraction_days" and value not in ("0", "unsure", "in_advance"):
                self.page.locator('input[name="extraction_days"][value="days"]').check()
                self.page.locator('input[name="extraction_days_number"]').fill(value)
            elif self.page.locator(f'input[type=radio][name="{field}"]').count() or \
                    self.page.locator(f'input[type=checkbox][name="{field}"]').count():
                self.page.locator(f'input[name="{field}"][value="{value}"]').check()
            else:
                self.page.locator(f'[name="{field}"]').fill(value)

    # --- the keyboard -----------------------------------------------------------------
    def remember_unfocused_styles(self):
        self.page.evaluate(_REMEMBER_UNFOCUSED)

    def focused(self) -> dict | None:
        return self.page.evaluate(_FOCUSED)

    def tab(self) -> dict:
        """Press Tab and check the newly focused element can be seen to have focus."""
        self.page.keyboard.press("Tab")
        el = self.focused()
        assert el is not None, f"Tab left nothing focused on {self.path}"
        self.tabbed.append(el)
        where = f"{el['tag']} {el['name'] or el['id'] or el['text']!r} on {self.path}"
        assert el["focusVisible"], f"{where} has focus but not :focus-visible"
        assert el["inViewport"] and not el["covered"], f"{where} is focused out of sight"
        before = el["unfocused"]
        assert before is not None, f"{where} appeared after the page loaded"
        changed = [k for k in ("outline", "boxShadow", "background")
                   if el["focused"][k] != before[k]]
        assert changed, (f"{where} looks the same focused and unfocused: "
                         f"{el['focused']} (no visible focus indicator)")
        return el

    def tab_to(self, matches, limit: int = 40) -> list[dict]:
        """Tab until ``matches(focused)``; returns every element focused on the way."""
        seen = []
        for _ in range(limit):
            seen.append(self.tab())
            if matches(seen[-1]):
                return seen
        route = [(s["tag"], s["name"] or s["text"]) for s in seen]
        raise AssertionError(f"{limit} Tabs on {self.path} never reached the element; "
                             f"focus went through {route}")

    def press(self, key: str, *, navigates: bool = False):
        if navigates:
            with self.page.expect_navigation():
                self.page.keyboard.press(key)
            self._after_load()
            self.remember_unfocused_styles()
        else:
            self.page.keyboard.press(key)


def format_violations(url: str, violations: list[dict]) -> str:
    lines = [f"axe found {len(violations)} WCAG 2.2 A/AA violation(s) on {url}:"]
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']} <{v['helpUrl']}>")
        for node in v["nodes"][:10]:
            target = " ".join(json.dumps(t) if not isinstance(t, str) else t
                              for t in node["target"])
            why = " ".join(x.strip() for x in node.get("failureSummary", "").splitlines()[1:])
            lines.append(f"    at {target}: {why}")
    return "\n".join(lines)


def browser_posts(answers: dict | None = None) -> dict[str, dict]:
    """What each page is given in the browser for ``answers`` (default: all answers): the
    offer page's details only for the fields it has (tests/answers.py's offer still carries
    a product's name from before it was an answer)."""
    from checker.offer import OFFER_LIMITS

    from ..answers import OFFER_POST, page_posts

    offer = {k: v for k, v in OFFER_POST.items() if k in OFFER_LIMITS}
    return page_posts(answers, offer)
