//! Translators work in their own tools: `amed-budget l10n export` writes the
//! English record texts as an Excel workbook ([`sheet`]) and as XLIFF 1.2
//! ([`xliff`]); `amed-budget l10n import FILE` reads either back into the
//! Fluent files ([`import`]).
//!
//! Every text of `data/` is one [`Entry`]: its id, Japanese, English,
//! fingerprint, review status, translator comments and context. An export
//! carries, per row or unit, a *base* token ([`Base`]): hashes of the
//! English and comments and the status it was exported with. The import
//! acts only on rows that differ from their base, and refuses them when the
//! locales no longer hold that base (someone changed the message since) or
//! the Japanese changed since. So an unchanged export changes nothing, and
//! an old export never undoes a newer change.

mod diff;
mod ftl_edit;
mod import;
mod sheet;
mod terms;
mod xliff;

pub use import::{import, ImportOptions, Imported};

use super::read::{self, Options};
use super::{fingerprint, message_id, shown_path, stamps, Status};
use crate::diag::Diagnostics;
use crate::model::Dataset;
use crate::validate::rules;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

/// Where a text stands, and what an export shows in its status cell: the
/// recorded status of a current message, or `missing` / `stale`, which are
/// computed (no English; or a fingerprint of other Japanese).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Effective {
    Missing,
    Stale,
    Machine,
    Provisional,
    Reviewed,
}

impl Effective {
    pub const ALL: [Effective; 5] = [
        Effective::Missing,
        Effective::Stale,
        Effective::Machine,
        Effective::Provisional,
        Effective::Reviewed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Effective::Missing => "missing",
            Effective::Stale => "stale",
            Effective::Machine => "machine",
            Effective::Provisional => "provisional",
            Effective::Reviewed => "reviewed",
        }
    }

    pub fn parse(s: &str) -> Option<Effective> {
        Effective::ALL.into_iter().find(|e| e.name() == s)
    }

    fn of(status: Status) -> Effective {
        match status {
            Status::Reviewed(_) => Effective::Reviewed,
            Status::Provisional => Effective::Provisional,
            Status::Machine => Effective::Machine,
        }
    }
}

/// One text of `data/` and its English, as the locales hold it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub table: &'static str,
    pub record: String,
    pub column: &'static str,
    /// The message id, `<record id>__<column>`.
    pub id: String,
    pub japanese: String,
    /// The English, `None` when the message is absent or has no value.
    pub english: Option<String>,
    /// Whether the file has the message (with or without a value).
    pub present: bool,
    pub fingerprint: Option<String>,
    pub status: Status,
    /// Translator comments (`# comment:` lines).
    pub comments: Vec<String>,
    /// The other lines of the message comment (`source:`, `searched:`, ...).
    pub notes: Vec<String>,
    /// The Japanese the fingerprint was taken of, when stale and recorded.
    pub previous: Option<String>,
    /// Termbase rows whose Japanese occurs in this text.
    pub terms: Vec<terms::Hit>,
    /// The message before this one in table order that the file holds
    /// (where a new message goes).
    pub after: Option<String>,
    /// The English file of the table, and where it is shown in diagnostics.
    pub file: PathBuf,
}

impl Entry {
    pub fn effective(&self) -> Effective {
        if self.english.is_none() {
            Effective::Missing
        } else if self.fingerprint.as_deref() != Some(&fingerprint(&self.japanese)) {
            Effective::Stale
        } else {
            Effective::of(self.status)
        }
    }

    /// The base an export records for this entry.
    pub(crate) fn base(&self) -> Base {
        Base {
            english: hash_of(self.english.as_deref().unwrap_or("")),
            status: self.effective(),
            comments: hash_of(&self.comments.join("\n")),
        }
    }
}

/// What a row or unit was exported from: hashes of the English and the
/// comments (`-` for none) and the status shown. Written as
/// `v1 en=<hash> status=<status> comment=<hash>` (the workbook's hidden
/// `base` column, the XLIFF unit's `extradata`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Base {
    pub english: String,
    pub status: Effective,
    pub comments: String,
}

