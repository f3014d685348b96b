//! The plain data handed from stage to stage: raw tables as read from disk,
//! and the typed, validated [`Dataset`] every later stage reads.

use crate::schema::{Schema, TableSpec};

/// The tables as read from disk, with the schema that describes them.
#[derive(Debug)]
pub struct RawDataset {
    pub schema: &'static Schema,
    pub tables: Vec<RawTable>,
}

/// One table as read from disk: cells as strings, each row with its line number.
#[derive(Debug)]
pub struct RawTable {
    pub spec: &'static TableSpec,
    /// Path shown in diagnostics, e.g. `data/points.csv`.
    pub path: String,
    /// For each schema column, its 1-based position in the file (for diagnostics).
    pub file_columns: Vec<usize>,
    pub rows: Vec<RawRow>,
    /// Some rows could not be read (reported); references into the table are not checked.
    pub incomplete: bool,
}

#[derive(Debug)]
pub struct RawRow {
    pub line: usize,
    /// One cell per schema column, in schema order; empty cells are `None`.
    /// Stored as the validator keeps them (short ones inline), so that
    /// validation moves them instead of copying.
    pub cells: Vec<Option<CellStr>>,
}

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
    pub(crate) index: Vec<u32>,
    /// The `id` column (tables keyed by `id` only).
    pub(crate) id_col: usize,
    /// Some rows could not be read, so a reference that does not resolve proves nothing.
    pub(crate) incomplete: bool,
    /// Cells that were present but could not be typed: (row, column).
    pub(crate) invalid: std::collections::HashSet<(usize, usize)>,
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
    pub schema: &'static Schema,
    pub tables: Vec<Table>,
}

impl Dataset {
    /// The table of that name, if the schema has it.
    pub fn get(&self, name: &str) -> Option<&Table> {
        self.schema.table_index(name).map(|i| &self.tables[i])
    }

    pub fn table(&self, name: &str) -> &Table {
        let i = self
            .schema
            .table_index(name)
            .unwrap_or_else(|| panic!("no table {name}"));
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
