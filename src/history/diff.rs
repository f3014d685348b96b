//! The changes between two releases, table by table: schema changes, records
//! added, removed or retired (renamed, split, merged, as the registry of
//! retired identifiers declares), and records changed field by field, with
//! the delta of every integer. Written as JSON, as CSV with its Table Schema,
//! and as Markdown in Japanese and in English.
//!
//! The comparison works on fingerprints, so it compares any two releases
//! whatever their source; texts are shown where the source has them (a
//! release record keeps only their fingerprints).

use super::record::{CellRec, Release, RowRec, TableRec, DOCUMENT, RELEASE_COLUMNS};
use super::{Class, Version, REGISTRY};
use crate::publication::Lang;
use serde_json::{json, Value as J};
use std::collections::{BTreeMap, HashMap};

/// The kind of one change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Change {
    TableAdded,
    TableRemoved,
    ColumnAdded,
    ColumnRemoved,
    ColumnTypeChanged,
    KeyChanged,
    Added,
    Removed,
    Retired,
    Renamed,
    Split,
    Merged,
    Changed,
}

impl Change {
    /// Every kind, in the order they are listed.
    pub const ALL: [Change; 13] = [
        Change::TableAdded,
        Change::TableRemoved,
        Change::ColumnAdded,
        Change::ColumnRemoved,
        Change::ColumnTypeChanged,
        Change::KeyChanged,
        Change::Added,
        Change::Removed,
        Change::Retired,
        Change::Renamed,
        Change::Split,
        Change::Merged,
        Change::Changed,
    ];

    /// The kinds that concern records (counted in the summary).
    pub const RECORDS: [Change; 7] = [
        Change::Added,
        Change::Removed,
        Change::Retired,
        Change::Renamed,
        Change::Split,
        Change::Merged,
        Change::Changed,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Change::TableAdded => "table-added",
            Change::TableRemoved => "table-removed",
            Change::ColumnAdded => "column-added",
            Change::ColumnRemoved => "column-removed",
            Change::ColumnTypeChanged => "column-type-changed",
            Change::KeyChanged => "key-changed",
            Change::Added => "added",
            Change::Removed => "removed",
            Change::Retired => "retired",
            Change::Renamed => "renamed",
            Change::Split => "split",
            Change::Merged => "merged",
            Change::Changed => "changed",
        }
    }

    /// The interface label that names the kind.
    pub fn label(self) -> String {
        format!("changes-{}", self.name())
    }

    /// What this kind of change makes of the release (semantic versioning).
    pub fn class(self) -> Class {
        match self {
            Change::TableRemoved
            | Change::ColumnRemoved
            | Change::ColumnTypeChanged
            | Change::KeyChanged => Class::Major,
            Change::Changed => Class::Patch,
            _ => Class::Minor,
        }
    }

    fn is_schema(self) -> bool {
        !Change::RECORDS.contains(&self)
    }
}

/// One change: one row of `changes.csv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub table: String,
    /// The record's key (empty for a change of the schema).
    pub record: Option<String>,
    pub change: Change,
    /// The column of a changed field or of a schema change.
    pub field: Option<String>,
    /// The language of a changed text (`None` for a value that is the same in both).
    pub lang: Option<Lang>,
    /// The value before and after, as published (a text: in `lang`; a
    /// schema change: the column's kind or the key).
    pub old: Option<String>,
    pub new: Option<String>,
    /// `new - old` for an integer.
    pub delta: Option<i64>,
    /// Fingerprints of a changed text (the text itself may be unknown).
    pub old_sha: Option<String>,
    pub new_sha: Option<String>,
    /// Successors of a retired record, or predecessors of an added one.
    pub related: Vec<String>,
    /// Why a record was retired, in Japanese and English (when known).
    pub reason: [Option<String>; 2],
    /// The record's name (its identifying text) in Japanese and English,
    /// for the Markdown (not in the machine-readable files).
    pub name: [Option<String>; 2],
}

