//! Analyst views: flat, labelled tables derived from the canonical tables,
//! published beside them (the canonical tables are unchanged).
//!
//! Each view answers the questions an analyst asks first without a lookup:
//! every row carries the names (project, programme, ministries, tags as
//! labels) next to the identifiers. The views are computed once per job in
//! one pass over each table, with binary-search indexes into the keyed tables
//! (never a scan per row). A view row holds row indices only; its cells are
//! resolved in a language when they are written, so a million points cost a
//! few index arrays, not a copy of their texts. Only lists joined into one
//! cell (a programme's ministries, projects, budget lines) are built as
//! strings, once per programme or budget line and language.
//!
//! In the English and bilingual outputs every view but the totals ends with
//! the review status of the English of its rows' main text (the project's or
//! programme's name, the point's text, the budget line's label) and the date
//! of the review: the values of `translation-status.csv`, next to the text.

use crate::model::{Row, Table};
use crate::publication::{Lang, Publication, Variant};
use std::collections::HashMap;

/// What a view column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColKind {
    /// A number (amounts in 億円, counts, numbers).
    Int,
    /// Text in the book's language: names, labels, words (two columns, `_ja`
    /// and `_en`, in a bilingual output).
    Text,
    /// Text that is the same in every language (identifiers, acronyms).
    Plain,
    /// The review status of the English of the row's main text (its name or
    /// text): `reviewed`, `provisional` or `machine`, as in
    /// `translation-status.csv`. Only in the outputs that carry English
    /// (English and bilingual).
    Status,
    /// The date of that review, `YYYY-MM-DD` (empty unless reviewed).
    Reviewed,
}

/// A column of a view: its machine name and kind. Its label is
/// `view-<view>-<name>` (see [`column_label`]); a name means the same thing
/// in every view, so views can be joined on it.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub kind: ColKind,
}

const fn int(name: &'static str) -> Column {
    Column {
        name,
        kind: ColKind::Int,
    }
}
const fn text(name: &'static str) -> Column {
    Column {
        name,
        kind: ColKind::Text,
    }
}
const fn plain(name: &'static str) -> Column {
    Column {
        name,
        kind: ColKind::Plain,
    }
}
const fn status(name: &'static str) -> Column {
    Column {
        name,
        kind: ColKind::Status,
    }
}
const fn reviewed(name: &'static str) -> Column {
    Column {
        name,
        kind: ColKind::Reviewed,
    }
}

/// The views, in the order of the workbooks' sheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    /// One row per project: amounts and counts (with the chart in a workbook).
    Projects,
    /// The sums of [`View::Projects`]: one row, kept out of the project rows
    /// so that nobody sums it twice.
    ProjectTotals,
    /// One row per key point, with its project, section, programme,
    /// ministries and tag label.
    Points,
    /// One row per programme: ministries, every project it is listed in
    /// (key points or diagram), parent, fund, budget lines.
    Programmes,
    /// One row per budget amount printed in a diagram.
    BudgetLines,
    /// One row per programme and project it is listed in.
    ProgrammeProjects,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Projects,
        View::ProjectTotals,
        View::Points,
        View::Programmes,
        View::BudgetLines,
        View::ProgrammeProjects,
    ];

    /// Machine name: the CSV file's stem and the label keys' middle part.
    pub fn name(self) -> &'static str {
        match self {
            View::Projects => "projects",
            View::ProjectTotals => "project_totals",
            View::Points => "points",
            View::Programmes => "programmes",
            View::BudgetLines => "budget_lines",
            View::ProgrammeProjects => "programme_projects",
        }
    }

    pub fn columns(self) -> &'static [Column] {
        match self {
            View::Projects => PROJECTS,
            View::ProjectTotals => PROJECT_TOTALS,
            View::Points => POINTS,
            View::Programmes => PROGRAMMES,
            View::BudgetLines => BUDGET_LINES,
            View::ProgrammeProjects => PROGRAMME_PROJECTS,
        }
    }
}

