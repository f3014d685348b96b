//! Reading records for a page in one language: texts, links to other
//! records' pages, the names records are shown by, and where a record's rows
//! are in the downloads.

use super::index::{anchor, record_page, Rec};
use super::Model;
use crate::model::Value;
use crate::publication::{Lang, Publication};
use crate::schema::{has_japanese, Kind};

/// The longest name a list shows before cutting it with `…` (in characters).
const SHORT: usize = 80;

/// A link, or plain text when the record has no page; `lang` is set when the
/// text is not in the page's language.
#[derive(Clone)]
pub struct Link {
    pub href: Option<String>,
    pub text: String,
    pub lang: Option<&'static str>,
}

impl Link {
    pub fn to(href: String, text: String) -> Self {
        Link {
            href: Some(href),
            text,
            lang: None,
        }
    }
}

/// One page's access to the data: its language and its way to the root.
pub struct View<'a> {
    pub p: &'a Publication<'a>,
    pub m: &'a Model,
    pub lang: Lang,
    pub root: String,
}

impl<'a> View<'a> {
    pub fn table(&self, name: &str) -> usize {
        self.p.dataset.schema.table_index(name).unwrap_or(0)
    }

    pub fn cell(&self, (t, r): Rec, col: &str) -> &'a Value {
        let table = &self.p.dataset.tables[t];
        match table.spec.column_index(col) {
            Some(c) => &table.rows[r].cells[c],
            None => &Value::Null,
        }
    }

    pub fn str(&self, rec: Rec, col: &str) -> Option<&'a str> {
        self.cell(rec, col).as_str()
    }

    pub fn int(&self, rec: Rec, col: &str) -> Option<i64> {
        self.cell(rec, col).as_int()
    }

    /// A text column in the page's language (other columns as they are).
    pub fn text(&self, (t, r): Rec, col: &str) -> &'a str {
        let table = &self.p.dataset.tables[t];
        let Some(c) = table.spec.column_index(col) else {
            return "";
        };
        if table.spec.columns[c].kind == Kind::Text {
            self.p.text(self.lang, t, r, c).unwrap_or("")
        } else {
            table.rows[r].cells[c].as_str().unwrap_or("")
        }
    }

    /// A text column in a given language.
    pub fn text_in(&self, lang: Lang, (t, r): Rec, col: &str) -> &'a str {
        let table = &self.p.dataset.tables[t];
        table
            .spec
            .column_index(col)
            .and_then(|c| self.p.text(lang, t, r, c))
            .unwrap_or("")
    }

    /// The record a reference column of `rec` points to.
    pub fn target(&self, rec: Rec, col: &str) -> Option<Rec> {
        let table = &self.p.dataset.tables[rec.0];
        let c = table.spec.column_index(col)?;
        let Kind::Ref(target) = table.spec.columns[c].kind else {
            return None;
        };
        let ti = self.table(target);
        let id = table.rows[rec.1].cells[c].as_str()?;
        Some((ti, self.p.dataset.tables[ti].position(id)?))
    }

    /// The label of a code-list record (an expense type, a tag...).
    pub fn code_label(&self, rec: Rec, col: &str) -> String {
        self.target(rec, col)
            .map(|code| self.text(code, "label").to_string())
            .unwrap_or_default()
    }

    pub fn sep(&self) -> &'static str {
        super::separator(self.lang)
    }

    /// An interface label in the page's language.
    pub fn l(&self, key: &str) -> &'a str {
        super::label(self.p, self.lang, key)
    }

    /// The page of a record from this page, if the record has one.
    pub fn href(&self, rec: Rec) -> Option<String> {
        self.m.index.paged[rec.0].then(|| {
            format!(
                "{}{}",
                self.root,
                record_page(self.p.dataset, rec, self.lang)
            )
        })
    }

    /// A record's name in full: its naming text, else its key (a link
    /// table's row by the names of the records it joins).
    pub fn name(&self, rec: Rec) -> String {
        let (t, r) = rec;
        let table = &self.p.dataset.tables[t];
        // The column that names the record: `name`, `heading`, `label` or
        // `title` when the table has one, else its first translated text.
        let texts = table.spec.text_columns();
        let named = ["name", "heading", "label", "title"]
            .iter()
            .find_map(|n| texts.iter().find(|&&c| table.spec.columns[c].name == *n))
            .or(texts.first());
        if let Some(&c) = named {
            let s = self.p.text(self.lang, t, r, c).unwrap_or("");
            if !s.is_empty() {
                return s.to_string();
            }
        }
        if !table.spec.has_id() {
            let names: Vec<String> = table
                .spec
                .key
                .iter()
                .filter_map(|k| self.target(rec, k))
                .map(|target| self.name(target))
                .collect();
            if !names.is_empty() {
                return names.join(" – ");
            }
        }
        table.key_of(&table.rows[r])
    }

    /// A record's name cut to a list's length.
    pub fn short_name(&self, rec: Rec) -> String {
        let name = self.name(rec);
        if name.chars().count() <= SHORT {
            return name;
        }
        let mut s: String = name.chars().take(SHORT - 1).collect();
        s.push('…');
        s
    }

    /// A link to a record's page, shown by its (short) name.
    pub fn link(&self, rec: Rec) -> Link {
        Link {
            href: self.href(rec),
            text: self.short_name(rec),
            lang: None,
        }
    }

    /// A link to a record shown on a page of another record (`page`): the
    /// record's anchor there.
    pub fn anchor_on(&self, page: Rec, rec: Rec) -> Option<String> {
        self.href(page)
            .map(|h| format!("{h}#{}", anchor(self.p.dataset, rec)))
    }

    /// The `lang` of a text that is not in the page's language: Japanese on an
    /// English page (verbatim source text, say).
    pub fn lang_of(&self, s: &str) -> Option<&'static str> {
        (self.lang == Lang::En && has_japanese(s)).then_some("ja")
    }

    /// The rows of a record in the canonical CSV files (`#row=` of RFC 7111,
    /// the header being row 1): Japanese and English as the package has them,
    /// and the bilingual file.
    pub fn csv_rows(&self, (t, r): Rec) -> Vec<Link> {
        let file = self.p.dataset.tables[t].spec.file_name();
        let row = r + 2;
        ["csv/ja", "csv/en", "csv/bilingual"]
            .iter()
            .map(|d| {
                let path = format!("{d}/{file}#row={row}");
                Link::to(format!("{}{path}", self.root), path)
            })
            .collect()
    }
}