impl Row {
    fn new(table: &str, record: Option<&str>, change: Change) -> Row {
        Row {
            table: table.to_string(),
            record: record.map(str::to_string),
            change,
            field: None,
            lang: None,
            old: None,
            new: None,
            delta: None,
            old_sha: None,
            new_sha: None,
            related: Vec::new(),
            reason: [None, None],
            name: [None, None],
        }
    }

    /// The old text is unknown (the old release is a record): only its fingerprint.
    pub fn old_unknown(&self) -> bool {
        self.old.is_none() && self.old_sha.is_some()
    }
}

/// One side of a comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct Info {
    pub version: String,
    pub date: String,
    pub document: String,
    pub phase: String,
    /// Whether the release's texts are known (a package or data), or only
    /// their fingerprints (a release record).
    pub texts: bool,
}

impl Info {
    fn of(r: &Release) -> Info {
        Info {
            version: r.version.clone(),
            date: r.date.clone(),
            document: r.document.clone(),
            phase: r.phase.clone(),
            texts: r.source.has_texts(),
        }
    }
}

/// The changes from one release to another.
#[derive(Debug, Clone, PartialEq)]
pub struct Diff {
    /// `None` for a first release (no release before it).
    pub old: Option<Info>,
    pub new: Info,
    pub rows: Vec<Row>,
    pub class: Class,
}

/// A retirement declared in the registry.
struct Retirement {
    table: String,
    successors: Vec<String>,
    reason: [Option<String>; 2],
}

fn registry(r: &Release) -> HashMap<String, Retirement> {
    let mut m = HashMap::new();
    let Some(t) = r.table(REGISTRY) else {
        return m;
    };
    let reason = t.column("reason");
    for row in &t.rows {
        let text = |lang: Lang| {
            reason
                .and_then(|i| row.cells.get(i))
                .and_then(|c| c.value(lang).flatten())
                .map(str::to_string)
        };
        m.insert(
            row.key.clone(),
            Retirement {
                table: t.plain(row, "table").unwrap_or_default().to_string(),
                successors: t
                    .plain(row, "successors")
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
                reason: [text(Lang::Ja), text(Lang::En)],
            },
        );
    }
    m
}

fn names(t: &TableRec, row: &RowRec) -> [Option<String>; 2] {
    [
        t.name_of(row, Lang::Ja).map(str::to_string),
        t.name_of(row, Lang::En).map(str::to_string),
    ]
}

/// The field-by-field changes of one record present in both releases.
fn field_changes(old_t: &TableRec, new_t: &TableRec, o: &RowRec, n: &RowRec) -> Vec<Row> {
    let mut out = Vec::new();
    for (ni, nc) in new_t.columns.iter().enumerate() {
        if new_t.name == DOCUMENT && RELEASE_COLUMNS.contains(&nc.name.as_str()) {
            continue;
        }
        let Some(oi) = old_t.column(&nc.name) else {
            continue; // a new column: a schema change
        };
        let oc = &old_t.columns[oi];
        let (Some(a), Some(b)) = (o.cells.get(oi), n.cells.get(ni)) else {
            continue;
        };
        let mut row = Row::new(&new_t.name, Some(&n.key), Change::Changed);
        row.field = Some(nc.name.clone());
        row.name = names(new_t, n);
        match (a, b) {
            (CellRec::Plain(x), CellRec::Plain(y)) if x != y => {
                row.old = x.clone();
                row.new = y.clone();
                if nc.ty == "integer" && oc.ty == "integer" {
                    if let (Some(x), Some(y)) = (
                        x.as_deref().and_then(|s| s.parse::<i64>().ok()),
                        y.as_deref().and_then(|s| s.parse::<i64>().ok()),
                    ) {
                        row.delta = Some(y - x);
                    }
                }
                out.push(row);
            }
            (CellRec::Text { .. }, CellRec::Text { .. }) => {
                for lang in Lang::BOTH {
                    if a.sha(lang) == b.sha(lang) {
                        continue;
                    }
                    let mut r = row.clone();
                    r.lang = Some(lang);
                    r.old = a.value(lang).flatten().map(str::to_string);
                    r.new = b.value(lang).flatten().map(str::to_string);
                    r.old_sha = a.sha(lang).map(str::to_string);
                    r.new_sha = b.sha(lang).map(str::to_string);
                    out.push(r);
                }
            }
            _ => {} // equal, or a column whose kind changed (a schema change)
        }
    }
    out
}

