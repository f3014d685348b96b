//! Stage 3: read the Fluent locales, check them against the dataset, and
//! produce the English for every record text and the interface labels.
//!
//! Layout: `locales/{ja,en}/*.ftl` hold interface labels; `locales/en/data/<table>.ftl`
//! hold the English of the records of `data/<table>.csv`, one message per record and
//! text column, with id `<record id>__<column>`. Each English message carries a
//! fingerprint of the Japanese it translates (`# ja-sha256: <16 hex>`) so that a
//! change in the Japanese marks the translation stale.
//!
//! Each English record text also has a review status (`# status:`, see
//! [`status`]), and `exchange` hands the texts to translators' tools and
//! back (`amed-budget l10n export` / `import`).
//!
//! `read` is the one reader of a Fluent file; `data` checks the record
//! texts, `ui` the interface labels, `termbase` the official names;
//! [`restamp()`] rewrites fingerprints; [`review()`] is what `report` adds
//! (glossary warnings, consistency of the English).

mod consistency;
mod data;
pub mod exchange;
mod read;
mod restamp;
pub mod stamps;
pub mod status;
mod termbase;
mod ui;

pub use consistency::{review, Review};
pub use restamp::restamp;
pub use status::Status;
pub use ui::{plain_labels, LabelVars};

use crate::diag::Diagnostics;
use crate::model::Dataset;
use crate::schema::{self, Kind};
use crate::validate::rules;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The key of the fingerprint line in a message comment (`# ja-sha256: ...`).
pub const STAMP: &str = "ja-sha256:";

/// The fingerprint recorded next to a translation: 16 hex digits of SHA-256.
pub fn fingerprint(japanese: &str) -> String {
    hex::encode(&Sha256::digest(japanese.as_bytes())[..8])
}

/// The message id of a record's text column.
pub fn message_id(record: &str, column: &str) -> String {
    format!("{record}__{column}")
}

/// The English of one table's record texts.
///
/// One flat slot per row and `Text` column (`row * n_text + k`), rather than
/// a vector per row with a slot for every column: at a million rows the
/// per-row vectors alone cost more than 200 MB.
#[derive(Debug, Default)]
pub struct EnglishTable {
    /// For each schema column, its position among the table's `Text` columns.
    slot: Vec<Option<usize>>,
    n_text: usize,
    texts: Vec<Option<Box<str>>>,
    /// The status of every text that is not provisional, by slot (most are
    /// provisional: a map costs nothing for them).
    status: BTreeMap<usize, Status>,
}

impl EnglishTable {
    fn new(spec: &schema::TableSpec, rows: usize) -> Self {
        let mut n_text = 0;
        let slot = spec
            .columns
            .iter()
            .map(|c| {
                (c.kind == Kind::Text).then(|| {
                    n_text += 1;
                    n_text - 1
                })
            })
            .collect();
        EnglishTable {
            slot,
            n_text,
            texts: std::iter::repeat_with(|| None)
                .take(rows * n_text)
                .collect(),
            status: BTreeMap::new(),
        }
    }

    fn index(&self, row: usize, col: usize) -> Option<usize> {
        let k = (*self.slot.get(col)?)?;
        Some(row * self.n_text + k)
    }

    /// The English of a row's text column, if it has one.
    pub fn get(&self, row: usize, col: usize) -> Option<&str> {
        self.texts.get(self.index(row, col)?)?.as_deref()
    }

    fn set(&mut self, row: usize, col: usize, text: Box<str>) {
        if let Some(slot) = self.index(row, col).and_then(|i| self.texts.get_mut(i)) {
            *slot = Some(text);
        }
    }

    /// The review status of a row's text column (provisional unless recorded).
    pub fn status(&self, row: usize, col: usize) -> Status {
        self.index(row, col)
            .and_then(|i| self.status.get(&i).copied())
            .unwrap_or_default()
    }

    fn set_status(&mut self, row: usize, col: usize, status: Status) {
        if let Some(i) = self.index(row, col) {
            if status == Status::Provisional {
                self.status.remove(&i);
            } else {
                self.status.insert(i, status);
            }
        }
    }

    fn clear(&mut self) {
        self.texts.iter_mut().for_each(|t| *t = None);
        self.status.clear();
    }
}

/// What localisation hands on: the English of every record text and the
/// interface labels in both languages.
#[derive(Debug, Default)]
pub struct Translations {
    /// Per table (schema order): English for its `Text` columns.
    pub en: Vec<EnglishTable>,
    pub ui_ja: BTreeMap<String, String>,
    pub ui_en: BTreeMap<String, String>,
    /// Where each interface label is defined: (language, id) -> (file, line).
    pub ui_where: BTreeMap<(&'static str, String), (String, usize)>,
    /// Official-name sources of English record texts (message id -> URLs), per table.
    pub sources: Vec<BTreeMap<String, Vec<String>>>,
    /// The variables the labels were formatted with: Japanese, English.
    pub label_vars: [LabelVars; 2],
}

/// Per-file counts for the translators' report.
#[derive(Debug, Default, Clone)]
pub struct Coverage {
    pub file: String,
    pub expected: usize,
    pub translated: usize,
    pub missing: usize,
    pub stale: usize,
    pub obsolete: usize,
    /// Present but unusable: untranslated, or with placeables the Japanese lacks.
    pub broken: usize,
    /// Whether the file holds record texts (which have review statuses).
    pub records: bool,
    /// The translated messages by review status (record texts only).
    pub reviewed: usize,
    pub provisional: usize,
    pub machine: usize,
}

/// Checks the locales against the dataset and the interface keys the outputs
/// need. Returns the translations and the per-file coverage; problems go to `diags`.
pub fn localise(
    ds: &Dataset,
    locales: &Path,
    ui_keys: &[String],
    diags: &mut Diagnostics,
) -> (Translations, Vec<Coverage>) {
    let mut tr = Translations {
        en: ds
            .tables
            .iter()
            .map(|t| EnglishTable::new(t.spec, t.rows.len()))
            .collect(),
        sources: vec![BTreeMap::new(); ds.tables.len()],
        ..Default::default()
    };
    let mut coverage = Vec::new();
    if !locales.is_dir() {
        let what = if locales.exists() {
            "the locales path is not a directory"
        } else {
            "the locales directory does not exist"
        };
        diags.push(
            locales.display().to_string(),
            0,
            0,
            &rules::MISSING_DIRECTORY,
            what,
        );
        return (tr, coverage);
    }
    // Record texts, one file per table, then the labels (which use some of them).
    data::localise_tables(ds, locales, &mut tr, &mut coverage, diags);
    ui::localise_labels(ds, locales, ui_keys, &mut tr, &mut coverage, diags);
    termbase::check(ds, locales, &tr, diags);
    (tr, coverage)
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn shown_path(root: &Path, p: &Path) -> String {
    let base = root.display().to_string();
    let rel = p.strip_prefix(root).unwrap_or(p).display().to_string();
    format!("{}/{}", base.trim_end_matches('/'), rel)
}