const PROJECTS: &[Column] = &[
    int("project_number"),
    text("project_name"),
    int("amed_amount"),
    int("inhouse_amount"),
    int("total_amount"),
    text("lines_cover_total"),
    int("programme_count"),
    int("point_count"),
    plain("project_id"),
    status("project_name_en_status"),
    reviewed("project_name_en_reviewed"),
];

const PROJECT_TOTALS: &[Column] = &[
    text("total_label"),
    int("amed_amount"),
    int("inhouse_amount"),
    int("total_amount"),
    int("project_count"),
];

const POINTS: &[Column] = &[
    int("project_number"),
    text("project_name"),
    text("section"),
    text("programme_name"),
    text("ministries"),
    text("tag"),
    text("subprogramme_name"),
    text("text"),
    plain("point_id"),
    plain("appearance_id"),
    plain("programme_id"),
    plain("project_id"),
    status("text_en_status"),
    reviewed("text_en_reviewed"),
];

const PROGRAMMES: &[Column] = &[
    text("programme_name"),
    plain("acronym"),
    text("ministries"),
    text("parent_name"),
    text("fund"),
    int("project_count"),
    text("projects"),
    plain("project_numbers"),
    int("point_count"),
    int("single_amount"),
    text("budget_lines"),
    text("programme_note"),
    plain("programme_id"),
    plain("parent_id"),
    plain("budget_line_ids"),
    status("programme_name_en_status"),
    reviewed("programme_name_en_reviewed"),
];

const BUDGET_LINES: &[Column] = &[
    int("project_number"),
    text("project_name"),
    int("amount"),
    text("expense"),
    text("basis"),
    int("programme_count"),
    text("programmes"),
    text("summable"),
    text("line_label"),
    text("line_note"),
    plain("budget_line_id"),
    plain("project_id"),
    plain("programme_ids"),
    status("line_label_en_status"),
    reviewed("line_label_en_reviewed"),
];

const PROGRAMME_PROJECTS: &[Column] = &[
    int("project_number"),
    text("project_name"),
    text("programme_name"),
    text("ministries"),
    text("in_key_points"),
    text("in_diagram"),
    int("point_count"),
    plain("programme_id"),
    plain("project_id"),
    status("programme_name_en_status"),
    reviewed("programme_name_en_reviewed"),
];

/// Label of a view (its sheet name and title).
pub fn title(view: View) -> String {
    format!("view-{}", view.name())
}

pub fn description(view: View) -> String {
    format!("view-{}-desc", view.name())
}

pub fn column_label(view: View, column: &str) -> String {
    format!("view-{}-{column}", view.name())
}

pub fn column_description(view: View, column: &str) -> String {
    format!("view-{}-{column}-desc", view.name())
}

/// Words the views write for booleans, and the total row's label.
pub const WORDS: &[&str] = &["view-yes", "view-no", "view-total"];

/// Every label the views need, in a stable order.
pub fn label_keys() -> Vec<String> {
    let mut keys: Vec<String> = WORDS.iter().map(|s| s.to_string()).collect();
    for v in View::ALL {
        keys.push(title(v));
        keys.push(description(v));
        for c in v.columns() {
            keys.push(column_label(v, c.name));
            keys.push(column_description(v, c.name));
        }
    }
    keys
}

/// A cell of a view.
#[derive(Debug, Clone, PartialEq)]
pub enum VCell<'a> {
    Empty,
    Str(&'a str),
    /// A list joined when it is written (kept as row numbers until then).
    Owned(String),
    Int(i64),
}

impl VCell<'_> {
    /// The cell's text, if it is text.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            VCell::Str(s) => Some(s),
            VCell::Owned(s) => Some(s),
            _ => None,
        }
    }
}

/// The tag id printed as no tag at all: its cell in the views is blank.
const NO_TAG: &str = "none";
/// The basis of a budget line that is one programme's own amount.
const SINGLE: &str = "single";
/// No row (an optional reference that is empty).
const NONE: u32 = u32::MAX;

/// Strings built once per record, in Japanese and English.
type Both = [String; 2];

fn li(lang: Lang) -> usize {
    match lang {
        Lang::Ja => 0,
        Lang::En => 1,
    }
}

