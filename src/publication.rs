//! The read-only value every output is written from: the validated dataset,
//! its English, the interface labels, and the release metadata.

use crate::l10n::Translations;
use crate::model::{Dataset, Table, Value};
use crate::schema::{Kind, TableSpec};

/// A language of the outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    pub const BOTH: [Lang; 2] = [Lang::Ja, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

/// The language variant of a table output: one language, or both side by side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Ja,
    En,
    Bilingual,
}

impl Variant {
    pub const ALL: [Variant; 3] = [Variant::Ja, Variant::En, Variant::Bilingual];

    pub fn code(self) -> &'static str {
        match self {
            Variant::Ja => "ja",
            Variant::En => "en",
            Variant::Bilingual => "bilingual",
        }
    }

    /// The language of labels and titles (Japanese first for the bilingual files).
    pub fn label_lang(self) -> Lang {
        match self {
            Variant::En => Lang::En,
            _ => Lang::Ja,
        }
    }
}

pub struct Publication<'a> {
    pub dataset: &'a Dataset,
    pub tr: &'a Translations,
    /// Date of the release, `YYYY-MM-DD`: the dataset's own date or `SOURCE_DATE_EPOCH`.
    pub date: String,
    /// The releases published before (for the changelog).
    pub history: &'a crate::history::History,
}

/// One output column of a table in a given variant.
#[derive(Debug, Clone)]
pub struct OutColumn {
    /// Machine name of the column in the output (`name`, `name_ja`, `name_en`).
    pub name: String,
    /// Index of the schema column.
    pub source: usize,
    /// For text columns: which language this output column carries.
    pub lang: Option<Lang>,
}

impl<'a> Publication<'a> {
    /// The publication address of this edition (`base_url`), ending in `/`:
    /// the address of every file is `<base><path under out/>`, and every
    /// record's IRI is built from it ([`Publication::record_iri`]).
    pub fn base(&self) -> String {
        with_slash(self.dataset.doc_str("base_url"))
    }

    /// The address of the series of editions (`series_url`), ending in `/`.
    pub fn series(&self) -> String {
        with_slash(self.dataset.doc_str("series_url"))
    }

    /// The part of a table's record IRIs before the key: `<base>id/<kind>/`,
    /// where the kind is the table name with `-` for `_`.
    pub fn record_iri_prefix(&self, table: &TableSpec) -> String {
        format!("{}id/{}/", self.base(), table.name.replace('_', "-"))
    }

    /// The IRI of a record: `<base>id/<kind>/<key>`, the key's fields
    /// joined by `/` (`id/projects/pj1`, `id/programme-ministries/gapfree/mext`).
    /// The JSON's `iri`, the CSVW `aboutUrl` and the RDF subjects agree.
    pub fn record_iri(&self, table: usize, row: usize) -> String {
        let t = &self.dataset.tables[table];
        format!(
            "{}{}",
            self.record_iri_prefix(t.spec),
            t.key_of(&t.rows[row])
        )
    }

    /// The predicate of a column, the same for every language of the table:
    /// `<series>vocab/<table>/<column>` (stable across editions).
    pub fn predicate(&self, table: &TableSpec, column: &str) -> String {
        format!("{}vocab/{}/{column}", self.series(), table.name)
    }

    /// A text of the document record in a language.
    pub fn doc_text(&self, lang: Lang, column: &str) -> &str {
        let Some(ti) = self.dataset.schema.table_index("document") else {
            return "";
        };
        let ci = self.dataset.tables[ti].col(column);
        self.text(lang, ti, 0, ci).unwrap_or("")
    }

    /// The publisher of this dataset (not of the source document) in a
    /// language, or the placeholder label while it is not set.
    pub fn dataset_publisher(&self, lang: Lang) -> &str {
        match self.doc_text(lang, "dataset_publisher") {
            "" => self.label(lang, "placeholder-publisher"),
            name => name,
        }
    }

    /// The fields a published release needs and this draft lacks (empty
    /// for a release that `--publish` accepts).
    pub fn placeholders(&self) -> Vec<crate::validate::publish::Placeholder> {
        crate::validate::publish::placeholders(self.dataset)
    }

