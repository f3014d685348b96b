//! Excel: a Japanese, an English and a bilingual workbook. Each starts with an
//! "About" sheet, then the analyst views (see [`crate::views`]): the projects
//! summary with its totals and a native chart of the requested amounts on the
//! same worksheet, the points, programmes, budget lines and programmes by
//! project, each with labels rather than codes. Then one Excel Table per
//! canonical table (frozen header, autofilter, banded rows, numbers as
//! numbers): the main tables, then the code lists, the errata and the link
//! tables. There is no chartsheet: readers that read every sheet (polars,
//! R readxl) fail on one. In the English and bilingual workbooks the views
//! end with the review status of the English of each row's main text, and
//! the About sheet explains the statuses (the legend).
//!
//! Every sheet is set up for printing (landscape, one page wide, header row
//! repeated, sheet name and page number in the footer), and rows whose text
//! wraps get a height that shows all of it.
//!
//! Sheets are written in constant-memory mode so memory stays flat however
//! large the tables are; column widths are measured beforehand because
//! autofit under-measures full-width characters.

use crate::diag::Diagnostics;
use crate::labels;
use crate::publication::{Cell, Lang, Publication, Variant};
use crate::validate::rules;
use crate::views::{self, VCell, View, Views};
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
/// Most rows of a sheet that get a computed height. rust_xlsxwriter keeps
/// the options of every row whose height was set (a few hundred bytes each)
/// until the workbook is saved, even in constant-memory mode; a larger sheet
/// keeps the default height (its wrapped cells show their first line).
const SIZED_ROWS: usize = 10_000;
/// Widest a column of the changes sheet gets: the texts before and after a
/// change, and the other columns.
const CHANGE_TEXT_WIDTH: f64 = 40.0;
const CHANGE_OTHER_WIDTH: f64 = 24.0;
/// Widest a header makes its column (a longer header wraps).
const HEADER_WIDTH: usize = 12;
/// Height of one line of text, in points: full-width text is set in a
/// taller fallback font than the default Calibri.
const LINE_PT: f64 = 15.0;
const WIDE_LINE_PT: f64 = 18.0;

/// The Excel output: one workbook per language variant (the views shared
/// with the views' CSV).
pub struct Xlsx(pub std::sync::Arc<views::Shared>);