/// Separator of the items of a list cell.
fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "、",
        Lang::En => "; ",
    }
}

/// Table and column positions the views read.
struct Cols {
    projects: usize,
    sections: usize,
    programmes: usize,
    appearances: usize,
    points: usize,
    budget_lines: usize,
    point_tags: usize,
    expense_types: usize,
    line_bases: usize,
    ministries: usize,
}

struct AppearanceRow {
    project: u32,
    section: u32,
    programme: u32,
}

struct PairRow {
    project: u32,
    programme: u32,
    in_points: bool,
    in_diagram: bool,
    points: u32,
}

/// The views of one build, computed by the first job that needs them and
/// shared by every output that publishes them (one copy in memory).
#[derive(Default)]
pub struct Shared(std::sync::Mutex<Option<std::sync::Arc<Views>>>);

impl Shared {
    pub fn get(&self, p: &Publication) -> std::sync::Arc<Views> {
        let mut v = self.0.lock().unwrap_or_else(|e| e.into_inner());
        v.get_or_insert_with(|| std::sync::Arc::new(Views::new(p)))
            .clone()
    }
}

/// Every view of a publication, as row indices plus the joined lists.
pub struct Views {
    c: Cols,
    /// Per project row: (distinct programmes listed, points).
    project_counts: Vec<(u32, u32)>,
    totals: [i64; 4],
    appearances: Vec<AppearanceRow>,
    /// Per point (row of `points`): its appearance row. The tag and the
    /// sub-programme are looked up when written, so a million points cost
    /// 4 MB here.
    points: Vec<u32>,
    /// Per programme row.
    programme_parent: Vec<u32>,
    programme_ministries: Vec<Both>,
    /// Per programme: the project rows listing it, in project order (joined
    /// into names when written: a programme of a large dataset is listed in
    /// hundreds of projects).
    programme_projects: Vec<Vec<u32>>,
    programme_project_numbers: Vec<String>,
    programme_project_count: Vec<u32>,
    programme_points: Vec<u32>,
    programme_single: Vec<Option<i64>>,
    programme_lines: Vec<Both>,
    programme_line_ids: Vec<String>,
    /// Per budget line row: (project, expense, basis) rows, programmes.
    lines: Vec<(u32, u32, u32)>,
    line_programmes: Vec<Both>,
    line_programme_ids: Vec<String>,
    line_programme_count: Vec<u32>,
    pairs: Vec<PairRow>,
}

fn table_index(p: &Publication, name: &str) -> usize {
    p.dataset
        .schema
        .table_index(name)
        .unwrap_or_else(|| panic!("the views need the table {name}"))
}

fn s<'a>(t: &Table, r: &'a Row, col: &str) -> &'a str {
    r.cells[t.col(col)].as_str().unwrap_or("")
}

fn pos(t: &Table, id: &str) -> u32 {
    if id.is_empty() {
        return NONE;
    }
    t.position(id).map_or(NONE, |i| i as u32)
}

