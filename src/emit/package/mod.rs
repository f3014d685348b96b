//! The open-data package: one folder with the CSV tables in Japanese and in
//! English (one resource per table and language) and the metadata that
//! portals and validators read, one module per file:
//!
//! - `datapackage.json` ([`datapackage`]), a Frictionless Data Package v2
//!   with Fiscal Data Package budget semantics;
//! - `csv-metadata.json` ([`csvw`]), CSV on the Web;
//! - `data.nt` ([`rdf`]), every record as RDF (N-Triples), as the CSVW
//!   metadata describes the tables;
//! - `ckan.json` ([`ckan`]), the dataset in the shape of CKAN's
//!   `package_create`;
//! - `dcat.jsonld` ([`dcat`]), a DCAT-AP 3.0.1 record of the whole release
//!   (every file of `out/` a distribution, see [`files`]);
//! - `README.md` and `LICENSE.md` ([`readme`], [`licence`]), bilingual, from
//!   the templates in `templates/package/`;
//! - `SHA256SUMS` ([`sums`]).
//!
//! `CHANGELOG.md`, `changes/` and `release.json` are written into the same
//! folder beforehand by the changelog output (`super::changelog`), and
//! `translation-status.csv` by the status output (`super::status`), so that
//! the metadata, the checksums and the zip include them.
//!
//! This module writes them in order ([`write`]) and holds what several of
//! them share: the package paths and the release's bilingual metadata. The
//! provenance (source, publisher, contact, licence) comes from the document
//! record (`data/document.csv`); a draft's placeholders are listed in the
//! README and the DCAT record.

mod ckan;
mod csvw;
mod datapackage;
mod dcat;
mod files;
mod hash;
mod licence;
mod rdf;
mod readme;
mod sums;

pub use hash::sha256_hex;

use crate::publication::{Lang, Publication, Variant};
use crate::schema::TableSpec;
use hash::Hashes;
use serde_json::{json, Value as J};
use std::io;
use std::path::Path;

/// The themes of the dataset (EU data themes): government and public
/// sector, and health.
const THEMES: &[&str] = &[
    "http://publications.europa.eu/resource/authority/data-theme/GOVE",
    "http://publications.europa.eu/resource/authority/data-theme/HEAL",
];

/// Planned availability of every file (EU vocabulary): stable.
const STABLE: &str = "http://publications.europa.eu/resource/authority/planned-availability/STABLE";

/// The EU language authority's IRI of a language.
fn language_iri(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "http://publications.europa.eu/resource/authority/language/JPN",
        Lang::En => "http://publications.europa.eu/resource/authority/language/ENG",
    }
}

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
        write(p, dir, &pkg)?;
        let stem = super::stem(p);
        super::zip::zip_dir(
            &pkg,
            &dir.join(format!("{stem}-package.zip")),
            &stem,
            super::compression_level(p),
        )
    }

    fn after(&self) -> &'static [&'static str] {
        files::AFTER
    }
}

/// Writes the package into `pkg` (`<root>/package`). Its CSV files are the
/// canonical ones already written under `<root>/csv`, linked (or copied)
/// rather than written again. The metadata files come in the order of
/// [`files::LATER`]: each lists the files written before it with their hashes.
pub fn write(p: &Publication, root: &Path, pkg: &Path) -> io::Result<()> {
    link_tables(p, pkg)?;
    super::write_file(&pkg.join("README.md"), readme::render(p)?.as_bytes())?;
    super::write_file(&pkg.join("LICENSE.md"), licence::render(p)?.as_bytes())?;
    // Every file is hashed once (the metadata below needs most of them two or
    // three times); the large ones up front, on as many threads as there are cores.
    let hashes = Hashes::default();
    hashes.prefill(pkg)?;
    files::prefill(root, &hashes)?;
    write_json(
        &pkg.join("datapackage.json"),
        &datapackage::build(p, pkg, &hashes)?,
    )?;
    write_json(&pkg.join("csv-metadata.json"), &csvw::build(p))?;
    if rdf::wanted(p) {
        rdf::write(p, &pkg.join("data.nt"))?;
    }
    let listed = files::release_files(p, root, &hashes)?;
    write_json(&pkg.join("ckan.json"), &ckan::build(p, &listed))?;
    let listed = files::release_files(p, root, &hashes)?;
    write_json(&pkg.join("dcat.jsonld"), &dcat::build(p, &listed))?;
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
    p.base()
}

/// Attribution text in both languages, Japanese first.
fn attribution(p: &Publication) -> String {
    p.label_both("attribution")
}

/// The placeholder notice and the list of placeholders in one language
/// (empty for a release without placeholders): `field: value` per line,
/// `(not set)` for an empty field.
fn placeholder_lines(p: &Publication, lang: Lang) -> Vec<String> {
    p.placeholders()
        .iter()
        .map(|ph| {
            let value = if ph.value.is_empty() {
                p.label(lang, "placeholder-unset").to_string()
            } else {
                ph.value.clone()
            };
            format!(
                "{} (`{}`): {value}",
                p.label(lang, &crate::labels::column_title(ph.table, ph.field)),
                ph.field
            )
        })
        .collect()
}

/// The placeholder notice followed by the placeholders, in one paragraph
/// (for the metadata's descriptions); empty without placeholders.
fn placeholder_text(p: &Publication, lang: Lang) -> String {
    let lines = placeholder_lines(p, lang);
    if lines.is_empty() {
        return String::new();
    }
    let sep = match lang {
        Lang::Ja => "。",
        Lang::En => "; ",
    };
    let lines = lines.join(sep).replace('`', "");
    format!("{} {lines}", p.label(lang, "placeholder-notice"))
}

/// The contact address as given (`mailto:` or a web address).
pub fn contact<'p>(p: &'p Publication) -> &'p str {
    p.dataset.doc_str("contact")
}

/// The contact's e-mail address, if the contact is one.
fn contact_email<'p>(p: &'p Publication) -> Option<&'p str> {
    contact(p).strip_prefix("mailto:")
}

/// First and last day of the fiscal year of the document.
fn fiscal_period(p: &Publication) -> (String, String) {
    // The Japanese fiscal year N runs from 1 April N to 31 March N+1.
    let y = p.dataset.doc_int("fiscal_year");
    (format!("{y:04}-04-01"), format!("{:04}-03-31", y + 1))
}

/// A text of the source document's record in one language.
fn doc_text(p: &Publication, lang: Lang, col: &str) -> String {
    p.doc_text(lang, col).to_string()
}

/// The address of the licence text in a language.
pub fn licence_url<'p>(p: &'p Publication, lang: Lang) -> &'p str {
    p.dataset.doc_str(match lang {
        Lang::Ja => "licence_url",
        Lang::En => "licence_url_en",
    })
}

/// The address of the licence the licence is compatible with (CC BY 4.0).
fn compatible_url<'p>(p: &'p Publication) -> &'p str {
    p.dataset.doc_str("licence_compatible_url")
}
