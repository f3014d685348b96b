//! The dataset's own rules: what spans several records or tables.

use crate::diag::Diagnostics;
use crate::model::Dataset;
use crate::schema;
use crate::validate::rules;
use std::collections::HashMap;

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
    check_parents(ds, diags);
    check_bases(ds, diags);
    check_reconcile(ds, diags);
    check_errata(ds, diags);
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

fn check_parents(ds: &Dataset, diags: &mut Diagnostics) {
    let t = ds.table("programmes");
    let (id, parent) = (t.col("id"), t.col("parent"));
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
                        "the parent chain of `{}` loops back on itself",
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
            let sum: i64 = lines
                .rows
                .iter()
                .filter(|r| {
                    r.cells[lp].as_str() == Some(pid) && r.cells[le].as_str() == Some(expense)
                })
                .filter_map(|r| r.cells[la].as_int())
                .sum();
            if sum != total {
                diags.push(
                    &projects.path,
                    p.line,
                    projects.file_columns[projects.col(column)],
                    &rules::RECONCILE,
                    format!(
                        "project `{pid}`: {column} is {total} but its `{expense}` budget lines in {} sum to {sum}",
                        lines.path
                    ),
                );
            }
        }
    }
}

fn check_errata(ds: &Dataset, diags: &mut Diagnostics) {
    let t = ds.table("errata");
    let c = |n| t.col(n);
    for row in &t.rows {
        let (Some(table), Some(record), Some(field)) = (
            row.cells[c("table")].as_str(),
            row.cells[c("record")].as_str(),
            row.cells[c("field")].as_str(),
        ) else {
            continue;
        };
        let Some(ti) = ds.schema.table_index(table) else {
            continue;
        };
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
            continue;
        };
        let Some(fi) = target.spec.column_index(field) else {
            diags.push(
                &t.path,
                row.line,
                t.file_columns[c("field")],
                &rules::DANGLING_REFERENCE,
                format!("field: `{field}` is not a column of {}", target.path),
            );
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