fn schema_changes(old: &Release, new: &Release, rows: &mut Vec<Row>) {
    for t in &new.tables {
        let Some(o) = old.table(&t.name) else {
            rows.push(Row::new(&t.name, None, Change::TableAdded));
            continue;
        };
        if o.key != t.key {
            let mut r = Row::new(&t.name, None, Change::KeyChanged);
            r.old = Some(o.key.join(","));
            r.new = Some(t.key.join(","));
            rows.push(r);
        }
        for c in &t.columns {
            match o.columns.iter().find(|x| x.name == c.name) {
                None => {
                    let mut r = Row::new(&t.name, None, Change::ColumnAdded);
                    r.field = Some(c.name.clone());
                    r.new = Some(c.kind.clone());
                    rows.push(r);
                }
                Some(x) if x.kind != c.kind => {
                    let mut r = Row::new(&t.name, None, Change::ColumnTypeChanged);
                    r.field = Some(c.name.clone());
                    r.old = Some(x.kind.clone());
                    r.new = Some(c.kind.clone());
                    rows.push(r);
                }
                Some(_) => {}
            }
        }
        for c in o.columns.iter().filter(|c| t.column(&c.name).is_none()) {
            let mut r = Row::new(&t.name, None, Change::ColumnRemoved);
            r.field = Some(c.name.clone());
            r.old = Some(c.kind.clone());
            rows.push(r);
        }
    }
    for o in old.tables.iter().filter(|o| new.table(&o.name).is_none()) {
        rows.push(Row::new(&o.name, None, Change::TableRemoved));
    }
}

fn record_changes(
    o: &TableRec,
    t: &TableRec,
    reg: &HashMap<String, Retirement>,
    rows: &mut Vec<Row>,
) {
    let mut changed = Vec::new();
    if t.name == DOCUMENT {
        // One row, the edition itself: compared whatever its identifier.
        if let (Some(a), Some(b)) = (o.rows.first(), t.rows.first()) {
            if a.ja_sha != b.ja_sha || a.en_sha != b.en_sha {
                changed.extend(field_changes(o, t, a, b));
            }
        }
        rows.extend(changed);
        return;
    }
    for n in &t.rows {
        match o.find(&n.key) {
            None => {
                let mut r = Row::new(&t.name, Some(&n.key), Change::Added);
                r.name = names(t, n);
                let mut preds: Vec<String> = reg
                    .iter()
                    .filter(|(_, x)| x.table == t.name && x.successors.contains(&n.key))
                    .map(|(id, _)| id.clone())
                    .collect();
                preds.sort();
                r.related = preds;
                rows.push(r);
            }
            Some(a) if a.ja_sha != n.ja_sha || a.en_sha != n.en_sha => {
                changed.extend(field_changes(o, t, a, n));
            }
            Some(_) => {}
        }
    }
    let gone: Vec<&RowRec> = o.rows.iter().filter(|r| t.find(&r.key).is_none()).collect();
    for g in &gone {
        let mut r = Row::new(&t.name, Some(&g.key), Change::Removed);
        r.name = names(o, g);
        if let Some(x) = reg.get(&g.key).filter(|x| x.table == t.name) {
            r.related = x.successors.clone();
            r.reason = x.reason.clone();
            r.change = match x.successors.len() {
                0 => Change::Retired,
                1 => {
                    let shared = gone.iter().any(|h| {
                        h.key != g.key
                            && reg
                                .get(&h.key)
                                .is_some_and(|y| y.table == t.name && y.successors == x.successors)
                    });
                    if shared {
                        Change::Merged
                    } else {
                        Change::Renamed
                    }
                }
                _ => Change::Split,
            };
        }
        rows.push(r);
    }
    rows.extend(changed);
}

