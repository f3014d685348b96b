#!/usr/bin/env python3
"""Read an XLIFF 1.2 file with translate-toolkit, as a CAT tool would, change
some units, and write it back.

    xliff_roundtrip.py IN OUT [--target ID TEXT]... [--note ID TEXT]...
                              [--approve ID]... [--state ID STATE]...

translate-toolkit's XLIFF store (``translate.storage.xliff``) is the reader
and writer behind Pootle, Weblate and Virtaal: the test of the project's
export is that it reads it, writes it back, and the project imports the
result. ``--target`` sets a unit's target (as a translator typing it:
``unit.target = TEXT``), ``--note`` adds a translator note, ``--approve``
marks a unit approved (``markapproved``), ``--state`` sets the target's
``state`` attribute. IDs are the message ids (the units' ``id``). Without
options the file is only read and written back.
"""
import argparse
import sys

from translate.storage import xliff


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--target", nargs=2, action="append", default=[], metavar=("ID", "TEXT"))
    ap.add_argument("--note", nargs=2, action="append", default=[], metavar=("ID", "TEXT"))
    ap.add_argument("--approve", action="append", default=[], metavar="ID")
    ap.add_argument("--state", nargs=2, action="append", default=[], metavar=("ID", "STATE"))
    args = ap.parse_args()

    store = xliff.xlifffile.parsefile(args.input)
    units = {u.xmlelement.get("id"): u for u in store.units}
    wanted = [i for i, _ in args.target + args.note + args.state] + args.approve
    unknown = [i for i in wanted if i not in units]
    if unknown:
        print(f"no unit {unknown} in {args.input}", file=sys.stderr)
        return 1
    for uid, text in args.target:
        units[uid].target = text
    for uid, text in args.note:
        units[uid].addnote(text, origin="translator")
    for uid in args.approve:
        units[uid].markapproved(True)
    for uid, state in args.state:
        node = units[uid].getlanguageNode(lang=None, index=1)
        node.set("state", state)
    store.savefile(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
