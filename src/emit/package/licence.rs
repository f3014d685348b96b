//! `LICENSE.md`: the licence (PDL 1.0, compatible with CC BY 4.0) and the
//! attribution the data requires, in Japanese then English, from the
//! template `templates/package/LICENSE.md`.

use super::{compatible_url, licence_url};
use crate::publication::{Lang, Publication};
use askama::Template;
use std::io;

/// The licence: one part per language, Japanese first. Nothing is escaped:
/// the labels are Markdown as written.
#[derive(Template)]
#[template(path = "package/LICENSE.md", escape = "none")]
struct Licence<'a> {
    parts: Vec<Part<'a>>,
    cc_by_url: &'a str,
}

/// The licence in one language.
struct Part<'a> {
    p: &'a Publication<'a>,
    lang: Lang,
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

/// The licence file of the package.
pub fn render(p: &Publication) -> io::Result<String> {
    let parts = Lang::BOTH.iter().map(|&lang| Part { p, lang }).collect();
    Licence {
        parts,
        cc_by_url: compatible_url(p),
    }
    .render()
    .map_err(io::Error::other)
}
