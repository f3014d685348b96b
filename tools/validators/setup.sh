#!/usr/bin/env bash
# Install the package validators (frictionless, csvwvalidate, pyshacl,
# check-jsonschema) into a virtualenv. Idempotent: does nothing when the venv
# exists and was built from the current requirements.txt (hash stamp inside
# the venv), otherwise (re)installs. Quiet unless it has to install.
#
#   VENV    venv location (default: <project root>/.venv; relative = to root)
#   PYTHON  interpreter used to create the venv (default: python3, 3.11)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
VENV="${VENV:-.venv}"
case "$VENV" in /*) ;; *) VENV="$root/$VENV" ;; esac
PYTHON="${PYTHON:-python3}"
req="$here/requirements.txt"
stamp="$VENV/.validators-requirements.sha256"

# Stamp = hash of requirements.txt + the interpreter version it was built with.
want="$({ cat "$req"; "$PYTHON" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"

if [[ -x "$VENV/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]] \
    && "$VENV/bin/python" -c '' 2>/dev/null; then
    exit 0
fi

echo "validators: installing into $VENV" >&2
if ! [[ -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c '' 2>/dev/null; then
    # only ever delete something that is a (broken) venv
    if [[ -e "$VENV" ]]; then
        [[ -f "$VENV/pyvenv.cfg" ]] || { echo "validators: $VENV exists and is not a venv" >&2; exit 1; }
        rm -rf "$VENV"
    fi
    "$PYTHON" -m venv "$VENV"
fi
rm -f "$stamp"
PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install \
    --quiet --no-input -r "$req"
for tool in frictionless csvwvalidate pyshacl check-jsonschema; do
    [[ -x "$VENV/bin/$tool" ]] || { echo "validators: $tool missing after install" >&2; exit 1; }
done
echo "$want" > "$stamp"
echo "validators: ready" >&2