impl super::Output for Xlsx {
    fn name(&self) -> &'static str {
        "xlsx"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 8), (Variant::Ja, 7), (Variant::En, 7)]
    }

    fn write(&self, p: &Publication, v: Variant, dir: &Path) -> io::Result<()> {
        write_variant(p, &self.0.get(p), v, &dir.join("xlsx"))
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
pub fn write_variant(p: &Publication, views: &Views, v: Variant, dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let path = dir.join(format!("{}.{}.xlsx", super::stem(p), v.code()));
    workbook(p, views, v, &path).map_err(|e| io::Error::other(format!("`{}`: {e}", path.display())))
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

/// The sheet name of a label: the label in the book's language, or in the
/// bilingual book both, Japanese first (`事業一覧 Program list`).
pub fn sheet_name(p: &Publication, v: Variant, key: &str) -> String {
    match v {
        Variant::Bilingual => format!("{} {}", p.label(Lang::Ja, key), p.label(Lang::En, key)),
        _ => p.label(v.label_lang(), key).to_string(),
    }
}

/// A label in the book's language (both for the bilingual book).
fn book_label(p: &Publication, v: Variant, key: &str) -> String {
    match v {
        Variant::Bilingual => p.label_both(key),
        _ => p.label(v.label_lang(), key).to_string(),
    }
}

/// The canonical tables in the order of the workbook's sheets: the main
/// tables in schema order, then the code lists, the errata (tables that
/// name other tables) and the link tables (keyed by two references).
pub fn canonical_order(p: &Publication) -> Vec<usize> {
    let rank = |t: &crate::schema::TableSpec| {
        if !t.has_id() {
            3
        } else if t
            .columns
            .iter()
            .any(|c| c.kind == crate::schema::Kind::TableName)
        {
            2
        } else if t.code_list {
            1
        } else {
            0
        }
    };
    let mut order: Vec<usize> = (0..p.dataset.tables.len()).collect();
    order.sort_by_key(|&ti| rank(p.dataset.tables[ti].spec));
    order
}

/// Most rows of a view in a workbook. A view with more (the points or the
/// programme-project pairs of a synthetic dataset of a million points) is
/// published as CSV only: its rows repeat the canonical rows with their
/// names, which doubled the time and size of such a workbook.
pub const MAX_VIEW_ROWS: usize = super::LARGE_ROWS;

/// The views that get a sheet of their own, in order (the totals share the
/// projects summary's sheet).
const VIEW_SHEETS: [View; 5] = [
    View::Projects,
    View::Points,
    View::Programmes,
    View::BudgetLines,
    View::ProgrammeProjects,
];

/// Print setup of every sheet: A4 landscape, one page wide, the header row
/// repeated on every page, the sheet name and page number in the footer.
fn print_setup(ws: &mut Worksheet) -> Result<(), XlsxError> {
    ws.set_landscape()
        .set_paper_size(9)
        .set_print_fit_to_pages(1, 0)
        .set_footer("&L&A&R&P / &N");
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Lines a text takes in a wrapped cell `width` characters wide: words are
/// kept whole where they fit, full-width characters break anywhere and are
/// about two digit widths wide.
pub fn wrap_lines(text: &str, width: f64) -> usize {
    let avail = (width - 1.5).max(1.0);
    let mut lines = 1;
    let mut x = 0.0;
    let mut word = 0.0;
    let flush = |word: &mut f64, x: &mut f64, lines: &mut usize| {
        if *word > 0.0 {
            if *x > 0.0 && *x + *word > avail {
                *lines += 1;
                *x = 0.0;
            }
            while *word > avail {
                *word -= avail;
                *lines += 1;
            }
            *x += *word;
            *word = 0.0;
        }
    };
    for ch in text.chars() {
        if ch == '\n' {
            flush(&mut word, &mut x, &mut lines);
            lines += 1;
            x = 0.0;
            continue;
        }
        let w = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) as f64;
        if w >= 2.0 {
            flush(&mut word, &mut x, &mut lines);
            word = 2.1;
            flush(&mut word, &mut x, &mut lines);
        } else if ch == ' ' {
            flush(&mut word, &mut x, &mut lines);
            if x > 0.0 {
                x += 1.0;
            }
        } else {
            word += w;
        }
    }
    flush(&mut word, &mut x, &mut lines);
    lines
}

/// The height a row needs for its wrapped cells, if more than one line:
/// `(text, column width)` of each wrapped cell.
fn row_height<'a>(cells: impl Iterator<Item = (&'a str, f64)>) -> Option<f64> {
    let mut best = 0.0f64;
    let mut lines_max = 1;
    for (text, width) in cells {
        let lines = wrap_lines(text, width);
        let line = if crate::schema::has_japanese(text) {
            WIDE_LINE_PT
        } else {
            LINE_PT
        };
        lines_max = lines_max.max(lines);
        best = best.max(lines as f64 * line + 3.0);
    }
    (lines_max > 1).then_some(best)
}

/// Column width for content `w` display units wide (and whether it wraps).
fn column_width(w: usize) -> (f64, bool) {
    let width = w as f64 * 1.1 + 2.0;
    (width.min(MAX_WIDTH), width > MAX_WIDTH)
}