/// The class of a list of changes: the largest class among them.
pub fn class_of(rows: &[Row]) -> Class {
    rows.iter()
        .map(|r| r.change.class())
        .max()
        .unwrap_or(Class::None)
}

impl Diff {
    /// The changes from `old` to `new`.
    pub fn between(old: &Release, new: &Release) -> Diff {
        let mut rows = Vec::new();
        schema_changes(old, new, &mut rows);
        let reg = registry(new);
        for t in &new.tables {
            if let Some(o) = old.table(&t.name) {
                record_changes(o, t, &reg, &mut rows);
            }
        }
        let class = class_of(&rows);
        Diff {
            old: Some(Info::of(old)),
            new: Info::of(new),
            rows,
            class,
        }
    }

    /// A first release: nothing before it.
    pub fn first(new: &Release) -> Diff {
        Diff {
            old: None,
            new: Info::of(new),
            rows: Vec::new(),
            class: Class::None,
        }
    }

    /// The version the new release should have: the old one bumped by the
    /// class of the changes (`None` for a first release).
    pub fn expected_version(&self) -> Option<Version> {
        let old = Version::parse(&self.old.as_ref()?.version)?;
        Some(old.bump(self.class))
    }

    /// Per table (in order of first change), the number of records of each
    /// kind of record change (`changed` counts records, not fields).
    pub fn summary(&self) -> Vec<(String, BTreeMap<Change, usize>)> {
        let mut out: Vec<(String, BTreeMap<Change, usize>)> = Vec::new();
        let mut last: Option<(String, String, Change)> = None;
        for r in self.rows.iter().filter(|r| !r.change.is_schema()) {
            let key = (
                r.table.clone(),
                r.record.clone().unwrap_or_default(),
                r.change,
            );
            if last.as_ref() == Some(&key) {
                continue; // another field of the same changed record
            }
            last = Some(key);
            let i = match out.iter().position(|(t, _)| *t == r.table) {
                Some(i) => i,
                None => {
                    out.push((r.table.clone(), BTreeMap::new()));
                    out.len() - 1
                }
            };
            *out[i].1.entry(r.change).or_insert(0) += 1;
        }
        out
    }

    /// A short account of why the changes are of their class, for messages:
    /// `minor: 2 records added (budget_phases, programmes), 1 retired (points)`.
    pub fn reasons(&self) -> String {
        let mut by_kind: BTreeMap<Change, (Vec<String>, Vec<String>)> = BTreeMap::new();
        for r in self.rows.iter().filter(|r| r.change.class() == self.class) {
            let (where_, records) = by_kind.entry(r.change).or_default();
            let what = match (&r.field, r.change.is_schema()) {
                (Some(f), true) => format!("{}.{f}", r.table),
                _ => r.table.clone(),
            };
            if !where_.contains(&what) {
                where_.push(what);
            }
            let record = format!("{}/{}", r.table, r.record.clone().unwrap_or_default());
            if !records.contains(&record) {
                records.push(record);
            }
        }
        let parts: Vec<String> = by_kind
            .iter()
            .map(|(k, (where_, records))| {
                let what = k.name().replace('-', " ");
                if k.is_schema() {
                    format!("{what} ({})", where_.join(", "))
                } else {
                    let n = records.len();
                    let noun = if n == 1 { "record" } else { "records" };
                    format!("{n} {noun} {what} ({})", where_.join(", "))
                }
            })
            .collect();
        format!("{}: {}", self.class.name(), parts.join(", "))
    }

    // ----- machine-readable ------------------------------------------------

    fn info_json(i: &Info) -> J {
        json!({
            "version": i.version,
            "date": i.date,
            "document": i.document,
            "phase": i.phase,
            "texts": i.texts,
        })
    }

