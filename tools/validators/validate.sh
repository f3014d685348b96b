#!/usr/bin/env bash
# Validate an open-data package directory (e.g. out/package/) with:
#   1. frictionless validate   PACKAGE_DIR/datapackage.json  (must report 0 errors)
#   2. csvwvalidate            PACKAGE_DIR/csv-metadata.json
#   3. pyshacl (DCAT-AP 3.0.1) PACKAGE_DIR/dcat.jsonld
#   4. check-jsonschema        PACKAGE_DIR/datapackage.json against the v2 profile
# All four always run; exits non-zero if any failed, naming which.
#
# Usage: tools/validators/validate.sh PACKAGE_DIR
#   SHARED       shared folder (default: <project root>/../shared)
#   VENV         validators' venv (default: <project root>/.venv), see setup.sh
#   DCAT_SHAPES  space-separated SHACL files, relative to
#                $SHARED/validators/dcat-ap-3.0.1 (default: "shapes.ttl range.ttl
#                shapes_recommended.ttl": the mandatory, range and recommended
#                shapes; a recommended shape reports a sh:Warning, and any
#                result at all, warnings included, fails)
#   DCAT_REQUIRE_LANGS  languages every dcat:Catalog/dcat:Dataset must have a
#                dct:title and dct:description in (default: "ja en"; "" = off)
#   DCAT_PROJECT_SHAPES=0  skip the project's extra checks (languages above,
#                dates on Dataset, lowercase checksum hex); DCAT-AP only
#   VALIDATORS_SKIP_SETUP=1  do not run setup.sh first
#   VALIDATORS_VERBOSE=1     also print each tool's output when it passes
# Everything runs offline: nothing here fetches remote schemas, contexts or
# owl:imports (pyshacl is run without -im/-e; remote JSON-LD @context refused).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
SHARED="${SHARED:-$root/../shared}"
VENV="${VENV:-.venv}"
case "$VENV" in /*) ;; *) VENV="$root/$VENV" ;; esac
export VENV
DCAT_SHAPES="${DCAT_SHAPES:-shapes.ttl range.ttl shapes_recommended.ttl}"
DCAT_REQUIRE_LANGS="${DCAT_REQUIRE_LANGS-ja en}"
DCAT_PROJECT_SHAPES="${DCAT_PROJECT_SHAPES:-1}"

if [[ $# -ne 1 ]]; then
    echo "usage: $0 PACKAGE_DIR" >&2
    exit 2
fi
pkg="$1"
[[ -d "$pkg" ]] || { echo "validate: $pkg is not a directory" >&2; exit 2; }
profile="$SHARED/validators/datapackage-2.0.profile.json"
shapes_dir="$SHARED/validators/dcat-ap-3.0.1"
for f in "$profile" "$shapes_dir/shapes.ttl"; do
    [[ -f "$f" ]] || { echo "validate: $f not found (set SHARED)" >&2; exit 2; }
done

[[ "${VALIDATORS_SKIP_SETUP:-0}" == 1 ]] || "$here/setup.sh"
bin="$VENV/bin"
py="$bin/python"
for t in python frictionless csvwvalidate pyshacl check-jsonschema; do
    [[ -x "$bin/$t" ]] || { echo "validate: $bin/$t missing: run tools/validators/setup.sh" >&2; exit 2; }
done

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

failed=()
now() { date +%s.%N; }
# Print PASS/FAIL with the time taken; on FAIL show the tool output, remember the name.
report() { # NAME STATUS START LOGFILE
    local secs; secs="$(awk -v a="$3" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}')"
    if [[ "$2" == 0 ]]; then
        echo "PASS $1 (${secs}s)"
        [[ "${VALIDATORS_VERBOSE:-0}" != 1 ]] || sed 's/^/    /' "$4"
    else
        echo "FAIL $1 (${secs}s)"
        sed 's/^/    /' "$4" | head -n 200
        failed+=("$1")
    fi
}

# 1. frictionless: exits 1 when invalid; additionally require valid=true and
#    stats.errors == 0 in its JSON report (so "0 errors" is checked, not assumed).
t0="$(now)"; st=0
"$bin/frictionless" validate --json "$pkg/datapackage.json" >"$tmp/fl.json" 2>"$tmp/fl.err" || st=$?
"$py" - "$tmp/fl.json" "$st" >"$tmp/fl.log" 2>&1 <<'PY' || st=1
import json, sys
path, rc = sys.argv[1], int(sys.argv[2])
try:
    rep = json.load(open(path, encoding="utf-8"))
except Exception as e:
    print(f"no JSON report from frictionless (exit {rc}): {e}")
    sys.exit(1)
errs = [("package", e) for e in rep.get("errors", [])]
for t in rep.get("tasks", []):
    errs += [(t.get("name") or t.get("place"), e) for e in t.get("errors", [])]
for name, e in errs:
    row = f" row {e['rowNumber']}" if "rowNumber" in e else ""
    print(f"{name}{row}: [{e.get('type')}] {e.get('message')}")
n = rep.get("stats", {}).get("errors", len(errs))
print(f"{n} error(s), valid={rep.get('valid')}, exit={rc}")
sys.exit(0 if rep.get("valid") is True and n == 0 and not errs and rc == 0 else 1)
PY
cat "$tmp/fl.err" >>"$tmp/fl.log"
report frictionless "$st" "$t0" "$tmp/fl.log"

# 2. csvwvalidate: exits 1 (metadata/warnings) or 2 (data errors) on FAIL; we
#    also require its verdict line to be exactly OK, then check header vs titles.
t0="$(now)"; st=0
"$bin/csvwvalidate" -v "$pkg/csv-metadata.json" >"$tmp/cw.log" 2>&1 || st=$?
if [[ "$st" == 0 ]] && ! sed 's/\x1b\[[0-9;]*m//g' "$tmp/cw.log" | grep -qx 'OK'; then
    st=1; echo "(csvwvalidate exited 0 without printing OK)" >>"$tmp/cw.log"
fi
# csvw (Python) matches CSV header cells against column *name* or titles and
# never checks header vs titles in strict mode; the W3C rule is that the header
# row matches the columns' titles. Check that too (first header row, utf-8).
if [[ "$st" == 0 ]]; then
    "$py" - "$pkg/csv-metadata.json" >>"$tmp/cw.log" 2>&1 <<'PY' || st=1
import csv, json, os, sys
md_path = sys.argv[1]
md = json.load(open(md_path, encoding="utf-8"))
base = os.path.dirname(md_path)
tables = md.get("tables", [md] if "url" in md else [])
bad = 0
def titles_of(col):
    t = col.get("titles")
    if t is None:
        return [col["name"]] if "name" in col else []
    if isinstance(t, str):
        return [t]
    if isinstance(t, list):
        return [x for x in t if isinstance(x, str)]
    return [x for v in t.values() for x in ([v] if isinstance(v, str) else v)]
for tab in tables:
    dialect = {**md.get("dialect", {}), **tab.get("dialect", {})}
    schema = tab.get("tableSchema")
    if dialect.get("header") is False or not isinstance(schema, dict) or "://" in tab["url"]:
        continue
    cols = [c for c in schema.get("columns", []) if not c.get("virtual")]
    with open(os.path.join(base, tab["url"]), encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f, delimiter=dialect.get("delimiter", ",")), [])
    if len(header) != len(cols):
        print(f"{tab['url']}: header has {len(header)} cells, tableSchema {len(cols)} columns")
        bad += 1
    for i, (cell, col) in enumerate(zip(header, cols), 1):
        if cell not in titles_of(col):
            print(f"{tab['url']}: header cell {i} {cell!r} does not match titles {titles_of(col)} of column {col.get('name')!r}")
            bad += 1
sys.exit(1 if bad else 0)
PY
fi
report csvwvalidate "$st" "$t0" "$tmp/cw.log"

# 3. pyshacl against DCAT-AP 3.0.1. shapes.ttl (mandatory constraints) has no
#    owl:imports and needs no ontology (-e) or inference; range.ttl adds the
#    class-range checks (publisher is a foaf:Agent, license a
#    dct:LicenseDocument, ...); shapes_recommended.ttl the recommended
#    properties (contact point, theme, distribution format and description,
#    ...) at severity sh:Warning. The files are concatenated into one shapes
#    graph (each file declares its prefixes before using them, and none uses
#    blank-node labels: safe). Never pass -im or imports.ttl: that would
#    fetch remote ontologies. pyshacl is not given --allow-warnings, so a warning fails as
#    a violation does: the record must give zero results. Exit 0 = conforms,
#    1 = does not conform (or input error), 2/3 = crash.
t0="$(now)"; st=0
: >"$tmp/shapes.ttl"; : >"$tmp/sh.log"
for s in $DCAT_SHAPES; do
    if [[ -f "$shapes_dir/$s" ]]; then cat "$shapes_dir/$s" >>"$tmp/shapes.ttl"; echo >>"$tmp/shapes.ttl"
    else echo "missing shapes file $shapes_dir/$s" >>"$tmp/sh.log"; st=1; fi
done
if [[ "$DCAT_PROJECT_SHAPES" == 1 ]]; then
    # Project rules DCAT-AP leaves out. Upstream shapes.ttl writes "sh:shape"
    # (not a SHACL term) for Dataset dct:issued/dct:modified, so those dates are
    # not checked there: check them here.
    cat >>"$tmp/shapes.ttl" <<'TTL'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:x-project:shapes:DatasetDates> a sh:NodeShape ;
  sh:targetClass dcat:Dataset ;
  sh:property [ sh:path dct:issued ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:dateTime ] [ sh:datatype xsd:gYear ] [ sh:datatype xsd:gYearMonth ] ) ;
                sh:message "dct:issued must be xsd:date/dateTime/gYear/gYearMonth" ] ,
              [ sh:path dct:modified ; sh:or ( [ sh:datatype xsd:date ] [ sh:datatype xsd:dateTime ] [ sh:datatype xsd:gYear ] [ sh:datatype xsd:gYearMonth ] ) ;
                sh:message "dct:modified must be xsd:date/dateTime/gYear/gYearMonth" ] .
TTL
    for lang in $DCAT_REQUIRE_LANGS; do
        [[ "$lang" =~ ^[A-Za-z0-9-]+$ ]] || { echo "bad language tag in DCAT_REQUIRE_LANGS: $lang" >&2; exit 2; }
        cat >>"$tmp/shapes.ttl" <<TTL
<urn:x-project:shapes:Lang_$lang> a sh:NodeShape ;
  sh:targetClass dcat:Catalog, dcat:Dataset ;
  sh:property [ sh:path dct:title ; sh:qualifiedValueShape [ sh:languageIn ( "$lang" ) ] ; sh:qualifiedMinCount 1 ;
                sh:message "needs a dct:title tagged @$lang" ] ,
              [ sh:path dct:description ; sh:qualifiedValueShape [ sh:languageIn ( "$lang" ) ] ; sh:qualifiedMinCount 1 ;
                sh:message "needs a dct:description tagged @$lang" ] .
TTL
    done
fi
if [[ "$st" == 0 ]]; then
    # Pre-checks in plain Python: a remote @context would make rdflib go to the
    # network (refuse it); spdx:checksumValue must be lowercase hex (rdflib
    # normalises xsd:hexBinary, so SHACL sh:pattern cannot see the case).
    "$py" - "$pkg/dcat.jsonld" "$DCAT_PROJECT_SHAPES" >>"$tmp/sh.log" 2>&1 <<'PY' || st=1
import json, re, sys
def remote(ctx):
    if isinstance(ctx, str):
        return [ctx]
    if isinstance(ctx, list):
        return [u for c in ctx for u in remote(c)]
    return []
def walk(node, found):
    if isinstance(node, dict):
        if "@context" in node:
            found += remote(node["@context"])
        for v in node.values():
            walk(v, found)
    elif isinstance(node, list):
        for v in node:
            walk(v, found)
    return found
doc = json.load(open(sys.argv[1], encoding="utf-8"))
bad = walk(doc, [])
if bad:
    print("dcat.jsonld uses a remote/external @context (inline it: validation is offline):", *bad)
    sys.exit(1)
if sys.argv[2] == "1":
    import rdflib
    rdflib.NORMALIZE_LITERALS = False
    g = rdflib.Graph().parse(sys.argv[1], format="json-ld")
    p = rdflib.URIRef("http://spdx.org/rdf/terms#checksumValue")
    wrong = [(s, o) for s, o in g.subject_objects(p) if not re.fullmatch(r"[0-9a-f]+", str(o))]
    for s, o in wrong:
        print(f"{s}: spdx:checksumValue {str(o)!r} is not lowercase hex")
    sys.exit(1 if wrong else 0)
PY
fi
if [[ "$st" == 0 ]]; then
    "$bin/pyshacl" -s "$tmp/shapes.ttl" -sf turtle -df json-ld "$pkg/dcat.jsonld" >>"$tmp/sh.log" 2>&1 || st=$?
fi
label="pyshacl (DCAT-AP 3.0.1: $DCAT_SHAPES"
[[ "$DCAT_PROJECT_SHAPES" != 1 ]] || label+=" + project rules${DCAT_REQUIRE_LANGS:+, langs: $DCAT_REQUIRE_LANGS}"
report "$label)" "$st" "$t0" "$tmp/sh.log"

# 4. check-jsonschema against the Data Package v2 profile (draft-07, no remote
#    \$ref; the draft-07 metaschema is vendored in check-jsonschema: offline).
t0="$(now)"; st=0
"$bin/check-jsonschema" --schemafile "$profile" "$pkg/datapackage.json" >"$tmp/js.log" 2>&1 || st=$?
report check-jsonschema "$st" "$t0" "$tmp/js.log"

if (( ${#failed[@]} )); then
    echo "validation FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "all 4 validators passed"
