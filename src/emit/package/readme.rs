//! `README.md`: the package's description in Japanese, then in English, from
//! the template `templates/package/README.md` and the interface labels.

use super::{contact, doc_text, licence_url, placeholder_lines};
use crate::labels;
use crate::model::Table;
use crate::publication::{Lang, Publication};
use askama::Template;
use std::io;

/// The README: one part per language, Japanese first.
///
/// Nothing is escaped (`escape = "none"`): the labels are Markdown written
/// by the translators and must stay as they are. Values put in a table cell
/// go through the `cell` filter, which keeps the table's rows intact.
#[derive(Template)]
#[template(path = "package/README.md", escape = "none")]
struct Readme<'a> {
    parts: Vec<Part<'a>>,
}

/// The README in one language.
struct Part<'a> {
    p: &'a Publication<'a>,
    lang: Lang,
    source_title: String,
    fiscal_year: i64,
    fiscal_year_era: String,
    publisher: String,
    source_url: &'a str,
    /// What `supplied_facts.csv` says of the source's address, if anything.
    source_url_note: &'a str,
    source_date: &'a str,
    dataset_publisher: &'a str,
    contact: &'a str,
    /// A draft's placeholders, `field: value` (empty when publishable).
    placeholders: Vec<String>,
    tables: Vec<TableDoc<'a>>,
    errata: Vec<Erratum<'a>>,
    /// The English texts by review status (the rows of
    /// `translation-status.csv`, counted), and their total.
    statuses: Vec<StatusCount>,
    status_total: usize,
}

impl Part<'_> {
    /// An interface label in this part's language.
    fn l<'k>(&'k self, key: &'k str) -> &'k str {
        self.p.label(self.lang, key)
    }

    fn english(&self) -> bool {
        self.lang == Lang::En
    }

    fn licence_url(&self) -> &str {
        licence_url(self.p, self.lang)
    }
}

/// A table of the package and its columns.
struct TableDoc<'a> {
    title: String,
    file: String,
    description: String,
    count: String,
    columns: Vec<ColumnDoc<'a>>,
}

struct ColumnDoc<'a> {
    name: &'a str,
    title: String,
    description: String,
}

/// A row of the README's table of review statuses.
struct StatusCount {
    status: &'static str,
    meaning: String,
    count: usize,
}

/// A row of the errata table: the value as extracted, as corrected (`—`
/// when not corrected), and the reason in this part's language.
struct Erratum<'a> {
    id: &'a str,
    table: &'a str,
    record: &'a str,
    field: &'a str,
    original: &'a str,
    corrected: &'a str,
    reason: &'a str,
}

/// The README of the package.
pub fn render(p: &Publication) -> io::Result<String> {
    let counts = crate::emit::status::counts(p);
    let parts = Lang::BOTH
        .iter()
        .map(|&lang| part(p, lang, counts))
        .collect();
    Readme { parts }.render().map_err(io::Error::other)
}

fn part<'a>(p: &'a Publication<'a>, lang: Lang, counts: [usize; 3]) -> Part<'a> {
    Part {
        p,
        lang,
        source_title: doc_text(p, lang, "title"),
        fiscal_year: p.dataset.doc_int("fiscal_year"),
        fiscal_year_era: doc_text(p, lang, "fiscal_year_era"),
        publisher: doc_text(p, lang, "publisher"),
        source_url: p.dataset.doc_str("source_url"),
        source_url_note: supplied_note(p, lang, "source_url"),
        source_date: p.dataset.doc_str("source_date"),
        dataset_publisher: match p.doc_text(lang, "dataset_publisher") {
            "" => p.label(lang, "placeholder-unset"),
            name => name,
        },
        contact: contact(p),
        placeholders: placeholder_lines(p, lang),
        tables: p.dataset.tables.iter().map(|t| table(p, lang, t)).collect(),
        errata: errata(p, lang),
        statuses: crate::emit::status::STATUSES
            .into_iter()
            .zip(counts)
            .map(|(status, count)| StatusCount {
                status,
                meaning: label(p, lang, &format!("status-{status}-desc")),
                count,
            })
            .collect(),
        status_total: counts.iter().sum(),
    }
}