    /// `changes.json`: both releases, the class, the summary and every change.
    pub fn to_json(&self) -> Vec<u8> {
        let summary: Vec<J> = self
            .summary()
            .into_iter()
            .map(|(t, counts)| {
                let mut o = serde_json::Map::new();
                o.insert("table".into(), J::String(t));
                for k in Change::RECORDS {
                    o.insert(k.name().into(), json!(counts.get(&k).copied().unwrap_or(0)));
                }
                J::Object(o)
            })
            .collect();
        let changes: Vec<J> = self
            .rows
            .iter()
            .map(|r| {
                json!({
                    "table": r.table,
                    "record": r.record,
                    "change": r.change.name(),
                    "field": r.field,
                    "lang": r.lang.map(Lang::code),
                    "old": r.old,
                    "new": r.new,
                    "delta": r.delta,
                    "old_sha": r.old_sha,
                    "new_sha": r.new_sha,
                    "related": r.related,
                    "reason_ja": r.reason[0],
                    "reason_en": r.reason[1],
                })
            })
            .collect();
        let v = json!({
            "old": self.old.as_ref().map(Diff::info_json),
            "new": Diff::info_json(&self.new),
            "class": self.class.name(),
            "expected_version": self.expected_version().map(|v| v.to_string()),
            "summary": summary,
            "changes": changes,
        });
        let mut bytes = serde_json::to_vec_pretty(&v).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// The columns of `changes.csv`, with their Table Schema type.
    pub const CSV_COLUMNS: [(&'static str, &'static str); 13] = [
        ("table", "string"),
        ("record", "string"),
        ("change", "string"),
        ("field", "string"),
        ("lang", "string"),
        ("old", "string"),
        ("new", "string"),
        ("delta", "integer"),
        ("old_sha", "string"),
        ("new_sha", "string"),
        ("related", "string"),
        ("reason_ja", "string"),
        ("reason_en", "string"),
    ];

    /// `changes.csv`: one row per change (UTF-8, LF, a header row).
    pub fn to_csv(&self) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(Vec::new());
        let _ = w.write_record(Diff::CSV_COLUMNS.iter().map(|(n, _)| *n));
        for r in &self.rows {
            let o = |v: &Option<String>| v.clone().unwrap_or_default();
            let _ = w.write_record([
                r.table.clone(),
                o(&r.record),
                r.change.name().to_string(),
                o(&r.field),
                r.lang.map(|l| l.code().to_string()).unwrap_or_default(),
                o(&r.old),
                o(&r.new),
                r.delta.map(|d| d.to_string()).unwrap_or_default(),
                o(&r.old_sha),
                o(&r.new_sha),
                r.related.join(" "),
                o(&r.reason[0]),
                o(&r.reason[1]),
            ]);
        }
        w.into_inner().unwrap_or_default()
    }

