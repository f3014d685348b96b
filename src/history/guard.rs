//! The rules the build checks against the release history, so that an
//! identifier names the same record in every release:
//!
//! - `id-removed`: every identifier of the release before this one is still
//!   in the data, or retired in the registry (`data/retired_ids.csv`);
//! - `retired-id-reused`: a retired identifier never names a record again;
//! - `retired-id`: a retirement names an identifier that was published, the
//!   first release without it, and successors that exist;
//! - `probable-rename`: a record that changed beyond recognition under its
//!   identifier, or content that reappears under a new identifier while its
//!   old one is gone, without a retirement that says so;
//! - `release-version`: `release_version` is the latest release's version
//!   bumped by the class of the changes since then, and a recorded release
//!   does not change.
//!
//! The build checks these only when the data and translations are otherwise
//! clean: the comparison needs every record and its English.

use super::diff::Diff;
use super::record::{Release, RowRec, TableRec, DOCUMENT};
use super::{Class, History, Version, REGISTRY};
use crate::diag::Diagnostics;
use crate::validate::rules;
use std::collections::HashMap;

/// Below this similarity of its identifying texts, a record kept under its
/// identifier has changed beyond recognition.
pub const BEYOND_RECOGNITION: f64 = 0.3;

/// From this similarity, a record under a new identifier is probably a
/// record of the previous release whose identifier is gone.
pub const LOOKS_THE_SAME: f64 = 0.7;

/// Checks the current release against the history (see the module documentation).
pub fn check(history: &History, current: &Release, diags: &mut Diagnostics) {
    let doc = current.table(DOCUMENT);
    let at = |column: &str| -> (String, usize, usize) {
        match doc {
            Some(t) => (
                t.file.clone(),
                t.rows.first().map_or(0, |r| r.line),
                t.file_column(column),
            ),
            None => (DOCUMENT.to_string(), 0, 0),
        }
    };
    let (file, line, col) = at("release_version");
    let Some(v) = current.parsed_version() else {
        diags.push(
            file,
            line,
            col,
            &rules::RELEASE_VERSION,
            format!(
                "`{}` is not a version MAJOR.MINOR.PATCH (for example 1.0.0)",
                current.version
            ),
        );
        return;
    };
    // The changes since the latest release (unless the data claims an older version).
    let since = history
        .latest()
        .and_then(|l| Some((l, l.parsed_version()?)))
        .filter(|(_, lv)| v >= *lv)
        .map(|(l, _)| Diff::between(l, current));
    // The version a retirement in this release must name: the one the
    // changes call for (a wrong release_version is reported once, below).
    let this = match (&since, history.latest().and_then(Release::parsed_version)) {
        (Some(d), Some(lv)) if d.class != Class::None => lv.bump(d.class),
        _ => v,
    };
    check_registry(history, current, this, diags);
    if let Some(base) = history.base(v) {
        check_ids(base, current, diags);
    }
    let Some(latest) = history.latest() else {
        return; // a first release
    };
    let Some(lv) = latest.parsed_version() else {
        return; // reported by the history's reader
    };
    let push = |diags: &mut Diagnostics, m: String| {
        diags.push(&file, line, col, &rules::RELEASE_VERSION, m);
    };
    if v < lv {
        push(
            diags,
            format!(
            "{v} is older than the latest release, {lv} ({}): a new release takes a later version",
            latest.origin
        ),
        );
        return;
    }
    let Some(d) = since else {
        return;
    };
    if v == lv {
        if !d.rows.is_empty() {
            let expected = lv.bump(d.class);
            push(
                diags,
                format!(
                "release {lv} is published ({}) and the data differs from it ({}); a published \
                 release never changes: set release_version to {expected}",
                latest.origin,
                d.reasons()
            ),
            );
        } else if latest.date != current.date {
            let (file, line, col) = at("release_date");
            diags.push(
                file,
                line,
                col,
                &rules::RELEASE_VERSION,
                format!(
                    "release {lv} was published on {} ({}); a new date needs a new version",
                    latest.date, latest.origin
                ),
            );
        }
        return;
    }
    if d.class == Class::None {
        push(
            diags,
            format!(
                "nothing changed since release {lv} ({}): keep release_version {lv}",
                latest.origin
            ),
        );
        return;
    }
    let expected = lv.bump(d.class);
    if v != expected {
        push(
            diags,
            format!(
            "the changes since release {lv} are {}; release_version must be {expected}, not {v}",
            d.reasons()
        ),
        );
    }
}

