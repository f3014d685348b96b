//! Every file of the release (`out/`), as the metadata describes it: one
//! DCAT distribution and one CKAN resource each, with a title and a
//! description in Japanese and English, a media type and a format.
//!
//! The files come from the outputs the package waits for ([`PARTS`]) and
//! from the package itself. A file already written has its size and
//! SHA-256; a file written later than the metadata that lists it (the
//! metadata files themselves, `SHA256SUMS`, the zip) has none, as it cannot
//! (a file cannot hold its own hash, and the zip holds the metadata).
//!
//! To describe the files of a new output, add its directory to [`PARTS`]
//! (and its name to the package's `after`), and a case to [`describe`].

use super::hash::Hashes;
use crate::labels;
use crate::publication::{Lang, Publication};
use std::io;
use std::path::Path;

/// The directories of `out/` written by the outputs the package follows,
/// in the order the metadata lists them (after the package and its zip).
pub const PARTS: &[&str] = &["json", "xlsx", "csv", "csv-excel"];

/// The package's files written after the tables, README and LICENSE, in
/// the order they are written (see `super::write`).
pub const LATER: &[&str] = &[
    "datapackage.json",
    "csv-metadata.json",
    "data.nt",
    "ckan.json",
    "dcat.jsonld",
    "SHA256SUMS",
];

/// One file of the release.
#[derive(Debug, Clone)]
pub struct FileDoc {
    /// Path under `out/`, with `/` (the file's address is `<base><rel>`).
    pub rel: String,
    /// Title and description, Japanese and English.
    pub title: [String; 2],
    pub description: [String; 2],
    pub media_type: &'static str,
    /// The EU file-type code (`CSV`, `JSON`, ...).
    pub file_type: &'static str,
    /// The languages of its contents (`ja`, `en`), empty for metadata.
    pub languages: Vec<Lang>,
    /// Size and SHA-256, when the file was written before the metadata.
    pub written: Option<(u64, String)>,
    /// For a JSON data file: the path of its JSON Schema under `out/`.
    pub schema: Option<String>,
}

/// Every file of the release in `root` (the whole output directory), the
/// package's included, in a fixed order: the zip, the package, then
/// [`PARTS`].
pub fn release_files(p: &Publication, root: &Path, hashes: &Hashes) -> io::Result<Vec<FileDoc>> {
    let stem = crate::emit::stem(p);
    let mut rels: Vec<String> = vec![format!("{stem}-package.zip")];
    let pkg = root.join("package");
    let mut in_package: Vec<String> = crate::emit::list_files(&pkg)?;
    for later in LATER {
        if !in_package.iter().any(|r| r == later) && (*later != "data.nt" || super::rdf::wanted(p))
        {
            in_package.push(later.to_string());
        }
    }
    in_package.sort_by_key(|r| (r.starts_with("data/"), r.clone()));
    rels.extend(in_package.into_iter().map(|r| format!("package/{r}")));
    for part in PARTS {
        let dir = root.join(part);
        if dir.is_dir() {
            rels.extend(
                crate::emit::list_files(&dir)?
                    .into_iter()
                    .map(|r| format!("{part}/{r}")),
            );
        }
    }
    rels.into_iter()
        .map(|rel| {
            let path = root.join(&rel);
            let written = if path.is_file() {
                Some(hashes.get(&path)?)
            } else {
                None
            };
            Ok(describe(p, &stem, rel, written))
        })
        .collect()
}

/// Hashes the files of [`PARTS`] now, on every core (the package's own
/// files are hashed by `Hashes::prefill` on the package).
pub fn prefill(root: &Path, hashes: &Hashes) -> io::Result<()> {
    for part in PARTS {
        let dir = root.join(part);
        if dir.is_dir() {
            hashes.prefill(&dir)?;
        }
    }
    Ok(())
}

/// The outputs whose files [`PARTS`] lists: the package starts after them.
pub const AFTER: &[&str] = &["changelog", "csv", "csv-views", "json", "status", "xlsx"];

/// The language of a variant directory or file-name part (`ja`, `en`,
/// `bilingual`).
fn variant_langs(code: &str) -> Vec<Lang> {
    match code {
        "ja" => vec![Lang::Ja],
        "en" => vec![Lang::En],
        _ => vec![Lang::Ja, Lang::En],
    }
}

