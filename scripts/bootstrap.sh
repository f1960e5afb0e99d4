#!/usr/bin/env bash
# Set up everything Community Desk needs on a Debian/Ubuntu machine: the system libraries Qt's xcb
# platform needs, a virtual environment in .venv, and the project with its test extra.
# Safe to run again: it skips what is already done.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    echo "Community Desk needs Python 3.11 or newer (found: $("$PY" --version 2>&1))." >&2
    exit 1
fi

# System libraries for Qt's xcb platform plugin (a real screen) and for the PDF/QR checks in the tests; PostgreSQL's
# server for the test run on PostgreSQL (tests/pgserver.py starts its own cluster as the `postgres` user the package
# creates; the driver, psycopg 3 with its own libpq, comes from pip); LibreOffice Calc without a GUI, which the tests
# use to open every .xlsx the product writes and to make the .xls/.ods import samples.
need_pkgs=()
for pkg in libegl1 libgl1 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
           libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libfontconfig1 libdbus-1-3 \
           python3-venv poppler-utils qpdf zbar-tools xvfb postgresql libreoffice-calc-nogui; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need_pkgs+=("$pkg")
done
if [ ${#need_pkgs[@]} -gt 0 ] && command -v apt-get >/dev/null; then
    bash scripts/apt-install.sh "${need_pkgs[@]}"  # waits for another apt/dpkg instead of failing on its lock
fi

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
stamp=".venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)"
if [ ! -f "$stamp" ]; then
    .venv/bin/python -m pip install -q --upgrade pip
    # PySide6 6.12's separate QtPdf wheel overlaps the 6.11 Addons that pyproject now pins: take it out first.
    if .venv/bin/python -m pip show -q PySide6-Pdf >/dev/null 2>&1; then
        .venv/bin/python -m pip uninstall -y -q PySide6-Pdf
    fi
    .venv/bin/python -m pip install -q -e ".[test]"
    rm -f .venv/.installed-*
    touch "$stamp"
fi
