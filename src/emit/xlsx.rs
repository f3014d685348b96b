//! Excel: a Japanese, an English and a bilingual workbook. Each starts with an
//! "About" sheet, then one Excel Table per data table (frozen header,
//! autofilter, banded rows, identifiers in the first column, numbers as
//! numbers), then a chart sheet of the requested amounts per project.
//!
//! Sheets are written in constant-memory mode so memory stays flat however
//! large the tables are; column widths are measured beforehand because
//! autofit under-measures full-width characters.

use crate::diag::Diagnostics;
use crate::labels;
use crate::publication::{Cell, Lang, Publication, Variant};
use crate::validate::rules;
use rust_xlsxwriter::{
    Chart, ChartType, DocProperties, ExcelDateTime, Format, FormatAlign, Table, TableColumn,
    TableStyle, Workbook, Worksheet, XlsxError,
};
use std::io;
use std::path::Path;

/// Widest a column gets (in Excel character units) before its text wraps.
const MAX_WIDTH: f64 = 60.0;
/// Rows sampled to measure a column.
const MEASURE_ROWS: usize = 2000;

/// The Excel output: one workbook per language variant.
pub struct Xlsx;

impl super::Output for Xlsx {
    fn name(&self) -> &'static str {
        "xlsx"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 8), (Variant::Ja, 7), (Variant::En, 7)]
    }

    fn write(&self, p: &Publication, v: Variant, dir: &Path) -> io::Result<()> {
        write_variant(p, v, &dir.join("xlsx"))
    }

    fn check(&self, p: &Publication, diags: &mut Diagnostics) {
        for (lang, key, why) in sheet_name_problems(p) {
            let (file, line) = p.label_location(lang, &key);
            diags.push(
                file,
                line,
                1,
                &rules::SHEET_NAME,
                format!("label `{key}`: {why}"),
            );
        }
        check_cell_lengths(p, diags);
        check_dates(p, diags);
    }
}

/// Writes one variant's workbook (one job of [`Xlsx`]). Sheets
/// are in constant-memory mode and large sheets are not Excel Tables (see
/// `data_sheet`), so a workbook holds little memory of its own.
pub fn write_variant(p: &Publication, v: Variant, dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{}.{}.xlsx", super::stem(p), v.code()));
    workbook(p, v, &path).map_err(|e| io::Error::other(format!("`{}`: {e}", path.display())))
}

/// Display width of a string: full-width characters count as two
/// (East Asian Wide and Fullwidth, as Unicode's width tables say).
pub fn display_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

fn header_label(
    p: &Publication,
    v: Variant,
    table: &str,
    column: &str,
    lang: Option<Lang>,
) -> String {
    let key = labels::column_title(table, column);
    match v {
        Variant::Ja => p.label(Lang::Ja, &key).to_string(),
        Variant::En => p.label(Lang::En, &key).to_string(),
        Variant::Bilingual => {
            let both = p.label_both(&key);
            match lang {
                Some(l) => format!("{both} [{}]", l.code()),
                None => both,
            }
        }
    }
}

fn sheet_name(p: &Publication, v: Variant, key: &str) -> String {
    p.label(v.label_lang(), key).to_string()
}

fn workbook(p: &Publication, v: Variant, path: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    if let Some(level) = super::compression_level(p) {
        wb.set_zip_compression_level(level);
    }
    let lang = v.label_lang();
    let (y, m, d) = parse_date(&p.date);
    let created = ExcelDateTime::from_ymd(y, m, d)?;
    let mut props = DocProperties::new()
        .set_title(p.label(lang, "release-title"))
        .set_subject(p.label(lang, "about-source"))
        .set_author(p.label(lang, "attribution"))
        .set_keywords(p.label(lang, "release-keywords"))
        .set_comment(p.label(lang, "processed-notice"))
        .set_creation_datetime(&created)
        .set_custom_property("Language", if v == Variant::En { "en" } else { "ja-JP" });
    if v != Variant::Ja {
        props =
            props.set_custom_property("Translation", p.label(Lang::En, "provisional-translation"));
    }
    wb.set_properties(&props);

    about_sheet(p, v, wb.add_worksheet_with_constant_memory()?)?;
    for (ti, t) in p.dataset.tables.iter().enumerate() {
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name(sheet_name(p, v, &labels::table_title(t.spec.name)))?;
        data_sheet(p, v, ti, ws)?;
    }
    let mut chart_sheet = Worksheet::new_chartsheet();
    chart_sheet.set_name(sheet_name(p, v, "sheet-chart"))?;
    chart_sheet.insert_chart(0, 0, &chart(p, v))?;
    wb.push_worksheet(chart_sheet);
    // `Workbook::save` hands the file to the zip writer unbuffered: many
    // small unaligned writes. The same bytes go through a block writer here.
    let mut w = super::BlockWriter::create(path)?;
    wb.save_to_writer(&mut w)?;
    io::Write::flush(&mut w)?;
    Ok(())
}

