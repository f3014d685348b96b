//! Stage 2: turn raw rows into a validated [`Dataset`].
//!
//! Every rule is checked on every row and all failures are reported together.
//! Later stages rely on what holds here and never check again: identifiers are
//! well formed and unique, every reference resolves, amounts are integers and
//! budget lines reconcile with the project totals.

use crate::diag::Diagnostics;
use crate::load::RawTable;
use crate::schema::{self, Kind, TableSpec, TABLES};
use std::collections::HashMap;

/// A cell's string. Short strings (identifiers, references, codes) are kept
/// inline and need no allocation of their own; longer ones are one exact-size
/// heap block. A large dataset has millions of short cells, so this saves a
/// heap block (32 bytes with the allocator's header) per cell.
#[derive(Clone, PartialEq, Eq)]
pub enum CellStr {
    Inline { len: u8, bytes: [u8; INLINE] },
    Heap(Box<str>),
}

/// The longest string stored inline: what fits beside the tag in 24 bytes.
const INLINE: usize = 22;

impl CellStr {
    pub fn new(s: &str) -> Self {
        if s.len() <= INLINE {
            let mut bytes = [0u8; INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            CellStr::Inline {
                len: s.len() as u8,
                bytes,
            }
        } else {
            CellStr::Heap(s.into())
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            // Always a whole string copied in by `new`/`from`, so always valid UTF-8.
            CellStr::Inline { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or("")
            }
            CellStr::Heap(s) => s,
        }
    }
}

impl From<String> for CellStr {
    /// Moves a long string into place (no copy when it has no spare capacity).
    fn from(s: String) -> Self {
        if s.len() <= INLINE {
            CellStr::new(&s)
        } else {
            CellStr::Heap(s.into_boxed_str())
        }
    }
}

impl std::ops::Deref for CellStr {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Display for CellStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for CellStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

/// A typed cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Null,
    Str(CellStr),
    Int(i64),
    Bool(bool),
}

// A large dataset holds millions of cells: keep a cell at three words.
const _: () = assert!(std::mem::size_of::<Value>() == 24);

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub struct Row {
    /// Line in the source CSV (for later diagnostics such as a missing translation).
    pub line: usize,
    /// One cell per schema column (a boxed slice: no spare capacity).
    pub cells: Box<[Value]>,
}

#[derive(Debug)]
pub struct Table {
    pub spec: &'static TableSpec,
    pub path: String,
    pub file_columns: Vec<usize>,
    pub rows: Vec<Row>,
    /// Row indices sorted by identifier, for binary search against the
    /// rows' own `id` cells (tables keyed by `id` only; first occurrence of
    /// each identifier). Holds no copy of the identifiers.
    index: Vec<u32>,
    /// The `id` column (tables keyed by `id` only).
    id_col: usize,
    /// Some rows could not be read, so a reference that does not resolve proves nothing.
    incomplete: bool,
    /// Cells that were present but could not be typed: (row, column).
    invalid: std::collections::HashSet<(usize, usize)>,
}

impl Table {
    pub fn find(&self, id: &str) -> Option<&Row> {
        self.position(id).map(|i| &self.rows[i])
    }

    /// The index of the row with this identifier (tables keyed by `id` only).
    pub fn position(&self, id: &str) -> Option<usize> {
        let id_of = |i: u32| {
            self.rows[i as usize].cells[self.id_col]
                .as_str()
                .unwrap_or("")
        };
        self.index
            .binary_search_by(|&i| id_of(i).cmp(id))
            .ok()
            .map(|k| self.index[k] as usize)
    }

    /// [`Table::position`], trying row `hint` first: files that follow the
    /// table's order (every generated English file) then need no search.
    /// Identifiers of a validated table are unique, so a match is the row.
    pub fn position_from(&self, id: &str, hint: usize) -> Option<usize> {
        let at_hint = self
            .rows
            .get(hint)
            .is_some_and(|r| r.cells[self.id_col].as_str() == Some(id));
        if at_hint && self.spec.has_id() {
            return Some(hint);
        }
        self.position(id)
    }

    pub fn col(&self, name: &str) -> usize {
        self.spec
            .column_index(name)
            .unwrap_or_else(|| panic!("schema has no column {}.{name}", self.spec.name))
    }

