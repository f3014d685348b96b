//! One page per record, at the record's IRI (`id/<table>/<key>/`): its fields
//! in the page's language with links to the records they name, the records
//! that refer to it, the errata that concern it, and where it is in the
//! downloads. Projects and programmes have sections of their own
//! ([`project`], [`programme`]). Beside the pages, `index.json` is the record
//! in both languages.

mod programme;
mod project;

use super::index::{record_dir, Rec};
use super::view::{Link, View};
use super::{number, page_file, root_of, Chrome, Model, LIST_LIMIT};
use crate::l10n::Status;
use crate::labels;
use crate::model::Value;
use crate::publication::{Cell, Lang, Publication, Variant};
use crate::schema::Kind;
use askama::Template;
use serde_json::{Map, Value as J};
use std::io;
use std::path::Path;

pub use programme::ProgrammeView;
pub use project::{referring, ProjectView};

#[derive(Template)]
#[template(path = "site/record.html")]
struct RecordPage<'a> {
    c: Chrome<'a>,
    /// The table's name in the page's language (`事業`).
    kind: String,
    /// What the table holds.
    kind_desc: String,
    heading: String,
    heading_lang: Option<&'static str>,
    iri: String,
    fields: Vec<Field>,
    project: Option<ProjectView>,
    programme: Option<ProgrammeView>,
    backrefs: Vec<RefGroup>,
    mentions: Vec<Link>,
    csv: Vec<Link>,
    json: String,
    release_json: Vec<Link>,
}

/// One field of the record: its label, what it means and its value.
pub struct Field {
    pub name: &'static str,
    pub label: String,
    pub desc: String,
    pub value: Link,
    pub code: bool,
    /// On an English page, the review status of a translated text.
    pub status: Option<String>,
}

/// The records of one table that refer to this one through one column.
pub struct RefGroup {
    pub title: String,
    pub items: Vec<Link>,
    pub more: usize,
    pub more_text: String,
}

/// A point as project and programme pages show it.
pub struct PointView {
    pub anchor: String,
    pub tag: Option<String>,
    pub text: String,
    pub page: Option<String>,
    pub subprogramme: Option<Link>,
}

/// What a page says about the items it left out of a list: how many, and
/// where they are.
pub fn more_text(v: &View, n: usize) -> String {
    format!("{} {}", v.l("site-more-items"), number(n as i64))
}

pub fn point_view(v: &View, pt: Rec) -> PointView {
    let tag = v.target(pt, "tag").and_then(|t| {
        let label = v.text(t, "label");
        // The tag meaning "no tag printed" is not shown.
        (v.str(t, "id") != Some("none") && !label.is_empty()).then(|| label.to_string())
    });
    PointView {
        anchor: super::index::anchor(v.p.dataset, pt),
        tag,
        text: v.text(pt, "text").to_string(),
        page: v.href(pt),
        subprogramme: v.target(pt, "subprogramme").map(|s| v.link(s)),
    }
}

/// Every record page in one language.
pub fn write_pages(p: &Publication, m: &Model, lang: Lang, site: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let recs: Vec<Rec> = p
        .dataset
        .tables
        .iter()
        .enumerate()
        .filter(|&(t, _)| m.index.paged[t])
        .flat_map(|(t, table)| (0..table.rows.len()).map(move |r| (t, r)))
        .collect();
    recs.par_chunks(64)
        .map(|chunk| {
            chunk
                .iter()
                .try_for_each(|&rec| write_page(p, m, lang, rec, site))
        })
        .collect::<io::Result<Vec<()>>>()
        .map(|_| ())
}

fn write_page(p: &Publication, m: &Model, lang: Lang, rec: Rec, site: &Path) -> io::Result<()> {
    let ds = p.dataset;
    let dir = record_dir(ds, rec);
    let own = format!("{dir}{}", page_file(lang));
    let v = View {
        p,
        m,
        lang,
        root: root_of(&own),
    };
    let spec = ds.tables[rec.0].spec;
    let heading = v.name(rec);
    let kind = v.l(&labels::table_title(spec.name)).to_string();
    let c = Chrome::new(
        p,
        lang,
        &format!("{dir}{}", page_file(Lang::Ja)),
        &format!("{dir}{}", page_file(Lang::En)),
        format!("{heading} | {kind}"),
        "",
    );
    let project = (spec.name == "projects").then(|| project::view(&v, rec));
    let programme = (spec.name == "programmes").then(|| programme::view(&v, rec));
    // Sections of their own show these references; the rest are listed.
    let shown: &[(&str, &str)] = match spec.name {
        "projects" => project::SHOWN,
        "programmes" => programme::SHOWN,
        _ => &[],
    };
    let stem = super::super::stem(p);
    let page = RecordPage {
        heading_lang: v.lang_of(&heading),
        heading,
        kind,
        kind_desc: v.l(&labels::table_description(spec.name)).to_string(),
        iri: format!("{}{dir}", base(p))
            .trim_end_matches('/')
            .to_string(),
        fields: fields(&v, rec),
        project,
        programme,
        backrefs: backrefs(&v, rec, shown),
        mentions: m
            .index
            .mentions
            .get(&rec)
            .map(|ms| ms.iter().map(|&e| v.link(e)).collect())
            .unwrap_or_default(),
        csv: v.csv_rows(rec),
        json: format!("{}{dir}index.json", v.root),
        release_json: ["ja", "en", "bilingual"]
            .iter()
            .map(|code| {
                let path = format!("json/{stem}.{code}.json");
                Link::to(format!("{}{path}", v.root), path)
            })
            .collect(),
        c,
    };
    super::render_to(&page, &site.join(own))
}

