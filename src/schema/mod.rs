//! The shape of `data/`: every table, its columns, their kinds and keys,
//! read from the descriptor `data/datapackage.json` (a Frictionless Data
//! Package with a few `x-` extension properties, see [`descriptor`]).
//!
//! Everything downstream (validation, localisation, every output format and the
//! package metadata) is driven by this description, so a new column is added
//! to the descriptor once and appears everywhere.

mod descriptor;

pub use descriptor::{load, FILE as DESCRIPTOR};

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The record's identifier: `^[a-z][a-z0-9-]*$`, unique in its table.
    Id,
    /// Japanese text with an English translation in `locales/en/data/<table>.ftl`.
    Text,
    /// Text published as it is in every language (acronyms, codes, quoted source text).
    Verbatim,
    /// A non-negative integer (amounts are in 億円).
    Int,
    /// `true` or `false`.
    Bool,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// The identifier of a record in the named table (a single-field foreign key).
    Ref(&'static str),
    /// The name of a table of this schema.
    TableName,
}

#[derive(Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// The `pattern` constraint of a text field other than an identifier
    /// (identifiers have their own rule).
    pub pattern: Option<&'static regex::Regex>,
    /// What publishing asks of the field (`x-publish` in the descriptor):
    /// `build --publish` and `check --publish` refuse a release without it.
    pub publish: Option<Publish>,
    /// A translated text that names its record (`x-identifying`): the release
    /// history compares it to tell an edited record from a different one.
    pub identifying: bool,
}

/// What `--publish` requires of a field, beyond its ordinary constraints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Publish {
    /// `"x-publish": "required"`: the field is filled in (a draft may leave
    /// it empty; the outputs then say that it is not yet set).
    Required,
    /// `"x-publish": "address"`: the field is filled in with a real web or
    /// mail address, not a placeholder (an `example` domain, `localhost`,
    /// a reserved test domain); a draft may hold a placeholder.
    Address,
}

#[derive(Debug)]
pub struct TableSpec {
    pub name: &'static str,
    pub columns: &'static [Column],
    /// Primary-key columns: `["id"]`, or two reference columns for a link table.
    pub key: &'static [&'static str],
    /// A code list: its identifiers are the allowed values of the columns that refer to it.
    pub code_list: bool,
    /// The table may hold no records (`x-may-be-empty`).
    pub may_be_empty: bool,
}

impl TableSpec {
    pub fn file_name(&self) -> String {
        format!("{}.csv", self.name)
    }

    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    pub fn key_indices(&self) -> Vec<usize> {
        self.key
            .iter()
            .filter_map(|k| self.column_index(k))
            .collect()
    }

    pub fn has_id(&self) -> bool {
        self.key == ["id"]
    }

    pub fn has_text(&self) -> bool {
        self.columns.iter().any(|c| c.kind == Kind::Text)
    }

    /// Indices of the columns translated into English, in schema order.
    pub fn text_columns(&self) -> Vec<usize> {
        (0..self.columns.len())
            .filter(|&i| self.columns[i].kind == Kind::Text)
            .collect()
    }
}

/// How the nested JSON is built: each child table hangs under its parent's
/// objects by a reference column.
#[derive(Debug)]
pub struct Nesting {
    pub parent: &'static str,
    pub child: &'static str,
    pub via: &'static str,
    pub key: &'static str,
}

/// The whole description of `data/`, read once per run and kept for the
/// life of the process (every stage borrows from it).
#[derive(Debug)]
pub struct Schema {
    /// Every table, referenced tables before the tables that refer to them.
    pub tables: &'static [TableSpec],
    pub nesting: &'static [Nesting],
}

impl Schema {
    pub fn table_index(&self, name: &str) -> Option<usize> {
        self.tables.iter().position(|t| t.name == name)
    }
}

/// The identifier pattern, as the descriptor and the published schemas state it.
pub const IDENTIFIER_PATTERN: &str = "^[a-z][a-z0-9-]*$";

/// Whether an identifier is well formed (it becomes a Fluent id, a file name and a URL fragment).
pub fn valid_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

/// Whether a table name is well formed (it becomes a file name and a Fluent label key).
pub fn valid_table_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

/// Whether a string contains Japanese script (kana, kanji, full-width forms, CJK punctuation).
pub fn has_japanese(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32,
            0x3000..=0x303F | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
    })
}
