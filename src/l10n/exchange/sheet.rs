//! The workbook of an export: one sheet `translations`, one row per text,
//! and an `about` sheet that says how to fill it in.
//!
//! Columns (found again by their header when imported, so a translator may
//! move or add columns): `id`, `table`, `column`, `japanese` (what changed
//! since the English was made in bold red), `previous japanese` (for stale
//! texts, the Japanese the English was made from, the removed parts struck
//! through), `current english`, `state` (missing / stale / current),
//! `reviewed on`, `terms` (termbase rows whose Japanese occurs in the text),
//! `notes` (the message's comment lines: official-name sources, searches),
//! then the three to fill in, on a yellow ground: `english` (the current
//! English to start from), `status` (a list: reviewed / provisional /
//! machine; `stale` and `missing` as exported mean "no decision") and
//! `comment`; and a hidden `base` (what the row was exported from).
//! The header row and the id column are frozen, text wraps, and the header
//! has an autofilter.

use super::import::{Loc, Row};
use super::{context, diff, export_date, Effective, Entry};
use crate::diag::Diagnostics;
use crate::model::Dataset;
use crate::validate::rules;
use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder,
    Workbook, XlsxError,
};
use std::path::Path;

/// The name of the sheet an import reads.
pub const SHEET: &str = "translations";

/// The columns, in order, with their widths (0: hidden).
const COLUMNS: [(&str, f64); 14] = [
    ("id", 30.0),
    ("table", 14.0),
    ("column", 12.0),
    ("japanese", 50.0),
    ("previous japanese", 40.0),
    ("current english", 50.0),
    ("state", 9.0),
    ("reviewed on", 11.0),
    ("terms", 40.0),
    ("notes", 30.0),
    ("english", 50.0),
    ("status", 12.0),
    ("comment", 30.0),
    ("base", 0.0),
];

fn col(name: &str) -> u16 {
    COLUMNS.iter().position(|(n, _)| *n == name).unwrap_or(0) as u16
}

/// The statuses a translator may choose (the validation list).
const CHOICES: [&str; 3] = ["reviewed", "provisional", "machine"];

/// The workbook of the entries, as bytes.
pub fn write(ds: &Dataset, entries: &[&Entry]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let date = export_date(ds);
    let mut ymd = date.split('-').map(|x| x.parse::<u32>().unwrap_or(1));
    let created = ExcelDateTime::from_ymd(
        ymd.next().unwrap_or(1970) as u16,
        ymd.next().unwrap_or(1) as u8,
        ymd.next().unwrap_or(1) as u8,
    )?;
    wb.set_properties(
        &DocProperties::new()
            .set_title(format!("{}: English translations", ds.doc_str("id")))
            .set_creation_datetime(&created),
    );

    let top = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xD9E1F2))
        .set_border_bottom(FormatBorder::Thin);
    let fill = top.clone().set_background_color(Color::RGB(0xFFF2CC));
    let stale = top.clone().set_background_color(Color::RGB(0xFCE4D6));
    let missing = top.clone().set_background_color(Color::RGB(0xF8CBAD));
    let plain = Format::new();
    let inserted = Format::new()
        .set_bold()
        .set_font_color(Color::RGB(0xC00000));
    let removed = Format::new()
        .set_font_strikethrough()
        .set_font_color(Color::RGB(0xC00000));

    let ws = wb.add_worksheet();
    ws.set_name(SHEET)?;
    for (c, (name, width)) in COLUMNS.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, *name, &header)?;
        if *width > 0.0 {
            ws.set_column_width(c, *width)?;
        } else {
            ws.set_column_hidden(c)?;
        }
    }
    for (i, e) in entries.iter().enumerate() {
        let r = i as u32 + 1;
        let text = |ws: &mut rust_xlsxwriter::Worksheet, name: &str, s: &str| {
            ws.write_string_with_format(r, col(name), s, &top)
                .map(|_| ())
        };
        text(ws, "id", &e.id)?;
        text(ws, "table", e.table)?;
        text(ws, "column", e.column)?;
        let effective = e.effective();
        match (&e.previous, effective) {
            (Some(old), Effective::Stale) => {
                let (old_runs, new_runs) = diff::runs_of(old, &e.japanese);
                rich(
                    ws,
                    r,
                    col("previous japanese"),
                    &old_runs,
                    &removed,
                    &plain,
                    &top,
                )?;
                rich(ws, r, col("japanese"), &new_runs, &inserted, &plain, &top)?;
            }
            (None, Effective::Stale) => {
                text(ws, "japanese", &e.japanese)?;
                text(
                    ws,
                    "previous japanese",
                    "(not recorded: the English was stamped before fingerprints.csv kept the Japanese)",
                )?;
            }
            _ => text(ws, "japanese", &e.japanese)?,
        }
        text(ws, "current english", e.english.as_deref().unwrap_or(""))?;
        let state = match effective {
            Effective::Missing => ("missing", &missing),
            Effective::Stale => ("stale", &stale),
            _ => ("current", &top),
        };
        ws.write_string_with_format(r, col("state"), state.0, state.1)?;
        text(ws, "reviewed on", &e.status.date().unwrap_or_default())?;
        let terms: Vec<String> = e.terms.iter().map(|h| h.line()).collect();
        text(ws, "terms", &terms.join("\n"))?;
        let mut notes = vec![context(e)];
        notes.extend(e.notes.iter().cloned());
        text(ws, "notes", &notes.join("\n"))?;
        ws.write_string_with_format(r, col("english"), e.english.as_deref().unwrap_or(""), &fill)?;
        ws.write_string_with_format(r, col("status"), effective.name(), &fill)?;
        ws.write_string_with_format(r, col("comment"), e.comments.join("\n"), &fill)?;
        text(ws, "base", &e.base().token())?;
        ws.set_row_height(r, row_height(e, &terms, &notes))?;
    }
    let last = entries.len() as u32;
    ws.set_freeze_panes(1, 1)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    ws.autofilter(0, 0, last.max(1), COLUMNS.len() as u16 - 2)?;
    if last > 0 {
        let choices = DataValidation::new()
            .allow_list_strings(&CHOICES)?
            .set_input_title("Status")?
            .set_input_message(
                "reviewed: checked against the Japanese; provisional: translated, not reviewed; \
                 machine: machine translation. Leave stale or missing as exported to decide nothing.",
            )?
            .set_error_title("Status")?
            .set_error_message("Choose reviewed, provisional or machine.")?;
        ws.add_data_validation(1, col("status"), last, col("status"), &choices)?;
    }

    let about = wb.add_worksheet();
    about.set_name("about")?;
    about.set_column_width(0, 100.0)?;
    for (i, line) in ABOUT.iter().enumerate() {
        about.write_string_with_format(i as u32, 0, *line, &top)?;
    }
    wb.save_to_buffer()
}

