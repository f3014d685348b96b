//! The release's files in the site: which they are, their sizes and SHA-256,
//! the hard links that put them at their addresses in `site/`, and the
//! downloads page that lists them.
//!
//! Every file keeps its path in `out/` (`package/datapackage.json`,
//! `xlsx/...`, `csv/ja/projects.csv`, the zip at the root), which is the
//! address `<base_url><path>` the package metadata (DCAT, CKAN) gives it.

use super::{number, render_to, Chrome, Model};
use crate::publication::{Lang, Publication};
use askama::Template;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::{self, Read};
use std::path::Path;

/// One file of the release.
pub struct Download {
    /// Where it is in `site/`.
    pub site_path: String,
    /// Where it is in `out/`.
    pub out_path: String,
    pub group: Group,
    /// `ja`, `en`, `bilingual`, or `both` (a file with each language apart).
    pub lang: &'static str,
    pub size: u64,
    pub sha256: String,
}

/// The kinds of files, in the order the downloads page lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Zip,
    Xlsx,
    CsvExcel,
    Csv,
    Json,
    Schema,
    Metadata,
}

impl Group {
    pub const ALL: [Group; 7] = [
        Group::Zip,
        Group::Xlsx,
        Group::CsvExcel,
        Group::Csv,
        Group::Json,
        Group::Schema,
        Group::Metadata,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Group::Zip => "zip",
            Group::Xlsx => "xlsx",
            Group::CsvExcel => "csv-excel",
            Group::Csv => "csv",
            Group::Json => "json",
            Group::Schema => "schema",
            Group::Metadata => "metadata",
        }
    }
}

/// Every file of the release that the site offers, with its size and SHA-256
/// (the package's from its `SHA256SUMS`, the others computed here, on every core).
pub fn list(p: &Publication, dir: &Path) -> io::Result<Vec<Download>> {
    let stem = super::super::stem(p);
    let mut files: Vec<(String, String, Group)> = Vec::new();
    let zip = format!("{stem}-package.zip");
    files.push((zip.clone(), zip, Group::Zip));
    // Every file at the path it has in `out/`: the address the package
    // metadata (DCAT, CKAN) gives it is `<base_url><path>`.
    for (sub, group) in [
        ("xlsx", Group::Xlsx),
        ("csv-excel", Group::CsvExcel),
        ("csv", Group::Csv),
    ] {
        for f in super::super::list_files(&dir.join(sub))? {
            let path = format!("{sub}/{f}");
            files.push((path.clone(), path, group));
        }
    }
    for f in super::super::list_files(&dir.join("package"))? {
        let group = if f.starts_with("data/") {
            Group::Csv
        } else {
            Group::Metadata
        };
        let path = format!("package/{f}");
        files.push((path.clone(), path, group));
    }
    for f in super::super::list_files(&dir.join("json"))? {
        let group = if f.starts_with("schema/") {
            Group::Schema
        } else {
            Group::Json
        };
        let path = format!("json/{f}");
        files.push((path.clone(), path, group));
    }
    files.sort_by(|a, b| (a.2, lang_order(&a.0), &a.0).cmp(&(b.2, lang_order(&b.0), &b.0)));
    let known = package_sums(&dir.join("package"))?;
    let mut out: Vec<Download> = files
        .into_iter()
        .map(|(site_path, out_path, group)| Download {
            lang: lang_of(&site_path),
            sha256: known.get(&out_path).cloned().unwrap_or_default(),
            size: 0,
            site_path,
            out_path,
            group,
        })
        .collect();
    {
        use rayon::prelude::*;
        out.par_iter_mut().try_for_each(|d| -> io::Result<()> {
            let path = dir.join(&d.out_path);
            d.size = std::fs::metadata(&path)?.len();
            if d.sha256.is_empty() {
                d.sha256 = file_sha256(&path)?;
            }
            Ok(())
        })?;
    }
    Ok(out)
}

/// Japanese, English, bilingual, then the rest: the order of each group.
fn lang_order(path: &str) -> u8 {
    match lang_of(path) {
        "ja" => 0,
        "en" => 1,
        "bilingual" => 2,
        _ => 3,
    }
}

/// The language of a file, from its path.
fn lang_of(path: &str) -> &'static str {
    let has = |code: &str| {
        path.split('/').any(|part| part == code) || path.contains(&format!(".{code}."))
    };
    if has("bilingual") {
        "bilingual"
    } else if has("ja") {
        "ja"
    } else if has("en") {
        "en"
    } else {
        "both"
    }
}