/// The note of the supplied fact about a field of the document record, in
/// a language ("" when the value comes from the document itself).
fn supplied_note<'a>(p: &'a Publication<'a>, lang: Lang, field: &str) -> &'a str {
    let Some(ti) = p.dataset.schema.table_index("supplied_facts") else {
        return "";
    };
    let t = &p.dataset.tables[ti];
    let cell = |ri: usize, col: &str| t.rows[ri].cells[t.col(col)].as_str();
    (0..t.rows.len())
        .find(|&ri| cell(ri, "table") == Some("document") && cell(ri, "field") == Some(field))
        .and_then(|ri| p.text(lang, ti, ri, t.col("note")))
        .unwrap_or("")
}

fn table<'a>(p: &'a Publication<'a>, lang: Lang, t: &'a Table) -> TableDoc<'a> {
    let spec = t.spec;
    let columns = spec
        .columns
        .iter()
        .map(|c| ColumnDoc {
            name: c.name,
            title: label(p, lang, &labels::column_title(spec.name, c.name)),
            description: label(p, lang, &labels::column_description(spec.name, c.name)),
        })
        .collect();
    TableDoc {
        title: label(p, lang, &labels::table_title(spec.name)),
        file: spec.file_name(),
        description: label(p, lang, &labels::table_description(spec.name)),
        count: row_count(lang, t.rows.len()),
        columns,
    }
}

fn label(p: &Publication, lang: Lang, key: &str) -> String {
    p.label(lang, key).to_string()
}

/// How many records a table has, as the README states it: `1 row`,
/// `2 rows` in English; Japanese counts with 件 and has no plural.
///
/// This is here rather than in `locales/*/ui.ftl` because the interface
/// labels are read as plain strings, without Fluent arguments (a
/// `{ $count -> ... }` selector would need them).
fn row_count(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Ja, _) => format!("{n} 件"),
        (Lang::En, 1) => "1 row".to_string(),
        (Lang::En, _) => format!("{n} rows"),
    }
}

fn errata<'a>(p: &'a Publication<'a>, lang: Lang) -> Vec<Erratum<'a>> {
    let t = p.dataset.table("errata");
    let ti = p.dataset.schema.table_index("errata").unwrap_or(0);
    let text = |ri: usize, col: &str| t.rows[ri].cells[t.col(col)].as_str().unwrap_or("");
    (0..t.rows.len())
        .map(|ri| Erratum {
            id: text(ri, "id"),
            table: text(ri, "table"),
            record: text(ri, "record"),
            field: text(ri, "field"),
            original: text(ri, "original_ja"),
            corrected: Some(text(ri, "corrected_ja"))
                .filter(|s| !s.is_empty())
                .unwrap_or("—"),
            reason: p.text(lang, ti, ri, t.col("reason")).unwrap_or(""),
        })
        .collect()
}

/// A value for a Markdown table cell: a `|` would end the cell and a line
/// break the row, so the one is escaped and the other becomes `<br>`.
fn markdown_cell(value: &str) -> String {
    value
        .replace('|', "\\|")
        .replace("\r\n", "<br>")
        .replace(['\n', '\r'], "<br>")
}

/// Filters of the README template.
mod filters {
    /// `{{ value|cell }}`: see [`super::markdown_cell`].
    #[askama::filter_fn]
    pub fn cell(value: impl std::fmt::Display, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::markdown_cell(&value.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_keeps_its_row_together() {
        assert_eq!(markdown_cell("a|b"), "a\\|b");
        assert_eq!(
            markdown_cell("one\ntwo\r\nthree\rfour"),
            "one<br>two<br>three<br>four"
        );
        assert_eq!(markdown_cell("予算の段階"), "予算の段階");
    }

    #[test]
    fn row_counts_agree_in_number() {
        assert_eq!(row_count(Lang::En, 0), "0 rows");
        assert_eq!(row_count(Lang::En, 1), "1 row");
        assert_eq!(row_count(Lang::En, 2), "2 rows");
        assert_eq!(row_count(Lang::Ja, 1), "1 件");
        assert_eq!(row_count(Lang::Ja, 68), "68 件");
    }
}