/// The height of a row that shows its tallest wrapped cell whole (Excel
/// does not grow rows to wrapped text it did not lay out itself), in
/// points: 15 a line, at most Excel's 409.
fn row_height(e: &Entry, terms: &[String], notes: &[String]) -> f64 {
    use unicode_width::UnicodeWidthStr;
    let lines = |text: &str, column: &str| -> usize {
        let width = COLUMNS
            .iter()
            .find(|(n, _)| *n == column)
            .map_or(10.0, |c| c.1)
            .max(1.0);
        text.split('\n')
            .map(|l| ((l.width() as f64 * 1.1) / width).ceil().max(1.0) as usize)
            .sum()
    };
    let english = e.english.as_deref().unwrap_or("");
    let cells = [
        lines(&e.japanese, "japanese"),
        lines(e.previous.as_deref().unwrap_or(""), "previous japanese"),
        lines(english, "current english"),
        lines(english, "english"),
        lines(&terms.join("\n"), "terms"),
        lines(&notes.join("\n"), "notes"),
        lines(&e.comments.join("\n"), "comment"),
    ];
    let n = cells.into_iter().max().unwrap_or(1);
    (15.0 * n as f64).min(409.0)
}

/// A cell of runs, the changed ones in `changed`.
fn rich(
    ws: &mut rust_xlsxwriter::Worksheet,
    r: u32,
    c: u16,
    runs: &[diff::Run],
    changed: &Format,
    plain: &Format,
    cell: &Format,
) -> Result<(), XlsxError> {
    let parts: Vec<(&Format, &str)> = runs
        .iter()
        .filter(|(_, s)| !s.is_empty())
        .map(|(ch, s)| (if *ch { changed } else { plain }, s.as_str()))
        .collect();
    if runs.iter().all(|(ch, _)| !ch) || parts.is_empty() {
        let whole: String = runs.iter().map(|(_, s)| s.as_str()).collect();
        return ws.write_string_with_format(r, c, whole, cell).map(|_| ());
    }
    ws.write_rich_string_with_format(r, c, &parts, cell)
        .map(|_| ())
}

