//! The about page of each language: the source, how the data was made, the
//! errata and supplied facts, the licence, how to cite, and the identifier
//! scheme (each table's IRI pattern and whether its records have pages).

use super::home::doc_text;
use super::index::{kind_dir, record_page};
use super::record::{base, more_text};
use super::view::{Link, View};
use super::{number, render_to, Chrome, Model, LIST_LIMIT};
use crate::labels;
use crate::publication::{Lang, Publication};
use askama::Template;
use std::io;
use std::path::Path;

#[derive(Template)]
#[template(path = "site/about.html")]
struct About<'a> {
    c: Chrome<'a>,
    source_title: String,
    publisher: String,
    fiscal_year_era: String,
    phase: String,
    source_url: String,
    versions: Vec<VersionRow>,
    changelog: String,
    changes: String,
    document: Link,
    errata: Vec<Correction>,
    errata_more: usize,
    errata_more_text: String,
    supplied: Vec<Supplied>,
    supplied_more: usize,
    supplied_more_text: String,
    tables: Vec<TableIri>,
}

/// One release of the version history, newest first.
struct VersionRow {
    version: String,
    date: String,
    document: String,
    class: String,
    changes: String,
}

struct Correction {
    id: Link,
    record: Link,
    field: String,
    original: String,
    corrected: String,
    status: String,
    reason: String,
}

struct Supplied {
    id: Link,
    record: Link,
    field: String,
    source: String,
    note: String,
}

struct TableIri {
    title: String,
    pattern: String,
    count: String,
    /// The first record's page, when the table's records have pages.
    example: Option<String>,
}

/// The record named by a (table, record) pair of an erratum or supplied fact.
fn named_record(v: &View, table: &str, record: &str) -> Link {
    let ds = v.p.dataset;
    let target = ds
        .schema
        .table_index(table)
        .filter(|&t| ds.tables[t].spec.has_id())
        .and_then(|t| Some((t, ds.tables[t].position(record)?)));
    Link {
        href: target.and_then(|t| v.href(t)),
        text: format!("{table}/{record}"),
        lang: None,
    }
}

pub fn write(p: &Publication, m: &Model, lang: Lang, site: &Path) -> io::Result<()> {
    let own = format!("{}/about.html", lang.code());
    let c = Chrome::new(
        p,
        lang,
        "ja/about.html",
        "en/about.html",
        format!(
            "{} | {}",
            p.label(lang, "site-about"),
            p.label(lang, "release-title")
        ),
        "about",
    );
    let v = View {
        p,
        m,
        lang,
        root: super::root_of(&own),
    };
    let ds = p.dataset;
    let et = v.table("errata");
    let n_errata = ds.tables[et].rows.len();
    let errata = (0..n_errata.min(LIST_LIMIT))
        .map(|r| {
            let e = (et, r);
            Correction {
                id: Link {
                    href: v.href(e),
                    text: v.str(e, "id").unwrap_or("").to_string(),
                    lang: None,
                },
                record: named_record(
                    &v,
                    v.str(e, "table").unwrap_or(""),
                    v.str(e, "record").unwrap_or(""),
                ),
                field: v.str(e, "field").unwrap_or("").to_string(),
                original: v.str(e, "original_ja").unwrap_or("").to_string(),
                corrected: v.str(e, "corrected_ja").unwrap_or("—").to_string(),
                status: v.code_label(e, "status"),
                reason: v.text(e, "reason").to_string(),
            }
        })
        .collect();
    let st = v.table("supplied_facts");
    let n_supplied = ds.tables[st].rows.len();
    let supplied = (0..n_supplied.min(LIST_LIMIT))
        .map(|r| {
            let s = (st, r);
            Supplied {
                id: Link {
                    href: v.href(s),
                    text: v.str(s, "id").unwrap_or("").to_string(),
                    lang: None,
                },
                record: named_record(
                    &v,
                    v.str(s, "table").unwrap_or(""),
                    v.str(s, "record").unwrap_or(""),
                ),
                field: v.str(s, "field").unwrap_or("").to_string(),
                source: v.str(s, "source").unwrap_or("").to_string(),
                note: v.text(s, "note").to_string(),
            }
        })
        .collect();
    let b = base(p);
    let tables = ds
        .tables
        .iter()
        .enumerate()
        .map(|(t, table)| {
            let keys: Vec<String> = table.spec.key.iter().map(|k| format!("{{{k}}}")).collect();
            TableIri {
                title: v.l(&labels::table_title(table.spec.name)).to_string(),
                pattern: format!("{b}{}{}", kind_dir(table.spec.name), keys.join("/")),
                count: number(table.rows.len() as i64),
                example: (m.index.paged[t] && !table.rows.is_empty())
                    .then(|| format!("{}{}", v.root, record_page(ds, (t, 0), lang))),
            }
        })
        .collect();
    let doc_t = v.table("document");
    let page = About {
        source_title: doc_text(p, lang, "title"),
        publisher: doc_text(p, lang, "publisher"),
        fiscal_year_era: doc_text(p, lang, "fiscal_year_era"),
        phase: v.code_label((doc_t, 0), "phase"),
        source_url: p.dataset.doc_str("source_url").to_string(),
        versions: crate::emit::changelog::entries(p)
            .iter()
            .map(|d| VersionRow {
                version: d.new.version.clone(),
                date: d.new.date.clone(),
                document: d.new.document.clone(),
                class: match d.old {
                    None => v.l("changes-first-release").to_string(),
                    Some(_) => v.l(d.class.label()).to_string(),
                },
                changes: number(d.rows.len() as i64),
            })
            .collect(),
        changelog: format!("{}package/CHANGELOG.md", v.root),
        changes: format!("{}package/changes/changes.{}.md", v.root, lang.code()),
        document: v.link((doc_t, 0)),
        errata,
        errata_more: n_errata.saturating_sub(LIST_LIMIT),
        errata_more_text: more_text(&v, n_errata.saturating_sub(LIST_LIMIT)),
        supplied,
        supplied_more: n_supplied.saturating_sub(LIST_LIMIT),
        supplied_more_text: more_text(&v, n_supplied.saturating_sub(LIST_LIMIT)),
        tables,
        c,
    };
    render_to(&page, &site.join(own))
}
