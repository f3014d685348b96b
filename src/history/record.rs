//! What one release published, in the form the history keeps and compares:
//! its version, date and schema, and per table every record's key with
//! fingerprints of its content in Japanese and in English.
//!
//! A [`Release`] is read from one of three places, and compared the same way
//! whatever its source:
//!
//! - a **release record** (`releases/<version>/`, [`Source::Record`]): the
//!   compact record committed when a release is published. It keeps every
//!   value but the texts: a translated text is kept as its two fingerprints.
//! - a **package** (`out/package/` or an unzipped package, [`Source::Package`]):
//!   its `release.json` and its CSV tables in both languages, so every text.
//! - the **current data** ([`Source::Data`]): the checked publication.
//!
//! The record of a release, `releases/<version>/`:
//!
//! - `release.json`: `record_format`, `version`, `date`, `previous` (the
//!   version before it, or null), `document`, `fiscal_year`, `phase`, and
//!   `tables`: per table its `name`, `key`, number of `records`, and
//!   `columns` (`name`, Table Schema `type`, the tool's `kind`, and
//!   `identifying` for the fields that name a record).
//! - `<table>.csv`, one line per record in the order of the data:
//!   `id,ja_sha,en_sha,sketch,` then every column but `id`. `id` is the key
//!   (the key fields joined by `/` for a link table); `ja_sha` and `en_sha`
//!   fingerprint the record as published in each language; `sketch` is the
//!   similarity sketch of its identifying texts (see [`super::sketch`]),
//!   empty for a table without any; a translated column holds
//!   `<ja fingerprint>/<en fingerprint>` of its text, every other column its
//!   value as published.
//!
//! A fingerprint is the first 16 hex digits of SHA-256, the same as the
//! `# ja-sha256:` stamps of the translations: of the text for a column, and
//! of the JSON array of the record's published cells (empty string for an
//! empty cell, every column but the document's `release_version` and
//! `release_date`) for a record.

use super::sketch::Sketch;
use crate::diag::Diagnostics;
use crate::l10n::fingerprint;
use crate::model::Value;
use crate::publication::{Lang, Publication};
use crate::schema::{Column, Kind};
use crate::validate::rules;
use serde::{Deserialize, Serialize};
use serde_json::Value as J;
use std::collections::HashMap;
use std::path::Path;

/// The file that describes a release, in a record and in a package.
pub const RELEASE_FILE: &str = "release.json";

/// The version of the record format described above.
pub const RECORD_FORMAT: u32 = 1;

/// The table that describes the source document and the release itself.
pub const DOCUMENT: &str = "document";

/// Columns of the document that are the release's own version and date:
/// left out of the fingerprints and of the field-by-field comparison (the
/// version and date of two releases are compared on their own).
pub const RELEASE_COLUMNS: [&str; 2] = ["release_version", "release_date"];

/// One column of a table, as the history records the schema.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ColumnShape {
    pub name: String,
    /// The Table Schema type: string, integer, boolean or date.
    #[serde(rename = "type")]
    pub ty: String,
    /// What the column holds: id, text (translated), verbatim, integer,
    /// boolean, date, `ref:<table>` or table-name.
    pub kind: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub identifying: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ColumnShape {
    pub fn of(c: &Column) -> ColumnShape {
        let (ty, kind) = match c.kind {
            Kind::Id => ("string", "id".to_string()),
            Kind::Text => ("string", "text".to_string()),
            Kind::Verbatim => ("string", "verbatim".to_string()),
            Kind::Int => ("integer", "integer".to_string()),
            Kind::Bool => ("boolean", "boolean".to_string()),
            Kind::Date => ("date", "date".to_string()),
            Kind::Ref(t) => ("string", format!("ref:{t}")),
            Kind::TableName => ("string", "table-name".to_string()),
        };
        ColumnShape {
            name: c.name.to_string(),
            ty: ty.to_string(),
            kind,
            identifying: c.identifying,
        }
    }

    pub fn is_text(&self) -> bool {
        self.kind == "text"
    }
}

/// Where a [`Release`] was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Record,
    Package,
    Data,
}

impl Source {
    pub fn name(self) -> &'static str {
        match self {
            Source::Record => "record",
            Source::Package => "package",
            Source::Data => "data",
        }
    }

    /// Whether the texts themselves are known (a record keeps fingerprints).
    pub fn has_texts(self) -> bool {
        self != Source::Record
    }
}

