//! `amed-budget l10n import FILE`: a workbook or XLIFF file of an export,
//! back into `locales/en/data/*.ftl`.
//!
//! Every row (or unit) is checked first; if any has a problem, nothing is
//! written and each problem is reported with the file and its row (or the
//! line of its unit). A row that equals its base (what it was exported
//! from) is left alone, so an unchanged export changes no byte. A changed
//! row rewrites only its own message:
//!
//! - a new English replaces the value, and is stamped with the fingerprint
//!   of the current Japanese (it was made from it: the import checks that
//!   the Japanese did not change since the export);
//! - `reviewed` records `reviewed <date>` and the fingerprint;
//!   `provisional` / `machine` record that status; `stale` / `missing` as
//!   exported decide nothing (a new English without a decision is
//!   provisional);
//! - a changed comment replaces the message's `# comment:` lines.
//!
//! Then `locales/en/fingerprints.csv` gets the Japanese of the new stamps.

use super::ftl_edit::{self, Change};
use super::{collect, hash_of, sheet, terms, xliff, Base, Entry};
use crate::diag::Diagnostics;
use crate::l10n::{fingerprint, shown_path, stamps, status, Status};
use crate::model::Dataset;
use crate::schema;
use crate::validate::rules;
use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::{Path, PathBuf};

/// A place in the imported file: a workbook row and column (1-based), or
/// the line of an XLIFF element (column 0).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Loc {
    pub line: usize,
    pub column: usize,
}

/// One row of a workbook or unit of an XLIFF file, as read.
#[derive(Debug, Clone)]
pub struct Row {
    /// The row (its id cell) or the unit.
    pub at: Loc,
    pub id: String,
    /// The table it says it belongs to (XLIFF `<file original>`, the
    /// workbook's `table` column), if any.
    pub table: Option<String>,
    pub japanese: (String, Loc),
    /// `""` when there is none.
    pub english: (String, Loc),
    /// Inline code elements of an XLIFF target (`ph`, `x`, ...).
    pub inline_codes: Vec<String>,
    /// `reviewed` (optionally with a date), `provisional`, `machine`,
    /// `stale`, `missing`, or what else the cell says.
    pub status: (String, Loc),
    pub comments: (Vec<String>, Loc),
    /// The base token it was exported with.
    pub base: Option<String>,
    /// `row` or `unit`, for messages.
    pub what: &'static str,
}

/// How to import.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The date recorded for reviews.
    pub date: jiff::civil::Date,
    /// Check and report, write nothing.
    pub dry_run: bool,
}

/// What an import changed.
#[derive(Debug, Default)]
pub struct Imported {
    /// Message id and what changed, in file order.
    pub changed: Vec<(String, String)>,
    /// The English files rewritten (or that would be, on a dry run).
    pub files: Vec<PathBuf>,
    /// Rows read.
    pub rows: usize,
}

/// A change to make, once every row is known to be fine.
struct Planned {
    entry: usize,
    change: Change,
    what: String,
}

/// Imports `file` into the locales. `Ok(None)` when a problem was found
/// (in `diags`): then nothing was written.
pub fn import(
    ds: &Dataset,
    locales: &Path,
    file: &Path,
    opts: &ImportOptions,
    diags: &mut Diagnostics,
) -> io::Result<Option<Imported>> {
    let shown = file.display().to_string();
    let bytes = std::fs::read(file)?;
    let rows = if bytes.starts_with(b"PK\x03\x04") {
        sheet::read(file, &shown, diags)
    } else {
        xliff::read(&bytes, &shown, diags)
    };
    let Some(rows) = rows else {
        return Ok(None);
    };
    let entries = collect(ds, locales, diags)?;
    if !diags.is_empty() {
        return Ok(None);
    }
    let index: HashMap<&str, usize> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut planned = Vec::new();
    for row in &rows {
        if let Some(p) = plan(row, &entries, &index, &mut seen, opts, &shown, diags) {
            planned.push(p);
        }
    }
    if !diags.is_empty() {
        return Ok(None);
    }
    let done = write(ds, locales, &entries, planned, opts, rows.len())?;
    Ok(Some(done))
}