fn workbook(p: &Publication, views: &Views, v: Variant, path: &Path) -> Result<(), XlsxError> {
    let mut wb = Workbook::new();
    if let Some(level) = super::compression_level(p) {
        wb.set_zip_compression_level(level);
    }
    let lang = v.label_lang();
    let (y, m, d) = parse_date(&p.date);
    let created = ExcelDateTime::from_ymd(y, m, d)?;
    let mut props = DocProperties::new()
        .set_title(p.label(lang, "release-title"))
        .set_subject(p.label(lang, "release-subject"))
        .set_author(p.dataset_publisher(lang))
        .set_keywords(p.label(lang, "release-keywords"))
        .set_comment(p.label(lang, "attribution"))
        .set_creation_datetime(&created)
        .set_custom_property("Language", if v == Variant::En { "en" } else { "ja-JP" });
    if v != Variant::Ja {
        props =
            props.set_custom_property("Translation", p.label(Lang::En, "provisional-translation"));
    }
    wb.set_properties(&props);

    let sheets: Vec<View> = VIEW_SHEETS
        .into_iter()
        .filter(|&view| views.len(p, view) <= MAX_VIEW_ROWS)
        .collect();
    about_sheet(p, v, &sheets, wb.add_worksheet_with_constant_memory()?)?;
    for &view in &sheets {
        // The projects summary has one row per project: it is kept in memory
        // so that the chart's caches hold the names and amounts (a reader that
        // does not recalculate, a previewer say, still shows the chart, and
        // the categories are typed as text). Every other sheet streams.
        let ws = if view == View::Projects {
            wb.add_worksheet()
        } else {
            wb.add_worksheet_with_constant_memory()?
        };
        ws.set_name(sheet_name(p, v, &views::title(view)))?;
        view_sheet(p, v, views, view, ws)?;
    }
    for ti in canonical_order(p) {
        let t = &p.dataset.tables[ti];
        let ws = wb.add_worksheet_with_constant_memory()?;
        ws.set_name(sheet_name(p, v, &labels::table_title(t.spec.name)))?;
        data_sheet(p, v, ti, ws)?;
    }
    changes_sheet(p, v, wb.add_worksheet_with_constant_memory()?)?;
    // `Workbook::save` hands the file to the zip writer unbuffered: many
    // small unaligned writes. The same bytes go through a block writer here.
    let mut w = super::BlockWriter::create(path)?;
    wb.save_to_writer(&mut w)?;
    io::Write::flush(&mut w)?;
    Ok(())
}

/// The changes since the previous release (the package's `changes/`), one
/// per row, with tables, columns and kinds of change by name.
fn changes_sheet(p: &Publication, v: Variant, ws: &mut Worksheet) -> Result<(), XlsxError> {
    use crate::history::diff;
    ws.set_name(sheet_name(p, v, "changes-title"))?;
    print_setup(ws)?;
    let d = super::changelog::changes(p);
    let lang = v.label_lang();
    let labels = diff::Labels {
        ja: &p.tr.ui_ja,
        en: &p.tr.ui_en,
    };
    let mut rows: Vec<[String; 10]> = Vec::new();
    for r in d.rows.iter().take(MAX_VIEW_ROWS) {
        let o = |x: &Option<String>| x.clone().unwrap_or_default();
        let name = match lang {
            Lang::Ja => r.name[0].clone(),
            Lang::En => r.name[1].clone().or_else(|| r.name[0].clone()),
        };
        rows.push([
            labels.table(lang, &r.table).replace('`', ""),
            o(&r.record),
            name.unwrap_or_default(),
            p.label(lang, &r.change.label()).to_string(),
            r.field
                .as_deref()
                .map(|f| labels.column(lang, &r.table, f).replace('`', ""))
                .unwrap_or_default(),
            r.lang
                .map(|l| p.label(lang, &format!("lang-{}", l.code())).to_string())
                .unwrap_or_default(),
            o(&r.old),
            o(&r.new),
            r.delta.map(|x| format!("{x:+}")).unwrap_or_default(),
            r.related.join(" "),
        ]);
    }
    let keys = [
        "changes-table",
        "changes-record",
        "changes-name",
        "changes-change",
        "changes-field",
        "changes-lang",
        "changes-old",
        "changes-new",
        "changes-delta",
        "changes-related",
    ];
    let headers: Vec<String> = keys.iter().map(|k| book_label(p, v, k)).collect();
    let widths: Vec<f64> = (0..keys.len())
        .map(|c| {
            let w = rows
                .iter()
                .map(|r| display_width(&r[c]))
                .chain([display_width(&headers[c]).min(HEADER_WIDTH)])
                .max()
                .unwrap_or(10);
            // The texts before and after wrap in wide columns; the others
            // stay narrow, so that the sheet prints at a readable size.
            let cap = if matches!(keys[c], "changes-old" | "changes-new") {
                CHANGE_TEXT_WIDTH
            } else {
                CHANGE_OTHER_WIDTH
            };
            (w as f64 + 2.0).min(cap)
        })
        .collect();
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let bold = wrap.clone().set_bold();
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, h, &bold)?;
    }
    ws.set_freeze_panes(1, 0)?;
    if !rows.is_empty() {
        ws.autofilter(0, 0, rows.len() as u32, keys.len() as u16 - 1)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        if i < SIZED_ROWS {
            if let Some(h) = row_height(row.iter().map(String::as_str).zip(widths.iter().copied()))
            {
                ws.set_row_height(r, h)?;
            }
        }
        for (c, val) in row.iter().enumerate() {
            ws.write_string_with_format(r, c as u16, val, &wrap)?;
        }
    }
    Ok(())
}

