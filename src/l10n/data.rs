//! The English of the records: `locales/en/data/<table>.ftl` checked against
//! the dataset. A message `<record id>__<column>` must translate a record
//! text that exists (else obsolete), once (duplicate), without placeables
//! (the Japanese has none), with a value (missing) in English (untranslated),
//! and carry the fingerprint of the current Japanese (stale). Every record
//! text needs its message (missing).

use super::read::{self, Message, Options, Sink};
use super::{
    fingerprint, ftl_files, message_id, shown_path, Coverage, EnglishTable, Status, Translations,
    STAMP,
};
use crate::diag::Diagnostics;
use crate::model::{Dataset, Table, Value};
use crate::schema;
use crate::validate::rules;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Checks the English file of every table with text columns, moving the
/// English into `tr`, with one coverage line per file.
pub(super) fn localise_tables(
    ds: &Dataset,
    locales: &Path,
    tr: &mut Translations,
    coverage: &mut Vec<Coverage>,
    diags: &mut Diagnostics,
) {
    let data_dir = locales.join("en").join("data");
    let mut present: HashMap<String, std::path::PathBuf> = HashMap::new();
    for p in ftl_files(&data_dir) {
        let stem = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        if ds
            .schema
            .table_index(&stem)
            .is_none_or(|i| !ds.tables[i].spec.has_text())
        {
            diags.push(
                shown_path(locales, &p),
                0,
                0,
                &rules::OBSOLETE,
                format!("`{stem}` is not a table with text columns"),
            );
            continue;
        }
        present.insert(stem, p);
    }
    let opts = Options {
        lang: "en",
        vars: None,
    };
    for (ti, table) in ds.tables.iter().enumerate() {
        if !table.spec.has_text() {
            continue;
        }
        let path = data_dir.join(format!("{}.ftl", table.spec.name));
        let shown = shown_path(locales, &path);
        let mut cov = Coverage {
            file: shown.clone(),
            expected: text_count(table),
            records: true,
            ..Default::default()
        };
        if !present.contains_key(table.spec.name) {
            diags.push(
                &shown,
                0,
                0,
                &rules::MISSING_TRANSLATION,
                format!("no English file for table `{}`", table.spec.name),
            );
            cov.missing = cov.expected;
            coverage.push(cov);
            continue;
        }
        let mut check = TableCheck {
            texts: Texts::new(table),
            shown: &shown,
            first: vec![0; table.rows.len() * table.spec.text_columns().len()],
            obsolete: HashMap::new(),
            en: &mut tr.en[ti],
            sources: &mut tr.sources[ti],
            cov,
        };
        if read::read(&path, &shown, &opts, &mut check, diags) {
            check.report_missing(diags);
        } else {
            // Unreadable, and reported: its texts count as missing, unlisted.
            check.cov.missing = check.cov.expected;
        }
        coverage.push(check.cov);
    }
}

/// How many texts a table has (the messages its English file must hold).
fn text_count(t: &Table) -> usize {
    let cols = t.spec.text_columns();
    t.rows
        .iter()
        .map(|r| cols.iter().filter(|&&c| r.cells[c] != Value::Null).count())
        .sum()
}

/// The record texts of one table, found by message id.
pub(super) struct Texts<'a> {
    table: &'a Table,
    text_cols: Vec<usize>,
    /// The row the next message most likely translates: files follow the
    /// table's order, and then need no search.
    next_row: usize,
}

/// A record text: its cell, its slot among the table's texts, its Japanese.
pub(super) struct Text<'a> {
    pub row: usize,
    pub col: usize,
    pub slot: usize,
    pub japanese: &'a str,
}

impl<'a> Texts<'a> {
    pub(super) fn new(table: &'a Table) -> Self {
        Texts {
            table,
            text_cols: table.spec.text_columns(),
            next_row: 0,
        }
    }

    /// The text a message id stands for, if it is one.
    pub(super) fn find(&mut self, id: &str) -> Option<Text<'a>> {
        let t = self.table;
        // `<record id>__<column>`: identifiers have no `_`, so the first `__` splits.
        let (record, column) = id.split_once("__")?;
        let row = t.position_from(record, self.next_row)?;
        let col = t.spec.column_index(column)?;
        let k = self.text_cols.iter().position(|&c| c == col)?;
        let japanese = t.rows[row].cells[col].as_str()?;
        self.next_row = row + usize::from(self.text_cols.len() == 1);
        Some(Text {
            row,
            col,
            slot: row * self.text_cols.len() + k,
            japanese,
        })
    }
}

/// The checks of one table's English file, taking its messages in file
/// order (on the reader's consumer thread for a large file).
struct TableCheck<'a> {
    texts: Texts<'a>,
    shown: &'a str,
    /// Per text slot: 1 + the line of its message, 0 before one is seen.
    first: Vec<u32>,
    /// Messages that match no record text: id -> line.
    obsolete: HashMap<String, usize>,
    en: &'a mut EnglishTable,
    sources: &'a mut BTreeMap<String, Vec<String>>,
    cov: Coverage,
}