/// Identifiers of the previous release that are gone, and probable renames.
fn check_ids(base: &Release, current: &Release, diags: &mut Diagnostics) {
    let registry: HashMap<&str, (&str, Vec<&str>)> = current
        .table(REGISTRY)
        .map(|t| {
            t.rows
                .iter()
                .map(|r| {
                    let table = t.plain(r, "table").unwrap_or_default();
                    let succ = t
                        .plain(r, "successors")
                        .unwrap_or_default()
                        .split_whitespace()
                        .collect();
                    (r.key.as_str(), (table, succ))
                })
                .collect()
        })
        .unwrap_or_default();
    let retired = |table: &str, id: &str| registry.get(id).is_some_and(|(t, _)| *t == table);
    let declared = |table: &str, old: &str, new: &str| {
        registry
            .get(old)
            .is_some_and(|(t, s)| *t == table && s.contains(&new))
    };
    for old in base
        .tables
        .iter()
        .filter(|t| t.has_id() && t.name != DOCUMENT)
    {
        let Some(cur) = current.table(&old.name) else {
            continue; // a removed table: a schema change
        };
        for r in old.rows.iter().filter(|r| cur.find(&r.key).is_none()) {
            if old.name == REGISTRY {
                diags.push(
                    &old.file,
                    r.line,
                    1,
                    &rules::ID_REMOVED,
                    format!(
                        "the retirement of `{}` was published in release {} and is not in {}: \
                         the registry only grows; restore the row",
                        r.key, base.version, cur.file
                    ),
                );
            } else if !retired(&old.name, &r.key) {
                diags.push(
                    &old.file,
                    r.line,
                    1,
                    &rules::ID_REMOVED,
                    format!(
                        "`{}` was published in release {} and is not in {}: restore the record, \
                         or retire the identifier in data/{REGISTRY}.csv (with its successors, if any)",
                        r.key, base.version, cur.file
                    ),
                );
            }
        }
        probable_renames(base, old, cur, &retired, &declared, diags);
    }
}

/// How much two records' identifying texts look alike (`None`: not comparable).
fn likeness(old: &TableRec, a: &RowRec, b: &RowRec) -> Option<f64> {
    match (&a.sketch, &b.sketch) {
        (Some(x), Some(y)) => Some(x.similarity(y)),
        _ if !old.has_identifying() => Some(if old.same_content(a, b) { 1.0 } else { 0.0 }),
        _ => None,
    }
}

fn probable_renames(
    base: &Release,
    old: &TableRec,
    cur: &TableRec,
    retired: &dyn Fn(&str, &str) -> bool,
    declared: &dyn Fn(&str, &str, &str) -> bool,
    diags: &mut Diagnostics,
) {
    let identifying: Vec<&str> = cur
        .columns
        .iter()
        .filter(|c| c.identifying)
        .map(|c| c.name.as_str())
        .collect();
    // Records of the previous release whose content is no longer under their identifier.
    let mut lost: Vec<&RowRec> = old
        .rows
        .iter()
        .filter(|r| cur.find(&r.key).is_none())
        .collect();
    for r in &cur.rows {
        // A retired identifier back in the data is `retired-id-reused`.
        let Some(o) = old.find(&r.key).filter(|_| !retired(&cur.name, &r.key)) else {
            continue;
        };
        let Some(sim) = likeness(old, o, r).filter(|_| old.has_identifying()) else {
            continue;
        };
        if sim >= BEYOND_RECOGNITION {
            continue;
        }
        lost.push(o);
        let mut m = format!(
            "`{}` has changed beyond recognition since release {} (similarity {sim:.2} of its {}): \
             if it is another record now, give it a new identifier and retire `{}`",
            r.key,
            base.version,
            identifying.join(", "),
            r.key
        );
        if let Some((other, s)) = best_match(old, r, old.rows.iter().filter(|x| x.key != r.key)) {
            m.push_str(&format!(
                "; it now reads like `{}` of release {} (similarity {s:.2})",
                other.key, base.version
            ));
        }
        diags.push(&cur.file, r.line, 1, &rules::PROBABLE_RENAME, m);
    }
    for r in cur.rows.iter().filter(|r| old.find(&r.key).is_none()) {
        let Some((o, sim)) = best_match(old, r, lost.iter().copied()) else {
            continue;
        };
        if declared(&cur.name, &o.key, &r.key) {
            continue;
        }
        diags.push(
            &cur.file,
            r.line,
            1,
            &rules::PROBABLE_RENAME,
            format!(
                "`{}` looks like `{}` of release {} (similarity {sim:.2}), whose content is no \
                 longer under that identifier: if it is the same record, keep the identifier \
                 `{}`; if it replaces it, retire `{}` with the successor `{}` in data/{REGISTRY}.csv",
                r.key, o.key, base.version, o.key, o.key, r.key
            ),
        );
    }
}

/// The record among `candidates` that `r` looks most like, if it looks the same.
fn best_match<'a>(
    old: &TableRec,
    r: &RowRec,
    candidates: impl Iterator<Item = &'a RowRec>,
) -> Option<(&'a RowRec, f64)> {
    let mut best: Option<(&RowRec, f64)> = None;
    for c in candidates {
        let Some(s) = likeness(old, c, r) else {
            continue;
        };
        if s >= LOOKS_THE_SAME && best.is_none_or(|(_, b)| s > b) {
            best = Some((c, s));
        }
    }
    best
}