impl Views {
    /// Computes every view: one pass over each table, lookups by binary search.
    pub fn new(p: &Publication) -> Views {
        let ds = p.dataset;
        let c = Cols {
            projects: table_index(p, "projects"),
            sections: table_index(p, "sections"),
            programmes: table_index(p, "programmes"),
            appearances: table_index(p, "appearances"),
            points: table_index(p, "points"),
            budget_lines: table_index(p, "budget_lines"),
            point_tags: table_index(p, "point_tags"),
            expense_types: table_index(p, "expense_types"),
            line_bases: table_index(p, "line_bases"),
            ministries: table_index(p, "ministries"),
        };
        let projects = &ds.tables[c.projects];
        let programmes = &ds.tables[c.programmes];
        let n_proj = projects.rows.len();
        let n_prog = programmes.rows.len();

        // Appearances: project, section and programme rows.
        let at = &ds.tables[c.appearances];
        let appearances: Vec<AppearanceRow> = at
            .rows
            .iter()
            .map(|r| AppearanceRow {
                project: pos(projects, s(at, r, "project")),
                section: pos(&ds.tables[c.sections], s(at, r, "section")),
                programme: pos(programmes, s(at, r, "programme")),
            })
            .collect();

        // Points, in table order; consecutive points share their appearance.
        let pt = &ds.tables[c.points];
        let mut appearance_points = vec![0u32; appearances.len()];
        let mut last: (&str, u32) = ("", NONE);
        let points: Vec<u32> = pt
            .rows
            .iter()
            .map(|r| {
                let a_id = s(pt, r, "appearance");
                if a_id != last.0 {
                    last = (a_id, pos(at, a_id));
                }
                if let Some(n) = appearance_points.get_mut(last.1 as usize) {
                    *n += 1;
                }
                last.1
            })
            .collect();

        // Programme x project pairs: key points first, then diagram entries,
        // grouped by project (stable, so each project keeps document order).
        let mut pair_of: HashMap<(u32, u32), usize> = HashMap::new();
        let mut pairs: Vec<PairRow> = Vec::new();
        let mut pair = |project: u32, programme: u32| -> usize {
            *pair_of.entry((project, programme)).or_insert_with(|| {
                pairs.push(PairRow {
                    project,
                    programme,
                    in_points: false,
                    in_diagram: false,
                    points: 0,
                });
                pairs.len() - 1
            })
        };
        let mut pair_flags: Vec<(usize, bool, u32)> = Vec::new();
        for (ai, a) in appearances.iter().enumerate() {
            if a.project != NONE && a.programme != NONE {
                pair_flags.push((pair(a.project, a.programme), true, appearance_points[ai]));
            }
        }
        let de = ds.table("diagram_entries");
        for r in &de.rows {
            let prog = pos(programmes, s(de, r, "programme"));
            let proj = pos(projects, s(de, r, "project"));
            if prog != NONE && proj != NONE {
                pair_flags.push((pair(proj, prog), false, 0));
            }
        }
        for (k, in_points, n) in pair_flags {
            if in_points {
                pairs[k].in_points = true;
                pairs[k].points += n;
            } else {
                pairs[k].in_diagram = true;
            }
        }
        pairs.sort_by_key(|x| x.project);

        // Per project and per programme: counts and the projects listed.
        let mut project_counts = vec![(0u32, 0u32); n_proj];
        let mut prog_projects: Vec<Vec<u32>> = vec![Vec::new(); n_prog];
        let mut programme_points = vec![0u32; n_prog];
        for x in &pairs {
            project_counts[x.project as usize].0 += 1;
            project_counts[x.project as usize].1 += x.points;
            prog_projects[x.programme as usize].push(x.project);
            programme_points[x.programme as usize] += x.points;
        }
        let name_col = projects.col("name");
        let num_col = projects.col("number");
        for rows in prog_projects.iter_mut() {
            rows.sort_unstable();
        }
        let programme_project_numbers: Vec<String> = prog_projects
            .iter()
            .map(|rows| {
                rows.iter()
                    .map(|&r| {
                        projects.rows[r as usize].cells[num_col]
                            .as_int()
                            .map_or_else(String::new, |n| n.to_string())
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        let programme_project_count = prog_projects.iter().map(|v| v.len() as u32).collect();

        // Ministries of each programme, in printed order.
        let pm = ds.table("programme_ministries");
        let ministries = &ds.tables[c.ministries];
        let mut prog_min: Vec<Vec<(i64, u32)>> = vec![Vec::new(); n_prog];
        for r in &pm.rows {
            let prog = pos(programmes, s(pm, r, "programme"));
            let min = pos(ministries, s(pm, r, "ministry"));
            let seq = r.cells[pm.col("seq")].as_int().unwrap_or(0);
            if prog != NONE && min != NONE {
                prog_min[prog as usize].push((seq, min));
            }
        }
        let min_name = ministries.col("name");
        let programme_ministries: Vec<Both> = prog_min
            .iter_mut()
            .map(|v| {
                v.sort_unstable();
                let join = |lang: Lang| {
                    v.iter()
                        .map(|&(_, m)| {
                            p.text(lang, c.ministries, m as usize, min_name)
                                .unwrap_or("")
                        })
                        .collect::<Vec<_>>()
                        .join(separator(lang))
                };
                [join(Lang::Ja), join(Lang::En)]
            })
            .collect();
        let programme_parent = programmes
            .rows
            .iter()
            .map(|r| pos(programmes, s(programmes, r, "parent")))
            .collect();

        // Budget lines and the programmes they cover.
        let bl = &ds.tables[c.budget_lines];
        let expenses = &ds.tables[c.expense_types];
        let bases = &ds.tables[c.line_bases];
        let lines: Vec<(u32, u32, u32)> = bl
            .rows
            .iter()
            .map(|r| {
                (
                    pos(projects, s(bl, r, "project")),
                    pos(expenses, s(bl, r, "expense")),
                    pos(bases, s(bl, r, "basis")),
                )
            })
            .collect();
        let blp = ds.table("budget_line_programmes");
        let mut line_progs: Vec<Vec<(i64, u32)>> = vec![Vec::new(); bl.rows.len()];
        for r in &blp.rows {
            let line = pos(bl, s(blp, r, "budget_line"));
            let prog = pos(programmes, s(blp, r, "programme"));
            let seq = r.cells[blp.col("seq")].as_int().unwrap_or(0);
            if line != NONE && prog != NONE {
                line_progs[line as usize].push((seq, prog));
            }
        }
        let prog_name = programmes.col("name");
        let prog_id = programmes.col("id");
        let mut prog_lines: Vec<Vec<u32>> = vec![Vec::new(); n_prog];
        let mut line_programmes = Vec::with_capacity(bl.rows.len());
        let mut line_programme_ids = Vec::with_capacity(bl.rows.len());
        let mut line_programme_count = Vec::with_capacity(bl.rows.len());
        for (li_, v) in line_progs.iter_mut().enumerate() {
            v.sort_unstable();
            for &(_, prog) in v.iter() {
                prog_lines[prog as usize].push(li_ as u32);
            }
            let join = |lang: Lang| {
                v.iter()
                    .map(|&(_, g)| {
                        p.text(lang, c.programmes, g as usize, prog_name)
                            .unwrap_or("")
                    })
                    .collect::<Vec<_>>()
                    .join(separator(lang))
            };
            line_programmes.push([join(Lang::Ja), join(Lang::En)]);
            line_programme_ids.push(
                v.iter()
                    .map(|&(_, g)| {
                        programmes.rows[g as usize].cells[prog_id]
                            .as_str()
                            .unwrap_or("")
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            line_programme_count.push(v.len() as u32);
        }
        let amount_col = bl.col("amount");
        let label_col = bl.col("label");
        let basis_label = bases.col("label");
        let line_id = bl.col("id");
        let single = bases.position(SINGLE).map(|i| i as u32);
        let describe = |l: u32, lang: Lang| -> String {
            let (proj, _, basis) = lines[l as usize];
            let project = p
                .text(lang, c.projects, proj as usize, name_col)
                .unwrap_or("");
            let label = p
                .text(lang, c.budget_lines, l as usize, label_col)
                .unwrap_or("");
            let basis = p
                .text(lang, c.line_bases, basis as usize, basis_label)
                .unwrap_or("");
            match lang {
                Lang::Ja => format!("{project}:{label}({basis})"),
                Lang::En => format!("{project}: {label} ({basis})"),
            }
        };
        let mut programme_single = Vec::with_capacity(n_prog);
        let mut programme_lines = Vec::with_capacity(n_prog);
        let mut programme_line_ids = Vec::with_capacity(n_prog);
        for ls in &prog_lines {
            let singles: Vec<i64> = ls
                .iter()
                .filter(|&&l| Some(lines[l as usize].2) == single)
                .filter_map(|&l| bl.rows[l as usize].cells[amount_col].as_int())
                .collect();
            programme_single.push((!singles.is_empty()).then(|| singles.iter().sum()));
            let join = |lang: Lang| {
                ls.iter()
                    .map(|&l| describe(l, lang))
                    .collect::<Vec<_>>()
                    .join(separator(lang))
            };
            programme_lines.push([join(Lang::Ja), join(Lang::En)]);
            programme_line_ids.push(
                ls.iter()
                    .map(|&l| bl.rows[l as usize].cells[line_id].as_str().unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
        }

        // The totals of the project rows.
        let amed = projects.col("amed_amount");
        let inhouse = projects.col("inhouse_amount");
        let mut totals = [0i64, 0, 0, n_proj as i64];
        for r in &projects.rows {
            let a = r.cells[amed].as_int().unwrap_or(0);
            let i = r.cells[inhouse].as_int().unwrap_or(0);
            totals[0] += a;
            totals[1] += i;
            totals[2] += a + i;
        }

        Views {
            c,
            project_counts,
            totals,
            appearances,
            points,
            programme_parent,
            programme_ministries,
            programme_projects: prog_projects,
            programme_project_numbers,
            programme_project_count,
            programme_points,
            programme_single,
            programme_lines,
            programme_line_ids,
            lines,
            line_programmes,
            line_programme_ids,
            line_programme_count,
            pairs,
        }
    }

    /// The number of rows of a view.
    pub fn len(&self, p: &Publication, view: View) -> usize {
        match view {
            View::Projects => self.project_counts.len(),
            View::ProjectTotals => 1,
            View::Points => self.points.len(),
            View::Programmes => p.dataset.tables[self.c.programmes].rows.len(),
            View::BudgetLines => self.lines.len(),
            View::ProgrammeProjects => self.pairs.len(),
        }
    }

    /// One cell of a view in a language (`Plain` and `Int` columns ignore it).
    pub fn cell<'a>(
        &'a self,
        p: &'a Publication,
        view: View,
        row: usize,
        column: &str,
        lang: Lang,
    ) -> VCell<'a> {
        let ds = p.dataset;
        let l = li(lang);
        let text = |ti: usize, ri: u32, col: &str| -> VCell<'a> {
            if ri == NONE {
                return VCell::Empty;
            }
            let t = &ds.tables[ti];
            p.text(lang, ti, ri as usize, t.col(col))
                .map_or(VCell::Empty, VCell::Str)
        };
        let id = |ti: usize, ri: u32, col: &str| -> VCell<'a> {
            if ri == NONE {
                return VCell::Empty;
            }
            let t = &ds.tables[ti];
            t.rows[ri as usize].cells[t.col(col)]
                .as_str()
                .map_or(VCell::Empty, VCell::Str)
        };
        let int = |ti: usize, ri: u32, col: &str| -> VCell<'a> {
            if ri == NONE {
                return VCell::Empty;
            }
            let t = &ds.tables[ti];
            t.rows[ri as usize].cells[t.col(col)]
                .as_int()
                .map_or(VCell::Empty, VCell::Int)
        };
        // The review status of the English of a text (`date`: the date of
        // the review instead), blank when the text has no English.
        let en = |ti: usize, ri: u32, col: &str, date: bool| -> VCell<'a> {
            if ri == NONE {
                return VCell::Empty;
            }
            let status = p.en_status(ti, ri as usize, ds.tables[ti].col(col));
            match (status, date) {
                (None, _) => VCell::Empty,
                (Some(s), false) => VCell::Str(s.name()),
                (Some(s), true) => s.date().map_or(VCell::Empty, VCell::Owned),
            }
        };
        let word = |b: bool| VCell::Str(p.label(lang, if b { "view-yes" } else { "view-no" }));
        let joined = |s: &'a str| {
            if s.is_empty() {
                VCell::Empty
            } else {
                VCell::Str(s)
            }
        };
        let c = &self.c;
        match view {
            View::Projects => {
                let r = row as u32;
                let t = &ds.tables[c.projects];
                match column {
                    "project_number" => int(c.projects, r, "number"),
                    "project_name" => text(c.projects, r, "name"),
                    "amed_amount" => int(c.projects, r, "amed_amount"),
                    "inhouse_amount" => int(c.projects, r, "inhouse_amount"),
                    "total_amount" => {
                        let cells = &t.rows[row].cells;
                        let a = cells[t.col("amed_amount")].as_int().unwrap_or(0);
                        let i = cells[t.col("inhouse_amount")].as_int().unwrap_or(0);
                        VCell::Int(a + i)
                    }
                    "lines_cover_total" => word(
                        t.rows[row].cells[t.col("lines_cover_total")]
                            .as_bool()
                            .unwrap_or(false),
                    ),
                    "programme_count" => VCell::Int(i64::from(self.project_counts[row].0)),
                    "point_count" => VCell::Int(i64::from(self.project_counts[row].1)),
                    "project_id" => id(c.projects, r, "id"),
                    "project_name_en_status" => en(c.projects, r, "name", false),
                    "project_name_en_reviewed" => en(c.projects, r, "name", true),
                    _ => VCell::Empty,
                }
            }
            View::ProjectTotals => match column {
                "total_label" => VCell::Str(p.label(lang, "view-total")),
                "amed_amount" => VCell::Int(self.totals[0]),
                "inhouse_amount" => VCell::Int(self.totals[1]),
                "total_amount" => VCell::Int(self.totals[2]),
                "project_count" => VCell::Int(self.totals[3]),
                _ => VCell::Empty,
            },
            View::Points => {
                let appearance = self.points[row];
                let point = row as u32;
                let a = self
                    .appearances
                    .get(appearance as usize)
                    .unwrap_or(&AppearanceRow {
                        project: NONE,
                        section: NONE,
                        programme: NONE,
                    });
                let pt = &ds.tables[c.points];
                let cells = &pt.rows[row].cells;
                match column {
                    "project_number" => int(c.projects, a.project, "number"),
                    "project_name" => text(c.projects, a.project, "name"),
                    "section" => text(c.sections, a.section, "heading"),
                    "programme_name" => text(c.programmes, a.programme, "name"),
                    "ministries" => self
                        .programme_ministries
                        .get(a.programme as usize)
                        .map_or(VCell::Empty, |m| joined(&m[l])),
                    "tag" => {
                        // A handful of tags: a scan beats an index here.
                        let tag = cells[pt.col("tag")].as_str().unwrap_or(NO_TAG);
                        let tags = &ds.tables[c.point_tags];
                        let row = tags.rows.iter().position(|r| s(tags, r, "id") == tag);
                        match row {
                            Some(r) if tag != NO_TAG => text(c.point_tags, r as u32, "label"),
                            _ => VCell::Empty,
                        }
                    }
                    "subprogramme_name" => {
                        let sub = cells[pt.col("subprogramme")].as_str().unwrap_or("");
                        text(c.programmes, pos(&ds.tables[c.programmes], sub), "name")
                    }
                    "text" => text(c.points, point, "text"),
                    "point_id" => id(c.points, point, "id"),
                    "appearance_id" => id(c.appearances, appearance, "id"),
                    "programme_id" => id(c.programmes, a.programme, "id"),
                    "project_id" => id(c.projects, a.project, "id"),
                    "text_en_status" => en(c.points, point, "text", false),
                    "text_en_reviewed" => en(c.points, point, "text", true),
                    _ => VCell::Empty,
                }
            }
            View::Programmes => {
                let r = row as u32;
                let t = &ds.tables[c.programmes];
                let parent = self.programme_parent[row];
                match column {
                    "programme_name" => text(c.programmes, r, "name"),
                    "acronym" => id(c.programmes, r, "acronym"),
                    "ministries" => joined(&self.programme_ministries[row][l]),
                    "parent_name" => text(c.programmes, parent, "name"),
                    "fund" => word(t.rows[row].cells[t.col("fund")].as_bool().unwrap_or(false)),
                    "project_count" => VCell::Int(i64::from(self.programme_project_count[row])),
                    "projects" => {
                        let name = ds.tables[c.projects].col("name");
                        let names: Vec<&str> = self.programme_projects[row]
                            .iter()
                            .filter_map(|&r| p.text(lang, c.projects, r as usize, name))
                            .collect();
                        if names.is_empty() {
                            VCell::Empty
                        } else {
                            VCell::Owned(names.join(separator(lang)))
                        }
                    }
                    "project_numbers" => joined(&self.programme_project_numbers[row]),
                    "point_count" => VCell::Int(i64::from(self.programme_points[row])),
                    "single_amount" => self.programme_single[row].map_or(VCell::Empty, VCell::Int),
                    "budget_lines" => joined(&self.programme_lines[row][l]),
                    "programme_note" => text(c.programmes, r, "note"),
                    "programme_id" => id(c.programmes, r, "id"),
                    "parent_id" => id(c.programmes, parent, "id"),
                    "budget_line_ids" => joined(&self.programme_line_ids[row]),
                    "programme_name_en_status" => en(c.programmes, r, "name", false),
                    "programme_name_en_reviewed" => en(c.programmes, r, "name", true),
                    _ => VCell::Empty,
                }
            }
            View::BudgetLines => {
                let r = row as u32;
                let (proj, expense, basis) = self.lines[row];
                match column {
                    "project_number" => int(c.projects, proj, "number"),
                    "project_name" => text(c.projects, proj, "name"),
                    "amount" => int(c.budget_lines, r, "amount"),
                    "expense" => text(c.expense_types, expense, "label"),
                    "basis" => text(c.line_bases, basis, "label"),
                    "programme_count" => VCell::Int(i64::from(self.line_programme_count[row])),
                    "programmes" => joined(&self.line_programmes[row][l]),
                    // Every printed amount is one row of this view, a shared
                    // (内数) amount included: each row may be added once.
                    "summable" => word(true),
                    "line_label" => text(c.budget_lines, r, "label"),
                    "line_note" => text(c.budget_lines, r, "note"),
                    "budget_line_id" => id(c.budget_lines, r, "id"),
                    "project_id" => id(c.projects, proj, "id"),
                    "programme_ids" => joined(&self.line_programme_ids[row]),
                    "line_label_en_status" => en(c.budget_lines, r, "label", false),
                    "line_label_en_reviewed" => en(c.budget_lines, r, "label", true),
                    _ => VCell::Empty,
                }
            }
            View::ProgrammeProjects => {
                let x = &self.pairs[row];
                match column {
                    "project_number" => int(c.projects, x.project, "number"),
                    "project_name" => text(c.projects, x.project, "name"),
                    "programme_name" => text(c.programmes, x.programme, "name"),
                    "ministries" => joined(&self.programme_ministries[x.programme as usize][l]),
                    "in_key_points" => word(x.in_points),
                    "in_diagram" => word(x.in_diagram),
                    "point_count" => VCell::Int(i64::from(x.points)),
                    "programme_id" => id(c.programmes, x.programme, "id"),
                    "project_id" => id(c.projects, x.project, "id"),
                    "programme_name_en_status" => en(c.programmes, x.programme, "name", false),
                    "programme_name_en_reviewed" => en(c.programmes, x.programme, "name", true),
                    _ => VCell::Empty,
                }
            }
        }
    }
}

/// The columns of a view as written in a variant: `(column, language)`;
/// text columns come twice (`_ja`, `_en`) in a bilingual output.
pub fn out_columns(view: View, variant: Variant) -> Vec<OutColumn> {
    let mut out = Vec::new();
    for &c in view.columns() {
        match (c.kind, variant) {
            (ColKind::Text, Variant::Bilingual) => {
                for l in Lang::BOTH {
                    out.push(OutColumn {
                        column: c,
                        lang: Some(l),
                        name: format!("{}_{}", c.name, l.code()),
                    });
                }
            }
            // The status of the English: not in a Japanese output.
            (ColKind::Status | ColKind::Reviewed, Variant::Ja) => {}
            (ColKind::Text, v) => out.push(OutColumn {
                column: c,
                lang: Some(v.label_lang()),
                name: c.name.to_string(),
            }),
            _ => out.push(OutColumn {
                column: c,
                lang: None,
                name: c.name.to_string(),
            }),
        }
    }
    out
}

/// A view column as written in one variant.
#[derive(Debug, Clone)]
pub struct OutColumn {
    pub column: Column,
    /// The language of a text column (`None` for numbers and plain text).
    pub lang: Option<Lang>,
    /// Machine name in the output: `name`, or `name_ja` / `name_en`.
    pub name: String,
}
