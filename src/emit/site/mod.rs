//! The website of the release (`site/`): a static, bilingual site generated
//! from the same [`Publication`] as every other output, in which every record
//! identifier (IRI) of the package is a page.
//!
//! Layout (every link is relative, so the site works from `file://` and under
//! any base path; publish `site/` at the document's `base_url`):
//!
//! - `index.html`: the landing page at `base_url`, in both languages (the
//!   DCAT record's `#dataset`, `#source` and `#publisher` are its anchors);
//! - `ja/index.html`, `en/index.html`: the home page in each language, with
//!   `downloads.html` and `about.html` beside them;
//! - `id/<table>/<key>/index.html` (Japanese, the authoritative language) and
//!   `en.html` (English) for every record: the record's IRI
//!   `<base_url>id/<table>/<key>` is that folder, so a web server answers it
//!   with the Japanese page, which links its English; `index.json` beside them
//!   is the record as JSON (both languages);
//! - the downloads at the paths the package metadata gives them, which are
//!   their paths in `out/` (`package/`, `json/`, `xlsx/`, `csv/`,
//!   `csv-excel/`, the zip), as hard links to the files of `out/`;
//! - `assets/site.css`.
//!
//! Pages: the home pages ([`home`]), the downloads page ([`downloads`]), the
//! about page ([`about`]) and one page per record ([`record`]; projects and
//! programmes with their own sections). Tables of more than
//! [`PAGE_TABLE_LIMIT`] rows (points at a million, say) get no page per
//! record: their records are shown on their project's and programme's pages,
//! and lists longer than [`LIST_LIMIT`] are cut with a note saying how many
//! more the CSV holds, so the site grows with the number of projects and
//! programmes, not of points.

mod about;
mod chart;
mod downloads;
mod home;
mod index;
mod record;
mod view;

use crate::publication::{Lang, Publication, Variant};
use index::Index;
use std::io;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// A table with more rows than this gets no page per record (see the module
/// documentation). The real dataset's largest table has under a hundred rows.
pub const PAGE_TABLE_LIMIT: usize = 5_000;

/// The most items a list on a page shows (points of a project, records that
/// refer to a record); the rest are counted and left to the CSV and JSON.
pub const LIST_LIMIT: usize = 200;

/// The stylesheet of every page (compiled in, written to `assets/site.css`).
const CSS: &str = include_str!("../../../templates/site/site.css");

/// The website: one job per language for the pages, and one for the
/// downloads, the landing page and the records' JSON. What the jobs share
/// (the reverse-reference index and the list of downloads with their
/// checksums) is built by the first job that needs it and dropped at the end.
#[derive(Default)]
pub struct Site {
    model: Mutex<Option<Arc<Model>>>,
}

/// What every page job reads besides the publication.
pub struct Model {
    pub index: Index,
    pub downloads: Vec<downloads::Download>,
}

impl Site {
    fn model(&self, p: &Publication, dir: &Path) -> io::Result<Arc<Model>> {
        let mut m = self.model.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(m) = m.as_ref() {
            return Ok(Arc::clone(m));
        }
        let built = Arc::new(Model {
            index: Index::new(p),
            downloads: downloads::list(p, dir)?,
        });
        *m = Some(Arc::clone(&built));
        Ok(built)
    }
}

impl super::Output for Site {
    fn name(&self) -> &'static str {
        "site"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Ja, 2), (Variant::En, 2), (Variant::Bilingual, 1)]
    }

    fn write(&self, p: &Publication, job: Variant, dir: &Path) -> io::Result<()> {
        let site = dir.join("site");
        let m = self.model(p, dir)?;
        match job {
            Variant::Ja => pages(p, &m, Lang::Ja, &site),
            Variant::En => pages(p, &m, Lang::En, &site),
            Variant::Bilingual => {
                downloads::link(&m.downloads, dir, &site)?;
                super::write_file(&site.join("assets/site.css"), CSS.as_bytes())?;
                home::write_landing(p, &site)?;
                record::write_json(p, &m, &site)
            }
        }
    }

    fn finish(&self) {
        *self.model.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }

    /// The site lists the files of these outputs, with their sizes and
    /// checksums, and links them.
    fn after(&self) -> &'static [&'static str] {
        &["json", "csv", "xlsx", "package"]
    }
}

/// Every page in one language.
fn pages(p: &Publication, m: &Model, lang: Lang, site: &Path) -> io::Result<()> {
    home::write(p, m, lang, site)?;
    downloads::write_page(p, m, lang, site)?;
    about::write(p, m, lang, site)?;
    record::write_pages(p, m, lang, site)
}

