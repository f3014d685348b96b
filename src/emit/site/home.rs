//! The home page of each language (`ja/index.html`, `en/index.html`) and the
//! bilingual landing page at the site's root (`index.html`, the address of
//! `base_url`).

use super::chart::{BarChart, Item};
use super::downloads::{self, FileRow, Group};
use super::index::Rec;
use super::view::{Link, View};
use super::{number, render_to, Chrome, Model, LIST_LIMIT};
use crate::labels;
use crate::publication::{Lang, Publication};
use askama::Template;
use std::io;
use std::path::Path;

#[derive(Template)]
#[template(path = "site/home.html")]
struct Home<'a> {
    c: Chrome<'a>,
    source_title: String,
    publisher: String,
    fiscal_year_era: String,
    closing_lead: String,
    chart: BarChart,
    projects: Vec<ProjectRow>,
    /// AMED, in-house and all, over every project.
    totals: Option<(String, String, String)>,
    areas: Vec<(Link, Vec<Link>)>,
    areas_more: usize,
    areas_more_text: String,
    programmes: Vec<Link>,
    programmes_more: usize,
    programmes_more_text: String,
    main_files: Vec<FileRow>,
    csv_grid: Vec<CsvRow>,
}

struct ProjectRow {
    number: String,
    link: Link,
    amed: String,
    inhouse: String,
    total: String,
}

/// A table's six CSV files: canonical and for Excel, each in Japanese,
/// English and both (link, accessible name).
struct CsvRow {
    title: String,
    file: String,
    links: Vec<(String, String)>,
}

/// A text of the source document in a language.
pub fn doc_text(p: &Publication, lang: Lang, col: &str) -> String {
    let t = p.dataset.table("document");
    let ti = p.dataset.schema.table_index("document").unwrap_or(0);
    p.text(lang, ti, 0, t.col(col)).unwrap_or("").to_string()
}

pub fn write(p: &Publication, m: &Model, lang: Lang, site: &Path) -> io::Result<()> {
    let own = format!("{}/index.html", lang.code());
    let c = Chrome::new(
        p,
        lang,
        "ja/index.html",
        "en/index.html",
        p.label(lang, "release-title").to_string(),
        "home",
    );
    let v = View {
        p,
        m,
        lang,
        root: super::root_of(&own),
    };
    let projects_t = v.table("projects");
    let rows = p.dataset.tables[projects_t].rows.len();
    let recs: Vec<Rec> = (0..rows).map(|r| (projects_t, r)).collect();
    let mut sums = (0i64, 0i64);
    let mut any_inhouse = false;
    let projects: Vec<ProjectRow> = recs
        .iter()
        .map(|&pj| {
            let amed = v.int(pj, "amed_amount").unwrap_or(0);
            let inhouse = v.int(pj, "inhouse_amount");
            any_inhouse |= inhouse.is_some();
            sums.0 += amed;
            sums.1 += inhouse.unwrap_or(0);
            ProjectRow {
                number: v.int(pj, "number").map(number).unwrap_or_default(),
                link: v.link(pj),
                amed: number(amed),
                inhouse: inhouse.map(number).unwrap_or_else(|| "—".into()),
                total: number(amed + inhouse.unwrap_or(0)),
            }
        })
        .collect();
    let items = recs
        .iter()
        .map(|&pj| Item {
            label: format!(
                "{} {}",
                v.int(pj, "number").unwrap_or(0),
                v.text(pj, "name")
            ),
            segs: vec![
                ("s1", v.int(pj, "amed_amount").unwrap_or(0)),
                ("s2", v.int(pj, "inhouse_amount").unwrap_or(0)),
            ],
        })
        .collect();
    let chart = BarChart::new(
        "projects-chart",
        format!("{} ({})", v.l("chart-title"), v.l("unit-oku-yen")),
        v.l("site-chart-desc").to_string(),
        &[
            ("s1", v.l("chart-series-amed").to_string()),
            ("s2", v.l("chart-series-inhouse").to_string()),
        ],
        items,
    );
    let areas_t = v.table("disease_areas");
    let n_areas = p.dataset.tables[areas_t].rows.len();
    let areas = (0..n_areas.min(LIST_LIMIT))
        .map(|r| {
            let area = (areas_t, r);
            let people = super::record::referring(&v, area, "coordinators", "disease_area")
                .into_iter()
                .map(|c| v.link(c))
                .collect();
            (v.link(area), people)
        })
        .collect();
    let programmes_t = v.table("programmes");
    let n_programmes = p.dataset.tables[programmes_t].rows.len();
    let programmes = (0..n_programmes.min(LIST_LIMIT))
        .map(|r| {
            let pr = (programmes_t, r);
            Link {
                text: v.name(pr),
                ..v.link(pr)
            }
        })
        .collect();
    let main_files = m
        .downloads
        .iter()
        .filter(|d| matches!(d.group, Group::Zip | Group::Xlsx | Group::Json))
        .map(|d| downloads::row(p, lang, &v.root, d))
        .collect();
    let csv_grid = p
        .dataset
        .tables
        .iter()
        .map(|t| {
            let file = t.spec.file_name();
            let title = v.l(&labels::table_title(t.spec.name)).to_string();
            let links = ["csv/ja", "csv/en", "csv/bilingual"]
                .iter()
                .chain(&["csv-excel/ja", "csv-excel/en", "csv-excel/bilingual"])
                .map(|d| {
                    let path = format!("{d}/{file}");
                    (format!("{}{path}", v.root), path)
                })
                .collect();
            CsvRow { title, file, links }
        })
        .collect();
    let page = Home {
        source_title: doc_text(p, lang, "title"),
        publisher: doc_text(p, lang, "publisher"),
        fiscal_year_era: doc_text(p, lang, "fiscal_year_era"),
        closing_lead: doc_text(p, lang, "closing_lead"),
        chart,
        projects,
        totals: (rows > 1).then(|| {
            (
                number(sums.0),
                if any_inhouse {
                    number(sums.1)
                } else {
                    "—".into()
                },
                number(sums.0 + sums.1),
            )
        }),
        areas,
        areas_more: n_areas.saturating_sub(LIST_LIMIT),
        areas_more_text: super::record::more_text(&v, n_areas.saturating_sub(LIST_LIMIT)),
        programmes,
        programmes_more: n_programmes.saturating_sub(LIST_LIMIT),
        programmes_more_text: super::record::more_text(&v, n_programmes.saturating_sub(LIST_LIMIT)),
        main_files,
        csv_grid,
        c,
    };
    render_to(&page, &site.join(own))
}

