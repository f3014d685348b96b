#!/usr/bin/env python3
"""Print, as JSON, what a translator's spreadsheet shows of an exported
workbook: the sheets, the frozen panes, the autofilter, the data validation
lists with the cells they cover, the columns that are hidden, and per cell
of the sheet ``translations`` whether its text wraps, its fill colour and
(for rich text) the runs with their font (bold, strike, colour).

    inspect_workbook.py FILE

openpyxl reads the file as Excel would; the tests assert on its answer.
"""
import json
import sys

import openpyxl
from openpyxl.cell.rich_text import CellRichText, TextBlock


def rgb(color):
    """An ARGB colour as text, or None (no colour, or a theme colour)."""
    value = getattr(color, "rgb", None) if color is not None else None
    return value if isinstance(value, str) else None


def runs(value):
    if not isinstance(value, CellRichText):
        return None
    out = []
    for part in value:
        if isinstance(part, TextBlock):
            f = part.font
            out.append({"text": part.text, "bold": bool(f.b), "strike": bool(f.strike),
                        "color": rgb(f.color)})
        else:
            out.append({"text": str(part), "bold": False, "strike": False, "color": None})
    return out


def main(path):
    wb = openpyxl.load_workbook(path, rich_text=True)
    ws = wb["translations"]
    header = [c.value for c in ws[1]]
    cells = []
    for row in ws.iter_rows(min_row=1):
        cells.append([{
            "value": str(c.value) if c.value is not None else "",
            "wrap": bool(c.alignment.wrap_text),
            "bold": bool(c.font.b),
            "fill": rgb(c.fill.fgColor) if c.fill.fill_type else None,
            "runs": runs(c.value),
        } for c in row])
    out = {
        "sheets": wb.sheetnames,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "validations": [{"cells": str(v.sqref), "type": v.type, "list": v.formula1}
                        for v in ws.data_validations.dataValidation],
        "hidden": [k for k, d in ws.column_dimensions.items() if d.hidden],
        "header": header,
        "cells": cells,
    }
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
