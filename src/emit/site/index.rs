//! How pages find records: each record's address (its IRI path), which tables
//! have a page per record, and every reference read backwards (which rows
//! refer to a record), built once for both languages.

use super::{page_file, PAGE_TABLE_LIMIT};
use crate::model::{Dataset, Value};
use crate::publication::{Lang, Publication};
use crate::schema::Kind;
use std::collections::HashMap;

/// A record: (table index, row index).
pub type Rec = (usize, usize);

/// The rows that refer to each row of a table through one column, in
/// compressed-row form: the referring rows of target row `r` are
/// `rows[offsets[r]..offsets[r + 1]]`, in file order.
pub struct Backrefs {
    /// The referring table and column.
    pub table: usize,
    pub column: usize,
    offsets: Vec<u32>,
    rows: Vec<u32>,
}

impl Backrefs {
    pub fn of(&self, target_row: usize) -> &[u32] {
        match (
            self.offsets.get(target_row),
            self.offsets.get(target_row + 1),
        ) {
            (Some(&a), Some(&b)) => &self.rows[a as usize..b as usize],
            _ => &[],
        }
    }
}

pub struct Index {
    /// Per table: whether its records have pages.
    pub paged: Vec<bool>,
    /// Per table: the references into it, one per referring column.
    pub incoming: Vec<Vec<Backrefs>>,
    /// Records named by a (table name, record id) pair of another table (the
    /// errata and supplied facts), by the record they name.
    pub mentions: HashMap<Rec, Vec<Rec>>,
}

impl Index {
    pub fn new(p: &Publication) -> Self {
        let ds = p.dataset;
        let paged = ds
            .tables
            .iter()
            .map(|t| t.rows.len() <= PAGE_TABLE_LIMIT)
            .collect();
        let mut incoming: Vec<Vec<Backrefs>> = ds.tables.iter().map(|_| Vec::new()).collect();
        for (ti, t) in ds.tables.iter().enumerate() {
            for (ci, c) in t.spec.columns.iter().enumerate() {
                let Kind::Ref(target) = c.kind else { continue };
                let Some(target) = ds.schema.table_index(target) else {
                    continue;
                };
                incoming[target].push(backrefs(ds, ti, ci, target));
            }
        }
        Index {
            paged,
            incoming,
            mentions: mentions(ds),
        }
    }

    /// The row a reference cell points to.
    pub fn resolve(ds: &Dataset, table: usize, value: &Value) -> Option<usize> {
        ds.tables[table].position(value.as_str()?)
    }
}

/// Every reference of column `ci` of table `ti`, read backwards.
fn backrefs(ds: &Dataset, ti: usize, ci: usize, target: usize) -> Backrefs {
    let t = &ds.tables[ti];
    let n = ds.tables[target].rows.len();
    // References come grouped (points by appearance): reuse the last lookup.
    let mut last: Option<(&str, Option<usize>)> = None;
    let targets: Vec<Option<usize>> = t
        .rows
        .iter()
        .map(|r| {
            let k = r.cells[ci].as_str()?;
            let found = match last {
                Some((prev, found)) if prev == k => found,
                _ => ds.tables[target].position(k),
            };
            last = Some((k, found));
            found
        })
        .collect();
    let mut offsets = vec![0u32; n + 1];
    for &tr in targets.iter().flatten() {
        offsets[tr + 1] += 1;
    }
    for i in 1..offsets.len() {
        offsets[i] += offsets[i - 1];
    }
    let mut next = offsets.clone();
    let mut rows = vec![0u32; offsets[n] as usize];
    for (r, tr) in targets.iter().enumerate() {
        if let Some(tr) = *tr {
            rows[next[tr] as usize] = r as u32;
            next[tr] += 1;
        }
    }
    Backrefs {
        table: ti,
        column: ci,
        offsets,
        rows,
    }
}

/// The records named by tables that have a table-name column `table` and a
/// record column `record` (errata, supplied facts).
fn mentions(ds: &Dataset) -> HashMap<Rec, Vec<Rec>> {
    let mut out: HashMap<Rec, Vec<Rec>> = HashMap::new();
    for (ti, t) in ds.tables.iter().enumerate() {
        let Some(tc) = t
            .spec
            .columns
            .iter()
            .position(|c| c.kind == Kind::TableName)
        else {
            continue;
        };
        let Some(rc) = t.spec.column_index("record") else {
            continue;
        };
        for (ri, row) in t.rows.iter().enumerate() {
            let (Some(table), Some(record)) = (row.cells[tc].as_str(), row.cells[rc].as_str())
            else {
                continue;
            };
            let Some(target) = ds.schema.table_index(table) else {
                continue;
            };
            if !ds.tables[target].spec.has_id() {
                continue;
            }
            if let Some(tr) = ds.tables[target].position(record) {
                out.entry((target, tr)).or_default().push((ti, ri));
            }
        }
    }
    out
}

/// The folder of a table's records: `id/<table>/` with `_` written `-` (as
/// in the package's CSVW `aboutUrl`).
pub fn kind_dir(table: &str) -> String {
    format!("id/{}/", table.replace('_', "-"))
}

/// The folder of a record, from the site's root: `id/<table>/<key>/`, the
/// path of its IRI (a link table's two-column key is two folders).
pub fn record_dir(ds: &Dataset, (t, r): Rec) -> String {
    let table = &ds.tables[t];
    let mut dir = kind_dir(table.spec.name);
    for k in table.spec.key_indices() {
        dir.push_str(table.rows[r].cells[k].as_str().unwrap_or(""));
        dir.push('/');
    }
    dir
}

/// The page of a record in a language, from the site's root.
pub fn record_page(ds: &Dataset, rec: Rec, lang: Lang) -> String {
    format!("{}{}", record_dir(ds, rec), page_file(lang))
}

/// The HTML `id` of a record shown on another record's page.
pub fn anchor(ds: &Dataset, (t, r): Rec) -> String {
    let table = &ds.tables[t];
    format!(
        "{}-{}",
        table.spec.name.replace('_', "-"),
        table.key_of(&table.rows[r]).replace('/', "-")
    )
}
