//! A programme's own sections: its name in both languages, its ministries,
//! every project and section it appears in with its points there, the points
//! that name it as a sub-programme, the budget lines that cover it and the
//! diagram entries that show it.

use super::project::referring;
use super::{more_text, point_view, PointView};
use crate::emit::site::index::Rec;
use crate::emit::site::view::{Link, View};
use crate::emit::site::{number, LIST_LIMIT};
use crate::publication::Lang;

/// References into a programme that these sections show.
pub const SHOWN: &[(&str, &str)] = &[
    ("programme_ministries", "programme"),
    ("appearances", "programme"),
    ("points", "subprogramme"),
    ("budget_line_programmes", "programme"),
    ("diagram_entries", "programme"),
];

pub struct ProgrammeView {
    pub name_ja: String,
    pub name_en: String,
    pub ministries: Vec<Link>,
    pub appearances: Vec<Appearance>,
    pub subpoints: Vec<(Link, PointView)>,
    pub more_points: usize,
    pub more_text: String,
    pub lines: Vec<LineRef>,
    pub entries: Vec<(Link, Link)>,
}

pub struct Appearance {
    pub project: Link,
    pub section: Link,
    pub heading: String,
    pub page: Option<String>,
    pub points: Vec<PointView>,
}

pub struct LineRef {
    pub project: Link,
    pub line: Link,
    pub amount: String,
    pub expense: String,
    pub basis: String,
}

pub fn view(v: &View, pr: Rec) -> ProgrammeView {
    let mut budget = LIST_LIMIT;
    let mut more_points = 0;
    let mut take = |n: usize| {
        let shown = n.min(budget);
        budget -= shown;
        more_points += n - shown;
        shown
    };
    let appearances = referring(v, pr, "appearances", "programme")
        .into_iter()
        .map(|a| {
            let pts = referring(v, a, "points", "appearance");
            let shown = take(pts.len());
            Appearance {
                project: v.target(a, "project").map_or_else(empty, |p| v.link(p)),
                section: v.target(a, "section").map_or_else(empty, |s| v.link(s)),
                heading: v.text(a, "heading").to_string(),
                page: v.href(a),
                points: pts[..shown].iter().map(|&pt| point_view(v, pt)).collect(),
            }
        })
        .collect();
    let sub = referring(v, pr, "points", "subprogramme");
    let shown = take(sub.len());
    let subpoints = sub[..shown]
        .iter()
        .map(|&pt| {
            let context = v.target(pt, "appearance").map_or_else(empty, |a| v.link(a));
            (context, point_view(v, pt))
        })
        .collect();
    let ministries = referring(v, pr, "programme_ministries", "programme")
        .into_iter()
        .filter_map(|pm| v.target(pm, "ministry"))
        .map(|m| v.link(m))
        .collect();
    let lines = referring(v, pr, "budget_line_programmes", "programme")
        .into_iter()
        .filter_map(|link| v.target(link, "budget_line"))
        .take(LIST_LIMIT)
        .map(|l| LineRef {
            project: v.target(l, "project").map_or_else(empty, |p| v.link(p)),
            line: v.link(l),
            amount: v.int(l, "amount").map(number).unwrap_or_default(),
            expense: v.code_label(l, "expense"),
            basis: v.code_label(l, "basis"),
        })
        .collect();
    let entries = referring(v, pr, "diagram_entries", "programme")
        .into_iter()
        .take(LIST_LIMIT)
        .map(|e| {
            let project = v.target(e, "project");
            let link = Link {
                href: project.and_then(|p| v.anchor_on(p, e)),
                text: v.short_name(e),
                lang: None,
            };
            (project.map_or_else(empty, |p| v.link(p)), link)
        })
        .collect();
    ProgrammeView {
        name_ja: v.text_in(Lang::Ja, pr, "name").to_string(),
        name_en: v.text_in(Lang::En, pr, "name").to_string(),
        ministries,
        appearances,
        subpoints,
        more_points,
        more_text: more_text(v, more_points),
        lines,
        entries,
    }
}

fn empty() -> Link {
    Link {
        href: None,
        text: String::new(),
        lang: None,
    }
}