/// The package's checksums by their path in `out/`.
fn package_sums(pkg: &Path) -> io::Result<HashMap<String, String>> {
    let text = match std::fs::read_to_string(pkg.join("SHA256SUMS")) {
        Ok(t) => t,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(HashMap::new()),
        Err(e) => return Err(e),
    };
    Ok(text
        .lines()
        .filter_map(|l| l.split_once("  "))
        .map(|(h, f)| (format!("package/{f}"), h.to_string()))
        .collect())
}

fn file_sha256(path: &Path) -> io::Result<String> {
    let mut f = std::fs::File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let k = f.read(&mut buf)?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Puts every download at its place in `site/`: a hard link to the file in
/// `out/` (a copy where links are not possible).
pub fn link(downloads: &[Download], dir: &Path, site: &Path) -> io::Result<()> {
    for d in downloads {
        let to = site.join(&d.site_path);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let from = dir.join(&d.out_path);
        if std::fs::hard_link(&from, &to).is_err() {
            std::fs::copy(&from, &to)?;
        }
    }
    Ok(())
}

/// A file as a page lists it.
pub struct FileRow {
    pub href: String,
    pub path: String,
    pub format: &'static str,
    pub lang: String,
    pub size: String,
    pub sha256: String,
}

pub struct GroupView {
    pub key: &'static str,
    pub title: String,
    pub desc: String,
    pub files: Vec<FileRow>,
}

/// The format of a file, by its name.
fn format_of(path: &str) -> &'static str {
    if path.ends_with(".schema.json") {
        return "JSON Schema";
    }
    match path.rsplit('.').next().unwrap_or("") {
        "csv" => "CSV",
        "json" => "JSON",
        "jsonld" => "JSON-LD",
        "xlsx" => "XLSX",
        "zip" => "ZIP",
        "md" => "Markdown",
        _ => "text",
    }
}

/// The name of a file's language on a page.
pub fn lang_label<'a>(p: &'a Publication, lang: Lang, code: &str) -> &'a str {
    super::label(p, lang, &format!("site-lang-{code}"))
}

pub fn row(p: &Publication, lang: Lang, root: &str, d: &Download) -> FileRow {
    FileRow {
        href: format!("{root}{}", d.site_path),
        path: d.site_path.clone(),
        format: format_of(&d.site_path),
        lang: lang_label(p, lang, d.lang).to_string(),
        size: number(d.size as i64),
        sha256: d.sha256.clone(),
    }
}

/// The files of the release grouped as the downloads page lists them.
pub fn groups(p: &Publication, m: &Model, lang: Lang, root: &str) -> Vec<GroupView> {
    Group::ALL
        .iter()
        .map(|&g| GroupView {
            key: g.key(),
            title: p.label(lang, &format!("site-dl-{}", g.key())).to_string(),
            desc: p
                .label(lang, &format!("site-dl-{}-desc", g.key()))
                .to_string(),
            files: m
                .downloads
                .iter()
                .filter(|d| d.group == g)
                .map(|d| row(p, lang, root, d))
                .collect(),
        })
        .filter(|g| !g.files.is_empty())
        .collect()
}

#[derive(Template)]
#[template(path = "site/downloads.html")]
struct DownloadsPage<'a> {
    c: Chrome<'a>,
    groups: Vec<GroupView>,
}

pub fn write_page(p: &Publication, m: &Model, lang: Lang, site: &Path) -> io::Result<()> {
    let c = Chrome::new(
        p,
        lang,
        "ja/downloads.html",
        "en/downloads.html",
        format!(
            "{} | {}",
            p.label(lang, "site-downloads"),
            p.label(lang, "release-title")
        ),
        "downloads",
    );
    let groups = groups(p, m, lang, &c.root);
    render_to(
        &DownloadsPage { c, groups },
        &site.join(format!("{}/downloads.html", lang.code())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_and_formats_come_from_the_path() {
        assert_eq!(lang_of("data/ja/projects.csv"), "ja");
        assert_eq!(lang_of("csv-excel/en/projects.csv"), "en");
        assert_eq!(lang_of("json/x.bilingual.json"), "bilingual");
        assert_eq!(lang_of("xlsx/amed.ja.xlsx"), "ja");
        assert_eq!(lang_of("datapackage.json"), "both");
        assert_eq!(format_of("json/schema/x.ja.schema.json"), "JSON Schema");
        assert_eq!(format_of("dcat.jsonld"), "JSON-LD");
        assert_eq!(format_of("SHA256SUMS"), "text");
    }
}