fn variant_label(code: &str) -> &'static str {
    match code {
        "ja" => "lang-ja",
        "en" => "lang-en",
        _ => "lang-bilingual",
    }
}

/// `main (a, b)` in English, `main(a、b)` in Japanese.
fn compose(lang: Lang, main: &str, parts: &[&str]) -> String {
    if parts.is_empty() {
        return main.to_string();
    }
    match lang {
        Lang::Ja => format!("{main}({})", parts.join("、")),
        Lang::En => format!("{main} ({})", parts.join(", ")),
    }
}

/// Title and description of a file from labels: `main` with `parts` in
/// brackets, and the descriptions `desc` joined.
fn texts(p: &Publication, main: &[&str], parts: &[&str], desc: &[&str]) -> [[String; 2]; 2] {
    let one = |lang: Lang| {
        let main: Vec<&str> = main.iter().map(|k| p.label(lang, k)).collect();
        let parts: Vec<&str> = parts.iter().map(|k| p.label(lang, k)).collect();
        let desc: Vec<&str> = desc.iter().map(|k| p.label(lang, k)).collect();
        (compose(lang, &main.join(" "), &parts), desc.join(" "))
    };
    let (tj, dj) = one(Lang::Ja);
    let (te, de) = one(Lang::En);
    [[tj, te], [dj, de]]
}

