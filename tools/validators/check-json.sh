#!/usr/bin/env bash
# Validate every JSON output against the JSON Schema published beside it.
# Usage: tools/validators/check-json.sh JSON_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
VENV="${VENV:-.venv}"
case "$VENV" in /*) ;; *) VENV="$root/$VENV" ;; esac
dir="${1:?usage: $0 JSON_DIR}"
status=0
for f in "$dir"/*.json; do
    name="$(basename "$f" .json)"
    schema="$dir/schema/$name.schema.json"
    if "$VENV/bin/check-jsonschema" --schemafile "$schema" "$f" >/dev/null; then
        echo "PASS json-schema $(basename "$f")"
    else
        echo "FAIL json-schema $(basename "$f")"
        "$VENV/bin/check-jsonschema" --schemafile "$schema" "$f" || true
        status=1
    fi
done
exit $status
