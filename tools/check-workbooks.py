#!/usr/bin/env python3
"""Read EVERY sheet of every workbook as analysts' tools do, and fail if one cannot.

    .venv/bin/python tools/check-workbooks.py out/xlsx

Three readers, each on every sheet of every *.xlsx under the directory:
  - polars `read_excel(sheet_id=0)` (the fastexcel/calamine engine): all sheets at once,
    which a chartsheet breaks ("'chartsheet' not a valid worksheet");
  - python-calamine: each sheet by name, as values;
  - openpyxl: each worksheet row by row, and no chartsheet at all.
Prints one PASS/FAIL line per workbook and reader; exits 1 if any failed.
"""
import logging
import pathlib
import sys

import openpyxl
import polars as pl
import python_calamine

# fastexcel logs a warning for every all-empty column it reads as text.
logging.getLogger("fastexcel").setLevel(logging.ERROR)
logging.getLogger("fastexcel.types.dtype").setLevel(logging.ERROR)


def sheet_names(path):
    return python_calamine.CalamineWorkbook.from_path(str(path)).sheet_names


def with_polars(path):
    frames = pl.read_excel(path, sheet_id=0)
    names = sheet_names(path)
    assert list(frames) == names, f"polars read {list(frames)}, the workbook has {names}"
    for name, df in frames.items():
        assert df.width > 0, f"{name}: no columns"
    return f"{len(frames)} sheets"


def with_calamine(path):
    wb = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = 0
    for name in wb.sheet_names:
        data = wb.get_sheet_by_name(name).to_python()
        assert data and data[0], f"{name}: no header row"
        rows += len(data)
    return f"{len(wb.sheet_names)} sheets, {rows} rows"


def with_openpyxl(path):
    wb = openpyxl.load_workbook(path)
    assert not wb.chartsheets, f"chartsheets: {[c.title for c in wb.chartsheets]}"
    rows = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            rows += 1
    return f"{len(wb.worksheets)} worksheets, {rows} rows, no chartsheet"


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "out/xlsx")
    books = sorted(root.glob("*.xlsx"))
    if not books:
        print(f"FAIL no workbook under {root}")
        return 1
    failed = 0
    for book in books:
        for reader, check in [("polars", with_polars), ("python-calamine", with_calamine),
                              ("openpyxl", with_openpyxl)]:
            try:
                print(f"PASS {book.name} {reader}: {check(book)}")
            except Exception as e:  # noqa: BLE001 - report every reader's failure
                failed += 1
                print(f"FAIL {book.name} {reader}: {type(e).__name__}: {e}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