/// Checks one row; the change it makes, if any.
fn plan(
    row: &Row,
    entries: &[Entry],
    index: &HashMap<&str, usize>,
    seen: &mut HashMap<String, usize>,
    opts: &ImportOptions,
    shown: &str,
    diags: &mut Diagnostics,
) -> Option<Planned> {
    let what = row.what;
    let id = row.id.as_str();
    let mut problem = |at: Loc, rule, why: String| diags.push(shown, at.line, at.column, rule, why);
    if id.is_empty() {
        problem(
            row.at,
            &rules::IMPORT_UNKNOWN_ID,
            format!("a {what} without an id"),
        );
        return None;
    }
    if let Some(first) = seen.insert(id.to_string(), row.at.line) {
        problem(
            row.at,
            &rules::IMPORT_UNKNOWN_ID,
            format!(
                "{what} `{id}` appears twice (also {} {first})",
                if what == "row" { "in row" } else { "on line" }
            ),
        );
        return None;
    }
    let Some(&ei) = index.get(id) else {
        let table = row
            .table
            .as_deref()
            .map(|t| format!(" of table `{t}`"))
            .unwrap_or_default();
        problem(
            row.at,
            &rules::IMPORT_UNKNOWN_ID,
            format!(
                "{what} `{id}` names no text{table} in data/ (ids are `<record id>__<column>`)"
            ),
        );
        return None;
    };
    let e = &entries[ei];
    if let Some(t) = row.table.as_deref().filter(|t| *t != e.table) {
        problem(
            row.at,
            &rules::IMPORT_UNKNOWN_ID,
            format!(
                "{what} `{id}` is given for table `{t}`, but it is a text of table `{}`",
                e.table
            ),
        );
        return None;
    }
    let base = row.base.as_deref().and_then(Base::parse);
    let exported = base.clone().unwrap_or_else(|| e.base());
    let english = row.english.0.as_str();
    let comments = &row.comments.0;
    let en_changed = hash_of(english) != exported.english;
    let mut words = row.status.0.split_whitespace();
    let status_name = words.next().unwrap_or("");
    let status_date = words.next();
    let status_changed = status_name != exported.status.name() || status_date.is_some();
    let comments_changed = hash_of(&comments.join("\n")) != exported.comments;
    if !(en_changed || status_changed || comments_changed) {
        return None;
    }
    // Already what the locales hold (the same file imported again).
    let now = e.base();
    if hash_of(english) == now.english
        && status_name == now.status.name()
        && status_date.is_none()
        && hash_of(&comments.join("\n")) == now.comments
    {
        return None;
    }
    let mut ok = true;
    let japanese_changed = row.japanese.0 != e.japanese;
    // (A changed Japanese also makes the message stale: that is reported.)
    if let Some(b) = base.as_ref().filter(|b| **b != now && !japanese_changed) {
        ok = false;
        let mut differs = Vec::new();
        if b.english != now.english {
            differs.push("English".to_string());
        }
        if b.status != now.status {
            differs.push(format!(
                "status (exported {}, now {})",
                b.status.name(),
                now.status.name()
            ));
        }
        if b.comments != now.comments {
            differs.push("comments".to_string());
        }
        problem(
            row.at,
            &rules::IMPORT_CONFLICT,
            format!(
                "{what} `{id}`: its {} in {} changed since the export; export again and redo the change",
                differs.join(" and "),
                shown_path_of(&e.file)
            ),
        );
    }
    if japanese_changed {
        ok = false;
        problem(
            row.japanese.1,
            &rules::IMPORT_JAPANESE_CHANGED,
            format!(
                "{what} `{id}`: the Japanese changed since the export; data/{}.csv now has `{}`",
                e.table,
                clip(&e.japanese)
            ),
        );
    }
    let decided = match (status_name, status_date) {
        ("reviewed", date) => match date.map(status::parse_date).transpose() {
            Ok(d) => Some(Status::Reviewed(d.unwrap_or(opts.date))),
            Err(why) => {
                problem(
                    row.status.1,
                    &rules::TRANSLATION_STATUS,
                    format!("{what} `{id}`: {why}"),
                );
                return None;
            }
        },
        ("provisional", None) => Some(Status::Provisional),
        ("machine", None) => Some(Status::Machine),
        ("stale" | "missing", None) => None,
        _ => {
            problem(
                row.status.1,
                &rules::TRANSLATION_STATUS,
                format!(
                    "{what} `{id}`: status `{}` is not reviewed, provisional or machine (stale and missing: leave them as exported)",
                    row.status.0
                ),
            );
            return None;
        }
    };
    let new_status = match decided {
        Some(s) if en_changed || status_changed => Some(s),
        None if en_changed => Some(Status::Provisional),
        _ => None,
    };
    let reviewed = matches!(new_status, Some(Status::Reviewed(_)));
    let final_english = if en_changed {
        english.to_string()
    } else {
        e.english.clone().unwrap_or_default()
    };
    if reviewed && final_english.trim().is_empty() {
        ok = false;
        problem(
            row.english.1,
            &rules::IMPORT_EMPTY_REVIEWED,
            format!("{what} `{id}` is marked reviewed, but its English is empty"),
        );
    } else if en_changed && english.trim().is_empty() {
        ok = false;
        problem(
            row.english.1,
            &rules::MISSING_TRANSLATION,
            format!("{what} `{id}`: the English is empty (an import does not delete English; leave the row as exported)"),
        );
    } else if en_changed {
        ok &= check_english(row, e, english, shown, diags);
    }
    if (en_changed || new_status.is_some()) && !final_english.is_empty() {
        let names = terms::official_names(&e.terms, &e.japanese);
        if !names.is_empty() && !names.contains(&final_english) {
            ok = false;
            let names: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
            diags.push(
                shown,
                row.english.1.line,
                row.english.1.column,
                &rules::IMPORT_OFFICIAL_NAME,
                format!(
                    "{what} `{id}`: `{}` is an official name, translated {} (locales/en/termbase/official.csv), not `{final_english}`",
                    e.japanese,
                    names.join(" or ")
                ),
            );
        }
    }
    if comments_changed {
        for c in comments {
            if let Some((pos, ch)) = crate::text::forbidden(c) {
                ok = false;
                diags.push(
                    shown,
                    row.comments.1.line,
                    row.comments.1.column,
                    &rules::FORBIDDEN_CHARACTER,
                    format!(
                        "{what} `{id}`: the comment contains {} at character {pos}",
                        crate::text::describe(ch)
                    ),
                );
            }
        }
    }
    if !ok {
        return None;
    }
    let stamp = (en_changed || reviewed)
        .then(|| fingerprint(&e.japanese))
        .filter(|fp| e.fingerprint.as_ref() != Some(fp));
    let change = Change {
        english: en_changed.then(|| english.to_string()),
        status: new_status.filter(|s| *s != e.status),
        stamp,
        comments: comments_changed.then(|| comments.clone()),
    };
    if change == Change::default() || (!e.present && change.english.is_none()) {
        return None;
    }
    let mut done = Vec::new();
    if change.english.is_some() {
        done.push(if e.present { "English" } else { "new English" }.to_string());
    }
    if let Some(s) = change.status {
        done.push(format!("status {s}"));
    }
    if change.stamp.is_some() {
        done.push("fingerprint".into());
    }
    if change.comments.is_some() {
        done.push("comment".into());
    }
    Some(Planned {
        entry: ei,
        change,
        what: done.join(", "),
    })
}