fn parse_date(s: &str) -> (u16, u8, u8) {
    let mut it = s.split('-').map(|x| x.parse::<u32>().unwrap_or(1));
    let y = it.next().unwrap_or(1970) as u16;
    let m = it.next().unwrap_or(1) as u8;
    let d = it.next().unwrap_or(1) as u8;
    (y, m, d)
}

fn about_rows(p: &Publication, v: Variant, sheets: &[View]) -> Vec<(String, String)> {
    let both = |key: &str| book_label(p, v, key);
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
        (both("about-source"), doc_text("title")),
        (
            both("about-source-url"),
            p.dataset.doc_str("source_url").to_string(),
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
        (
            both("about-dataset-publisher"),
            match v {
                Variant::Bilingual => format!(
                    "{} / {}",
                    p.dataset_publisher(Lang::Ja),
                    p.dataset_publisher(Lang::En)
                ),
                _ => p.dataset_publisher(v.label_lang()).to_string(),
            },
        ),
        (
            both("about-contact"),
            p.dataset.doc_str("contact").to_string(),
        ),
        (both("about-unit"), both("unit-note")),
        (both("about-licence"), both("licence-name")),
        (both("about-attribution"), both("attribution")),
        (both("about-generated"), p.date.clone()),
        (both("about-identifiers"), both("readme-identifiers-body")),
    ];
    if !p.dataset.doc_str("source_date").is_empty() {
        rows.insert(
            3,
            (
                both("about-source-date"),
                p.dataset.doc_str("source_date").to_string(),
            ),
        );
    }
    let placeholders = p.placeholders();
    if !placeholders.is_empty() {
        let list: Vec<String> = placeholders
            .iter()
            .map(|ph| {
                let value = if ph.value.is_empty() {
                    both("placeholder-unset")
                } else {
                    ph.value.clone()
                };
                format!("{}: {value}", ph.field)
            })
            .collect();
        rows.insert(
            0,
            (
                both("about-placeholders"),
                format!("{} {}", both("placeholder-notice"), list.join("; ")),
            ),
        );
    }
    if v != Variant::Ja {
        rows.push((
            both("about-translation"),
            p.label(Lang::En, "provisional-translation").to_string(),
        ));
        // The legend of the views' status columns.
        rows.push((both("about-status"), both("about-status-body")));
        for status in crate::emit::status::STATUSES {
            rows.push((
                format!("{}: {status}", both("about-status")),
                both(&format!("status-{status}-desc")),
            ));
        }
    }
    for &view in sheets {
        rows.push((
            format!(
                "{}: {}",
                both("about-sheets"),
                sheet_name(p, v, &views::title(view))
            ),
            both(&views::description(view)),
        ));
        if view == View::Projects {
            rows.push((
                format!(
                    "{}: {}",
                    both("about-sheets"),
                    sheet_name(p, v, &views::title(view))
                ),
                both(&views::description(View::ProjectTotals)),
            ));
            rows.push((
                format!(
                    "{}: {}",
                    both("sheet-chart"),
                    sheet_name(p, v, &views::title(view))
                ),
                both("chart-title"),
            ));
        }
    }
    for ti in canonical_order(p) {
        let name = p.dataset.tables[ti].spec.name;
        rows.push((
            format!(
                "{}: {}",
                both("about-sheets"),
                sheet_name(p, v, &labels::table_title(name))
            ),
            both(&labels::table_description(name)),
        ));
    }
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

fn about_sheet(
    p: &Publication,
    v: Variant,
    sheets: &[View],
    ws: &mut Worksheet,
) -> Result<(), XlsxError> {
    ws.set_name(sheet_name(p, v, "sheet-about"))?;
    print_setup(ws)?;
    let rows = about_rows(p, v, sheets);
    let (h1, h2) = (
        book_label(p, v, "about-item"),
        book_label(p, v, "about-value"),
    );
    let w0 = rows
        .iter()
        .map(|r| display_width(&r.0))
        .max()
        .unwrap_or(10)
        .max(display_width(&h1));
    let widths = [(w0 as f64 + 2.0).min(MAX_WIDTH), 100.0];
    ws.set_column_width(0, widths[0])?;
    ws.set_column_width(1, widths[1])?;
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
        if let Some(h) =
            row_height([(k.as_str(), widths[0]), (val.as_str(), widths[1])].into_iter())
        {
            ws.set_row_height(r, h)?;
        }
        ws.write_string_with_format(r, 0, k, &wrap)?;
        ws.write_string_with_format(r, 1, val, &wrap)?;
    }
    ws.set_active(true);
    Ok(())
}