/// The page file of a record in a language: the IRI's folder answers with the
/// Japanese page.
pub fn page_file(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "index.html",
        Lang::En => "en.html",
    }
}

/// `../` once per folder of `path` (a path relative to the site's root), so
/// that `root(path) + x` is `x` seen from the page at `path`.
pub fn root_of(path: &str) -> String {
    "../".repeat(path.matches('/').count())
}

/// What every page has around its content: the language, the way back to the
/// root, the language switch and the release's labels.
pub struct Chrome<'a> {
    pub p: &'a Publication<'a>,
    pub lang: Lang,
    /// `../` repeated up to the site's root.
    pub root: String,
    pub title: String,
    /// This page in Japanese and in English, relative to this page.
    pub ja_href: String,
    pub en_href: String,
    /// Which item of the main navigation this page is (`home`, `downloads`, `about`).
    pub current: &'static str,
}

impl<'a> Chrome<'a> {
    /// The chrome of a page of the pair `ja_path` / `en_path` (paths from the
    /// site's root); this page is the one in `lang`.
    pub fn new(
        p: &'a Publication<'a>,
        lang: Lang,
        ja_path: &str,
        en_path: &str,
        title: String,
        current: &'static str,
    ) -> Self {
        let own = match lang {
            Lang::Ja => ja_path,
            Lang::En => en_path,
        };
        let root = root_of(own);
        Chrome {
            p,
            lang,
            ja_href: format!("{root}{ja_path}"),
            en_href: format!("{root}{en_path}"),
            root,
            title,
            current,
        }
    }

    /// An interface label in the page's language.
    pub fn l(&self, key: &str) -> &'a str {
        label(self.p, self.lang, key)
    }

    /// An interface label in the other language (the language switch).
    pub fn other_l(&self, key: &str) -> &'a str {
        label(self.p, self.other(), key)
    }

    pub fn code(&self) -> &'static str {
        self.lang.code()
    }

    pub fn other(&self) -> Lang {
        match self.lang {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    pub fn other_code(&self) -> &'static str {
        self.other().code()
    }

    pub fn other_href(&self) -> &str {
        match self.lang {
            Lang::Ja => &self.en_href,
            Lang::En => &self.ja_href,
        }
    }

    pub fn english(&self) -> bool {
        self.lang == Lang::En
    }

    /// Between the items of an inline list.
    pub fn sep(&self) -> &'static str {
        separator(self.lang)
    }

    /// A page of the site's own (home, downloads, about) in this language.
    pub fn nav(&self, page: &str) -> String {
        format!("{}{}/{page}", self.root, self.lang.code())
    }

    /// `aria-current="page"` for the current navigation item.
    pub fn is_current(&self, item: &str) -> bool {
        self.current == item
    }

    pub fn version(&self) -> &str {
        self.p.dataset.doc_str("release_version")
    }

    pub fn date(&self) -> &str {
        &self.p.date
    }

    pub fn licence_url(&self) -> &str {
        super::package::licence_url(self.p, self.lang)
    }
}

/// An interface label, borrowed from the publication (every label the site
/// uses is in `labels::GENERAL`, so `check` has made sure it exists).
pub fn label<'a>(p: &'a Publication, lang: Lang, key: &str) -> &'a str {
    let map = match lang {
        Lang::Ja => &p.tr.ui_ja,
        Lang::En => &p.tr.ui_en,
    };
    map.get(key).map_or("", String::as_str)
}

/// Between the items of an inline list: `、` in Japanese, `, ` in English
/// (not a label: Fluent trims the space a label would end with).
pub fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "、",
        Lang::En => ", ",
    }
}

/// A number as the pages show it: digits grouped by three with commas.
pub fn number(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// Renders a template to a file.
fn render_to(t: &impl askama::Template, path: &Path) -> io::Result<()> {
    let html = t.render().map_err(io::Error::other)?;
    super::write_file(path, html.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_three() {
        assert_eq!(number(0), "0");
        assert_eq!(number(349), "349");
        assert_eq!(number(1234), "1,234");
        assert_eq!(number(1234567), "1,234,567");
        assert_eq!(number(-1000), "-1,000");
    }

    #[test]
    fn roots_climb_one_folder_per_slash() {
        assert_eq!(root_of("index.html"), "");
        assert_eq!(root_of("ja/index.html"), "../");
        assert_eq!(root_of("id/projects/pj1/en.html"), "../../../");
    }
}
