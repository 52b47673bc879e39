#!/usr/bin/env bash
# Sets up everything the project needs on a fresh Debian-like machine, and does nothing
# that is already done: system libraries (apt-get, when missing), a virtual environment
# in .venv, and the Python packages pinned in requirements.lock (exact versions and hashes;
# `make lock` regenerates it from the ranges in pyproject.toml). Sourced by scripts/run and
# scripts/test; safe to run again.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV="${VENV:-.venv}"
PYTHON="${PYTHON:-python3}"

say() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# --- system packages --------------------------------------------------------------------
# WeasyPrint needs Pango (text layout) and HarfBuzz's subsetter (to embed only the glyphs
# used by our shipped fonts). GNU gettext's msgfmt builds the compiled translations from the
# committed locale/*/LC_MESSAGES/django.po (and xgettext regenerates them). Extra packages (e.g. Chromium for browser tests) come in
# through $EXTRA_APT_PACKAGES, as "package:command-or-library" pairs.
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
missing=()
have_lib 'libpango-1.0.so.0' || missing+=(libpango-1.0-0)
have_lib 'libpangoft2-1.0.so.0' || missing+=(libpangoft2-1.0-0)
have_lib 'libharfbuzz-subset.so.0' || missing+=(libharfbuzz-subset0)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
for pair in ${EXTRA_APT_PACKAGES:-}; do
  pkg="${pair%%:*}"; probe="${pair#*:}"
  if [[ "$probe" == lib*.so* ]]; then have_lib "$probe" || missing+=("$pkg")
  else command -v "$probe" >/dev/null 2>&1 || missing+=("$pkg"); fi
done

if ((${#missing[@]})); then
  say "installing system packages: ${missing[*]}"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n)
  else
    die "missing system packages: ${missing[*]}. This machine cannot install them without
       root. Ask an administrator to run: apt-get install ${missing[*]}"
  fi
  command -v apt-get >/dev/null || die "missing system packages: ${missing[*]}, and apt-get
       is not available here. Install Pango, HarfBuzz (with its subset library) and gettext with
       your system's package manager."
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq || die "apt-get update failed (no network to the Debian mirror?)"
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get could not install: ${missing[*]}"
fi

# Optional packages ($OPTIONAL_APT_PACKAGES, same pairs): installed when missing and
# possible; when not, a warning, and whatever needs them says so itself (the browser tests
# skip with the reason) instead of the whole set-up stopping.
optional=()
for pair in ${OPTIONAL_APT_PACKAGES:-}; do
  pkg="${pair%%:*}"; probe="${pair#*:}"
  command -v "$probe" >/dev/null 2>&1 || optional+=("$pkg")
done
if ((${#optional[@]})); then
  say "installing optional system packages: ${optional[*]}"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n)
  else SUDO=(false); fi
  if command -v apt-get >/dev/null \
     && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get update -qq \
     && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq \
          --no-install-recommends "${optional[@]}" >/dev/null; then :
  else
    printf 'warning: could not install %s (needs root or sudo, apt-get and the Debian mirror);\n' \
      "${optional[*]}" >&2
    printf '         what needs them will be skipped or will say why it fails.\n' >&2
  fi
fi

# --- Python -------------------------------------------------------------------------------
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "Python 3.11 or later is needed ($PYTHON is $("$PYTHON" --version 2>&1))"
if [[ ! -x "$VENV/bin/python" ]]; then
  say "creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV" || die "could not create $VENV (is the python3-venv package installed?)"
fi
# The stamp keys on the lock file (and on pyproject.toml, which names the project itself):
# a changed pin reinstalls, an unchanged one skips the step.
stamp="$VENV/.installed-$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
if [[ ! -e "$stamp" ]]; then
  say "installing Python packages (requirements.lock)"
  # --no-compile: Python compiles a module when it is first imported, so only the modules
  # used are compiled, not every file of every package (a fifth of the install's time).
  # The project's own install uses the setuptools pinned in the lock (no build isolation,
  # which would set up a fresh setuptools first).
  "$VENV/bin/python" -m pip install -q --no-compile --require-hashes -r requirements.lock \
    || die "could not install the pinned packages from requirements.lock"
  "$VENV/bin/python" -m pip install -q --no-compile --no-deps --no-build-isolation -e . \
    || die "could not install the project"
  rm -f "$VENV"/.installed-*
  touch "$stamp"
fi
export PATH="$PWD/$VENV/bin:$PATH"

# --- translations ---------------------------------------------------------------------------
# The .mo files are build output (not in git): compile them from the committed .po files.
# compilemessages skips a catalogue whose .mo is already newer than its .po.
"$VENV/bin/python" manage.py compilemessages --ignore="$VENV" --ignore=node_modules -v 0 \
  || die "could not compile the translations in locale/"