/// A header cell: the label in the book's language; in the bilingual book
/// both, with the language of a text column.
fn view_header(p: &Publication, v: Variant, view: View, c: &views::OutColumn) -> String {
    let key = views::column_label(view, c.column.name);
    match v {
        Variant::Bilingual => {
            let both = p.label_both(&key);
            match c.lang {
                Some(l) => format!("{both} [{}]", l.code()),
                None => both,
            }
        }
        _ => p.label(v.label_lang(), &key).to_string(),
    }
}

/// Display width of a view cell.
fn vcell_width(c: &VCell<'_>) -> usize {
    match c {
        VCell::Int(n) => n.to_string().len(),
        other => other.as_str().map_or(0, display_width),
    }
}

/// One view (or two, for the projects summary and its totals) as measured
/// for a sheet: its columns, headers, widths and which columns wrap.
struct Block {
    view: View,
    cols: Vec<views::OutColumn>,
    headers: Vec<String>,
    rows: usize,
}

impl Block {
    fn new(p: &Publication, v: Variant, views: &Views, view: View) -> Block {
        let cols = views::out_columns(view, v);
        let headers = cols.iter().map(|c| view_header(p, v, view, c)).collect();
        Block {
            view,
            cols,
            headers,
            rows: views.len(p, view),
        }
    }

    /// Content width of each column (header capped at [`HEADER_WIDTH`]).
    fn measure(&self, p: &Publication, views: &Views) -> Vec<usize> {
        self.cols
            .iter()
            .enumerate()
            .map(|(ci, c)| {
                let mut w = display_width(&self.headers[ci]).min(HEADER_WIDTH);
                for ri in 0..self.rows.min(MEASURE_ROWS) {
                    w = w.max(vcell_width(&views.cell(
                        p,
                        self.view,
                        ri,
                        c.column.name,
                        c.lang.unwrap_or(Lang::Ja),
                    )));
                }
                w
            })
            .collect()
    }
}

/// A view placed on a sheet: its block, first column and column widths.
struct Placed<'b> {
    b: &'b Block,
    col0: u16,
    widths: &'b [f64],
    wrapped: &'b [bool],
}

/// Writes a view's header row at row 0 (an Excel Table, or a bold header with
/// an autofilter for a large dataset, see `data_sheet`).
fn block_header(
    p: &Publication,
    ws: &mut Worksheet,
    x: &Placed<'_>,
    table_name: &str,
    autofilter: bool,
) -> Result<(), XlsxError> {
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    let last_row = x.b.rows as u32;
    let last_col = x.col0 + (x.b.cols.len() - 1) as u16;
    if super::is_large(p) {
        for (ci, h) in x.b.headers.iter().enumerate() {
            ws.write_string_with_format(0, x.col0 + ci as u16, h, &head)?;
        }
        if autofilter {
            ws.autofilter(0, x.col0, last_row, last_col)?;
        }
    } else {
        let columns: Vec<TableColumn> =
            x.b.headers
                .iter()
                .map(|h| TableColumn::new().set_header(h).set_header_format(&head))
                .collect();
        let table = Table::new()
            .set_name(table_name)
            .set_style(TableStyle::Medium2)
            .set_banded_rows(true)
            .set_autofilter(autofilter)
            .set_columns(&columns);
        ws.add_table(0, x.col0, last_row, last_col, &table)?;
    }
    Ok(())
}

