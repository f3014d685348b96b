//! Stage 2: turn raw rows into a validated [`Dataset`].
//!
//! Every rule is checked on every row and all failures are reported together.
//! Later stages rely on what holds here and never check again: identifiers are
//! well formed and unique, every reference resolves, amounts are integers and
//! budget lines reconcile with the project totals.
//!
//! The generic checks (types, keys, references) live here; the dataset's own
//! rules (sections, parents, budget lines, errata) in [`dataset`]; every rule
//! a diagnostic can name is declared once in [`rules`].

mod dataset;
pub mod publish;
pub mod rules;

use crate::diag::Diagnostics;
use crate::model::{CellStr, Dataset, RawDataset, RawTable, Row, Table, Value};
use crate::schema::{self, Kind, Schema};
use std::collections::HashMap;

/// Validates raw tables. Returns the dataset only when no rule is broken.
pub fn validate(raw: RawDataset, diags: &mut Diagnostics) -> Option<Dataset> {
    let schema = raw.schema;
    // Missing tables were reported by the loader; still check what we have.
    let mut tables: Vec<Table> = raw
        .tables
        .into_iter()
        .map(|t| type_table(t, diags))
        .collect();
    for t in &mut tables {
        build_index(t, diags);
    }
    check_references(schema, &tables, diags);
    if tables.len() == schema.tables.len() {
        let ds = Dataset { schema, tables };
        dataset::check(&ds, diags);
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
                            &rules::REQUIRED,
                            format!("`{}` is empty; it is required", col.name),
                        );
                    }
                    Value::Null
                }
                Some(s) => {
                    if let Some(re) = col.pattern.filter(|re| !re.is_match(&s)) {
                        diags.push(
                            &raw.path,
                            r.line,
                            at,
                            &rules::PATTERN,
                            format!("`{}` must match {}, found `{s}`", col.name, re.as_str()),
                        );
                    }
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
                        &rules::NEGATIVE_AMOUNT
                    } else {
                        &rules::INTEGER
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
                    &rules::BOOLEAN,
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
                    &rules::DATE,
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
                    &rules::IDENTIFIER,
                    format!(
                        "`{s}` is not a valid identifier ({})",
                        schema::IDENTIFIER_PATTERN
                    ),
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
                    &rules::WHITESPACE,
                    format!("`{name}` has leading or trailing spaces"),
                );
            }
            if s.contains(['\n', '\r']) {
                diags.push(
                    path,
                    line,
                    at,
                    &rules::LINE_BREAK,
                    format!("`{name}` contains a line break; one record per line"),
                );
            }
            if let Some((pos, c)) = crate::text::forbidden(&s) {
                diags.push(
                    path,
                    line,
                    at,
                    &rules::FORBIDDEN_CHARACTER,
                    format!(
                        "`{name}` contains {} at character {pos}",
                        crate::text::describe(c)
                    ),
                );
            }
            Value::Str(s)
        }
    }
}

/// Whether `YYYY-MM-DD` (already known to be digits) names a day of the Gregorian calendar.
fn real_date(s: &str) -> bool {
    s.parse::<jiff::civil::Date>().is_ok()
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
                    &rules::DUPLICATE_KEY,
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

fn check_references(schema: &Schema, tables: &[Table], diags: &mut Diagnostics) {
    let by_name: HashMap<&str, &Table> = tables.iter().map(|t| (t.spec.name, t)).collect();
    for t in tables {
        for (ci, col) in t.spec.columns.iter().enumerate() {
            let target = match col.kind {
                Kind::Ref(target) => target,
                Kind::TableName => {
                    for row in &t.rows {
                        if let Some(v) = row.cells[ci].as_str() {
                            if schema.table_index(v).is_none() {
                                diags.push(
                                    &t.path,
                                    row.line,
                                    t.file_columns[ci],
                                    &rules::DANGLING_REFERENCE,
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
                    (&rules::UNKNOWN_CODE, "is not a code of")
                } else {
                    (&rules::DANGLING_REFERENCE, "does not match any record in")
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
