#!/usr/bin/env python3
"""Checks the package's RDF (data.nt) against its CSV on the Web metadata and
sums amounts over it with SPARQL.

1. Builds, independently of our Rust code, the triples that CSVW's minimal
   mode gives for the package's tables (csv-metadata.json + data/*/*.csv:
   aboutUrl, propertyUrl, valueUrl, datatype, lang) and requires data.nt to
   hold exactly those triples.
2. Requires the Japanese and English tables to give each column one and the
   same predicate (a SPARQL sum must not count an amount once per language).
3. For each --sum TABLE.COLUMN=EXPECTED: runs
   SELECT (SUM(?v) AS ?total) WHERE { ?record <predicate> ?v }
   over data.nt and requires EXPECTED.

Usage: check-rdf.py PACKAGE_DIR [--sum projects.amed_amount=1402 ...]
Exit 0 when everything holds, 1 otherwise (every problem is printed).
"""
import argparse
import csv
import json
import os
import re
import sys
from urllib.parse import quote

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

DATATYPES = {
    "integer": XSD.integer,
    "boolean": XSD.boolean,
    "date": XSD.date,
}


def expand(template, row):
    """RFC 6570 simple expansion ({name}) with the row's cells."""
    return re.sub(r"\{([^}]+)\}", lambda m: quote(row.get(m.group(1), ""), safe=""), template)


def base_type(datatype):
    if isinstance(datatype, dict):
        return datatype.get("base", "string")
    return datatype or "string"


def csvw_graph(md_path):
    """The triples of CSVW minimal mode for the metadata's tables; also the
    predicate of every (table file name, column) per table url."""
    md = json.load(open(md_path, encoding="utf-8"))
    base = os.path.dirname(md_path)
    g = rdflib.Graph()
    predicates = {}
    for tab in md["tables"]:
        schema = tab["tableSchema"]
        about = schema.get("aboutUrl")
        cols = [c for c in schema["columns"] if not c.get("virtual")]
        name = os.path.basename(tab["url"]).removesuffix(".csv")
        for c in cols:
            predicates.setdefault((name, c["name"]), {})[tab["url"]] = c.get("propertyUrl")
        with open(os.path.join(base, tab["url"]), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                subject = URIRef(expand(about, row))
                for c in cols:
                    value = row[c["name"]]
                    if value == "":
                        continue
                    if "propertyUrl" not in c:
                        continue
                    predicate = URIRef(expand(c["propertyUrl"], row))
                    if "valueUrl" in c:
                        obj = URIRef(expand(c["valueUrl"], row))
                    else:
                        dt = DATATYPES.get(base_type(c.get("datatype")))
                        if dt is not None:
                            obj = Literal(value, datatype=dt)
                        elif c.get("lang"):
                            obj = Literal(value, lang=c["lang"])
                        else:
                            obj = Literal(value)
                    g.add((subject, predicate, obj))
    return g, predicates


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("package")
    ap.add_argument("--sum", action="append", default=[], metavar="TABLE.COLUMN=EXPECTED")
    args = ap.parse_args()
    pkg = args.package
    problems = []

    expected, predicates = csvw_graph(os.path.join(pkg, "csv-metadata.json"))
    nt = os.path.join(pkg, "data.nt")
    if not os.path.isfile(nt):
        print(f"FAIL rdf: {nt} does not exist")
        return 1
    shipped = rdflib.Graph().parse(nt, format="nt")

    # 1. data.nt holds exactly the CSVW triples.
    missing = set(expected) - set(shipped)
    extra = set(shipped) - set(expected)
    for what, triples in (("missing from data.nt", missing), ("in data.nt but not in the CSVW tables", extra)):
        for t in sorted(triples)[:10]:
            problems.append(f"{what}: {t[0].n3()} {t[1].n3()} {t[2].n3()}")
        if len(triples) > 10:
            problems.append(f"... and {len(triples) - 10} more {what}")

    # 2. One predicate per column across the language versions.
    for (table, column), by_url in sorted(predicates.items()):
        if len(set(by_url.values())) != 1:
            problems.append(f"{table}.{column}: the tables give different predicates {by_url}")

    # 3. SPARQL sums.
    for spec in args.sum:
        key, _, want = spec.partition("=")
        table, _, column = key.partition(".")
        preds = set(predicates.get((table, column), {}).values())
        if len(preds) != 1:
            problems.append(f"--sum {key}: no single predicate for this column ({preds})")
            continue
        pred = preds.pop()
        q = f"SELECT (SUM(?v) AS ?total) WHERE {{ ?record <{pred}> ?v }}"
        got = next(iter(shipped.query(q)))[0]
        got = int(got.toPython()) if got is not None else None
        status = "ok" if got == int(want) else "WRONG"
        print(f"sum {key} over data.nt ({len(shipped)} triples): {got} (expected {want}) {status}")
        if got != int(want):
            problems.append(f"SPARQL sum of {key} is {got}, expected {want}")

    for p in problems:
        print(f"  {p}")
    if problems:
        print(f"FAIL rdf: {len(problems)} problem(s)")
        return 1
    print(f"PASS rdf: data.nt = the CSVW triples ({len(shipped)}), one predicate per column")
    return 0


if __name__ == "__main__":
    sys.exit(main())
