//! The dataset's own rules: what spans several records or tables.

use crate::diag::Diagnostics;
use crate::model::{Dataset, Row, Table};
use crate::schema::{self, Kind};
use crate::validate::rules;
use std::collections::{HashMap, HashSet};

/// Rules that span several records or tables.
pub(super) fn check(ds: &Dataset, diags: &mut Diagnostics) {
    let document = ds.table("document");
    if document.rows.len() > 1 {
        diags.push(
            &document.path,
            document.rows[1].line,
            0,
            &rules::SINGLE_ROW,
            "the document table holds exactly one record",
        );
    }
    check_sections(ds, diags);
    check_chain(ds, "programmes", "parent", diags);
    check_chain(ds, "diagram_entries", "group", diags);
    check_programmes_used(ds, diags);
    check_diagram_projects(ds, diags);
    check_bases(ds, diags);
    check_reconcile(ds, diags);
    check_errata(ds, diags);
    check_supplied(ds, diags);
}

fn check_sections(ds: &Dataset, diags: &mut Diagnostics) {
    let apps = ds.table("appearances");
    let sections = ds.table("sections");
    let (ap, asec) = (apps.col("project"), apps.col("section"));
    let sp = sections.col("project");
    for row in &apps.rows {
        let (Some(p), Some(s)) = (row.cells[ap].as_str(), row.cells[asec].as_str()) else {
            continue;
        };
        if let Some(sec) = sections.find(s) {
            if sec.cells[sp].as_str() != Some(p) {
                diags.push(
                    &apps.path,
                    row.line,
                    apps.file_columns[asec],
                    &rules::SECTION_PROJECT,
                    format!("section `{s}` does not belong to project `{p}`"),
                );
            }
        }
    }
}

/// A self-reference (`programmes.parent`, `diagram_entries.group`) must not loop.
///
/// This rule and the two about diagrams and supplied facts below apply to the
/// tables and columns the descriptor has: the descriptor of an earlier
/// release (recorded with `amed-budget release record`) may lack them.
fn check_chain(ds: &Dataset, table: &str, column: &str, diags: &mut Diagnostics) {
    let Some(t) = ds.get(table) else {
        return;
    };
    let (Some(id), Some(parent)) = (t.spec.column_index("id"), t.spec.column_index(column)) else {
        return;
    };
    for row in &t.rows {
        let mut seen = vec![row.cells[id].as_str()];
        let mut cur = row.cells[parent].as_str();
        while let Some(p) = cur {
            if seen.contains(&Some(p)) {
                diags.push(
                    &t.path,
                    row.line,
                    t.file_columns[parent],
                    &rules::PARENT_CYCLE,
                    format!(
                        "the {column} chain of `{}` loops back on itself",
                        seen[0].unwrap_or("")
                    ),
                );
                break;
            }
            seen.push(Some(p));
            cur = t.find(p).and_then(|r| r.cells[parent].as_str());
        }
    }
}

/// Every programme is named somewhere: by an appearance, a point, a budget
/// line, a diagram entry or another programme (its ministries do not count).
fn check_programmes_used(ds: &Dataset, diags: &mut Diagnostics) {
    let mut used: HashSet<&str> = HashSet::new();
    for t in ds
        .tables
        .iter()
        .filter(|t| t.spec.name != "programme_ministries")
    {
        for (ci, col) in t.spec.columns.iter().enumerate() {
            if col.kind == Kind::Ref("programmes") {
                used.extend(t.rows.iter().filter_map(|r| r.cells[ci].as_str()));
            }
        }
    }
    let t = ds.table("programmes");
    let id = t.col("id");
    for row in &t.rows {
        if let Some(p) = row.cells[id].as_str().filter(|p| !used.contains(p)) {
            diags.push(
                &t.path,
                row.line,
                t.file_columns[id],
                &rules::UNREFERENCED,
                format!("programme `{p}` is referred to by no appearance, point, budget line, diagram entry or programme"),
            );
        }
    }
}

/// A diagram entry's group and a flow's ends are entries of the same project's diagram.
fn check_diagram_projects(ds: &Dataset, diags: &mut Diagnostics) {
    let Some(entries) = ds.get("diagram_entries") else {
        return;
    };
    let ep = entries.col("project");
    let project_of = |id: &str| entries.find(id).and_then(|r| r.cells[ep].as_str());
    for (table, columns) in [
        ("diagram_entries", &["group"][..]),
        ("diagram_flows", &["from_entry", "to_entry"]),
    ] {
        let Some(t) = ds.get(table) else {
            continue;
        };
        let p = t.col("project");
        for row in &t.rows {
            for c in columns.iter().filter_map(|c| t.spec.column_index(c)) {
                let column = t.spec.columns[c].name;
                let (Some(own), Some(target)) = (row.cells[p].as_str(), row.cells[c].as_str())
                else {
                    continue;
                };
                if let Some(other) = project_of(target).filter(|&o| o != own) {
                    diags.push(
                        &t.path,
                        row.line,
                        t.file_columns[c],
                        &rules::DIAGRAM_PROJECT,
                        format!(
                            "{column}: `{target}` is in the diagram of `{other}`, not of `{own}`"
                        ),
                    );
                }
            }
        }
    }
}

