#!/usr/bin/env bash
# The packaging smoke tests (issue 12), run by .ci/run after the test suite:
#  1. the wheel, installed into a fresh virtual environment outside the checkout;
#  2. the frozen one-folder app PyInstaller makes from packaging/minutes.spec;
# each put through packaging/smoke_test.py (version, import of the sample, Word export in
# Russian and Kazakh, the window started offscreen in Russian with Russian menu titles).
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT=$PWD
OUT=$(mktemp -d /tmp/minutes-package-XXXXXX)
trap 'rm -rf "$OUT"' EXIT

echo "== the wheel, installed outside the checkout"
.venv/bin/pip wheel -q --no-deps . -w "$OUT/wheel"
python3 -m venv "$OUT/venv"
"$OUT/venv/bin/pip" install -q "$OUT"/wheel/minutes_app-*.whl
(cd "$OUT" && python3 "$CHECKOUT/packaging/smoke_test.py" "$OUT/venv/bin/minutes-app")
test -x "$OUT/venv/bin/minutes"  # the window's gui-script is installed too

echo "== the frozen app (PyInstaller)"
.venv/bin/pip install -q -e ".[package]"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath "$OUT/dist" --workpath "$OUT/build" packaging/minutes.spec
(cd "$OUT" && python3 "$CHECKOUT/packaging/smoke_test.py" "$OUT/dist/minutes/minutes-app")
du -sh "$OUT/dist/minutes"
