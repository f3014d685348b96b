//! The open-data package: one folder with the CSV tables in Japanese and in
//! English (one resource per table and language) and the metadata that
//! portals and validators read, one module per file:
//!
//! - `datapackage.json` ([`datapackage`]), a Frictionless Data Package v2
//!   with Fiscal Data Package budget semantics;
//! - `csv-metadata.json` ([`csvw`]), CSV on the Web;
//! - `dcat.jsonld` ([`dcat`]), a DCAT-AP 3.0.1 record;
//! - `README.md` and `LICENSE.md` ([`readme`], [`licence`]), bilingual, from
//!   the templates in `templates/package/`;
//! - `SHA256SUMS` ([`sums`]).
//!
//! `CHANGELOG.md`, `changes/` and `release.json` are written into the same
//! folder beforehand by the changelog output (`super::changelog`), so that the
//! metadata, the checksums and the zip include them.
//!
//! This module writes them in order ([`write`]) and holds what several of
//! them share: the licence addresses, the package paths and the release's
//! bilingual metadata.

mod csvw;
mod datapackage;
mod dcat;
mod hash;
mod licence;
mod readme;
mod sums;

pub use hash::sha256_hex;

use crate::publication::{Lang, Publication, Variant};
use crate::schema::TableSpec;
use hash::Hashes;
use serde_json::{json, Value as J};
use std::io;
use std::path::Path;

pub const PDL_URL: &str = "https://www.digital.go.jp/resources/open_data/public_data_license_v1.0";
pub const PDL_URL_EN: &str =
    "https://www.digital.go.jp/en/resources/open_data/public_data_license_v1.0";
pub const CC_BY_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

/// The language variants published in the package: one resource per table
/// and language. (The bilingual tables, JSON and workbooks are in `out/`
/// beside the package.)
pub const VARIANTS: [Variant; 2] = [Variant::Ja, Variant::En];

/// The open-data package (`package/`) and its zip, written in one job once
/// the canonical CSV files it links exist.
pub struct Package;

impl super::Output for Package {
    fn name(&self) -> &'static str {
        "package"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 1)]
    }

    fn write(&self, p: &Publication, _: Variant, dir: &Path) -> io::Result<()> {
        let pkg = dir.join("package");
        write(p, &pkg)?;
        let stem = super::stem(p);
        super::zip::zip_dir(
            &pkg,
            &dir.join(format!("{stem}-package.zip")),
            &stem,
            super::compression_level(p),
        )
    }

    fn after(&self) -> &'static [&'static str] {
        // The changelog writes its files into package/ first, so that the
        // metadata, SHA256SUMS and the zip include them.
        &["csv", "changelog"]
    }
}

/// Writes the package into `pkg`. Its CSV files are the canonical ones
/// already written under `<root>/csv`, linked (or copied) rather than
/// written again.
pub fn write(p: &Publication, pkg: &Path) -> io::Result<()> {
    link_tables(p, pkg)?;
    super::write_file(&pkg.join("README.md"), readme::render(p)?.as_bytes())?;
    super::write_file(&pkg.join("LICENSE.md"), licence::render(p)?.as_bytes())?;
    // Every file is hashed once (the metadata below needs most of them two or
    // three times); the large ones up front, on as many threads as there are cores.
    let hashes = Hashes::default();
    hashes.prefill(pkg)?;
    write_json(
        &pkg.join("datapackage.json"),
        &datapackage::build(p, pkg, &hashes)?,
    )?;
    write_json(&pkg.join("csv-metadata.json"), &csvw::build(p))?;
    write_json(&pkg.join("dcat.jsonld"), &dcat::build(p, pkg, &hashes)?)?;
    let sums = sums::build(pkg, &hashes)?;
    super::write_file(&pkg.join("SHA256SUMS"), sums.as_bytes())
}

/// Puts the canonical CSV files of every table and language into `pkg/data/`.
fn link_tables(p: &Publication, pkg: &Path) -> io::Result<()> {
    let root = pkg.parent().unwrap_or(pkg);
    for v in VARIANTS {
        for t in &p.dataset.tables {
            let from = root.join("csv").join(v.code()).join(t.spec.file_name());
            let to = pkg.join(csv_path(v, t.spec));
            if let Some(d) = to.parent() {
                std::fs::create_dir_all(d)?;
            }
            if std::fs::hard_link(&from, &to).is_err() {
                std::fs::copy(&from, &to)?;
            }
        }
    }
    Ok(())
}

/// Writes pretty-printed JSON with a final newline.
fn write_json(path: &Path, v: &J) -> io::Result<()> {
    let mut bytes = serde_json::to_vec_pretty(v).map_err(io::Error::other)?;
    bytes.push(b'\n');
    super::write_file(path, &bytes)
}

/// Relative path of a table's CSV in the package.
pub fn csv_path(v: Variant, t: &TableSpec) -> String {
    format!("data/{}/{}", v.code(), t.file_name())
}

/// A label in the variant's language (both languages for the bilingual variant).
fn title(p: &Publication, v: Variant, key: &str) -> String {
    match v {
        Variant::Bilingual => p.label_both(key),
        _ => p.label(v.label_lang(), key).to_string(),
    }
}

/// Japanese and English strings as JSON-LD language-tagged values.
fn lang_values(ja: &str, en: &str) -> J {
    json!([
        {"@value": ja, "@language": "ja"},
        {"@value": en, "@language": "en"}
    ])
}

/// A label in both languages as JSON-LD language-tagged values.
fn lang_map(p: &Publication, key: &str) -> J {
    lang_values(p.label(Lang::Ja, key), p.label(Lang::En, key))
}

/// The release description followed by the provisional-translation notice,
/// in one language (for the CSVW and DCAT descriptions).
fn description(p: &Publication, lang: Lang) -> String {
    format!(
        "{} {}",
        p.label(lang, "release-description"),
        p.label(lang, "provisional-translation")
    )
}

/// The release's keywords in one language (the label is a list separated by
/// commas or 、).
fn keywords<'p>(p: &'p Publication, lang: Lang) -> impl Iterator<Item = &'p str> {
    p.label(lang, "release-keywords")
        .split([',', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The publication address, ending in `/`: every identifier in the metadata
/// is built from it.
fn base(p: &Publication) -> String {
    let b = p.dataset.doc_str("base_url");
    if b.ends_with('/') {
        b.to_string()
    } else {
        format!("{b}/")
    }
}

/// Attribution text in both languages, Japanese first.
fn attribution(p: &Publication) -> String {
    p.label_both("attribution")
}

/// First and last day of the fiscal year of the document.
fn fiscal_period(p: &Publication) -> (String, String) {
    // The Japanese fiscal year N runs from 1 April N to 31 March N+1.
    let y = p.dataset.doc_int("fiscal_year");
    (format!("{y:04}-04-01"), format!("{:04}-03-31", y + 1))
}

/// A text of the source document's record in one language.
fn doc_text(p: &Publication, lang: Lang, col: &str) -> String {
    let t = p.dataset.table("document");
    let ti = p.dataset.schema.table_index("document").unwrap_or(0);
    p.text(lang, ti, 0, t.col(col)).unwrap_or("").to_string()
}

/// The address of the licence text in a language.
fn licence_url(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => PDL_URL,
        Lang::En => PDL_URL_EN,
    }
}