fn check_bases(ds: &Dataset, diags: &mut Diagnostics) {
    let lines = ds.table("budget_lines");
    let links = ds.table("budget_line_programmes");
    let link_line = links.col("budget_line");
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for row in &links.rows {
        if let Some(l) = row.cells[link_line].as_str() {
            *counts.entry(l).or_default() += 1;
        }
    }
    let (id, basis) = (lines.col("id"), lines.col("basis"));
    for row in &lines.rows {
        let (Some(l), Some(b)) = (row.cells[id].as_str(), row.cells[basis].as_str()) else {
            continue;
        };
        let n = counts.get(l).copied().unwrap_or(0);
        let ok = match b {
            "single" => n == 1,
            "combined" | "shared" => n >= 2,
            "unattributed" => n == 0,
            _ => true,
        };
        if !ok {
            diags.push(
                &lines.path,
                row.line,
                lines.file_columns[basis],
                &rules::BASIS,
                format!(
                    "budget line `{l}` has basis `{b}` but covers {n} programme(s) in {}",
                    links.path
                ),
            );
        }
    }
}

fn check_reconcile(ds: &Dataset, diags: &mut Diagnostics) {
    let projects = ds.table("projects");
    let lines = ds.table("budget_lines");
    let (lp, la, le) = (
        lines.col("project"),
        lines.col("amount"),
        lines.col("expense"),
    );
    for p in &projects.rows {
        if p.cells[projects.col("lines_cover_total")].as_bool() != Some(true) {
            continue;
        }
        let Some(pid) = p.cells[projects.col("id")].as_str() else {
            continue;
        };
        let pi = projects.position(pid).unwrap_or(usize::MAX);
        for (expense, column) in [("amed", "amed_amount"), ("inhouse", "inhouse_amount")] {
            // An amount already reported as invalid would only make a bogus sum.
            let bad_line = lines.rows.iter().enumerate().any(|(i, r)| {
                r.cells[lp].as_str() == Some(pid) && lines.invalid.contains(&(i, la))
            });
            if bad_line || projects.invalid.contains(&(pi, projects.col(column))) {
                continue;
            }
            let total = p.cells[projects.col(column)].as_int().unwrap_or(0);
            // Checked: absurd amounts must not wrap around into a match.
            let sum: Option<i64> = lines
                .rows
                .iter()
                .filter(|r| {
                    r.cells[lp].as_str() == Some(pid) && r.cells[le].as_str() == Some(expense)
                })
                .filter_map(|r| r.cells[la].as_int())
                .try_fold(0i64, i64::checked_add);
            let why = match sum {
                None => format!(
                    "the `{expense}` budget lines in {} are too large to add up",
                    lines.path
                ),
                Some(sum) if sum != total => format!(
                    "{column} is {total} but its `{expense}` budget lines in {} sum to {sum}",
                    lines.path
                ),
                Some(_) => continue,
            };
            diags.push(
                &projects.path,
                p.line,
                projects.file_columns[projects.col(column)],
                &rules::RECONCILE,
                format!("project `{pid}`: {why}"),
            );
        }
    }
}

/// The record and column an erratum or a supplied fact points at
/// (`table`, `record`, `field`), or a report of what does not resolve.
fn pointed_cell<'a>(
    ds: &'a Dataset,
    t: &Table,
    row: &Row,
    diags: &mut Diagnostics,
) -> Option<(&'a Table, &'a Row, usize)> {
    let c = |n| t.col(n);
    let (Some(table), Some(record), Some(field)) = (
        row.cells[c("table")].as_str(),
        row.cells[c("record")].as_str(),
        row.cells[c("field")].as_str(),
    ) else {
        return None;
    };
    let ti = ds.schema.table_index(table)?;
    let target = &ds.tables[ti];
    let Some(target_row) = target.find(record) else {
        diags.push(
            &t.path,
            row.line,
            t.file_columns[c("record")],
            &rules::DANGLING_REFERENCE,
            format!(
                "record: `{record}` does not match any record in {}",
                target.path
            ),
        );
        return None;
    };
    let Some(fi) = target.spec.column_index(field) else {
        diags.push(
            &t.path,
            row.line,
            t.file_columns[c("field")],
            &rules::DANGLING_REFERENCE,
            format!("field: `{field}` is not a column of {}", target.path),
        );
        return None;
    };
    Some((target, target_row, fi))
}

fn check_errata(ds: &Dataset, diags: &mut Diagnostics) {
    let t = ds.table("errata");
    let c = |n| t.col(n);
    for row in &t.rows {
        let Some((target, target_row, fi)) = pointed_cell(ds, t, row, diags) else {
            continue;
        };
        let status = row.cells[c("status")].as_str();
        let corrected = row.cells[c("corrected_ja")].as_str();
        if status == Some("corrected") && corrected.is_none() {
            diags.push(
                &t.path,
                row.line,
                t.file_columns[c("corrected_ja")],
                &rules::REQUIRED,
                "a corrected erratum needs `corrected_ja`",
            );
        }
        // A Japanese correction must actually be in the data.
        if let (Some("corrected"), Some(fixed)) = (status, corrected) {
            let value = target_row.cells[fi].as_str().unwrap_or("");
            if schema::has_japanese(fixed) && !value.contains(fixed) {
                let table = target.spec.name;
                let record = target.key_of(target_row);
                let field = target.spec.columns[fi].name;
                diags.push(
                    &t.path,
                    row.line,
                    t.file_columns[c("corrected_ja")],
                    &rules::ERRATUM_NOT_APPLIED,
                    format!("`{fixed}` is not in {table}/{record}.{field}"),
                );
            }
        }
    }
}

/// A supplied fact points at a real record and column.
fn check_supplied(ds: &Dataset, diags: &mut Diagnostics) {
    let Some(t) = ds.get("supplied_facts") else {
        return;
    };
    for row in &t.rows {
        pointed_cell(ds, t, row, diags);
    }
}