const ABOUT: [&str; 12] = [
    "English translations of the texts of the release, for translators and reviewers.",
    "Fill in the yellow columns of the sheet `translations` and give the file back: `amed-budget l10n import FILE` reads it into locales/en/data/*.ftl.",
    "english: the English of the text. It starts as the current English; change it where needed. Write one line, without { or } (Fluent placeables).",
    "status: reviewed (you checked the English against the Japanese: the import records today's date and the fingerprint of this Japanese), provisional (translated, not reviewed) or machine (machine translation, not post-edited).",
    "A row exported as stale (the Japanese changed since the English was made) or missing (no English yet) keeps that word until you decide: a new English without a decision is recorded as provisional.",
    "stale rows: `previous japanese` is the Japanese the English was made from, the removed parts struck through; in `japanese` the new parts are in bold red.",
    "comment: a note for the maintainers or the next translator; it is kept in the locales with the message.",
    "terms: glossary and official names whose Japanese occurs in the text (locales/en/termbase/). An official name must be translated as its official English.",
    "Do not change the columns id, japanese and base: the import finds each text by its id and refuses a row whose Japanese changed in data/ since the export, or whose message was changed by someone else since.",
    "Only changed rows are imported; rows you do not change, or delete, leave their message as it is.",
    "The import checks every row first and writes nothing if any row has a problem; each problem names its row.",
    "Official names, style and glossary: locales/en/GLOSSARY.md and locales/en/STYLE.md.",
];

/// The rows of an exported workbook, or `None` (with the problem) when the
/// file is not one.
pub fn read(path: &Path, shown: &str, diags: &mut Diagnostics) -> Option<Vec<Row>> {
    use calamine::{Data, Reader, Xlsx};
    let not_ours = |diags: &mut Diagnostics, line: usize, why: String| {
        diags.push(shown, line, 0, &rules::IMPORT_FORMAT, why);
        None
    };
    let mut book: Xlsx<_> = match calamine::open_workbook(path) {
        Ok(b) => b,
        Err(e) => return not_ours(diags, 0, format!("cannot read the workbook: {e}")),
    };
    let range = match book.worksheet_range(SHEET) {
        Ok(r) => r,
        Err(e) => {
            return not_ours(
                diags,
                0,
                format!("the workbook has no readable sheet `{SHEET}` ({e}): import the workbook `l10n export` wrote"),
            )
        }
    };
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let cell = |d: &Data| -> String {
        match d {
            Data::Empty => String::new(),
            Data::String(s) => s.clone(),
            Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
            other => other.to_string(),
        }
    };
    let mut rows = range.rows();
    let Some(head) = rows.next() else {
        return not_ours(diags, 1, format!("the sheet `{SHEET}` is empty"));
    };
    let head: Vec<String> = head.iter().map(|d| cell(d).trim().to_lowercase()).collect();
    let find = |name: &str| head.iter().position(|h| h == name);
    let mut missing = Vec::new();
    let mut at = |name: &'static str| {
        let i = find(name);
        if i.is_none() {
            missing.push(name);
        }
        i.unwrap_or(0)
    };
    let (id, ja, en, st) = (at("id"), at("japanese"), at("english"), at("status"));
    if !missing.is_empty() {
        return not_ours(
            diags,
            r0 as usize + 1,
            format!(
                "the header row of sheet `{SHEET}` has no column {}: import the workbook `l10n export` wrote",
                missing
                    .iter()
                    .map(|m| format!("`{m}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
    let (table, comment, base) = (find("table"), find("comment"), find("base"));
    let mut out = Vec::new();
    for (i, r) in rows.enumerate() {
        let line = r0 as usize + i + 2;
        let get = |k: Option<usize>| k.and_then(|k| r.get(k)).map(cell).unwrap_or_default();
        if r.iter().all(|d| cell(d).trim().is_empty()) {
            continue;
        }
        let loc = |k: usize| Loc {
            line,
            column: c0 as usize + k + 1,
        };
        let comments: Vec<String> = get(comment)
            .replace("\r\n", "\n")
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        out.push(Row {
            at: loc(id),
            id: get(Some(id)).trim().to_string(),
            table: Some(get(table).trim().to_string()).filter(|t| !t.is_empty()),
            japanese: (get(Some(ja)), loc(ja)),
            english: (get(Some(en)), loc(en)),
            inline_codes: Vec::new(),
            status: (get(Some(st)).trim().to_lowercase(), loc(st)),
            comments: (comments, loc(comment.unwrap_or(st))),
            base: Some(get(base)).filter(|b| !b.is_empty()),
            what: "row",
        });
    }
    Some(out)
}
