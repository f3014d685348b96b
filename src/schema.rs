//! The shape of `data/`: every table, its columns, their kinds and keys.
//!
//! Everything downstream (validation, localisation, every output format and the
//! package metadata) is driven by these declarations, so a new column is added
//! here once and appears everywhere.

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
    /// The identifier of a record in the named table.
    Ref(&'static str),
    /// The name of a table of this schema.
    TableName,
}

#[derive(Debug)]
pub struct Column {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
}

#[derive(Debug)]
pub struct TableSpec {
    pub name: &'static str,
    pub columns: &'static [Column],
    /// Primary-key columns: `["id"]`, or two reference columns for a link table.
    pub key: &'static [&'static str],
    /// A code list: its identifiers are the allowed values of the columns that refer to it.
    pub code_list: bool,
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

const fn req(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        required: true,
    }
}

const fn opt(name: &'static str, kind: Kind) -> Column {
    Column {
        name,
        kind,
        required: false,
    }
}

const ID: Column = req("id", Kind::Id);
const ID_KEY: &[&str] = &["id"];

const CODE_LIST_COLUMNS: &[Column] = &[ID, req("label", Kind::Text)];

const fn code_list(name: &'static str) -> TableSpec {
    TableSpec {
        name,
        columns: CODE_LIST_COLUMNS,
        key: ID_KEY,
        code_list: true,
    }
}

const fn table(name: &'static str, columns: &'static [Column]) -> TableSpec {
    TableSpec {
        name,
        columns,
        key: ID_KEY,
        code_list: false,
    }
}

/// Every table, referenced tables before the tables that refer to them.
pub static TABLES: &[TableSpec] = &[
    code_list("budget_phases"),
    code_list("point_tags"),
    code_list("expense_types"),
    code_list("line_bases"),
    code_list("entry_kinds"),
    code_list("erratum_statuses"),
    table(
        "document",
        &[
            ID,
            req("title", Kind::Text),
            req("fiscal_year", Kind::Int),
            req("fiscal_year_era", Kind::Text),
            req("phase", Kind::Ref("budget_phases")),
            req("publisher", Kind::Text),
            req("currency", Kind::Verbatim),
            req("unit", Kind::Text),
            req("unit_factor", Kind::Int),
            req("source_file", Kind::Verbatim),
            req("release_version", Kind::Verbatim),
            req("release_date", Kind::Date),
            req("base_url", Kind::Verbatim),
            req("closing_title", Kind::Text),
            req("closing_heading", Kind::Text),
            req("closing_lead", Kind::Text),
        ],
    ),
    table(
        "ministries",
        &[ID, req("mark", Kind::Text), req("name", Kind::Text)],
    ),
    table(
        "roles",
        &[
            ID,
            req("abbreviation", Kind::Verbatim),
            req("name", Kind::Text),
        ],
    ),
    table(
        "projects",
        &[
            ID,
            req("number", Kind::Int),
            req("name", Kind::Text),
            req("summary", Kind::Text),
            req("amed_amount", Kind::Int),
            opt("inhouse_amount", Kind::Int),
            req("toc_page", Kind::Int),
            req("lines_cover_total", Kind::Bool),
        ],
    ),
    table(
        "sections",
        &[
            ID,
            req("project", Kind::Ref("projects")),
            req("seq", Kind::Int),
            req("heading", Kind::Text),
        ],
    ),
    table(
        "programmes",
        &[
            ID,
            req("name", Kind::Text),
            opt("acronym", Kind::Verbatim),
            req("fund", Kind::Bool),
            opt("parent", Kind::Ref("programmes")),
            opt("note", Kind::Text),
            opt("predecessor", Kind::Ref("programmes")),
        ],
    ),
    TableSpec {
        name: "programme_ministries",
        columns: &[
            req("programme", Kind::Ref("programmes")),
            req("ministry", Kind::Ref("ministries")),
            req("seq", Kind::Int),
        ],
        key: &["programme", "ministry"],
        code_list: false,
    },
    table(
        "appearances",
        &[
            ID,
            req("project", Kind::Ref("projects")),
            req("section", Kind::Ref("sections")),
            req("seq", Kind::Int),
            req("programme", Kind::Ref("programmes")),
            req("heading", Kind::Text),
        ],
    ),
    table(
        "points",
        &[
            ID,
            req("appearance", Kind::Ref("appearances")),
            req("seq", Kind::Int),
            req("tag", Kind::Ref("point_tags")),
            opt("subprogramme", Kind::Ref("programmes")),
            req("text", Kind::Text),
        ],
    ),
    table(
        "budget_lines",
        &[
            ID,
            req("project", Kind::Ref("projects")),
            req("seq", Kind::Int),
            req("amount", Kind::Int),
            req("expense", Kind::Ref("expense_types")),
            req("basis", Kind::Ref("line_bases")),
            req("label", Kind::Text),
            opt("note", Kind::Text),
        ],
    ),
    TableSpec {
        name: "budget_line_programmes",
        columns: &[
            req("budget_line", Kind::Ref("budget_lines")),
            req("programme", Kind::Ref("programmes")),
            req("seq", Kind::Int),
        ],
        key: &["budget_line", "programme"],
        code_list: false,
    },
    table(
        "diagram_entries",
        &[
            ID,
            req("project", Kind::Ref("projects")),
            req("seq", Kind::Int),
            req("kind", Kind::Ref("entry_kinds")),
            opt("programme", Kind::Ref("programmes")),
            req("label", Kind::Text),
            opt("description", Kind::Text),
            opt("group", Kind::Ref("diagram_entries")),
        ],
    ),
    table(
        "diagram_flows",
        &[
            ID,
            req("project", Kind::Ref("projects")),
            req("seq", Kind::Int),
            opt("from_entry", Kind::Ref("diagram_entries")),
            opt("to_entry", Kind::Ref("diagram_entries")),
            req("label", Kind::Text),
            opt("note", Kind::Text),
        ],
    ),
    table(
        "disease_areas",
        &[ID, req("seq", Kind::Int), req("name", Kind::Text)],
    ),
    table(
        "coordinators",
        &[
            ID,
            req("disease_area", Kind::Ref("disease_areas")),
            req("role", Kind::Ref("roles")),
            req("name", Kind::Text),
        ],
    ),
    table(
        "errata",
        &[
            ID,
            req("table", Kind::TableName),
            req("record", Kind::Verbatim),
            req("field", Kind::Verbatim),
            req("status", Kind::Ref("erratum_statuses")),
            req("original_ja", Kind::Verbatim),
            opt("corrected_ja", Kind::Verbatim),
            req("reason", Kind::Text),
        ],
    ),
    table(
        "supplied_facts",
        &[
            ID,
            req("table", Kind::TableName),
            req("record", Kind::Verbatim),
            req("field", Kind::Verbatim),
            req("source", Kind::Verbatim),
            req("note", Kind::Text),
        ],
    ),
];