fn parse_date(s: &str) -> (u16, u8, u8) {
    let mut it = s.split('-').map(|x| x.parse::<u32>().unwrap_or(1));
    let y = it.next().unwrap_or(1970) as u16;
    let m = it.next().unwrap_or(1) as u8;
    let d = it.next().unwrap_or(1) as u8;
    (y, m, d)
}

fn about_rows(p: &Publication, v: Variant) -> Vec<(String, String)> {
    let l = v.label_lang();
    let both = |key: &str| match v {
        Variant::Bilingual => p.label_both(key),
        _ => p.label(l, key).to_string(),
    };
    let doc_text = |col: &str| {
        let t = p.dataset.table("document");
        let ti = p.dataset.schema.table_index("document").unwrap_or(0);
        let ci = t.col(col);
        let ja = p.text(Lang::Ja, ti, 0, ci).unwrap_or("");
        let en = p.text(Lang::En, ti, 0, ci).unwrap_or("");
        match v {
            Variant::Ja => ja.to_string(),
            Variant::En => en.to_string(),
            Variant::Bilingual => format!("{ja} / {en}"),
        }
    };
    let mut rows = vec![
        (both("about-title"), both("release-title")),
        (
            both("about-source"),
            format!(
                "{} ({})",
                doc_text("title"),
                p.dataset.doc_str("source_file")
            ),
        ),
        (
            both("about-fiscal-year"),
            format!(
                "{} ({})",
                p.dataset.doc_int("fiscal_year"),
                doc_text("fiscal_year_era")
            ),
        ),
        (both("about-phase"), phase(p, v)),
        (both("about-publisher"), doc_text("publisher")),
        (both("about-unit"), both("unit-note")),
        (both("about-licence"), both("licence-name")),
        (both("about-attribution"), both("attribution")),
        (both("about-generated"), p.date.clone()),
        (both("about-identifiers"), both("readme-identifiers-body")),
    ];
    if v != Variant::Ja {
        rows.push((
            both("about-translation"),
            p.label(Lang::En, "provisional-translation").to_string(),
        ));
    }
    for t in p.dataset.schema.tables {
        rows.push((
            format!(
                "{}: {}",
                both("about-sheets"),
                sheet_name(p, v, &labels::table_title(t.name))
            ),
            both(&labels::table_description(t.name)),
        ));
    }
    rows.push((
        format!(
            "{}: {}",
            both("about-sheets"),
            sheet_name(p, v, "sheet-chart")
        ),
        both("chart-title"),
    ));
    rows
}

fn phase(p: &Publication, v: Variant) -> String {
    let t = p.dataset.table("budget_phases");
    let ti = p.dataset.schema.table_index("budget_phases").unwrap_or(0);
    let code = p.dataset.doc_str("phase");
    let ri = t
        .rows
        .iter()
        .position(|r| r.cells[0].as_str() == Some(code))
        .unwrap_or(0);
    let ja = p.text(Lang::Ja, ti, ri, 1).unwrap_or("");
    let en = p.text(Lang::En, ti, ri, 1).unwrap_or("");
    match v {
        Variant::Ja => ja.to_string(),
        Variant::En => en.to_string(),
        Variant::Bilingual => format!("{ja} / {en}"),
    }
}

fn about_sheet(p: &Publication, v: Variant, ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(p, v, "sheet-about"))?;
    let rows = about_rows(p, v);
    let l = v.label_lang();
    let (h1, h2) = match v {
        Variant::Bilingual => (p.label_both("about-item"), p.label_both("about-value")),
        _ => (
            p.label(l, "about-item").to_string(),
            p.label(l, "about-value").to_string(),
        ),
    };
    let w0 = rows
        .iter()
        .map(|r| display_width(&r.0))
        .max()
        .unwrap_or(10)
        .max(display_width(&h1));
    ws.set_column_width(0, (w0 as f64 + 2.0).min(MAX_WIDTH))?;
    ws.set_column_width(1, 100.0)?;
    let table = Table::new()
        .set_name("about")
        .set_style(TableStyle::Medium2)
        .set_columns(&[
            TableColumn::new().set_header(h1),
            TableColumn::new().set_header(h2),
        ]);
    ws.add_table(0, 0, rows.len() as u32, 1, &table)?;
    ws.set_freeze_panes(1, 0)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (i, (k, val)) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string_with_format(r, 0, k, &wrap)?;
        ws.write_string_with_format(r, 1, val, &wrap)?;
    }
    ws.set_active(true);
    Ok(())
}

