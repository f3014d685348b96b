//! What is particular to each table: how many rows it gets for a number of
//! points, the columns whose values are not the generic ones, and the
//! fix-ups that make a group of rows obey a rule of the dataset
//! (`src/validate/dataset.rs`) that the generic generator cannot know.
//!
//! A table or column of the descriptor that is not named here is generated
//! generically (see the module above); code lists are copied from the real
//! `data/`. Rules the generic generator keeps by itself: references resolve;
//! a self-reference points at an earlier row of the same group (so
//! `parent` / `group` chains never loop and a diagram group stays in its
//! project); a reference to a table that is an ancestor of the row in
//! `x-nesting` takes the ancestor's value (an appearance's project is its
//! section's); a reference to a table nested under one of the row's
//! ancestors stays under it (a flow's ends are entries of its own project);
//! link-table keys are unique.

use super::engine::{Cell, Gen, Group};
use super::text::Rng;
use super::Config;
use std::io;

/// The knobs of one table.
pub struct Knob {
    pub table: &'static str,
    pub rows: Rows,
    /// Columns whose values are not the generic ones.
    pub cols: &'static [(&'static str, Col)],
    /// Run on each group of rows before it is written.
    pub fixup: Option<Fixup>,
}

pub type Fixup = fn(&Gen, &mut Group, &mut Rng) -> io::Result<()>;

/// How many rows a table gets.
pub enum Rows {
    /// Code lists: copied from the real data; other tables: 1 to 3 per parent
    /// row when the table is nested, else 8.
    Auto,
    /// The rows of the real table, with the `Col::Set` columns replaced.
    Real,
    /// A total for a number of points; spread evenly over the parent rows of a nested table.
    Total(fn(usize) -> usize),
    /// Between the two bounds for each parent row.
    PerParent(usize, usize),
    /// Bounds that depend on the parent row (its index in the parent table).
    ByParent(fn(&Gen, usize) -> (usize, usize)),
}