#[derive(Template)]
#[template(path = "site/landing.html")]
struct Landing {
    title_ja: String,
    title_en: String,
    version: String,
    date: String,
    contact: String,
    /// The contact as shown: an e-mail address without `mailto:`.
    contact_text: String,
    type_unset: Option<String>,
    parts: Vec<LandingPart>,
}

struct LandingPart {
    lang: &'static str,
    title: String,
    notice: Option<String>,
    description: String,
    source_label: String,
    source: String,
    /// The source document's publisher (`#source-publisher` in DCAT).
    source_publisher_label: String,
    source_publisher: String,
    /// This dataset's publisher (`#publisher`) and contact (`#contact`).
    publisher_label: String,
    publisher: String,
    contact_label: String,
    version_label: String,
    enter: String,
}

/// `index.html` at the root: the dataset in both languages, and the way
/// into each language's pages.
pub fn write_landing(p: &Publication, site: &Path) -> io::Result<()> {
    let parts = Lang::BOTH
        .iter()
        .map(|&lang| LandingPart {
            lang: lang.code(),
            title: p.label(lang, "release-title").to_string(),
            notice: (lang == Lang::En).then(|| p.label(lang, "provisional-translation").into()),
            description: p.label(lang, "release-description").to_string(),
            source_label: p.label(lang, "about-source").to_string(),
            source: doc_text(p, lang, "title"),
            source_publisher_label: p.label(lang, "about-publisher").to_string(),
            source_publisher: doc_text(p, lang, "publisher"),
            publisher_label: p.label(lang, "about-dataset-publisher").to_string(),
            publisher: p.dataset_publisher(lang).to_string(),
            contact_label: p.label(lang, "about-contact").to_string(),
            version_label: p.label(lang, "col-document-release_version").to_string(),
            enter: p.label(lang, "site-enter").to_string(),
        })
        .collect();
    let page = Landing {
        title_ja: p.label(Lang::Ja, "release-title").to_string(),
        title_en: p.label(Lang::En, "release-title").to_string(),
        version: p.dataset.doc_str("release_version").to_string(),
        date: p.date.clone(),
        contact: crate::emit::package::contact(p).to_string(),
        contact_text: crate::emit::package::contact(p)
            .trim_start_matches("mailto:")
            .to_string(),
        // A draft without the publisher's type: DCAT names a concept of this
        // page that says so.
        type_unset: p
            .dataset
            .doc_str("dataset_publisher_type")
            .is_empty()
            .then(|| {
                Lang::BOTH
                    .iter()
                    .map(|&l| p.label(l, "placeholder-unset"))
                    .collect::<Vec<_>>()
                    .join(" / ")
            }),
        parts,
    };
    render_to(&page, &site.join("index.html"))
}