/// The publication address, ending in `/`.
pub fn base(p: &Publication) -> String {
    let b = p.dataset.doc_str("base_url");
    if b.ends_with('/') {
        b.to_string()
    } else {
        format!("{b}/")
    }
}

/// The record's fields, in schema order.
fn fields(v: &View, rec: Rec) -> Vec<Field> {
    let ds = v.p.dataset;
    let (t, r) = rec;
    let spec = ds.tables[t].spec;
    spec.columns
        .iter()
        .enumerate()
        .map(|(ci, col)| {
            let cell = &ds.tables[t].rows[r].cells[ci];
            let plain = |text: String| Link {
                lang: v.lang_of(&text),
                href: None,
                text,
            };
            let value = match (col.kind, cell) {
                (_, Value::Null) => plain(String::new()),
                (Kind::Text, _) => plain(v.p.text(v.lang, t, r, ci).unwrap_or("").to_string()),
                (Kind::Ref(_), _) => match v.target(rec, col.name) {
                    Some(target) => {
                        let mut l = v.link(target);
                        l.text = format!("{} ({})", l.text, cell.as_str().unwrap_or(""));
                        l
                    }
                    None => plain(cell.as_str().unwrap_or("").to_string()),
                },
                (_, Value::Int(i)) => plain(number(*i)),
                (_, Value::Bool(b)) => plain(v.l(if *b { "site-yes" } else { "site-no" }).into()),
                (_, Value::Str(s)) if s.starts_with("https://") || s.starts_with("http://") => {
                    Link::to(s.to_string(), s.to_string())
                }
                (Kind::Verbatim, Value::Str(s)) if col.name == "record" => {
                    // The record named by a (table, record) pair.
                    let target = v
                        .str(rec, "table")
                        .and_then(|tn| ds.schema.table_index(tn))
                        .filter(|&tt| ds.tables[tt].spec.has_id())
                        .and_then(|tt| Some((tt, ds.tables[tt].position(s)?)));
                    match target {
                        Some(target) => Link {
                            href: v.href(target),
                            text: s.to_string(),
                            lang: None,
                        },
                        None => plain(s.to_string()),
                    }
                }
                (_, Value::Str(s)) => plain(s.to_string()),
            };
            let status = match (v.lang, col.kind) {
                (Lang::En, Kind::Text) => v.p.en_status(t, r, ci).map(|st| match st {
                    Status::Provisional => v.l("site-status-provisional").to_string(),
                    Status::Machine => v.l("site-status-machine").to_string(),
                    Status::Reviewed(date) => format!("{} {date}", v.l("site-status-reviewed")),
                }),
                _ => None,
            };
            Field {
                name: col.name,
                status,
                label: v.l(&labels::column_title(spec.name, col.name)).to_string(),
                desc: v
                    .l(&labels::column_description(spec.name, col.name))
                    .to_string(),
                code: matches!(col.kind, Kind::Id | Kind::TableName),
                value,
            }
        })
        .collect()
}

/// The records that refer to this one, one group per referring column, but
/// those the page's own sections show (`shown`: table and column).
fn backrefs(v: &View, rec: Rec, shown: &[(&str, &str)]) -> Vec<RefGroup> {
    let ds = v.p.dataset;
    v.m.index.incoming[rec.0]
        .iter()
        .filter_map(|b| {
            let spec = ds.tables[b.table].spec;
            let col = spec.columns[b.column].name;
            if shown.contains(&(spec.name, col)) {
                return None;
            }
            let rows = b.of(rec.1);
            if rows.is_empty() {
                return None;
            }
            let items = rows
                .iter()
                .take(LIST_LIMIT)
                .map(|&r| v.link((b.table, r as usize)))
                .collect();
            let more = rows.len().saturating_sub(LIST_LIMIT);
            Some(RefGroup {
                title: format!(
                    "{} ({})",
                    v.l(&labels::table_title(spec.name)),
                    v.l(&labels::column_title(spec.name, col))
                ),
                items,
                more,
                more_text: more_text(v, more),
            })
        })
        .collect()
}

/// `index.json` beside every record page: the record's fields in both
/// languages (texts as `name_ja`, `name_en`, as in the bilingual CSV), its
/// IRI and its pages.
pub fn write_json(p: &Publication, m: &Model, site: &Path) -> io::Result<()> {
    use rayon::prelude::*;
    let b = base(p);
    let tables: Vec<usize> = (0..p.dataset.tables.len())
        .filter(|&t| m.index.paged[t])
        .collect();
    tables
        .par_iter()
        .map(|&t| {
            let table = &p.dataset.tables[t];
            let columns = p.columns(table, Variant::Bilingual);
            for r in 0..table.rows.len() {
                let dir = record_dir(p.dataset, (t, r));
                let mut o = Map::new();
                o.insert(
                    "@id".into(),
                    J::String(format!("{b}{dir}").trim_end_matches('/').to_string()),
                );
                o.insert("table".into(), J::String(table.spec.name.to_string()));
                for col in &columns {
                    let v = match p.cell(t, r, col) {
                        Cell::Empty => J::Null,
                        Cell::Str(s) => J::String(s.to_string()),
                        Cell::Int(i) => J::from(i),
                        Cell::Bool(b) => J::Bool(b),
                    };
                    o.insert(col.name.clone(), v);
                }
                let mut pages = Map::new();
                for lang in Lang::BOTH {
                    pages.insert(lang.code().into(), J::String(page_file(lang).into()));
                }
                o.insert("pages".into(), J::Object(pages));
                let mut bytes =
                    serde_json::to_vec_pretty(&J::Object(o)).map_err(io::Error::other)?;
                bytes.push(b'\n');
                super::super::write_file(&site.join(format!("{dir}index.json")), &bytes)?;
            }
            Ok(())
        })
        .collect::<io::Result<Vec<()>>>()
        .map(|_| ())
}
