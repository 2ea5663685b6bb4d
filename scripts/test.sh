#!/usr/bin/env bash
# Install what the tests need (Debian chromium for the browser tests, the package with its test extras) and run
# the whole suite. `.ci/run` runs exactly this; extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
python3 -m ruff check kg tests benchmarks
python3 -m pytest -q "$@"