/// The checks a new English passes (those `check` would make of it).
fn check_english(
    row: &Row,
    e: &Entry,
    english: &str,
    shown: &str,
    diags: &mut Diagnostics,
) -> bool {
    let (what, id, at) = (row.what, &row.id, row.english.1);
    let mut problem = |rule, why: String| {
        diags.push(
            shown,
            at.line,
            at.column,
            rule,
            format!("{what} `{id}`: {why}"),
        );
        false
    };
    if !row.inline_codes.is_empty() {
        let codes: Vec<String> = row.inline_codes.iter().map(|c| format!("<{c}>")).collect();
        return problem(
            &rules::PLACEABLE_MISMATCH,
            format!(
                "the target has inline code {} that the Japanese does not have",
                codes.join(", ")
            ),
        );
    }
    if let Some(c) = english.chars().find(|c| matches!(c, '{' | '}')) {
        return problem(
            &rules::PLACEABLE_MISMATCH,
            format!("the English has `{c}`, a Fluent placeable that the Japanese does not have; write the text without braces"),
        );
    }
    if let Some((pos, c)) = crate::text::forbidden(english) {
        return problem(
            &rules::FORBIDDEN_CHARACTER,
            format!(
                "the English contains {} at character {pos}",
                crate::text::describe(c)
            ),
        );
    }
    if english.contains(['\n', '\r']) {
        return problem(
            &rules::LINE_BREAK,
            "the English has a line break; write one line".into(),
        );
    }
    if english.trim() != english {
        return problem(
            &rules::WHITESPACE,
            "the English starts or ends with a space".into(),
        );
    }
    if schema::has_japanese(english) || english == e.japanese {
        return problem(
            &rules::UNTRANSLATED,
            "the English still contains Japanese script or repeats the Japanese".into(),
        );
    }
    let n = english.chars().count();
    if n > 32_767 {
        return problem(
            &rules::CELL_TOO_LONG,
            format!("the English has {n} characters; a workbook cell holds 32,767"),
        );
    }
    true
}