    pub fn label<'k>(&'k self, lang: Lang, key: &'k str) -> &'k str {
        let map = match lang {
            Lang::Ja => &self.tr.ui_ja,
            Lang::En => &self.tr.ui_en,
        };
        map.get(key).map_or(key, |s| s.as_str())
    }

    /// Where a label is defined, for diagnostics: (file, line).
    pub fn label_location(&self, lang: Lang, key: &str) -> (String, usize) {
        self.tr
            .ui_where
            .get(&(lang.code(), key.to_string()))
            .cloned()
            .unwrap_or_else(|| (format!("locales/{}", lang.code()), 0))
    }

    /// Japanese and English labels joined for bilingual outputs.
    pub fn label_both(&self, key: &str) -> String {
        format!(
            "{} / {}",
            self.label(Lang::Ja, key),
            self.label(Lang::En, key)
        )
    }

    /// A text cell in a language (Japanese from the data, English from the locales).
    pub fn text(&self, lang: Lang, table: usize, row: usize, col: usize) -> Option<&str> {
        match lang {
            Lang::Ja => self.dataset.tables[table].rows[row].cells[col].as_str(),
            Lang::En => self.tr.en.get(table)?.get(row, col),
        }
    }

    /// The language tag of the English of a text cell: `en`, or
    /// `en-t-ja-t0-mtec` when it is a machine translation (DCAT-AP's
    /// convention for machine-translated literals).
    pub fn en_tag(&self, table: &str, row: usize, column: &str) -> &'static str {
        let Some(ti) = self.dataset.schema.table_index(table) else {
            return "en";
        };
        let ci = self.dataset.tables[ti].col(column);
        match self.en_status(ti, row, ci) {
            Some(crate::l10n::Status::Machine) => crate::l10n::status::MACHINE_TAG,
            _ => "en",
        }
    }

    /// The review status of the English of a text cell (`None` when the
    /// cell has no English: an empty optional text).
    pub fn en_status(&self, table: usize, row: usize, col: usize) -> Option<crate::l10n::Status> {
        let en = self.tr.en.get(table)?;
        en.get(row, col)?;
        Some(en.status(row, col))
    }

    /// The columns of a table as written in a variant.
    pub fn columns(&self, table: &Table, variant: Variant) -> Vec<OutColumn> {
        let mut out = Vec::new();
        for (i, c) in table.spec.columns.iter().enumerate() {
            if c.kind == Kind::Text {
                match variant {
                    Variant::Ja => out.push(OutColumn {
                        name: c.name.into(),
                        source: i,
                        lang: Some(Lang::Ja),
                    }),
                    Variant::En => out.push(OutColumn {
                        name: c.name.into(),
                        source: i,
                        lang: Some(Lang::En),
                    }),
                    Variant::Bilingual => {
                        for l in Lang::BOTH {
                            out.push(OutColumn {
                                name: format!("{}_{}", c.name, l.code()),
                                source: i,
                                lang: Some(l),
                            });
                        }
                    }
                }
            } else {
                out.push(OutColumn {
                    name: c.name.into(),
                    source: i,
                    lang: None,
                });
            }
        }
        out
    }

    /// The cell of an output column: a string, integer, boolean or nothing.
    pub fn cell(&self, ti: usize, ri: usize, col: &OutColumn) -> Cell<'_> {
        if let Some(l) = col.lang {
            return self
                .text(l, ti, ri, col.source)
                .map_or(Cell::Empty, Cell::Str);
        }
        match &self.dataset.tables[ti].rows[ri].cells[col.source] {
            Value::Null => Cell::Empty,
            Value::Str(s) => Cell::Str(s),
            Value::Int(i) => Cell::Int(*i),
            Value::Bool(b) => Cell::Bool(*b),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Str(&'a str),
    Int(i64),
    Bool(bool),
}

impl Cell<'_> {
    /// The cell as CSV text.
    pub fn to_text(self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Str(s) => s.to_string(),
            Cell::Int(i) => i.to_string(),
            Cell::Bool(b) => b.to_string(),
        }
    }
}

/// An address with a final `/`.
pub fn with_slash(address: &str) -> String {
    if address.ends_with('/') {
        address.to_string()
    } else {
        format!("{address}/")
    }
}