/// What a file of the release is, from its path.
fn describe(p: &Publication, stem: &str, rel: String, written: Option<(u64, String)>) -> FileDoc {
    let parts: Vec<&str> = rel.split('/').collect();
    let file = *parts.last().unwrap_or(&"");
    let table_of = |file: &str| {
        let name = file.strip_suffix(".csv").unwrap_or(file);
        p.dataset
            .schema
            .tables
            .iter()
            .find(|t| t.name == name)
            .map(|t| {
                (
                    labels::table_title(t.name),
                    labels::table_description(t.name),
                )
            })
    };
    // The variant of `<stem>.<variant>.<ext>`.
    let variant = |file: &str| {
        file.strip_prefix(stem)
            .and_then(|r| r.strip_prefix('.'))
            .and_then(|r| r.split('.').next())
            .unwrap_or("")
            .to_string()
    };
    let mut doc = FileDoc {
        rel: rel.clone(),
        title: [file.to_string(), file.to_string()],
        description: [String::new(), String::new()],
        media_type: "text/plain",
        file_type: "TXT",
        languages: Vec::new(),
        written,
        schema: None,
    };
    fn set(doc: &mut FileDoc, [t, d]: [[String; 2]; 2], mt: &'static str, ft: &'static str) {
        doc.title = t;
        doc.description = d;
        doc.media_type = mt;
        doc.file_type = ft;
    }
    match parts.as_slice() {
        [dir @ ("package" | "csv" | "csv-excel"), crate::emit::status::FILE] => {
            let bracket: &[&str] = match *dir {
                "package" => &["file-csv", "file-package"],
                "csv" => &["file-csv"],
                _ => &["file-csv-excel"],
            };
            let fdesc = match *dir {
                "package" => "file-package-desc",
                "csv" => "file-csv-desc",
                _ => "file-csv-excel-desc",
            };
            set(
                &mut doc,
                texts(
                    p,
                    &["file-translation-status"],
                    bracket,
                    &["file-translation-status-desc", fdesc],
                ),
                "text/csv",
                "CSV",
            );
        }
        [dir @ ("csv" | "csv-excel"), lang, "views", f] => {
            let view = f.strip_suffix(".csv").unwrap_or(f);
            let (title, desc) = (format!("view-{view}"), format!("view-{view}-desc"));
            let (fmt, fdesc) = if *dir == "csv" {
                ("file-csv", "file-csv-desc")
            } else {
                ("file-csv-excel", "file-csv-excel-desc")
            };
            set(
                &mut doc,
                texts(
                    p,
                    &[title.as_str()],
                    &[fmt, variant_label(lang)],
                    &[desc.as_str(), fdesc],
                ),
                "text/csv",
                "CSV",
            );
            doc.languages = variant_langs(lang);
        }
        ["package", "data", lang, f] | ["csv", lang, f] | ["csv-excel", lang, f] => {
            let (title, desc) = table_of(f).unwrap_or_default();
            let (fmt, fdesc, extra): (&str, &str, &[&str]) = match parts[0] {
                "package" => ("file-csv", "file-package-desc", &["file-package"]),
                "csv" => ("file-csv", "file-csv-desc", &[]),
                _ => ("file-csv-excel", "file-csv-excel-desc", &[]),
            };
            let mut bracket = vec![fmt, variant_label(lang)];
            bracket.extend_from_slice(extra);
            set(
                &mut doc,
                texts(p, &[title.as_str()], &bracket, &[desc.as_str(), fdesc]),
                "text/csv",
                "CSV",
            );
            doc.languages = variant_langs(lang);
        }
        ["json", "schema", f] => {
            let v = variant(f);
            set(
                &mut doc,
                texts(
                    p,
                    &["file-json-schema"],
                    &[variant_label(&v)],
                    &["file-json-schema-desc"],
                ),
                "application/schema+json",
                "JSON",
            );
        }
        ["json", f] => {
            let v = variant(f);
            set(
                &mut doc,
                texts(p, &["file-json"], &[variant_label(&v)], &["file-json-desc"]),
                "application/json",
                "JSON",
            );
            doc.languages = variant_langs(&v);
            doc.schema = Some(format!(
                "json/schema/{}.schema.json",
                f.trim_end_matches(".json")
            ));
        }
        ["xlsx", f] => {
            let v = variant(f);
            set(
                &mut doc,
                texts(p, &["file-xlsx"], &[variant_label(&v)], &["file-xlsx-desc"]),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "XLSX",
            );
            doc.languages = variant_langs(&v);
        }
        ["package", "changes", f] => {
            let (parts, desc, mt, ft, langs): (&[&str], &str, _, _, &[Lang]) = match *f {
                "changes.json" => (
                    &["format-json"],
                    "file-changes-json-desc",
                    "application/json",
                    "JSON",
                    &[Lang::Ja, Lang::En],
                ),
                "changes.csv" => (
                    &["format-csv"],
                    "file-changes-csv-desc",
                    "text/csv",
                    "CSV",
                    &[Lang::Ja, Lang::En],
                ),
                "changes.schema.json" => (
                    &["file-table-schema"],
                    "file-changes-schema-desc",
                    "application/json",
                    "JSON",
                    &[],
                ),
                "changes.ja.md" => (
                    &["lang-ja"],
                    "file-changes-md-desc",
                    "text/markdown",
                    "TXT",
                    &[Lang::Ja],
                ),
                _ => (
                    &["lang-en"],
                    "file-changes-md-desc",
                    "text/markdown",
                    "TXT",
                    &[Lang::En],
                ),
            };
            set(
                &mut doc,
                texts(p, &["file-changes"], parts, &[desc]),
                mt,
                ft,
            );
            doc.languages = langs.to_vec();
        }
        ["package", f] => {
            let (key, mt, ft, both) = match *f {
                "CHANGELOG.md" => ("file-changelog", "text/markdown", "TXT", true),
                "release.json" => ("file-release", "application/json", "JSON", false),
                "datapackage.json" => ("file-datapackage", "application/json", "JSON", false),
                "csv-metadata.json" => ("file-csvw", "application/csvm+json", "JSON", false),
                "dcat.jsonld" => ("file-dcat", "application/ld+json", "JSON_LD", false),
                "ckan.json" => ("file-ckan", "application/json", "JSON", false),
                "data.nt" => ("file-rdf", "application/n-triples", "RDF_N_TRIPLES", true),
                "README.md" => ("file-readme", "text/markdown", "TXT", true),
                "LICENSE.md" => ("file-licence", "text/markdown", "TXT", true),
                _ => ("file-sums", "text/plain", "TXT", false),
            };
            let desc = format!("{key}-desc");
            set(&mut doc, texts(p, &[key], &[], &[desc.as_str()]), mt, ft);
            if both {
                doc.languages = vec![Lang::Ja, Lang::En];
            }
        }
        [f] if f.ends_with(".zip") => {
            set(
                &mut doc,
                texts(p, &["file-zip"], &[], &["file-zip-desc"]),
                "application/zip",
                "ZIP",
            );
            doc.languages = vec![Lang::Ja, Lang::En];
        }
        _ => {}
    }
    doc
}