fn data_sheet(p: &Publication, v: Variant, ti: usize, ws: &mut Worksheet) -> Result<(), XlsxError> {
    let t = &p.dataset.tables[ti];
    let cols = p.columns(t, v);
    let headers: Vec<String> = cols
        .iter()
        .map(|c| header_label(p, v, t.spec.name, t.spec.columns[c.source].name, c.lang))
        .collect();
    // Measure widths on the header and a sample of rows.
    let mut wrapped = vec![false; cols.len()];
    for (ci, c) in cols.iter().enumerate() {
        let mut w = display_width(&headers[ci]).min(40);
        for ri in 0..t.rows.len().min(MEASURE_ROWS) {
            let cw = match p.cell(ti, ri, c) {
                Cell::Str(s) => display_width(s),
                Cell::Int(n) => n.to_string().len(),
                Cell::Bool(_) => 5,
                Cell::Empty => 0,
            };
            w = w.max(cw);
        }
        let width = w as f64 * 1.1 + 2.0;
        wrapped[ci] = width > MAX_WIDTH;
        ws.set_column_width(ci as u16, width.min(MAX_WIDTH))?;
    }
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let top = Format::new().set_align(FormatAlign::Top);
    // A large sheet gets its format from the column: `rust_xlsxwriter` hashes
    // the whole `Format` for every cell written with one, which was a third of
    // the workbook time at 1M points. Unformatted cells of a formatted column
    // get the column's style, so the cells look the same; the header row and
    // empty cells below take the column's alignment too.
    let per_column = super::is_large(p);
    if per_column {
        for (ci, &w) in wrapped.iter().enumerate() {
            ws.set_column_format(ci as u16, if w { &wrap } else { &top })?;
        }
    }
    let columns: Vec<TableColumn> = headers
        .iter()
        .map(|h| TableColumn::new().set_header(h))
        .collect();
    let (last_row, last_col) = (t.rows.len() as u32, (cols.len() - 1) as u16);
    if per_column {
        // A large sheet is a plain range with a bold header and an autofilter,
        // not an Excel Table: `add_table` records every cell of the table in a
        // hash map (16 bytes a cell, 200 MB for a million rows of seven columns).
        let bold = Format::new().set_bold().set_align(FormatAlign::Top);
        for (ci, h) in headers.iter().enumerate() {
            ws.write_string_with_format(0, ci as u16, h, &bold)?;
        }
        ws.autofilter(0, 0, last_row, last_col)?;
    } else {
        let table = Table::new()
            .set_name(format!("t_{}", t.spec.name))
            .set_style(TableStyle::Medium2)
            .set_banded_rows(true)
            .set_autofilter(true)
            .set_columns(&columns);
        // An Excel Table has at least one data row: an empty table (the
        // registry of retired identifiers before any retirement) gets a blank one.
        ws.add_table(0, 0, last_row.max(1), last_col, &table)?;
    }
    ws.set_freeze_panes(1, 0)?;
    if per_column {
        for ri in 0..t.rows.len() {
            let r = ri as u32 + 1;
            for (ci, c) in cols.iter().enumerate() {
                let col = ci as u16;
                match p.cell(ti, ri, c) {
                    Cell::Empty => {}
                    Cell::Str(s) => {
                        ws.write_string(r, col, s)?;
                    }
                    Cell::Int(n) => {
                        ws.write_number(r, col, n as f64)?;
                    }
                    Cell::Bool(b) => {
                        ws.write_boolean(r, col, b)?;
                    }
                }
            }
        }
        return Ok(());
    }
    for ri in 0..t.rows.len() {
        let r = ri as u32 + 1;
        for (ci, c) in cols.iter().enumerate() {
            let col = ci as u16;
            let fmt = if wrapped[ci] { &wrap } else { &top };
            match p.cell(ti, ri, c) {
                Cell::Empty => {}
                Cell::Str(s) => {
                    ws.write_string_with_format(r, col, s, fmt)?;
                }
                Cell::Int(n) => {
                    ws.write_number_with_format(r, col, n as f64, fmt)?;
                }
                Cell::Bool(b) => {
                    ws.write_boolean_with_format(r, col, b, fmt)?;
                }
            }
        }
    }
    Ok(())
}

