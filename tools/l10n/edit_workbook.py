#!/usr/bin/env python3
"""Edit cells of an exported translation workbook with openpyxl, as a
translator does in a spreadsheet, and save it.

    edit_workbook.py IN OUT [--set ID COLUMN VALUE]...

Each ``--set`` finds the row whose ``id`` cell is ID on the sheet
``translations`` and writes VALUE into the column whose header is COLUMN
(``english``, ``status``, ``comment``, ...). The workbook is loaded and saved
by openpyxl, so the file the project imports is one that openpyxl wrote, not
the one it exported.
"""
import argparse
import sys

import openpyxl


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--set", nargs=3, action="append", default=[], metavar=("ID", "COLUMN", "VALUE"))
    args = ap.parse_args()

    wb = openpyxl.load_workbook(args.input)
    ws = wb["translations"]
    header = {c.value: c.column for c in ws[1]}
    rows = {ws.cell(row=r, column=header["id"]).value: r for r in range(2, ws.max_row + 1)}
    for uid, column, value in args.set:
        if uid not in rows or column not in header:
            print(f"no row {uid!r} or column {column!r}", file=sys.stderr)
            return 1
        ws.cell(row=rows[uid], column=header[column]).value = value
    wb.save(args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