/// Each retirement: a published identifier, the right release, real successors.
/// `v` is the version of the release being prepared (the one its changes call
/// for): the release a retirement names when no later release is recorded.
fn check_registry(history: &History, current: &Release, v: Version, diags: &mut Diagnostics) {
    let Some(reg) = current.table(REGISTRY) else {
        return;
    };
    let retired_in: HashMap<(&str, &str), ()> = reg
        .rows
        .iter()
        .map(|r| {
            (
                (reg.plain(r, "table").unwrap_or_default(), r.key.as_str()),
                (),
            )
        })
        .collect();
    for r in &reg.rows {
        let id = r.key.as_str();
        let table = reg.plain(r, "table").unwrap_or_default();
        let release = reg.plain(r, "release").unwrap_or_default();
        let push = |diags: &mut Diagnostics, rule, column: &str, m: String| {
            diags.push(&reg.file, r.line, reg.file_column(column), rule, m);
        };
        let Some(t) = current
            .table(table)
            .filter(|t| t.has_id() && t.name != DOCUMENT && t.name != REGISTRY)
        else {
            push(
                diags,
                &rules::RETIRED_ID,
                "table",
                format!("`{table}` is not a table whose records are named by an `id`"),
            );
            continue;
        };
        let published: Vec<Version> = history
            .releases
            .iter()
            .filter(|h| h.table(table).is_some_and(|ht| ht.find(id).is_some()))
            .filter_map(Release::parsed_version)
            .collect();
        let Some(&last) = published.iter().max() else {
            push(
                diags,
                &rules::RETIRED_ID,
                "id",
                if history.releases.is_empty() {
                    format!(
                        "`{id}` cannot be retired: no release is recorded in {}/ yet",
                        history.dir
                    )
                } else {
                    format!(
                        "`{id}` was never published in `{table}` (no release in {}/ has it): \
                         only a published identifier is retired",
                        history.dir
                    )
                },
            );
            continue;
        };
        if let Some(row) = t.find(id) {
            diags.push(
                &t.file,
                row.line,
                1,
                &rules::RETIRED_ID_REUSED,
                format!(
                    "`{id}` is retired ({}:{}); a retired identifier never names a record \
                     again: give this record a new identifier",
                    reg.file, r.line
                ),
            );
        }
        let first_without = history
            .releases
            .iter()
            .filter_map(Release::parsed_version)
            .find(|h| *h > last)
            .unwrap_or(v);
        if Version::parse(release) != Some(first_without) {
            push(
                diags,
                &rules::RETIRED_ID,
                "release",
                format!(
                    "`{id}` was last published in release {last}, so it was retired in \
                     {first_without}, not `{release}`"
                ),
            );
        }
        for s in reg
            .plain(r, "successors")
            .unwrap_or_default()
            .split_whitespace()
        {
            let exists = t.find(s).is_some() || retired_in.contains_key(&(table, s));
            if s == id || !exists {
                push(
                    diags,
                    &rules::RETIRED_ID,
                    "successors",
                    format!(
                        "successor `{s}` of `{id}` is not a record of `{table}` (nor a retired one)"
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules_of(base: &Release, current: &Release) -> Vec<String> {
        let mut d = Diagnostics::new();
        check_ids(base, current, &mut d);
        d.into_sorted()
            .iter()
            .map(|x| format!("{}:{}: {}", x.file, x.line, x.rule.name))
            .collect()
    }

    #[test]
    fn renames_are_declared_and_edits_are_not_renames() {
        let base = Release::sample(
            &[
                ("p1", "革新的がん医療実用化研究事業"),
                ("p2", "難治性疾患実用化研究事業"),
            ],
            &[],
        );
        // A typo fixed: the same record.
        let edited = Release::sample(
            &[
                ("p1", "革新的がん医療実用化研究事業費"),
                ("p2", "難治性疾患実用化研究事業"),
            ],
            &[],
        );
        assert!(rules_of(&base, &edited).is_empty());
        // Another record under an old identifier.
        let reused = Release::sample(
            &[
                ("p1", "医療分野国際科学技術共同研究開発推進事業"),
                ("p2", "難治性疾患実用化研究事業"),
            ],
            &[],
        );
        assert_eq!(rules_of(&base, &reused), ["points.csv:2: probable-rename"]);
        // A new identifier for the same content: undeclared, then declared.
        let moved = [
            ("p3", "革新的がん医療実用化研究事業"),
            ("p2", "難治性疾患実用化研究事業"),
        ];
        assert_eq!(
            rules_of(&base, &Release::sample(&moved, &[("p1", "")])),
            ["points.csv:2: probable-rename"]
        );
        assert!(rules_of(&base, &Release::sample(&moved, &[("p1", "p3")])).is_empty());
        assert_eq!(
            rules_of(&base, &Release::sample(&moved, &[])),
            ["points.csv:2: id-removed", "points.csv:2: probable-rename"]
        );
    }
}