/// Writes the sheet rows of one or more views placed side by side, in row
/// order (constant-memory mode), each with the height its wrapped text needs.
fn write_rows(
    p: &Publication,
    views: &Views,
    ws: &mut Worksheet,
    placed: &[Placed<'_>],
) -> Result<(), XlsxError> {
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let top = Format::new().set_align(FormatAlign::Top);
    let per_column = super::is_large(p);
    let rows = placed.iter().map(|x| x.b.rows).max().unwrap_or(0);
    let sized = rows <= SIZED_ROWS;
    let header = placed.iter().flat_map(|x| {
        x.b.headers
            .iter()
            .zip(x.widths)
            .map(|(h, &w)| (h.as_str(), w))
    });
    if let Some(h) = row_height(header) {
        ws.set_row_height(0, h)?;
    }
    let mut cells: Vec<Vec<VCell<'_>>> = vec![Vec::new(); placed.len()];
    for ri in 0..rows {
        let r = 1 + ri as u32;
        for (x, cells) in placed.iter().zip(cells.iter_mut()) {
            cells.clear();
            if ri < x.b.rows {
                cells.extend(x.b.cols.iter().map(|c| {
                    views.cell(p, x.b.view, ri, c.column.name, c.lang.unwrap_or(Lang::Ja))
                }));
            }
        }
        if sized {
            let wrapped_cells = placed.iter().zip(&cells).flat_map(|(x, cells)| {
                cells
                    .iter()
                    .zip(x.widths)
                    .zip(x.wrapped)
                    .filter_map(|((c, &w), &wr)| c.as_str().filter(|_| wr).map(|s| (s, w)))
            });
            if let Some(h) = row_height(wrapped_cells) {
                ws.set_row_height(r, h)?;
            }
        }
        for (x, cells) in placed.iter().zip(&cells) {
            for (ci, cell) in cells.iter().enumerate() {
                let col = x.col0 + ci as u16;
                let fmt = if x.wrapped[ci] { &wrap } else { &top };
                match *cell {
                    VCell::Empty => {}
                    VCell::Str(_) | VCell::Owned(_) => {
                        let s = cell.as_str().unwrap_or("");
                        if per_column {
                            ws.write_string(r, col, s)?;
                        } else {
                            ws.write_string_with_format(r, col, s, fmt)?;
                        }
                    }
                    VCell::Int(n) if per_column => {
                        ws.write_number(r, col, n as f64)?;
                    }
                    VCell::Int(n) => {
                        ws.write_number_with_format(r, col, n as f64, fmt)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Sets the widths (and for a large sheet the formats) of a sheet's columns.
fn set_columns(
    p: &Publication,
    ws: &mut Worksheet,
    content: &[usize],
) -> Result<(Vec<f64>, Vec<bool>), XlsxError> {
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let top = Format::new().set_align(FormatAlign::Top);
    let mut widths = Vec::with_capacity(content.len());
    let mut wrapped = Vec::with_capacity(content.len());
    for (ci, &w) in content.iter().enumerate() {
        let (width, wraps) = column_width(w);
        ws.set_column_width(ci as u16, width)?;
        if super::is_large(p) {
            ws.set_column_format(ci as u16, if wraps { &wrap } else { &top })?;
        }
        widths.push(width);
        wrapped.push(wraps);
    }
    Ok((widths, wrapped))
}

/// A view's sheet. The projects summary also holds the totals, in a small
/// table of their own to the right of the project rows (a blank column
/// between, so that a reader of the whole sheet sees extra columns, never an
/// extra row to add up), and the chart under the totals.
fn view_sheet(
    p: &Publication,
    v: Variant,
    views: &Views,
    view: View,
    ws: &mut Worksheet,
) -> Result<(), XlsxError> {
    print_setup(ws)?;
    let b = Block::new(p, v, views, view);
    let mut content = b.measure(p, views);
    let totals = (view == View::Projects).then(|| Block::new(p, v, views, View::ProjectTotals));
    let t_col0 = b.cols.len() + 1;
    if let Some(t) = &totals {
        content.push(0);
        content.extend(t.measure(p, views));
    }
    let (widths, wrapped) = set_columns(p, ws, &content)?;
    ws.set_freeze_panes(1, 0)?;
    let n = b.cols.len();
    let mut placed = vec![Placed {
        b: &b,
        col0: 0,
        widths: &widths[..n],
        wrapped: &wrapped[..n],
    }];
    block_header(p, ws, &placed[0], &format!("v_{}", view.name()), true)?;
    if let Some(t) = &totals {
        let x = Placed {
            b: t,
            col0: t_col0 as u16,
            widths: &widths[t_col0..],
            wrapped: &wrapped[t_col0..],
        };
        block_header(p, ws, &x, "v_project_totals", false)?;
        placed.push(x);
    }
    write_rows(p, views, ws, &placed)?;
    if totals.is_some() {
        let langs: &[Lang] = match v {
            Variant::Ja => &[Lang::Ja],
            Variant::En => &[Lang::En],
            Variant::Bilingual => &Lang::BOTH,
        };
        let sheet = sheet_name(p, v, &views::title(view));
        let find = |name: &str, l: Option<Lang>| {
            b.cols
                .iter()
                .position(|c| c.column.name == name && (l.is_none() || c.lang == l))
                .unwrap_or(0) as u16
        };
        for (i, &lang) in langs.iter().enumerate() {
            let chart = chart(
                p,
                lang,
                &sheet,
                find("project_name", Some(lang)),
                [find("amed_amount", None), find("inhouse_amount", None)],
                b.rows as u32,
            );
            ws.insert_chart(3 + i as u32 * 20, t_col0 as u16, &chart)?;
        }
    }
    Ok(())
}

fn data_sheet(p: &Publication, v: Variant, ti: usize, ws: &mut Worksheet) -> Result<(), XlsxError> {
    print_setup(ws)?;
    let t = &p.dataset.tables[ti];
    let cols = p.columns(t, v);
    let headers: Vec<String> = cols
        .iter()
        .map(|c| header_label(p, v, t.spec.name, t.spec.columns[c.source].name, c.lang))
        .collect();
    // Measure widths on the header and a sample of rows.
    let mut content = Vec::with_capacity(cols.len());
    for (ci, c) in cols.iter().enumerate() {
        let mut w = display_width(&headers[ci]).min(HEADER_WIDTH);
        for ri in 0..t.rows.len().min(MEASURE_ROWS) {
            let cw = match p.cell(ti, ri, c) {
                Cell::Str(s) => display_width(s),
                Cell::Int(n) => n.to_string().len(),
                Cell::Bool(_) => 5,
                Cell::Empty => 0,
            };
            w = w.max(cw);
        }
        content.push(w);
    }
    let (widths, wrapped) = set_columns(p, ws, &content)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let top = Format::new().set_align(FormatAlign::Top);
    let head = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top);
    // A large sheet gets its format from the column: `rust_xlsxwriter` hashes
    // the whole `Format` for every cell written with one, which was a third of
    // the workbook time at 1M points. Unformatted cells of a formatted column
    // get the column's style, so the cells look the same; the header row and
    // empty cells below take the column's alignment too.
    let per_column = super::is_large(p);
    let (last_row, last_col) = (t.rows.len() as u32, (cols.len() - 1) as u16);
    if let Some(h) = row_height(headers.iter().zip(&widths).map(|(h, &w)| (h.as_str(), w))) {
        ws.set_row_height(0, h)?;
    }
    if per_column {
        // A large sheet is a plain range with a bold header and an autofilter,
        // not an Excel Table: `add_table` records every cell of the table in a
        // hash map (16 bytes a cell, 200 MB for a million rows of seven columns).
        for (ci, h) in headers.iter().enumerate() {
            ws.write_string_with_format(0, ci as u16, h, &head)?;
        }
        ws.autofilter(0, 0, last_row, last_col)?;
    } else {
        let columns: Vec<TableColumn> = headers
            .iter()
            .map(|h| TableColumn::new().set_header(h).set_header_format(&head))
            .collect();
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
    let sized = t.rows.len() <= SIZED_ROWS;
    for ri in 0..t.rows.len() {
        let r = ri as u32 + 1;
        if sized {
            let h = row_height(cols.iter().enumerate().filter_map(
                |(ci, c)| match p.cell(ti, ri, c) {
                    Cell::Str(s) if wrapped[ci] => Some((s, widths[ci])),
                    _ => None,
                },
            ));
            if let Some(h) = h {
                ws.set_row_height(r, h)?;
            }
        }
        for (ci, c) in cols.iter().enumerate() {
            let col = ci as u16;
            let fmt = if wrapped[ci] { &wrap } else { &top };
            match p.cell(ti, ri, c) {
                Cell::Empty => {}
                Cell::Str(s) => {
                    if per_column {
                        ws.write_string(r, col, s)?;
                    } else {
                        ws.write_string_with_format(r, col, s, fmt)?;
                    }
                }
                Cell::Int(n) => {
                    if per_column {
                        ws.write_number(r, col, n as f64)?;
                    } else {
                        ws.write_number_with_format(r, col, n as f64, fmt)?;
                    }
                }
                Cell::Bool(b) => {
                    if per_column {
                        ws.write_boolean(r, col, b)?;
                    } else {
                        ws.write_boolean_with_format(r, col, b, fmt)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// A bar chart of the AMED and in-house amounts per project in one language,
/// read from the projects summary (`sheet`): categories are the project
/// names of column `name`, the series the amount columns.
fn chart(
    p: &Publication,
    lang: Lang,
    sheet: &str,
    name: u16,
    amounts: [u16; 2],
    last: u32,
) -> Chart {
    let mut chart = Chart::new(ChartType::Bar);
    chart.set_width(640).set_height(380);
    chart.title().set_name(p.label(lang, "chart-title"));
    for (col, key) in amounts
        .into_iter()
        .zip(["chart-series-amed", "chart-series-inhouse"])
    {
        chart
            .add_series()
            .set_name(p.label(lang, key))
            .set_categories((sheet, 1, name, last, name))
            .set_values((sheet, 1, col, last, col));
    }
    chart.x_axis().set_name(p.label(lang, "chart-axis-amount"));
    chart
        .y_axis()
        .set_name(p.label(lang, "chart-axis-project"))
        .set_reverse();
    chart
}

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

/// Sheet names must fit Excel's limits in every book: each language's, and
/// the bilingual book's `ja en` (reported on the English label, unless a
/// label is already too long on its own).
fn sheet_name_problems(p: &Publication) -> Vec<SheetNameProblem> {
    let mut keys: Vec<String> = vec!["sheet-about".into()];
    keys.extend(VIEW_SHEETS.iter().map(|&v| views::title(v)));
    keys.extend(
        p.dataset
            .schema
            .tables
            .iter()
            .map(|t| labels::table_title(t.name)),
    );
    let mut out = Vec::new();
    let mut too_long = std::collections::HashSet::new();
    for v in [Variant::Ja, Variant::En, Variant::Bilingual] {
        let lang = match v {
            Variant::Ja => Lang::Ja,
            _ => Lang::En,
        };
        let mut seen = std::collections::HashMap::new();
        for k in &keys {
            let missing = !p.tr.ui_ja.contains_key(k) || !p.tr.ui_en.contains_key(k);
            if v == Variant::Bilingual && missing {
                continue; // reported as a missing label
            }
            let name = sheet_name(p, v, k);
            let len = name.chars().count();
            if len > 31 && too_long.insert(k.clone()) {
                let why = match v {
                    Variant::Bilingual => format!(
                        "the bilingual sheet name `{name}` has {len} characters; Excel allows at most 31"
                    ),
                    _ => format!("sheet name `{name}` has {len} characters; Excel allows at most 31"),
                };
                out.push((lang, k.clone(), why));
            }
            if v != Variant::Bilingual && name.contains(['[', ']', ':', '*', '?', '/', '\\']) {
                let why =
                    format!("sheet name `{name}` contains one of []:*?/\\, which Excel forbids");
                out.push((lang, k.clone(), why));
            }
            if v == Variant::Bilingual {
                continue; // unique when the names of either language are
            }
            if let Some(first) = seen.insert(name.to_lowercase(), k.clone()) {
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
