#!/usr/bin/env python3
"""Validate XLIFF files against the OASIS XLIFF 1.2 strict schema.

    validate_xliff.py FILE...

The schema and the W3C xml.xsd it imports are in tests/schemas/xliff-1.2/
(see LICENCE.md there); lxml resolves the import locally, so no network is
needed. Exit 0 when every file is valid; otherwise every error is printed as
FILE:LINE: message and the exit code is 1.
"""
import pathlib
import sys

from lxml import etree

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "tests" / "schemas" / "xliff-1.2" / "xliff-core-1.2-strict.xsd"


def main(paths):
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    bad = 0
    for p in paths:
        doc = etree.parse(p)
        if schema.validate(doc):
            print(f"{p}: valid XLIFF 1.2 (strict)")
            continue
        bad += 1
        for e in schema.error_log:
            print(f"{p}:{e.line}: {e.message}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
