//! A project's own sections: its amounts, its budget lines (a chart and a
//! table), its key-point sections with their programmes and points, and its
//! diagram (boxes with their entries, in order) and arrows.

use super::{more_text, point_view, PointView};
use crate::emit::site::chart::{BarChart, Item};
use crate::emit::site::index::{anchor, Rec};
use crate::emit::site::view::{Link, View};
use crate::emit::site::{number, LIST_LIMIT};

/// References into a project that these sections show.
pub const SHOWN: &[(&str, &str)] = &[
    ("sections", "project"),
    ("appearances", "project"),
    ("budget_lines", "project"),
    ("diagram_entries", "project"),
    ("diagram_flows", "project"),
];

pub struct ProjectView {
    pub amed: String,
    pub inhouse: Option<String>,
    pub total: String,
    pub chart: Option<BarChart>,
    pub lines: Vec<LineRow>,
    pub sections: Vec<SectionView>,
    pub more_points: usize,
    pub more_text: String,
    pub diagram: Vec<DiagramItem>,
    pub flows: Vec<FlowView>,
}

pub struct LineRow {
    pub anchor: String,
    pub page: Option<String>,
    pub label: String,
    pub amount: String,
    pub expense: String,
    pub basis: String,
    pub programmes: Vec<Link>,
    pub note: String,
}

pub struct SectionView {
    pub anchor: String,
    pub heading: String,
    pub page: Option<String>,
    pub appearances: Vec<AppearanceView>,
}

pub struct AppearanceView {
    pub anchor: String,
    pub heading: String,
    pub page: Option<String>,
    pub programme: Link,
    pub points: Vec<PointView>,
}

/// An entry of the diagram in a nested list: `opens` when its entries follow
/// (in a list of their own), `closes` the number of lists that end after it.
pub struct DiagramItem {
    pub anchor: String,
    pub page: Option<String>,
    pub kind: String,
    pub label: String,
    pub description: String,
    pub programme: Option<Link>,
    pub opens: bool,
    pub closes: usize,
}

pub struct FlowView {
    pub anchor: String,
    pub page: Option<String>,
    pub label: String,
    pub from: Option<Link>,
    pub to: Option<Link>,
    pub note: String,
}

/// The rows of `table` that refer to `rec` through `column`.
pub fn referring(v: &View, rec: Rec, table: &str, column: &str) -> Vec<Rec> {
    let ds = v.p.dataset;
    let t = v.table(table);
    let c = ds.tables[t].spec.column_index(column);
    v.m.index.incoming[rec.0]
        .iter()
        .find(|b| b.table == t && Some(b.column) == c)
        .map(|b| b.of(rec.1).iter().map(|&r| (t, r as usize)).collect())
        .unwrap_or_default()
}

pub fn view(v: &View, pj: Rec) -> ProjectView {
    let amed = v.int(pj, "amed_amount").unwrap_or(0);
    let inhouse = v.int(pj, "inhouse_amount");
    let lines: Vec<Rec> = referring(v, pj, "budget_lines", "project");
    let line_rows: Vec<LineRow> = lines.iter().map(|&l| line_row(v, l)).collect();
    let chart = (!lines.is_empty()).then(|| {
        let items = lines
            .iter()
            .zip(&line_rows)
            .map(|(&l, row)| {
                let class = match v.str(l, "expense") {
                    Some("inhouse") => "s2",
                    _ => "s1",
                };
                let names: Vec<&str> = row.programmes.iter().map(|p| p.text.as_str()).collect();
                let label = if names.is_empty() {
                    row.label.clone()
                } else {
                    names.join(v.sep())
                };
                Item {
                    label,
                    segs: vec![(class, v.int(l, "amount").unwrap_or(0))],
                }
            })
            .collect();
        BarChart::new(
            "lines-chart",
            v.l("site-lines-chart").to_string(),
            v.l("site-lines-chart-desc").to_string(),
            &[
                ("s1", v.l("chart-series-amed").to_string()),
                ("s2", v.l("chart-series-inhouse").to_string()),
            ],
            items,
        )
    });
    let mut budget = LIST_LIMIT;
    let mut more_points = 0;
    let sections = referring(v, pj, "sections", "project")
        .into_iter()
        .map(|s| SectionView {
            anchor: anchor(v.p.dataset, s),
            heading: v.text(s, "heading").to_string(),
            page: v.href(s),
            appearances: referring(v, s, "appearances", "section")
                .into_iter()
                .map(|a| {
                    let pts = referring(v, a, "points", "appearance");
                    let shown = pts.len().min(budget);
                    budget -= shown;
                    more_points += pts.len() - shown;
                    AppearanceView {
                        anchor: anchor(v.p.dataset, a),
                        heading: v.text(a, "heading").to_string(),
                        page: v.href(a),
                        programme: v
                            .target(a, "programme")
                            .map(|pr| v.link(pr))
                            .unwrap_or(Link {
                                href: None,
                                text: String::new(),
                                lang: None,
                            }),
                        points: pts[..shown].iter().map(|&pt| point_view(v, pt)).collect(),
                    }
                })
                .collect(),
        })
        .collect();
    ProjectView {
        amed: number(amed),
        inhouse: inhouse.map(number),
        total: number(amed + inhouse.unwrap_or(0)),
        chart,
        lines: line_rows,
        sections,
        more_points,
        more_text: more_text(v, more_points),
        diagram: diagram(v, pj),
        flows: referring(v, pj, "diagram_flows", "project")
            .into_iter()
            .map(|f| FlowView {
                anchor: anchor(v.p.dataset, f),
                page: v.href(f),
                label: v.text(f, "label").to_string(),
                from: v.target(f, "from_entry").map(|e| entry_link(v, e)),
                to: v.target(f, "to_entry").map(|e| entry_link(v, e)),
                note: v.text(f, "note").to_string(),
            })
            .collect(),
    }
}