    /// The key of a row as one string (`id`, or `a/b` for a link table).
    pub fn key_of(&self, row: &Row) -> String {
        self.spec
            .key_indices()
            .iter()
            .map(|&i| row.cells[i].as_str().unwrap_or(""))
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// The whole validated dataset: one [`Table`] per schema table, in schema order.
#[derive(Debug)]
pub struct Dataset {
    pub tables: Vec<Table>,
}

impl Dataset {
    pub fn table(&self, name: &str) -> &Table {
        let i = schema::table_index(name).unwrap_or_else(|| panic!("no table {name}"));
        &self.tables[i]
    }

    /// The single document record.
    pub fn document(&self) -> &Row {
        &self.table("document").rows[0]
    }

    pub fn doc_str(&self, column: &str) -> &str {
        let t = self.table("document");
        self.document().cells[t.col(column)].as_str().unwrap_or("")
    }

    pub fn doc_int(&self, column: &str) -> i64 {
        let t = self.table("document");
        self.document().cells[t.col(column)].as_int().unwrap_or(0)
    }

    pub fn row_count(&self) -> usize {
        self.tables.iter().map(|t| t.rows.len()).sum()
    }
}

/// Validates raw tables. Returns the dataset only when no rule is broken.
pub fn validate(raw: Vec<RawTable>, diags: &mut Diagnostics) -> Option<Dataset> {
    if raw.len() != TABLES.len() {
        // Missing tables were reported by the loader; still check what we have.
    }
    let mut tables: Vec<Table> = raw.into_iter().map(|t| type_table(t, diags)).collect();
    for t in &mut tables {
        build_index(t, diags);
    }
    check_references(&tables, diags);
    if tables.len() == TABLES.len() {
        let ds = Dataset { tables };
        check_rules(&ds, diags);
        // Problems found by the loader count too: a partly read table is not a dataset.
        return diags.is_empty().then_some(ds);
    }
    None
}

fn type_table(raw: RawTable, diags: &mut Diagnostics) -> Table {
    let spec = raw.spec;
    let mut rows = Vec::with_capacity(raw.rows.len());
    let mut invalid = std::collections::HashSet::new();
    for (ri, r) in raw.rows.into_iter().enumerate() {
        let mut cells = Vec::with_capacity(spec.columns.len());
        // The strings are moved from the raw row, never copied.
        for (i, (col, cell)) in spec.columns.iter().zip(r.cells).enumerate() {
            let at = raw.file_columns[i];
            let value = match cell {
                None => {
                    if col.required {
                        diags.push(
                            &raw.path,
                            r.line,
                            at,
                            "required",
                            format!("`{}` is empty; it is required", col.name),
                        );
                    }
                    Value::Null
                }
                Some(s) => {
                    let v = type_cell(&raw.path, r.line, at, col.name, col.kind, s, diags);
                    if v == Value::Null {
                        invalid.insert((ri, i));
                    }
                    v
                }
            };
            cells.push(value);
        }
        rows.push(Row {
            line: r.line,
            cells: cells.into_boxed_slice(),
        });
    }
    Table {
        spec,
        path: raw.path,
        file_columns: raw.file_columns,
        rows,
        index: Vec::new(),
        id_col: spec.column_index("id").unwrap_or(0),
        incomplete: raw.incomplete,
        invalid,
    }
}

fn type_cell(
    path: &str,
    line: usize,
    at: usize,
    name: &str,
    kind: Kind,
    s: CellStr,
    diags: &mut Diagnostics,
) -> Value {
    match kind {
        Kind::Int => {
            let digits = !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            match s.parse::<i64>() {
                Ok(n) if digits => Value::Int(n),
                _ => {
                    let rule = if s.starts_with('-') && s[1..].parse::<i64>().is_ok() {
                        "negative-amount"
                    } else {
                        "integer"
                    };
                    diags.push(
                        path,
                        line,
                        at,
                        rule,
                        format!("`{name}` must be a non-negative integer, found `{s}`"),
                    );
                    Value::Null
                }
            }
        }
        Kind::Bool => match &*s {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => {
                diags.push(
                    path,
                    line,
                    at,
                    "boolean",
                    format!("`{name}` must be `true` or `false`, found `{s}`"),
                );
                Value::Null
            }
        },
        Kind::Date => {
            let b = s.as_bytes();
            let ok = b.len() == 10
                && b[4] == b'-'
                && b[7] == b'-'
                && b.iter()
                    .enumerate()
                    .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
                && real_date(&s);
            if !ok {
                diags.push(
                    path,
                    line,
                    at,
                    "date",
                    format!("`{name}` must be a date YYYY-MM-DD, found `{s}`"),
                );
            }
            Value::Str(s)
        }
        Kind::Id | Kind::Ref(_) => {
            if !schema::valid_identifier(&s) {
                diags.push(
                    path,
                    line,
                    at,
                    "identifier",
                    format!("`{s}` is not a valid identifier (^[a-z][a-z0-9-]*$)"),
                );
            }
            Value::Str(s)
        }
        Kind::Text | Kind::Verbatim | Kind::TableName => {
            if s.trim() != &*s {
                diags.push(
                    path,
                    line,
                    at,
                    "whitespace",
                    format!("`{name}` has leading or trailing spaces"),
                );
            }
            if s.contains(['\n', '\r']) {
                diags.push(
                    path,
                    line,
                    at,
                    "line-break",
                    format!("`{name}` contains a line break; one record per line"),
                );
            }
            Value::Str(s)
        }
    }
}

/// Whether `YYYY-MM-DD` (already known to be digits) names a day of the Gregorian calendar.
fn real_date(s: &str) -> bool {
    let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().unwrap_or(0);
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

/// Reports duplicate keys and, for tables keyed by `id`, builds the index.
///
/// Row indices are sorted by key (ties by position), which puts the rows of
/// each key next to each other with the first occurrence first. Unlike a
/// hash map of keys this copies no string, and it is O(n log n) however the
/// identifiers are distributed.
fn build_index(t: &mut Table, diags: &mut Diagnostics) {
    let keys = t.spec.key_indices();
    let rows = &t.rows;
    let key_cmp = |a: u32, b: u32| {
        let (ra, rb) = (&rows[a as usize], &rows[b as usize]);
        keys.iter()
            .map(|&k| ra.cells[k].as_str().cmp(&rb.cells[k].as_str()))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    };
    // Row positions fit in u32: a table of 4 billion rows could not be held anyway.
    let mut order: Vec<u32> = (0..rows.len())
        .filter(|&i| keys.iter().all(|&k| rows[i].cells[k] != Value::Null))
        .filter_map(|i| u32::try_from(i).ok())
        .collect();
    // Sorting compares keys through two pointer hops per row (row -> cells ->
    // string), a cache miss each at a million rows. The first eight bytes of
    // the first key column, kept beside each row index, decide most
    // comparisons without leaving the array; ties fall back to the full keys.
    // Zero-padded big-endian bytes order like the strings do, so the result
    // is the same order as sorting by the keys alone.
    let prefix = |i: u32| {
        let s = keys
            .first()
            .and_then(|&k| rows[i as usize].cells[k].as_str())
            .unwrap_or("");
        let mut b = [0u8; 8];
        let n = s.len().min(8);
        b[..n].copy_from_slice(&s.as_bytes()[..n]);
        u64::from_be_bytes(b)
    };
    let mut keyed: Vec<(u64, u32)> = order.iter().map(|&i| (prefix(i), i)).collect();
    keyed.sort_unstable_by(|&(pa, a), &(pb, b)| {
        pa.cmp(&pb).then_with(|| key_cmp(a, b)).then(a.cmp(&b))
    });
    order.clear();
    order.extend(keyed.into_iter().map(|(_, i)| i));
    let mut index = Vec::with_capacity(order.len());
    let mut first: Option<u32> = None;
    for i in order {
        match first {
            Some(f) if key_cmp(f, i).is_eq() => {
                let row = &rows[i as usize];
                diags.push(
                    &t.path,
                    row.line,
                    t.file_columns[keys[0]],
                    "duplicate-key",
                    format!(
                        "`{}` is already used on line {}; identifiers must be unique",
                        t.key_of(row),
                        rows[f as usize].line
                    ),
                );
            }
            _ => {
                first = Some(i);
                index.push(i);
            }
        }
    }
    if t.spec.has_id() {
        t.index = index;
    }
}

fn check_references(tables: &[Table], diags: &mut Diagnostics) {
    let by_name: HashMap<&str, &Table> = tables.iter().map(|t| (t.spec.name, t)).collect();
    for t in tables {
        for (ci, col) in t.spec.columns.iter().enumerate() {
            let target = match col.kind {
                Kind::Ref(target) => target,
                Kind::TableName => {
                    for row in &t.rows {
                        if let Some(v) = row.cells[ci].as_str() {
                            if schema::table_index(v).is_none() {
                                diags.push(
                                    &t.path,
                                    row.line,
                                    t.file_columns[ci],
                                    "dangling-reference",
                                    format!("`{v}` is not a table of the dataset"),
                                );
                            }
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            let Some(target_table) = by_name.get(target) else {
                continue; // the missing table was reported by the loader
            };
            if target_table.incomplete {
                continue; // its unreadable rows were reported by the loader
            }
            // Rows usually come grouped by what they refer to (the points of an
            // appearance follow each other): a reference equal to the previous
            // row's resolves the same way without another search.
            let mut last: Option<(&str, bool)> = None;
            for row in &t.rows {
                let Some(v) = row.cells[ci].as_str() else {
                    continue;
                };
                let found = match last {
                    Some((prev, found)) if prev == v => found,
                    _ => target_table.position(v).is_some(),
                };
                last = Some((v, found));
                if found {
                    continue;
                }
                let (rule, what) = if target_table.spec.code_list {
                    ("unknown-code", "is not a code of")
                } else {
                    ("dangling-reference", "does not match any record in")
                };
                diags.push(
                    &t.path,
                    row.line,
                    t.file_columns[ci],
                    rule,
                    format!("{}: `{v}` {what} {}", col.name, target_table.path),
                );
            }
        }
    }
}

/// Rules that span several records or tables.
fn check_rules(ds: &Dataset, diags: &mut Diagnostics) {
    let document = ds.table("document");
    if document.rows.len() > 1 {
        diags.push(
            &document.path,
            document.rows[1].line,
            0,
            "single-row",
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
                    "section-project",
                    format!("section `{s}` does not belong to project `{p}`"),
                );
            }
        }
    }
}

/// A self-reference (`programmes.parent`, `diagram_entries.group`) must not loop.
fn check_chain(ds: &Dataset, table: &str, column: &str, diags: &mut Diagnostics) {
    let t = ds.table(table);
    let (id, parent) = (t.col("id"), t.col(column));
    for row in &t.rows {
        let mut seen = vec![row.cells[id].as_str()];
        let mut cur = row.cells[parent].as_str();
        while let Some(p) = cur {
            if seen.contains(&Some(p)) {
                diags.push(
                    &t.path,
                    row.line,
                    t.file_columns[parent],
                    "parent-cycle",
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
    let mut used: std::collections::HashSet<&str> = std::collections::HashSet::new();
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
                "unreferenced",
                format!("programme `{p}` is referred to by no appearance, point, budget line, diagram entry or programme"),
            );
        }
    }
}

/// A diagram entry's group and a flow's ends are entries of the same project's diagram.
fn check_diagram_projects(ds: &Dataset, diags: &mut Diagnostics) {
    let entries = ds.table("diagram_entries");
    let ep = entries.col("project");
    let project_of = |id: &str| entries.find(id).and_then(|r| r.cells[ep].as_str());
    for (table, columns) in [
        ("diagram_entries", &["group"][..]),
        ("diagram_flows", &["from_entry", "to_entry"]),
    ] {
        let t = ds.table(table);
        let p = t.col("project");
        for row in &t.rows {
            for &column in columns {
                let c = t.col(column);
                let (Some(own), Some(target)) = (row.cells[p].as_str(), row.cells[c].as_str())
                else {
                    continue;
                };
                if let Some(other) = project_of(target).filter(|&o| o != own) {
                    diags.push(
                        &t.path,
                        row.line,
                        t.file_columns[c],
                        "diagram-project",
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
                "basis",
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
                    "reconcile",
                    format!(
                        "project `{pid}`: {column} is {total} but its `{expense}` budget lines in {} sum to {sum}",
                        lines.path
                    ),
                );
            }
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
    let ti = schema::table_index(table)?;
    let target = &ds.tables[ti];
    let Some(target_row) = target.find(record) else {
        diags.push(
            &t.path,
            row.line,
            t.file_columns[c("record")],
            "dangling-reference",
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
            "dangling-reference",
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
                "required",
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
                    "erratum-not-applied",
                    format!("`{fixed}` is not in {table}/{record}.{field}"),
                );
            }
        }
    }
}

/// A supplied fact points at a real record and column.
fn check_supplied(ds: &Dataset, diags: &mut Diagnostics) {
    let t = ds.table("supplied_facts");
    for row in &t.rows {
        pointed_cell(ds, t, row, diags);
    }
}