/// One cell of a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellRec {
    /// A value published the same in both languages (`None`: empty).
    Plain(Option<String>),
    /// A translated text: the fingerprints of its Japanese and English
    /// (`None`: empty), and the texts when the source has them.
    Text {
        sha: Option<(String, String)>,
        ja: Option<String>,
        en: Option<String>,
    },
}

impl CellRec {
    /// The fingerprint of a text in a language (`None` for an empty text or a plain value).
    pub fn sha(&self, lang: Lang) -> Option<&str> {
        match self {
            CellRec::Text {
                sha: Some((ja, en)),
                ..
            } => Some(match lang {
                Lang::Ja => ja,
                Lang::En => en,
            }),
            _ => None,
        }
    }

    /// The value as published in a language, when the source has it:
    /// `Some(None)` is an empty cell, `None` a text the source does not keep.
    pub fn value(&self, lang: Lang) -> Option<Option<&str>> {
        match self {
            CellRec::Plain(v) => Some(v.as_deref()),
            CellRec::Text { sha: None, .. } => Some(None),
            CellRec::Text { ja, en, .. } => match lang {
                Lang::Ja => ja.as_deref().map(Some),
                Lang::En => en.as_deref().map(Some),
            },
        }
    }

    /// Whether two cells hold the same content (texts by fingerprint).
    pub fn same(&self, other: &CellRec) -> bool {
        match (self, other) {
            (CellRec::Plain(a), CellRec::Plain(b)) => a == b,
            (CellRec::Text { sha: a, .. }, CellRec::Text { sha: b, .. }) => a == b,
            _ => false,
        }
    }
}

/// One record of a table.
#[derive(Debug, Clone)]
pub struct RowRec {
    /// The key: `id`, or the key fields joined by `/`.
    pub key: String,
    /// Line in the file it was read from (for diagnostics).
    pub line: usize,
    pub ja_sha: String,
    pub en_sha: String,
    /// Sketch of the identifying texts (tables with `x-identifying` fields).
    pub sketch: Option<Sketch>,
    /// One cell per column of the table, in schema order.
    pub cells: Vec<CellRec>,
}

/// One table of a release.
#[derive(Debug, Clone)]
pub struct TableRec {
    pub name: String,
    pub key: Vec<String>,
    pub columns: Vec<ColumnShape>,
    pub rows: Vec<RowRec>,
    /// Number of records (the length of `rows`, unless only the shape was taken).
    pub records: usize,
    /// The file the rows were read from, as shown in diagnostics.
    pub file: String,
    /// For each column, its 1-based position in that file (0: unknown).
    pub file_columns: Vec<usize>,
    index: HashMap<String, usize>,
}

impl TableRec {
    fn new(name: &str, key: Vec<String>, columns: Vec<ColumnShape>, file: String) -> Self {
        TableRec {
            name: name.to_string(),
            key,
            columns,
            rows: Vec::new(),
            records: 0,
            file,
            file_columns: Vec::new(),
            index: HashMap::new(),
        }
    }

    fn push(&mut self, row: RowRec) {
        self.index.entry(row.key.clone()).or_insert(self.rows.len());
        self.rows.push(row);
        self.records = self.rows.len();
    }

    /// Keyed by `id` (not a link table).
    pub fn has_id(&self) -> bool {
        self.key == ["id"]
    }

    pub fn position(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    pub fn find(&self, key: &str) -> Option<&RowRec> {
        self.position(key).map(|i| &self.rows[i])
    }

    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    pub fn has_identifying(&self) -> bool {
        self.columns.iter().any(|c| c.identifying)
    }

    pub fn file_column(&self, name: &str) -> usize {
        self.column(name)
            .and_then(|i| self.file_columns.get(i).copied())
            .unwrap_or(0)
    }

    /// The plain value of a column of a record (`None` when empty or unknown).
    pub fn plain<'a>(&self, row: &'a RowRec, column: &str) -> Option<&'a str> {
        match row.cells.get(self.column(column)?)? {
            CellRec::Plain(v) => v.as_deref(),
            CellRec::Text { .. } => None,
        }
    }

    /// The identifying text of a record in a language, when known: what a
    /// changelog names the record by.
    pub fn name_of<'a>(&self, row: &'a RowRec, lang: Lang) -> Option<&'a str> {
        let ci = self.columns.iter().position(|c| c.identifying)?;
        row.cells.get(ci)?.value(lang).flatten()
    }

    /// Whether two records hold the same content apart from their keys.
    pub fn same_content(&self, a: &RowRec, b: &RowRec) -> bool {
        self.columns
            .iter()
            .enumerate()
            .filter(|(_, c)| !self.key.contains(&c.name))
            .all(|(i, _)| match (a.cells.get(i), b.cells.get(i)) {
                (Some(x), Some(y)) => x.same(y),
                _ => false,
            })
    }
}