pub fn table_index(name: &str) -> Option<usize> {
    TABLES.iter().position(|t| t.name == name)
}

/// How the nested JSON is built: each child table hangs under its parent's
/// objects by a reference column.
pub struct Nesting {
    pub parent: &'static str,
    pub child: &'static str,
    pub via: &'static str,
    pub key: &'static str,
}

pub static NESTING: &[Nesting] = &[
    Nesting {
        parent: "projects",
        child: "sections",
        via: "project",
        key: "sections",
    },
    Nesting {
        parent: "sections",
        child: "appearances",
        via: "section",
        key: "appearances",
    },
    Nesting {
        parent: "appearances",
        child: "points",
        via: "appearance",
        key: "points",
    },
    Nesting {
        parent: "projects",
        child: "budget_lines",
        via: "project",
        key: "budget_lines",
    },
    Nesting {
        parent: "budget_lines",
        child: "budget_line_programmes",
        via: "budget_line",
        key: "programmes",
    },
    Nesting {
        parent: "projects",
        child: "diagram_entries",
        via: "project",
        key: "diagram_entries",
    },
    Nesting {
        parent: "projects",
        child: "diagram_flows",
        via: "project",
        key: "diagram_flows",
    },
    Nesting {
        parent: "programmes",
        child: "programme_ministries",
        via: "programme",
        key: "ministries",
    },
    Nesting {
        parent: "disease_areas",
        child: "coordinators",
        via: "disease_area",
        key: "coordinators",
    },
];

/// Whether an identifier is well formed (it becomes a Fluent id, a file name and a URL fragment).
pub fn valid_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z'))
        && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-'))
}

/// Whether a string contains Japanese script (kana, kanji, full-width forms, CJK punctuation).
pub fn has_japanese(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32,
            0x3000..=0x303F | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
    })
}