/// A column's values, where they are not the generic ones.
pub enum Col {
    /// Japanese of `lo..=hi` characters (plus a suffix and its English), in
    /// `pct` percent of the rows when optional.
    Text {
        lo: usize,
        hi: usize,
        pct: usize,
        suffix: Option<(&'static str, &'static str)>,
    },
    /// An integer in `lo..=hi`, in `pct` percent of the rows when optional.
    Int { lo: usize, hi: usize, pct: usize },
    /// The row's position in the table, from 1.
    Serial,
    /// `true` in `pct` percent of the rows.
    Bool(usize),
    /// An optional reference, date or verbatim value present in `pct` percent of the rows.
    Opt(usize),
    /// A reference that names every record of its table once before picking at random.
    Cover,
    /// A fixed value (and the English of a translated one).
    Set(fn(&Config) -> String, Option<&'static str>),
}

const fn text(lo: usize, hi: usize) -> Col {
    opt_text(100, lo, hi)
}
const fn opt_text(pct: usize, lo: usize, hi: usize) -> Col {
    Col::Text {
        lo,
        hi,
        pct,
        suffix: None,
    }
}
const fn named(lo: usize, hi: usize, ja: &'static str, en: &'static str) -> Col {
    Col::Text {
        lo,
        hi,
        pct: 100,
        suffix: Some((ja, en)),
    }
}
const fn int(lo: usize, hi: usize) -> Col {
    Col::Int { lo, hi, pct: 100 }
}

/// Points per appearance.
const POINTS_PER_APPEARANCE: usize = 5;

fn appearances(points: usize) -> usize {
    points.div_ceil(POINTS_PER_APPEARANCE).max(1)
}

pub static KNOBS: &[Knob] = &[
    Knob {
        table: "document",
        rows: Rows::Real,
        cols: &[
            ("id", Col::Set(|c| format!("amed-synth-{}", c.points), None)),
            (
                "title",
                Col::Set(
                    |_| "令和8年度概算要求における統合プロジェクトの概要(合成データ)".into(),
                    Some("Overview of the integrated projects in the FY2026 budget request (synthetic data)"),
                ),
            ),
            (
                "base_url",
                Col::Set(
                    |c| format!("https://example.jp/opendata/amed-synth-{}/", c.points),
                    None,
                ),
            ),
        ],
        fixup: None,
    },
    Knob {
        table: "ministries",
        rows: Rows::Real,
        cols: &[],
        fixup: None,
    },
    Knob {
        table: "roles",
        rows: Rows::Real,
        cols: &[],
        fixup: None,
    },
    Knob {
        table: "projects",
        rows: Rows::Total(|n| 8 + n / 4000),
        cols: &[
            ("number", Col::Serial),
            ("name", named(6, 14, "プロジェクト", "Project")),
            ("summary", text(80, 200)),
            ("amed_amount", int(10, 600)),
            (
                "inhouse_amount",
                Col::Int {
                    lo: 1,
                    hi: 60,
                    pct: 40,
                },
            ),
            ("toc_page", int(1, 200)),
            ("lines_cover_total", Col::Bool(80)),
        ],
        fixup: None,
    },
    Knob {
        table: "sections",
        rows: Rows::PerParent(2, 4),
        cols: &[("heading", text(20, 60))],
        fixup: None,
    },
    Knob {
        table: "programmes",
        // Never more than the appearances, which name each of them (`unreferenced`).
        rows: Rows::Total(|n| (40 + n / 2000).min(appearances(n))),
        cols: &[
            ("name", named(8, 24, "事業", "Program")),
            ("acronym", Col::Opt(15)),
            ("fund", Col::Bool(10)),
            ("parent", Col::Opt(20)),
            ("note", opt_text(10, 20, 80)),
            ("predecessor", Col::Opt(5)),
        ],
        fixup: None,
    },
    Knob {
        table: "programme_ministries",
        rows: Rows::PerParent(1, 2),
        cols: &[],
        fixup: None,
    },
    Knob {
        table: "appearances",
        rows: Rows::Total(appearances),
        // Every programme is named by something other than its ministries (`unreferenced`).
        cols: &[("programme", Col::Cover), ("heading", named(10, 30, "事業", "Program"))],
        fixup: None,
    },
    Knob {
        table: "points",
        rows: Rows::Total(|n| n),
        cols: &[("subprogramme", Col::Opt(10)), ("text", text(80, 200))],
        fixup: None,
    },
    Knob {
        table: "budget_lines",
        rows: Rows::PerParent(3, 12),
        cols: &[
            ("amount", int(1, 99)),
            ("label", text(8, 16)),
            ("note", opt_text(20, 20, 60)),
        ],
        fixup: Some(reconcile),
    },
    Knob {
        table: "budget_line_programmes",
        rows: Rows::ByParent(links_for_basis),
        cols: &[],
        fixup: None,
    },
    Knob {
        table: "diagram_entries",
        rows: Rows::PerParent(3, 8),
        cols: &[
            ("programme", Col::Opt(40)),
            ("label", text(10, 40)),
            ("description", opt_text(60, 40, 120)),
            ("group", Col::Opt(50)),
        ],
        fixup: None,
    },
    Knob {
        table: "diagram_flows",
        rows: Rows::PerParent(0, 3),
        cols: &[
            ("from_entry", Col::Opt(70)),
            ("to_entry", Col::Opt(70)),
            ("label", text(4, 12)),
            ("note", opt_text(30, 30, 80)),
        ],
        fixup: None,
    },
    Knob {
        table: "disease_areas",
        rows: Rows::Total(|n| 3 + n / 80_000),
        cols: &[("name", text(3, 10))],
        fixup: None,
    },
    Knob {
        table: "coordinators",
        rows: Rows::PerParent(1, 2),
        cols: &[("name", text(4, 7))],
        fixup: None,
    },
    Knob {
        table: "errata",
        rows: Rows::Total(|n| 2 + n / 100_000),
        cols: &[("reason", text(20, 60))],
        fixup: Some(errata),
    },
    Knob {
        table: "supplied_facts",
        rows: Rows::Total(|n| 2 + n / 200_000),
        cols: &[("note", text(20, 80))],
        fixup: Some(point_at_texts),
    },
    // The registry of retired identifiers: empty, as in a first release (a
    // retirement names an identifier of a recorded release, and synthetic
    // data has no release history).
    Knob {
        table: "retired_ids",
        rows: Rows::Total(|_| 0),
        cols: &[],
        fixup: None,
    },
];

/// `reconcile`: in a project whose lines cover its total, the `amed` and the
/// `inhouse` lines add up to `amed_amount` and `inhouse_amount` (empty = 0).
fn reconcile(g: &Gen, grp: &mut Group, rng: &mut Rng) -> io::Result<()> {
    let Some(p) = grp.parent else {
        return Ok(());
    };
    if g.value("projects", p, "lines_cover_total")? != Cell::Bool(true) {
        return Ok(());
    }
    let total = |c| match g.value("projects", p, c) {
        Ok(Cell::Int(n)) => Ok(n),
        Ok(_) => Ok(0),
        Err(e) => Err(e),
    };
    let amed = g.code_index("expense_types", "amed")?;
    let inhouse = g.code_index("expense_types", "inhouse")?;
    let wanted = [
        (amed, total("amed_amount")?),
        (inhouse, total("inhouse_amount")?),
    ];
    let (ce, ca) = (grp.col("expense")?, grp.col("amount")?);
    let rows = &mut grp.rows;
    let n = rows.len();
    let count = |rows: &[Vec<Cell>], code| rows.iter().filter(|r| r[ce] == Cell::Idx(code)).count();
    // Each expense with a total has a line; an expense without one has none.
    for (k, &(code, sum)) in wanted.iter().enumerate() {
        let other = wanted[1 - k].0;
        if sum == 0 {
            for r in rows.iter_mut().filter(|r| r[ce] == Cell::Idx(code)) {
                r[ce] = Cell::Idx(other);
            }
        } else if count(rows, code) == 0 && n > 0 {
            rows[if k == 0 { 0 } else { n - 1 }][ce] = Cell::Idx(code);
        }
    }
    for (code, sum) in wanted {
        let mine: Vec<usize> = (0..n).filter(|&i| rows[i][ce] == Cell::Idx(code)).collect();
        if mine.is_empty() && sum > 0 {
            return Err(io::Error::other(format!(
                "synth: project row {p} has no budget line to carry its total {sum}"
            )));
        }
        let weights: Vec<u64> = mine.iter().map(|_| rng.range(1, 100) as u64).collect();
        let all: u64 = weights.iter().sum();
        let mut left = sum;
        for (k, &i) in mine.iter().enumerate() {
            let amount = if k + 1 == mine.len() {
                left
            } else {
                sum * weights[k] / all.max(1)
            };
            left -= amount;
            rows[i][ca] = Cell::Int(amount);
        }
    }
    Ok(())
}

/// `basis`: a line covers one programme when `single`, two or more when
/// `combined` or `shared`, none when `unattributed`.
fn links_for_basis(g: &Gen, line: usize) -> (usize, usize) {
    match g.code("budget_lines", line, "basis").as_deref() {
        Some("single") => (1, 1),
        Some("unattributed") => (0, 0),
        Some("combined" | "shared") => (2, 3),
        _ => (1, 3),
    }
}

/// Supplied facts and errata name a real record and column (`table`,
/// `record`, `field`): the first text of some column of an earlier table.
fn point_at_texts(g: &Gen, grp: &mut Group, rng: &mut Rng) -> io::Result<()> {
    point(g, grp, rng).map(drop)
}

/// Points each row at a remembered text; returns which, row by row.
fn point(g: &Gen, grp: &mut Group, rng: &mut Rng) -> io::Result<Vec<usize>> {
    let (ct, cr, cf) = (grp.col("table")?, grp.col("record")?, grp.col("field")?);
    let texts = g.texts();
    if texts.is_empty() {
        return Err(io::Error::other("synth: no text to point at"));
    }
    let mut chosen = Vec::with_capacity(grp.rows.len());
    for row in &mut grp.rows {
        let k = rng.below(texts.len());
        row[ct] = Cell::Str(texts[k].table.to_string());
        row[cr] = Cell::Str(texts[k].record.clone());
        row[cf] = Cell::Str(texts[k].column.to_string());
        chosen.push(k);
    }
    Ok(chosen)
}

/// `erratum-not-applied`: a corrected erratum's `corrected_ja` is in the text
/// it points at (`original_ja` is it with the characters reversed); a
/// suspected one quotes the text and corrects nothing.
fn errata(g: &Gen, grp: &mut Group, rng: &mut Rng) -> io::Result<()> {
    let chosen = point(g, grp, rng)?;
    let corrected = g.code_index("erratum_statuses", "corrected")?;
    let (cs, co, cc) = (
        grp.col("status")?,
        grp.col("original_ja")?,
        grp.col("corrected_ja")?,
    );
    for (row, k) in grp.rows.iter_mut().zip(chosen) {
        let text = &g.texts()[k].text;
        let chars: Vec<char> = text.chars().collect();
        let len = rng.range(4, 8).min(chars.len());
        let start = rng.below(chars.len() - len + 1);
        let mut quote: String = chars[start..start + len].iter().collect();
        if quote.trim() != quote || !amed_budget::schema::has_japanese(&quote) {
            quote.clone_from(text);
        }
        if row[cs] == Cell::Idx(corrected) {
            row[co] = Cell::Str(quote.chars().rev().collect());
            row[cc] = Cell::Str(quote);
        } else {
            row[co] = Cell::Str(quote);
            row[cc] = Cell::Empty;
        }
    }
    Ok(())
}