/// A bar chart of the AMED and in-house amounts per project, read from the
/// projects sheet.
fn chart(p: &Publication, v: Variant) -> Chart {
    let t = p.dataset.table("projects");
    let sheet = sheet_name(p, v, &labels::table_title("projects"));
    let cols = p.columns(t, v);
    let pos = |name: &str| {
        cols.iter()
            .position(|c| t.spec.columns[c.source].name == name && c.lang != Some(Lang::En))
            .unwrap_or(0) as u16
    };
    let last = t.rows.len() as u32;
    let l = v.label_lang();
    let label = |key: &str| match v {
        Variant::Bilingual => p.label_both(key),
        _ => p.label(l, key).to_string(),
    };
    let mut chart = Chart::new(ChartType::Bar);
    chart.title().set_name(label("chart-title").as_str());
    for (col, key) in [
        ("amed_amount", "chart-series-amed"),
        ("inhouse_amount", "chart-series-inhouse"),
    ] {
        chart
            .add_series()
            .set_name(label(key).as_str())
            .set_categories((sheet.as_str(), 1, pos("name"), last, pos("name")))
            .set_values((sheet.as_str(), 1, pos(col), last, pos(col)));
    }
    chart.x_axis().set_name(label("chart-axis-amount").as_str());
    chart
        .y_axis()
        .set_name(label("chart-axis-project").as_str())
        .set_reverse();
    chart
}

/// A sheet-name label that Excel would refuse: (language, label id, what is wrong).
/// Excel's limit of characters in one cell.
const MAX_CELL_CHARS: usize = 32_767;

/// Every text cell, in both languages, fits in a workbook cell.
fn check_cell_lengths(p: &Publication, diags: &mut Diagnostics) {
    for (ti, t) in p.dataset.tables.iter().enumerate() {
        for ci in t.spec.text_columns() {
            let column = t.spec.columns[ci].name;
            for (ri, row) in t.rows.iter().enumerate() {
                for lang in Lang::BOTH {
                    let Some(s) = p.text(lang, ti, ri, ci) else {
                        continue;
                    };
                    // Bytes bound characters from above: count only long ones.
                    if s.len() <= MAX_CELL_CHARS {
                        continue;
                    }
                    let n = s.chars().count();
                    if n > MAX_CELL_CHARS {
                        let what = match lang {
                            Lang::Ja => format!("`{column}`"),
                            Lang::En => format!("the English of `{column}`"),
                        };
                        diags.push(
                            &t.path,
                            row.line,
                            t.file_columns[ci],
                            &rules::CELL_TOO_LONG,
                            format!("{what} has {n} characters; an Excel cell holds at most {MAX_CELL_CHARS}"),
                        );
                    }
                }
            }
        }
    }
}

/// The release date is stamped into the workbooks, which hold 1900–9999.
fn check_dates(p: &Publication, diags: &mut Diagnostics) {
    let doc = p.dataset.table("document");
    let ci = doc.col("release_date");
    if !("1900-01-01"..="9999-12-31").contains(&p.date.as_str()) {
        diags.push(
            &doc.path,
            doc.rows.first().map_or(0, |r| r.line),
            doc.file_columns[ci],
            &rules::DATE,
            format!(
                "the release date {} is outside 1900-9999, which workbooks cannot hold",
                p.date
            ),
        );
    }
}

/// A label used as a sheet name that Excel would refuse: (language, label key, why).
type SheetNameProblem = (Lang, String, String);

/// Sheet names must fit Excel's limits in every language.
fn sheet_name_problems(p: &Publication) -> Vec<SheetNameProblem> {
    let mut out = Vec::new();
    for lang in Lang::BOTH {
        let mut keys: Vec<String> = p
            .dataset
            .schema
            .tables
            .iter()
            .map(|t| labels::table_title(t.name))
            .collect();
        keys.push("sheet-about".into());
        keys.push("sheet-chart".into());
        let mut seen = std::collections::HashMap::new();
        for k in keys {
            let name = p.label(lang, &k).to_string();
            let len = name.chars().count();
            if len > 31 {
                let why =
                    format!("sheet name `{name}` has {len} characters; Excel allows at most 31");
                out.push((lang, k.clone(), why));
            }
            if name.contains(['[', ']', ':', '*', '?', '/', '\\']) {
                let why =
                    format!("sheet name `{name}` contains one of []:*?/\\, which Excel forbids");
                out.push((lang, k.clone(), why));
            }
            if let Some(first) = seen.insert(name.clone(), k.clone()) {
                out.push((
                    lang,
                    k.clone(),
                    format!("sheet name `{name}` is also the name of `{first}`"),
                ));
            }
        }
    }
    out
}