impl Sink for TableCheck<'_> {
    fn message(&mut self, m: Message, diags: &mut Diagnostics) {
        let shown = self.shown;
        let text = self.texts.find(&m.id);
        // The first line the id was defined on, if it was.
        let first = match &text {
            Some(text) => {
                let seen = &mut self.first[text.slot];
                let first = (*seen > 0).then(|| *seen as usize - 1);
                if first.is_none() {
                    *seen = u32::try_from(m.line + 1).unwrap_or(u32::MAX);
                }
                first
            }
            None => {
                let first = self.obsolete.get(&m.id).copied();
                if first.is_none() {
                    self.obsolete.insert(m.id.clone(), m.line);
                }
                first
            }
        };
        if let Some(first) = first {
            m.report_duplicate(first, shown, diags);
            return;
        }
        let Some(text) = text else {
            self.cov.obsolete += 1;
            let why = format!("message `{}` matches no record text", m.id);
            diags.push(shown, m.line, 1, &rules::OBSOLETE, why);
            return;
        };
        let broken = !m.shape.is_empty();
        if broken {
            let shape: Vec<&str> = m.shape.iter().map(String::as_str).collect();
            let why = format!(
                "message `{}` has {} that the Japanese text does not have",
                m.id,
                shape.join(", ")
            );
            diags.push(shown, m.line, 1, &rules::PLACEABLE_MISMATCH, why);
        }
        let status = match m.status.as_deref().map(Status::parse) {
            None => Status::Provisional,
            Some(Ok(status)) => status,
            Some(Err(why)) => {
                let why = format!("message `{}`: {why}", m.id);
                diags.push(shown, m.line, 1, &rules::TRANSLATION_STATUS, why);
                Status::Provisional
            }
        };
        let english = m.text.as_deref().unwrap_or("");
        if !self.check_english(&m, english, &text, broken, status, diags) {
            return;
        }
        // Copied rather than moved: a streamed piece is allocated and freed
        // as a whole on the reading thread, and English kept from there would
        // pin the freed space around it for the whole run.
        self.en.set(text.row, text.col, Box::from(english));
        self.en.set_status(text.row, text.col, status);
        if !m.sources.is_empty() {
            self.sources.insert(m.id, m.sources);
        }
    }

    fn reset(&mut self) {
        self.texts.next_row = 0;
        self.first.fill(0);
        self.obsolete.clear();
        self.en.clear();
        self.sources.clear();
        self.cov = Coverage {
            file: std::mem::take(&mut self.cov.file),
            expected: self.cov.expected,
            records: true,
            ..Default::default()
        };
    }
}

impl TableCheck<'_> {
    /// A value, no Japanese left, and the fingerprint of the current
    /// Japanese. `broken`: the placeables already failed. Returns whether
    /// the message has a value (and so goes into the translations).
    fn check_english(
        &mut self,
        m: &Message,
        english: &str,
        ja: &Text<'_>,
        mut broken: bool,
        status: Status,
        diags: &mut Diagnostics,
    ) -> bool {
        let (id, line, shown, cov) = (&m.id, m.line, self.shown, &mut self.cov);
        if english.trim().is_empty() {
            cov.missing += 1;
            let why = format!("message `{id}` has no value");
            diags.push(shown, line, 1, &rules::MISSING_TRANSLATION, why);
            return false;
        }
        if schema::has_japanese(english) || english == ja.japanese {
            broken = true;
            let why =
                format!("message `{id}` still contains Japanese script or repeats the Japanese");
            diags.push(shown, line, 1, &rules::UNTRANSLATED, why);
        }
        cov.broken += usize::from(broken);
        let why = match m.fingerprint.as_deref() {
            Some(f) if f == fingerprint(ja.japanese) => {
                if !broken {
                    cov.translated += 1;
                    *match status {
                        Status::Reviewed(_) => &mut cov.reviewed,
                        Status::Provisional => &mut cov.provisional,
                        Status::Machine => &mut cov.machine,
                    } += 1;
                }
                return true;
            }
            Some(_) => {
                let t = self.texts.table;
                format!(
                    "message `{id}`: the Japanese at {}:{} changed since it was translated; review it, then run `restamp`",
                    t.path, t.rows[ja.row].line
                )
            }
            None => format!(
                "message `{id}` has no `# {STAMP}` fingerprint; review it, then run `restamp`"
            ),
        };
        cov.stale += 1;
        diags.push(shown, line, 1, &rules::STALE_TRANSLATION, why);
        true
    }

    /// Record texts without a message.
    fn report_missing(&mut self, diags: &mut Diagnostics) {
        let t = self.texts.table;
        let cols = &self.texts.text_cols;
        for (ri, row) in t.rows.iter().enumerate() {
            for (k, &ci) in cols.iter().enumerate() {
                if row.cells[ci] == Value::Null || self.first[ri * cols.len() + k] > 0 {
                    continue;
                }
                self.cov.missing += 1;
                diags.push(
                    &t.path,
                    row.line,
                    t.file_columns[ci],
                    &rules::MISSING_TRANSLATION,
                    format!(
                        "no English message `{}` in {}",
                        message_id(&t.key_of(row), t.spec.columns[ci].name),
                        self.shown
                    ),
                );
            }
        }
    }
}