/// An English file as the diagnostics of the locales show it.
fn shown_path_of(file: &Path) -> String {
    let locales = file
        .parent()
        .and_then(Path::parent)
        .and_then(Path::parent)
        .unwrap_or(Path::new(""));
    shown_path(locales, file)
}

/// A long text shortened for a one-line message.
fn clip(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

/// Makes the planned changes, file by file, atomically each; then records
/// the Japanese of the new fingerprints.
fn write(
    ds: &Dataset,
    locales: &Path,
    entries: &[Entry],
    planned: Vec<Planned>,
    opts: &ImportOptions,
    rows: usize,
) -> io::Result<Imported> {
    let mut by_file: BTreeMap<PathBuf, Vec<Planned>> = BTreeMap::new();
    for p in planned {
        by_file
            .entry(entries[p.entry].file.clone())
            .or_default()
            .push(p);
    }
    let mut done = Imported {
        rows,
        ..Default::default()
    };
    let mut writes: Vec<(PathBuf, String)> = Vec::new();
    for (path, plans) in by_file {
        let source = if path.exists() {
            std::fs::read_to_string(&path)?
        } else {
            String::new()
        };
        let mut changes = BTreeMap::new();
        let mut added = Vec::new();
        let mut expect: Vec<(&str, String)> = Vec::new();
        for p in &plans {
            let e = &entries[p.entry];
            let english = p
                .change
                .english
                .clone()
                .or_else(|| e.english.clone())
                .unwrap_or_default();
            expect.push((e.id.as_str(), english));
            if e.present {
                changes.insert(e.id.clone(), p.change.clone());
            } else {
                added.push((e.id.clone(), e.after.clone(), p.change.clone()));
            }
        }
        let text = ftl_edit::apply(&source, &changes, &added);
        // The rewrite must read back as intended: every changed message
        // with its English, no message lost.
        let shown = shown_path(locales, &path);
        let values = ftl_edit::values(&text)
            .map_err(|e| io::Error::other(format!("{shown}: the rewrite does not parse: {e}")))?;
        let before = ftl_edit::values(&source).map(|v| v.len()).unwrap_or(0);
        for (id, english) in &expect {
            if values.get(*id).and_then(|v| v.as_deref()) != Some(english.as_str()) {
                return Err(io::Error::other(format!(
                    "{shown}: rewriting message `{id}` would not give its English back; nothing was written"
                )));
            }
        }
        if values.len() != before + added.len() {
            return Err(io::Error::other(format!(
                "{shown}: the rewrite would change other messages; nothing was written"
            )));
        }
        for p in &plans {
            done.changed
                .push((entries[p.entry].id.clone(), p.what.clone()));
        }
        if text != source {
            done.files.push(path.clone());
            writes.push((path, text));
        }
    }
    if !opts.dry_run {
        for (path, text) in &writes {
            crate::files::replace_file(path, text.as_bytes())?;
        }
        if !writes.is_empty() {
            stamps::refresh(ds, locales)?;
        }
    }
    Ok(done)
}