/// What one release published (see the module documentation).
#[derive(Debug, Clone)]
pub struct Release {
    pub version: String,
    pub date: String,
    pub previous: Option<String>,
    pub document: String,
    pub fiscal_year: i64,
    pub phase: String,
    pub tables: Vec<TableRec>,
    /// Where it was read from, as shown in messages (`releases/1.0.0`, `out/package`, `data`).
    pub origin: String,
    pub source: Source,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReleaseJson {
    record_format: u32,
    version: String,
    date: String,
    previous: Option<String>,
    document: String,
    fiscal_year: i64,
    phase: String,
    tables: Vec<TableJson>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TableJson {
    name: String,
    key: Vec<String>,
    records: usize,
    columns: Vec<ColumnShape>,
}

/// JSON on one line, with a space after `:` and `,` (as in data/datapackage.json).
fn inline(v: &J) -> String {
    match v {
        J::Array(a) => format!("[{}]", a.iter().map(inline).collect::<Vec<_>>().join(", ")),
        J::Object(o) => format!(
            "{{{}}}",
            o.iter()
                .map(|(k, x)| format!("{}: {}", inline(&J::String(k.clone())), inline(x)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        other => other.to_string(),
    }
}

/// The fingerprint of a record from its published cells in one language.
fn record_sha(table: &str, columns: &[ColumnShape], cells: &[Option<String>]) -> String {
    let kept: Vec<&str> = columns
        .iter()
        .zip(cells)
        .filter(|(c, _)| !(table == DOCUMENT && RELEASE_COLUMNS.contains(&c.name.as_str())))
        .map(|(_, v)| v.as_deref().unwrap_or(""))
        .collect();
    fingerprint(&serde_json::to_string(&kept).unwrap_or_default())
}

/// A record from its published cells in Japanese and in English.
fn row_from_cells(
    t: &TableRec,
    line: usize,
    ja: Vec<Option<String>>,
    en: Vec<Option<String>>,
) -> RowRec {
    let key = t
        .key
        .iter()
        .filter_map(|k| t.column(k))
        .map(|i| ja[i].as_deref().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("/");
    let ja_sha = record_sha(&t.name, &t.columns, &ja);
    let en_sha = record_sha(&t.name, &t.columns, &en);
    let sketch = t.has_identifying().then(|| {
        let text: Vec<&str> = t
            .columns
            .iter()
            .zip(&ja)
            .filter(|(c, _)| c.identifying)
            .map(|(_, v)| v.as_deref().unwrap_or(""))
            .collect();
        Sketch::of(&text.join("\n"))
    });
    let cells = t
        .columns
        .iter()
        .zip(ja.into_iter().zip(en))
        .map(|(c, (j, e))| {
            if c.is_text() {
                let sha = j.as_deref().map(|j| {
                    (
                        fingerprint(j),
                        fingerprint(e.as_deref().unwrap_or_default()),
                    )
                });
                CellRec::Text { sha, ja: j, en: e }
            } else {
                CellRec::Plain(j)
            }
        })
        .collect();
    RowRec {
        key,
        line,
        ja_sha,
        en_sha,
        sketch,
        cells,
    }
}

impl Release {
    /// The release the current data would publish.
    pub fn of(p: &Publication, previous: Option<String>) -> Release {
        Release::from_publication(p, previous, true)
    }

    /// The release the current data would publish, without its records
    /// (their number only): enough for `release.json`, and quick on a large
    /// dataset.
    pub fn shape_of(p: &Publication, previous: Option<String>) -> Release {
        Release::from_publication(p, previous, false)
    }

    fn from_publication(p: &Publication, previous: Option<String>, rows: bool) -> Release {
        let ds = p.dataset;
        let mut tables = Vec::with_capacity(ds.tables.len());
        for (ti, t) in ds.tables.iter().enumerate() {
            let columns: Vec<ColumnShape> = t.spec.columns.iter().map(ColumnShape::of).collect();
            let key = t.spec.key.iter().map(|k| k.to_string()).collect();
            let mut rec = TableRec::new(t.spec.name, key, columns, t.path.clone());
            rec.file_columns = t.file_columns.clone();
            rec.records = t.rows.len();
            for (ri, row) in t.rows.iter().enumerate().filter(|_| rows) {
                let mut ja = Vec::with_capacity(row.cells.len());
                let mut en = Vec::with_capacity(row.cells.len());
                for (ci, (c, v)) in t.spec.columns.iter().zip(row.cells.iter()).enumerate() {
                    if c.kind == Kind::Text {
                        ja.push(p.text(Lang::Ja, ti, ri, ci).map(str::to_string));
                        en.push(p.text(Lang::En, ti, ri, ci).map(str::to_string));
                    } else {
                        let s = match v {
                            Value::Null => None,
                            Value::Str(s) => Some(s.to_string()),
                            Value::Int(i) => Some(i.to_string()),
                            Value::Bool(b) => Some(b.to_string()),
                        };
                        ja.push(s.clone());
                        en.push(s);
                    }
                }
                let r = row_from_cells(&rec, row.line, ja, en);
                rec.push(r);
            }
            tables.push(rec);
        }
        Release {
            version: ds.doc_str("release_version").to_string(),
            date: ds.doc_str("release_date").to_string(),
            previous,
            document: ds.doc_str("id").to_string(),
            fiscal_year: ds.doc_int("fiscal_year"),
            phase: ds.doc_str("phase").to_string(),
            tables,
            origin: "data".to_string(),
            source: Source::Data,
        }
    }

    pub fn table(&self, name: &str) -> Option<&TableRec> {
        self.tables.iter().find(|t| t.name == name)
    }

    /// The parsed version (`None` when it is not `MAJOR.MINOR.PATCH`).
    pub fn parsed_version(&self) -> Option<super::Version> {
        super::Version::parse(&self.version)
    }

    /// `release.json`: the release's version, date and schema, one line per
    /// column (short, and a schema change is a one-line diff).
    pub fn release_json(&self) -> Vec<u8> {
        let j = ReleaseJson {
            record_format: RECORD_FORMAT,
            version: self.version.clone(),
            date: self.date.clone(),
            previous: self.previous.clone(),
            document: self.document.clone(),
            fiscal_year: self.fiscal_year,
            phase: self.phase.clone(),
            tables: self
                .tables
                .iter()
                .map(|t| TableJson {
                    name: t.name.clone(),
                    key: t.key.clone(),
                    records: t.records,
                    columns: t.columns.clone(),
                })
                .collect(),
        };
        let v = serde_json::to_value(&j).unwrap_or_default();
        let mut s = String::from("{\n");
        let J::Object(top) = &v else {
            return Vec::new();
        };
        let n = top.len();
        for (i, (k, x)) in top.iter().enumerate() {
            s.push_str(&format!("  {}: ", inline(&J::String(k.clone()))));
            if k == "tables" {
                s.push_str("[\n");
                let tables = x.as_array().map(Vec::as_slice).unwrap_or_default();
                for (ti, t) in tables.iter().enumerate() {
                    s.push_str("    {\n");
                    let fields = t.as_object().cloned().unwrap_or_default();
                    let m = fields.len();
                    for (fi, (fk, fv)) in fields.iter().enumerate() {
                        s.push_str(&format!("      {}: ", inline(&J::String(fk.clone()))));
                        if fk == "columns" {
                            s.push_str("[\n");
                            let cols = fv.as_array().map(Vec::as_slice).unwrap_or_default();
                            for (ci, c) in cols.iter().enumerate() {
                                let comma = if ci + 1 < cols.len() { "," } else { "" };
                                s.push_str(&format!("        {}{comma}\n", inline(c)));
                            }
                            s.push_str("      ]");
                        } else {
                            s.push_str(&inline(fv));
                        }
                        s.push_str(if fi + 1 < m { ",\n" } else { "\n" });
                    }
                    s.push_str(if ti + 1 < tables.len() {
                        "    },\n"
                    } else {
                        "    }\n"
                    });
                }
                s.push_str("  ]");
            } else {
                s.push_str(&inline(x));
            }
            s.push_str(if i + 1 < n { ",\n" } else { "\n" });
        }
        s.push_str("}\n");
        s.into_bytes()
    }

    /// Every file of the release's record, as (file name, bytes).
    pub fn record_files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![(RELEASE_FILE.to_string(), self.release_json())];
        for t in &self.tables {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::Any(b'\n'))
                .from_writer(Vec::new());
            let skip_id = t.has_id();
            let mut header = vec!["id", "ja_sha", "en_sha", "sketch"];
            header.extend(
                t.columns
                    .iter()
                    .filter(|c| !(skip_id && c.name == "id"))
                    .map(|c| c.name.as_str()),
            );
            let _ = w.write_record(&header);
            for r in &t.rows {
                let mut line: Vec<String> = vec![
                    r.key.clone(),
                    r.ja_sha.clone(),
                    r.en_sha.clone(),
                    r.sketch.as_ref().map(Sketch::to_hex).unwrap_or_default(),
                ];
                for (c, cell) in t.columns.iter().zip(&r.cells) {
                    if skip_id && c.name == "id" {
                        continue;
                    }
                    line.push(match cell {
                        CellRec::Plain(v) => v.clone().unwrap_or_default(),
                        CellRec::Text {
                            sha: Some((j, e)), ..
                        } => format!("{j}/{e}"),
                        CellRec::Text { sha: None, .. } => String::new(),
                    });
                }
                let _ = w.write_record(&line);
            }
            files.push((
                format!("{}.csv", t.name),
                w.into_inner().unwrap_or_default(),
            ));
        }
        files
    }

    /// Reads whatever `path` is: a release record (`releases/<version>`), a
    /// package folder, or an `out/` folder holding one (`out/package`).
    pub fn read(path: &Path, diags: &mut Diagnostics) -> Option<Release> {
        let shown = path.display().to_string();
        if path.join(RELEASE_FILE).is_file() {
            if path.join("data").is_dir() {
                return Release::read_package(path, &shown, diags);
            }
            return Release::read_record(path, &shown, diags);
        }
        let pkg = path.join("package");
        if pkg.join(RELEASE_FILE).is_file() {
            let shown = format!("{}/package", shown.trim_end_matches('/'));
            return Release::read_package(&pkg, &shown, diags);
        }
        diags.push(
            shown,
            0,
            0,
            &rules::RELEASE_RECORD,
            format!(
                "not a release: no {RELEASE_FILE} here or in package/ (give a release record, \
                 a package or an out/ folder)"
            ),
        );
        None
    }

    /// Reads `release.json` of a record or package.
    fn read_json(dir: &Path, shown: &str, diags: &mut Diagnostics) -> Option<ReleaseJson> {
        let file = format!("{}/{RELEASE_FILE}", shown.trim_end_matches('/'));
        let text = match std::fs::read_to_string(dir.join(RELEASE_FILE)) {
            Ok(t) => t,
            Err(e) => {
                diags.push(
                    file,
                    0,
                    0,
                    &rules::RELEASE_RECORD,
                    format!("cannot read: {e}"),
                );
                return None;
            }
        };
        let j: ReleaseJson = match serde_json::from_str(&text) {
            Ok(j) => j,
            Err(e) => {
                diags.push(
                    file,
                    e.line(),
                    e.column(),
                    &rules::RELEASE_RECORD,
                    e.to_string(),
                );
                return None;
            }
        };
        if j.record_format != RECORD_FORMAT {
            diags.push(
                file,
                0,
                0,
                &rules::RELEASE_RECORD,
                format!(
                    "record format {} is not the one this tool reads ({RECORD_FORMAT})",
                    j.record_format
                ),
            );
            return None;
        }
        Some(j)
    }

    fn from_json(j: &ReleaseJson, origin: &str, source: Source) -> Release {
        Release {
            version: j.version.clone(),
            date: j.date.clone(),
            previous: j.previous.clone(),
            document: j.document.clone(),
            fiscal_year: j.fiscal_year,
            phase: j.phase.clone(),
            tables: Vec::new(),
            origin: origin.trim_end_matches('/').to_string(),
            source,
        }
    }

    /// Reads a release record (`releases/<version>/`).
    pub fn read_record(dir: &Path, shown: &str, diags: &mut Diagnostics) -> Option<Release> {
        let j = Release::read_json(dir, shown, diags)?;
        let mut release = Release::from_json(&j, shown, Source::Record);
        let before = diags.len();
        for tj in &j.tables {
            let file = format!("{}/{}.csv", release.origin, tj.name);
            let mut t = TableRec::new(&tj.name, tj.key.clone(), tj.columns.clone(), file);
            let skip_id = t.has_id();
            let mut err = |line: usize, column: usize, m: String| {
                diags.push(&t.file, line, column, &rules::RELEASE_RECORD, m);
            };
            let mut rd = match csv::ReaderBuilder::new()
                .has_headers(false)
                .from_path(dir.join(format!("{}.csv", tj.name)))
            {
                Ok(r) => r,
                Err(e) => {
                    err(0, 0, format!("cannot read: {e}"));
                    continue;
                }
            };
            let mut expected = vec!["id", "ja_sha", "en_sha", "sketch"];
            expected.extend(
                t.columns
                    .iter()
                    .filter(|c| !(skip_id && c.name == "id"))
                    .map(|c| c.name.as_str()),
            );
            let mut rows = Vec::new();
            for (i, rec) in rd.records().enumerate() {
                let line = i + 1;
                let rec = match rec {
                    Ok(r) => r,
                    Err(e) => {
                        err(line, 0, e.to_string());
                        break;
                    }
                };
                let fields: Vec<&str> = rec.iter().collect();
                if line == 1 {
                    if fields != expected {
                        err(
                            1,
                            0,
                            format!(
                                "the header is `{}`; release.json says `{}`",
                                fields.join(","),
                                expected.join(",")
                            ),
                        );
                        break;
                    }
                    continue;
                }
                let sketch = match fields[3] {
                    "" => None,
                    s => match Sketch::from_hex(s) {
                        Some(s) => Some(s),
                        None => {
                            err(line, 4, format!("`{s}` is not a sketch (64 hex digits)"));
                            continue;
                        }
                    },
                };
                let mut cells = Vec::with_capacity(t.columns.len());
                let mut rest = fields[4..].iter();
                for c in &t.columns {
                    if skip_id && c.name == "id" {
                        cells.push(CellRec::Plain(Some(fields[0].to_string())));
                        continue;
                    }
                    let v = rest.next().copied().unwrap_or("");
                    cells.push(if c.is_text() {
                        let sha = v
                            .split_once('/')
                            .map(|(a, b)| (a.to_string(), b.to_string()));
                        if sha.is_none() && !v.is_empty() {
                            err(
                                line,
                                0,
                                format!("`{}`: `{v}` is not `<ja>/<en>` fingerprints", c.name),
                            );
                        }
                        CellRec::Text {
                            sha,
                            ja: None,
                            en: None,
                        }
                    } else {
                        CellRec::Plain((!v.is_empty()).then(|| v.to_string()))
                    });
                }
                rows.push(RowRec {
                    key: fields[0].to_string(),
                    line,
                    ja_sha: fields[1].to_string(),
                    en_sha: fields[2].to_string(),
                    sketch,
                    cells,
                });
            }
            if rows.len() != tj.records {
                diags.push(
                    &t.file,
                    0,
                    0,
                    &rules::RELEASE_RECORD,
                    format!("{} record(s); release.json says {}", rows.len(), tj.records),
                );
            }
            for r in rows {
                t.push(r);
            }
            release.tables.push(t);
        }
        (diags.len() == before).then_some(release)
    }

    /// Reads a package: its `release.json` and its tables in both languages.
    pub fn read_package(dir: &Path, shown: &str, diags: &mut Diagnostics) -> Option<Release> {
        let j = Release::read_json(dir, shown, diags)?;
        let mut release = Release::from_json(&j, shown, Source::Package);
        let before = diags.len();
        for tj in &j.tables {
            let read = |lang: &str,
                        diags: &mut Diagnostics|
             -> Option<(String, Vec<Vec<String>>)> {
                let file = format!("{}/data/{lang}/{}.csv", release.origin, tj.name);
                let path = dir.join("data").join(lang).join(format!("{}.csv", tj.name));
                let mut rd = match csv::ReaderBuilder::new()
                    .has_headers(false)
                    .from_path(&path)
                {
                    Ok(r) => r,
                    Err(e) => {
                        diags.push(
                            &file,
                            0,
                            0,
                            &rules::RELEASE_RECORD,
                            format!("cannot read: {e}"),
                        );
                        return None;
                    }
                };
                let mut rows = Vec::new();
                for (i, rec) in rd.records().enumerate() {
                    match rec {
                        Ok(r) => rows.push(r.iter().map(str::to_string).collect::<Vec<String>>()),
                        Err(e) => {
                            diags.push(&file, i + 1, 0, &rules::RELEASE_RECORD, e.to_string());
                            return None;
                        }
                    }
                }
                let names: Vec<&str> = tj.columns.iter().map(|c| c.name.as_str()).collect();
                if rows
                    .first()
                    .map(|h| h.iter().map(String::as_str).collect::<Vec<_>>())
                    != Some(names.clone())
                {
                    diags.push(
                        &file,
                        1,
                        0,
                        &rules::RELEASE_RECORD,
                        format!(
                            "the header is not `{}` as release.json says",
                            names.join(",")
                        ),
                    );
                    return None;
                }
                Some((file, rows))
            };
            let (Some((file, ja)), Some((_, en))) = (read("ja", diags), read("en", diags)) else {
                continue;
            };
            let mut t = TableRec::new(&tj.name, tj.key.clone(), tj.columns.clone(), file);
            if ja.len() != en.len() {
                diags.push(
                    &t.file,
                    0,
                    0,
                    &rules::RELEASE_RECORD,
                    "the Japanese and English tables have different numbers of rows",
                );
                continue;
            }
            let cell = |s: &String| (!s.is_empty()).then(|| s.clone());
            for (i, (j_row, e_row)) in ja.iter().zip(&en).enumerate().skip(1) {
                let r = row_from_cells(
                    &t,
                    i + 1,
                    j_row.iter().map(cell).collect(),
                    e_row.iter().map(cell).collect(),
                );
                t.push(r);
            }
            release.tables.push(t);
        }
        (diags.len() == before).then_some(release)
    }
}

#[cfg(test)]
impl Release {
    /// A release with a `points` table (`id`, identifying `text`) and the
    /// registry (`id`, `table`, `release`, `reason`, `successors`), for tests.
    pub(crate) fn sample(points: &[(&str, &str)], retired: &[(&str, &str)]) -> Release {
        let col = |name: &str, kind: &str, identifying: bool| ColumnShape {
            name: name.to_string(),
            ty: "string".to_string(),
            kind: kind.to_string(),
            identifying,
        };
        let s = |v: &str| Some(v.to_string());
        let mut p = TableRec::new(
            "points",
            vec!["id".to_string()],
            vec![col("id", "id", false), col("text", "text", true)],
            "points.csv".to_string(),
        );
        for (i, (id, text)) in points.iter().enumerate() {
            let r = row_from_cells(&p, i + 2, vec![s(id), s(text)], vec![s(id), s(text)]);
            p.push(r);
        }
        let mut reg = TableRec::new(
            super::REGISTRY,
            vec!["id".to_string()],
            vec![
                col("id", "id", false),
                col("table", "table-name", false),
                col("release", "verbatim", false),
                col("reason", "text", false),
                col("successors", "verbatim", false),
            ],
            "retired_ids.csv".to_string(),
        );
        for (i, (id, successors)) in retired.iter().enumerate() {
            let cells = vec![
                s(id),
                s("points"),
                s("1.1.0"),
                s("理由"),
                (!successors.is_empty()).then(|| successors.to_string()),
            ];
            let r = row_from_cells(&reg, i + 2, cells.clone(), cells);
            reg.push(r);
        }
        Release {
            version: "1.0.0".to_string(),
            date: "2026-11-24".to_string(),
            previous: None,
            document: "test".to_string(),
            fiscal_year: 2026,
            phase: "request".to_string(),
            tables: vec![p, reg],
            origin: "test".to_string(),
            source: Source::Data,
        }
    }
}