impl Base {
    pub fn token(&self) -> String {
        format!(
            "v1 en={} status={} comment={}",
            self.english,
            self.status.name(),
            self.comments
        )
    }

    pub fn parse(token: &str) -> Option<Base> {
        let mut words = token.split_whitespace();
        if words.next() != Some("v1") {
            return None;
        }
        let (mut english, mut status, mut comments) = (None, None, None);
        for w in words {
            let (k, v) = w.split_once('=')?;
            match k {
                "en" => english = Some(v.to_string()),
                "status" => status = Effective::parse(v),
                "comment" => comments = Some(v.to_string()),
                _ => return None,
            }
        }
        Some(Base {
            english: english?,
            status: status?,
            comments: comments?,
        })
    }
}

/// The hash a base records of a text: its fingerprint, `-` when empty.
pub(crate) fn hash_of(text: &str) -> String {
    if text.is_empty() {
        "-".into()
    } else {
        fingerprint(text)
    }
}

/// Every text of `data/` with its English, in schema, row and column
/// order. Problems of the English files that stop an exchange (syntax,
/// encoding, duplicate ids, a bad status line) go to `diags`.
pub fn collect(ds: &Dataset, locales: &Path, diags: &mut Diagnostics) -> io::Result<Vec<Entry>> {
    if !locales.is_dir() {
        diags.push(
            locales.display().to_string(),
            0,
            0,
            &rules::MISSING_DIRECTORY,
            "the locales directory does not exist",
        );
        return Ok(Vec::new());
    }
    let store = stamps::read(locales)?;
    let termbase = terms::Termbase::read(locales)?;
    let opts = Options {
        lang: "en",
        vars: None,
    };
    let mut out = Vec::new();
    for t in &ds.tables {
        let cols = t.spec.text_columns();
        if cols.is_empty() {
            continue;
        }
        let file = locales
            .join("en")
            .join("data")
            .join(format!("{}.ftl", t.spec.name));
        let shown = shown_path(locales, &file);
        // id -> (English, fingerprint, status, comment lines)
        let mut found: HashMap<String, Found> = HashMap::new();
        if file.exists() {
            let Some(messages) = read::messages(&file, &shown, &opts, diags) else {
                continue;
            };
            let source = std::fs::read_to_string(&file)?;
            let comments = ftl_edit::comments(&source);
            let mut first: HashMap<String, usize> = HashMap::new();
            for m in messages {
                if let Some(&line) = first.get(&m.id) {
                    m.report_duplicate(line, &shown, diags);
                    continue;
                }
                first.insert(m.id.clone(), m.line);
                let status = match m.status.as_deref().map(Status::parse) {
                    None => Status::Provisional,
                    Some(Ok(s)) => s,
                    Some(Err(why)) => {
                        diags.push(
                            &shown,
                            m.line,
                            1,
                            &rules::TRANSLATION_STATUS,
                            format!("message `{}`: {why}", m.id),
                        );
                        Status::Provisional
                    }
                };
                let lines = comments.get(&m.id).cloned().unwrap_or_default();
                found.insert(
                    m.id.clone(),
                    Found {
                        english: m.text.filter(|t| !t.trim().is_empty()),
                        fingerprint: m.fingerprint,
                        status,
                        lines,
                    },
                );
            }
        }
        let mut after: Option<String> = None;
        for row in &t.rows {
            for &c in &cols {
                let Some(japanese) = row.cells[c].as_str() else {
                    continue;
                };
                let record = t.key_of(row);
                let column = t.spec.columns[c].name;
                let id = message_id(&record, column);
                let f = found.remove(&id);
                let present = f.is_some();
                let f = f.unwrap_or_default();
                let (comments, notes) = split_comment(&f.lines);
                let mut e = Entry {
                    table: t.spec.name,
                    record,
                    column,
                    id: id.clone(),
                    japanese: japanese.to_string(),
                    english: f.english,
                    present,
                    fingerprint: f.fingerprint,
                    status: f.status,
                    comments,
                    notes,
                    previous: None,
                    terms: termbase.hits(&id, japanese),
                    after: after.clone(),
                    file: file.clone(),
                };
                if e.effective() == Effective::Stale {
                    e.previous = e.fingerprint.as_ref().and_then(|fp| store.get(fp).cloned());
                }
                if present {
                    after = Some(id);
                }
                out.push(e);
            }
        }
    }
    Ok(out)
}