    /// `changes.schema.json`: the Table Schema of `changes.csv`, with the
    /// titles of its columns in both languages.
    pub fn csv_schema(labels: &Labels) -> Vec<u8> {
        let fields: Vec<J> = Diff::CSV_COLUMNS
            .iter()
            .map(|(name, ty)| {
                let key = format!("changes-{}", name.replace('_', "-"));
                let mut f = json!({
                    "name": name,
                    "type": ty,
                    "title": format!("{} / {}", labels.get(Lang::Ja, &key), labels.get(Lang::En, &key)),
                });
                match *name {
                    "table" | "change" => f["constraints"] = json!({"required": true}),
                    _ => {}
                }
                if *name == "change" {
                    f["constraints"]["enum"] =
                        json!(Change::ALL.iter().map(|c| c.name()).collect::<Vec<_>>());
                }
                if *name == "lang" {
                    f["constraints"] = json!({"enum": ["ja", "en"]});
                }
                if name.ends_with("_sha") {
                    f["constraints"] = json!({"pattern": "[0-9a-f]{16}"});
                }
                f
            })
            .collect();
        let v = json!({
            "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
            "fields": fields,
            "missingValues": [""],
        });
        let mut bytes = serde_json::to_vec_pretty(&v).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    // ----- human-readable --------------------------------------------------

    /// The changes as Markdown in one language.
    pub fn to_markdown(&self, lang: Lang, labels: &Labels) -> String {
        let l = |k: &str| labels.get(lang, k);
        let mut s = String::new();
        let Some(old) = &self.old else {
            s.push_str(&format!(
                "# {}: {}\n\n{}\n",
                l("changes-title"),
                self.new.version,
                l("changes-first-release")
            ));
            return s;
        };
        s.push_str(&format!(
            "# {}: {} → {}\n\n",
            l("changes-title"),
            old.version,
            self.new.version
        ));
        s.push_str(&format!(
            "| | {} | {} | {} |\n|---|---|---|---|\n",
            l("changes-version"),
            l("changes-date"),
            l("changes-document")
        ));
        for (k, i) in [("changes-old", old), ("changes-new", &self.new)] {
            s.push_str(&format!(
                "| {} | {} | {} | `{}` |\n",
                l(k),
                i.version,
                i.date,
                i.document
            ));
        }
        s.push_str(&format!(
            "\n{}: {}\n\n",
            l("changes-class"),
            l(self.class.label())
        ));
        if let Some(v) = self
            .expected_version()
            .filter(|_| self.class != Class::None)
        {
            s.push_str(&format!("{}: {v}\n\n", l("changes-expected-version")));
        }
        if self.rows.is_empty() {
            s.push_str(&format!("{}\n", l("changes-empty")));
            return s;
        }
        let summary = self.summary();
        if !summary.is_empty() {
            s.push_str(&format!(
                "## {}\n\n| {} |",
                l("changes-summary"),
                l("changes-table")
            ));
            for k in Change::RECORDS {
                s.push_str(&format!(" {} |", l(&k.label())));
            }
            s.push_str("\n|---|");
            s.push_str(&"---:|".repeat(Change::RECORDS.len()));
            s.push('\n');
            for (t, counts) in &summary {
                s.push_str(&format!("| {} |", labels.table(lang, t)));
                for k in Change::RECORDS {
                    s.push_str(&format!(" {} |", counts.get(&k).copied().unwrap_or(0)));
                }
                s.push('\n');
            }
            s.push('\n');
        }
        let schema: Vec<&Row> = self.rows.iter().filter(|r| r.change.is_schema()).collect();
        if !schema.is_empty() {
            s.push_str(&format!("## {}\n\n", l("changes-schema")));
            for r in schema {
                s.push_str(&format!(
                    "- {}: {}",
                    l(&r.change.label()),
                    labels.table(lang, &r.table)
                ));
                if let Some(f) = &r.field {
                    s.push_str(&format!(" `{f}`"));
                }
                match (&r.old, &r.new) {
                    (Some(a), Some(b)) => s.push_str(&format!(" ({a} → {b})")),
                    (None, Some(b)) => s.push_str(&format!(" ({b})")),
                    (Some(a), None) => s.push_str(&format!(" ({a})")),
                    (None, None) => {}
                }
                s.push('\n');
            }
            s.push('\n');
        }
        let mut tables: Vec<&str> = Vec::new();
        for r in self.rows.iter().filter(|r| !r.change.is_schema()) {
            if !tables.contains(&r.table.as_str()) {
                tables.push(&r.table);
            }
        }
        for t in tables {
            s.push_str(&format!("## {}\n\n", labels.table(lang, t)));
            let rows: Vec<&Row> = self
                .rows
                .iter()
                .filter(|r| r.table == t && !r.change.is_schema())
                .collect();
            for kind in Change::RECORDS {
                let of_kind: Vec<&Row> =
                    rows.iter().copied().filter(|r| r.change == kind).collect();
                if of_kind.is_empty() {
                    continue;
                }
                s.push_str(&format!("### {}\n\n", l(&kind.label())));
                let mut i = 0;
                while i < of_kind.len() {
                    let r = of_kind[i];
                    let record = r.record.clone().unwrap_or_default();
                    s.push_str(&format!("- `{record}`"));
                    if let Some(n) = name(r, lang) {
                        s.push_str(&format!(" {n}"));
                    }
                    if kind != Change::Changed {
                        if !r.related.is_empty() {
                            let key = if kind == Change::Added {
                                "changes-predecessors"
                            } else {
                                "changes-successors"
                            };
                            let ids: Vec<String> =
                                r.related.iter().map(|x| format!("`{x}`")).collect();
                            s.push_str(&format!(" — {}: {}", l(key), ids.join(", ")));
                        }
                        if let Some(reason) = r.reason[lang_index(lang)].as_ref() {
                            s.push_str(&format!(" — {}: {reason}", l("changes-reason")));
                        }
                        s.push('\n');
                        i += 1;
                        continue;
                    }
                    s.push('\n');
                    // Every field row of this record, grouped by field.
                    let mut j = i;
                    while j < of_kind.len() && of_kind[j].record == r.record {
                        j += 1;
                    }
                    let fields = &of_kind[i..j];
                    let mut done: Vec<&str> = Vec::new();
                    for f in fields {
                        let field = f.field.as_deref().unwrap_or("");
                        if done.contains(&field) {
                            continue;
                        }
                        done.push(field);
                        let title = labels.column(lang, t, field);
                        let mine = fields
                            .iter()
                            .find(|x| x.field.as_deref() == Some(field) && x.lang == Some(lang));
                        let plain = fields
                            .iter()
                            .find(|x| x.field.as_deref() == Some(field) && x.lang.is_none());
                        let line = if let Some(p) = plain {
                            let mut v = format!(
                                "{} → {}",
                                show_value(p.old.as_deref()),
                                show_value(p.new.as_deref())
                            );
                            if let Some(d) = p.delta {
                                v.push_str(&format!(" ({d:+})"));
                            }
                            v
                        } else if let Some(m) = mine {
                            let old = if m.old_unknown() {
                                l("changes-text-not-recorded")
                            } else {
                                quote(m.old.as_deref(), lang)
                            };
                            format!("{old} → {}", quote(m.new.as_deref(), lang))
                        } else {
                            l("changes-other-language")
                        };
                        s.push_str(&format!("  - {title}: {line}\n"));
                    }
                    i = j;
                }
                s.push('\n');
            }
        }
        let mut s = s.trim_end().to_string();
        s.push('\n');
        s
    }

    /// This release's entry in `CHANGELOG.md`, in one language: the class and
    /// per table the identifiers of each kind of change.
    pub fn changelog_entry(&self, lang: Lang, labels: &Labels) -> String {
        let l = |k: &str| labels.get(lang, k);
        let mut s = format!(
            "## {} ({}, `{}`)\n\n",
            self.new.version, self.new.date, self.new.document
        );
        if self.old.is_none() {
            s.push_str(&format!("{}\n\n", l("changes-first-release")));
            return s;
        }
        s.push_str(&format!(
            "{}: {}\n\n",
            l("changes-class"),
            l(self.class.label())
        ));
        if self.rows.is_empty() {
            s.push_str(&format!("{}\n\n", l("changes-empty")));
            return s;
        }
        for r in self.rows.iter().filter(|r| r.change.is_schema()) {
            s.push_str(&format!(
                "- {}: {}",
                l(&r.change.label()),
                labels.table(lang, &r.table)
            ));
            if let Some(f) = &r.field {
                s.push_str(&format!(" `{f}`"));
            }
            s.push('\n');
        }
        for (t, counts) in self.summary() {
            let mut parts = Vec::new();
            for k in Change::RECORDS {
                let Some(n) = counts.get(&k) else {
                    continue;
                };
                let mut ids: Vec<String> = Vec::new();
                for r in self.rows.iter().filter(|r| r.table == t && r.change == k) {
                    let id = format!("`{}`", r.record.clone().unwrap_or_default());
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                parts.push(format!("{} {n} ({})", l(&k.label()), ids.join(", ")));
            }
            s.push_str(&format!(
                "- {}: {}\n",
                labels.table(lang, &t),
                parts.join("; ")
            ));
        }
        s.push('\n');
        s
    }
}

fn lang_index(lang: Lang) -> usize {
    match lang {
        Lang::Ja => 0,
        Lang::En => 1,
    }
}

fn name(r: &Row, lang: Lang) -> Option<&str> {
    r.name[lang_index(lang)].as_deref()
}

fn show_value(v: Option<&str>) -> String {
    match v {
        Some(v) => format!("`{v}`"),
        None => "—".to_string(),
    }
}

fn quote(v: Option<&str>, lang: Lang) -> String {
    match (v, lang) {
        (None, _) => "—".to_string(),
        (Some(v), Lang::Ja) => format!("「{v}」"),
        (Some(v), Lang::En) => format!("“{v}”"),
    }
}

/// Interface labels in both languages, by message id (a missing label shows
/// its id).
pub struct Labels<'a> {
    pub ja: &'a BTreeMap<String, String>,
    pub en: &'a BTreeMap<String, String>,
}

impl Labels<'_> {
    pub fn get(&self, lang: Lang, key: &str) -> String {
        let m = match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        };
        m.get(key).cloned().unwrap_or_else(|| key.to_string())
    }

    /// A table's title and name: `事業 (`programmes`)`.
    pub fn table(&self, lang: Lang, table: &str) -> String {
        let key = crate::labels::table_title(table);
        match self.get(lang, &key) {
            t if t == key => format!("`{table}`"),
            t => format!("{t} (`{table}`)"),
        }
    }

    /// A column's title (its name when there is no label).
    pub fn column(&self, lang: Lang, table: &str, column: &str) -> String {
        let key = crate::labels::column_title(table, column);
        match self.get(lang, &key) {
            t if t == key => format!("`{column}`"),
            t => t,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_says_retired_renamed_split_or_merged() {
        let old = Release::sample(
            &[
                ("a", "一"),
                ("b", "二"),
                ("c", "三"),
                ("d", "四"),
                ("e", "五"),
                ("f", "六"),
                ("k", "七"),
            ],
            &[],
        );
        let new = Release::sample(
            &[
                ("k", "七の改"),
                ("a2", "一"),
                ("b1", "二甲"),
                ("b2", "二乙"),
                ("cd", "三四"),
            ],
            &[
                ("a", "a2"),
                ("b", "b1 b2"),
                ("c", "cd"),
                ("d", "cd"),
                ("e", ""),
            ],
        );
        let d = Diff::between(&old, &new);
        let kind = |id: &str| {
            d.rows
                .iter()
                .find(|r| r.table == "points" && r.record.as_deref() == Some(id))
                .map(|r| (r.change, r.related.join(" ")))
        };
        assert_eq!(kind("a"), Some((Change::Renamed, "a2".into())));
        assert_eq!(kind("b"), Some((Change::Split, "b1 b2".into())));
        assert_eq!(kind("c"), Some((Change::Merged, "cd".into())));
        assert_eq!(kind("d"), Some((Change::Merged, "cd".into())));
        assert_eq!(kind("e"), Some((Change::Retired, String::new())));
        assert_eq!(kind("f"), Some((Change::Removed, String::new())));
        assert_eq!(kind("cd"), Some((Change::Added, "c d".into())));
        assert_eq!(kind("k"), Some((Change::Changed, String::new())));
        assert_eq!(d.class, Class::Minor);
        assert_eq!(
            d.expected_version().map(|v| v.to_string()),
            Some("1.1.0".into())
        );
        let only_changed = Diff::between(
            &old,
            &Release::sample(
                &[
                    ("a", "一"),
                    ("b", "二"),
                    ("c", "三"),
                    ("d", "四"),
                    ("e", "五"),
                    ("f", "六"),
                    ("k", "七の改"),
                ],
                &[],
            ),
        );
        assert_eq!(only_changed.class, Class::Patch);
    }
}