/// A diagram entry shown on its project's page: a link to its place there
/// (every entry of the project is on the page).
fn entry_link(v: &View, e: Rec) -> Link {
    Link {
        href: Some(format!("#{}", anchor(v.p.dataset, e))),
        text: v.short_name(e),
        lang: None,
    }
}

fn line_row(v: &View, l: Rec) -> LineRow {
    LineRow {
        anchor: anchor(v.p.dataset, l),
        page: v.href(l),
        label: v.text(l, "label").to_string(),
        amount: v.int(l, "amount").map(number).unwrap_or_default(),
        expense: v.code_label(l, "expense"),
        basis: v.code_label(l, "basis"),
        programmes: referring(v, l, "budget_line_programmes", "budget_line")
            .into_iter()
            .filter_map(|link| v.target(link, "programme"))
            .map(|pr| v.link(pr))
            .collect(),
        note: v.text(l, "note").to_string(),
    }
}

/// The diagram's entries as a tree: each entry under the box (`group`) that
/// contains it, in the order of the document.
fn diagram(v: &View, pj: Rec) -> Vec<DiagramItem> {
    let entries = referring(v, pj, "diagram_entries", "project");
    let ds = v.p.dataset;
    let pos = |e: Rec| entries.iter().position(|&x| x == e);
    let parent: Vec<Option<usize>> = entries
        .iter()
        .map(|&e| v.target(e, "group").and_then(pos))
        .collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); entries.len()];
    let mut roots = Vec::new();
    for (i, p) in parent.iter().enumerate() {
        match p {
            Some(p) if *p != i => children[*p].push(i),
            _ => roots.push(i),
        }
    }
    // Depth-first, in document order; each entry once (the data has no
    // cycles: rule `parent-cycle`).
    let mut order: Vec<(usize, usize)> = Vec::new();
    let mut seen = vec![false; entries.len()];
    let mut stack: Vec<(usize, usize)> = roots.iter().rev().map(|&r| (r, 0)).collect();
    while let Some((i, depth)) = stack.pop() {
        if std::mem::replace(&mut seen[i], true) {
            continue;
        }
        order.push((i, depth));
        for &c in children[i].iter().rev() {
            stack.push((c, depth + 1));
        }
    }
    (0..order.len())
        .map(|k| {
            let (i, depth) = order[k];
            let next = order.get(k + 1).map_or(0, |n| n.1);
            let e = entries[i];
            let opens = next > depth;
            DiagramItem {
                anchor: anchor(ds, e),
                page: v.href(e),
                kind: v.code_label(e, "kind"),
                label: v.text(e, "label").to_string(),
                description: v.text(e, "description").to_string(),
                programme: v.target(e, "programme").map(|pr| v.link(pr)),
                opens,
                closes: if opens { 0 } else { depth - next.min(depth) },
            }
        })
        .collect()
}