#[derive(Default)]
struct Found {
    english: Option<String>,
    fingerprint: Option<String>,
    status: Status,
    lines: Vec<String>,
}

/// A message comment's lines (without `#`) -> translator comments and the
/// other notes; the fingerprint and status lines are neither.
fn split_comment(lines: &[String]) -> (Vec<String>, Vec<String>) {
    let mut comments = Vec::new();
    let mut notes = Vec::new();
    for l in lines {
        let l = l.trim();
        if let Some(c) = l.strip_prefix(ftl_edit::COMMENT) {
            comments.push(c.trim().to_string());
        } else if !(l.starts_with(super::STAMP) || l.starts_with(super::status::KEY)) {
            notes.push(l.to_string());
        }
    }
    (comments, notes)
}

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// The statuses to export (all when empty).
    pub statuses: Vec<Effective>,
    /// The tables to export (all when empty).
    pub tables: Vec<String>,
    pub out: PathBuf,
    pub xlsx: bool,
    pub xliff: bool,
}

/// What an export wrote.
#[derive(Debug, Default)]
pub struct Exported {
    pub files: Vec<PathBuf>,
    /// Texts exported, per effective status.
    pub counts: Vec<(Effective, usize)>,
}

/// Writes the workbook and the XLIFF file of the selected texts into
/// `opts.out`. `entries` come from [`collect`].
pub fn export(ds: &Dataset, entries: &[Entry], opts: &ExportOptions) -> io::Result<Exported> {
    for t in &opts.tables {
        let known = ds
            .schema
            .table_index(t)
            .is_some_and(|i| ds.tables[i].spec.has_text());
        if !known {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("`{t}` is not a table with texts"),
            ));
        }
    }
    let chosen: Vec<&Entry> = entries
        .iter()
        .filter(|e| opts.tables.is_empty() || opts.tables.iter().any(|t| t == e.table))
        .filter(|e| opts.statuses.is_empty() || opts.statuses.contains(&e.effective()))
        .collect();
    std::fs::create_dir_all(&opts.out)?;
    let stem = ds.doc_str("id");
    let mut done = Exported::default();
    if opts.xlsx {
        let path = opts.out.join(format!("{stem}.translations.xlsx"));
        let bytes = sheet::write(ds, &chosen).map_err(io::Error::other)?;
        crate::files::replace_file(&path, &bytes)?;
        done.files.push(path);
    }
    if opts.xliff {
        let path = opts.out.join(format!("{stem}.translations.xlf"));
        crate::files::replace_file(&path, xliff::write(ds, &chosen).as_bytes())?;
        done.files.push(path);
    }
    for s in Effective::ALL {
        let n = chosen.iter().filter(|e| e.effective() == s).count();
        done.counts.push((s, n));
    }
    Ok(done)
}

/// The release date, for workbook properties (deterministic exports).
fn export_date(ds: &Dataset) -> String {
    crate::pipeline::release_date(ds)
}

/// One line of context for a translator: table, record and column.
fn context(e: &Entry) -> String {
    format!(
        "Table `{}`, record `{}`, column `{}`.",
        e.table, e.record, e.column
    )
}

/// What the status of an entry means, for the notes of an export.
fn status_note(e: &Entry) -> String {
    match e.effective() {
        Effective::Missing => "Status: missing (no English yet).".into(),
        Effective::Stale => {
            let was = match e.status {
                Status::Provisional => "provisional".to_string(),
                s => s.to_string(),
            };
            format!("Status: stale. The Japanese changed since this English was made (it was {was}): review it.")
        }
        _ => format!("Status: {}.", e.status),
    }
}

/// The change from the previous Japanese to the current one, written
/// `[-removed-]{+inserted+}`.
fn change_note(e: &Entry) -> Option<String> {
    match (&e.previous, e.effective()) {
        (Some(old), Effective::Stale) => Some(diff::marked(old, &e.japanese)),
        _ => None,
    }
}
