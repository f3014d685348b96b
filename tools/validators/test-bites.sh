#!/usr/bin/env bash
# Proves the package validators bite: each deliberately broken copy of the
# real package must make the named validator(s) FAIL.
# Usage: tools/validators/test-bites.sh PACKAGE_DIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
VENV="${VENV:-.venv}"
case "$VENV" in /*) ;; *) VENV="$root/$VENV" ;; esac
export VENV
pkg="$(cd "${1:?usage: $0 PACKAGE_DIR}" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
py="$VENV/bin/python"
passed=0
failed=0

# break CASE PYTHON-CODE EXPECTED-FAILING-VALIDATOR...
# The code runs in the copy's directory; `rehash(path)` re-stamps bytes and
# hash of a resource in datapackage.json so that only the intended fault remains.
check_case() {
    local name="$1" code="$2"; shift 2
    local dir="$tmp/$name"
    cp -r "$pkg" "$dir"
    (cd "$dir" && "$py" - <<PY
import json, hashlib, os, re
def load(p): return json.load(open(p, encoding="utf-8"))
def save(p, v): open(p, "w", encoding="utf-8").write(json.dumps(v, ensure_ascii=False, indent=2) + "\n")
def rehash(path):
    dp = load("datapackage.json")
    b = open(path, "rb").read()
    for r in dp["resources"]:
        if r["path"] == path:
            r["bytes"] = len(b); r["hash"] = "sha256:" + hashlib.sha256(b).hexdigest()
    save("datapackage.json", dp)
$code
PY
    )
    local log="$tmp/$name.log"
    VALIDATORS_SKIP_SETUP=1 "$here/validate.sh" "$dir" >"$log" 2>&1 || true
    local ok=1
    for v in "$@"; do
        if ! grep -q "^FAIL $v" "$log"; then
            ok=0
            echo "FAIL bite $name: $v did not fail"
        fi
    done
    if [[ $ok == 1 ]]; then
        echo "PASS bite $name: $* failed as expected"
        passed=$((passed + 1))
    else
        sed 's/^/    /' "$log"
        failed=$((failed + 1))
    fi
}

# A points row that refers to an appearance that does not exist.
check_case dangling-foreign-key '
p = "data/ja/points.csv"
s = open(p, encoding="utf-8").read()
s = s.replace(",pj1-next-gen-cancer,1,", ",pj1-no-such-appearance,1,", 1)
open(p, "w", encoding="utf-8").write(s)
rehash(p)' frictionless csvwvalidate

# A resource whose declared hash does not match its bytes.
check_case wrong-hash '
dp = load("datapackage.json")
dp["resources"][0]["hash"] = "sha256:" + "0" * 64
save("datapackage.json", dp)' frictionless

# The English title of the dataset removed from the DCAT record.
check_case missing-english-title '
d = load("dcat.jsonld")
for n in d["@graph"]:
    if n.get("@type") == "dcat:Dataset" and n["@id"].endswith("#dataset"):
        n["dct:title"] = [t for t in n["dct:title"] if t.get("@language") != "en"]
save("dcat.jsonld", d)' pyshacl

# A distribution without its access URL (mandatory in DCAT-AP).
check_case distribution-without-access-url '
d = load("dcat.jsonld")
for n in d["@graph"]:
    if n.get("@type") == "dcat:Distribution":
        del n["dcat:accessURL"]
        break
save("dcat.jsonld", d)' pyshacl

# A dataset without a contact point (recommended in DCAT-AP: a warning fails too).
check_case dataset-without-contact-point '
d = load("dcat.jsonld")
for n in d["@graph"]:
    if n.get("@type") == "dcat:Dataset" and n["@id"].endswith("#dataset"):
        del n["dcat:contactPoint"]
save("dcat.jsonld", d)' pyshacl

# bytes written as a string: rejected by the Data Package v2 profile.
check_case bytes-as-string '
dp = load("datapackage.json")
dp["resources"][0]["bytes"] = str(dp["resources"][0]["bytes"])
save("datapackage.json", dp)' check-jsonschema

# A CSVW column whose titles no longer match the CSV header.
check_case csvw-title-mismatch '
m = load("csv-metadata.json")
m["tables"][0]["tableSchema"]["columns"][0]["name"] = "identifier"
m["tables"][0]["tableSchema"]["columns"][0]["titles"] = "identifier"
save("csv-metadata.json", m)' csvwvalidate

echo "$passed passed, $failed failed"
[[ $failed == 0 ]]
