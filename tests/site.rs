//! The website (`out/site/`), walked as a link checker would, on a fresh
//! build of the real data and of the mini case:
//!
//! - every internal link and download resolves to a file of the site (never
//!   to a folder, so that the site works from `file://`), every `#fragment`
//!   to an element of the target page, every `#row=N` to a row of the CSV;
//! - every link is relative, and nothing is loaded from outside the site (no
//!   script, stylesheet or image from another host; no script at all);
//! - every record IRI resolves to its page when the site is published at
//!   `base_url`: the `aboutUrl` and `valueUrl` of `csv-metadata.json`
//!   expanded over every row of its CSV files, every `@id` of `dcat.jsonld`
//!   and every address in the JSON that starts with `base_url`;
//! - every page has `lang`, `hreflang` alternates for both languages and a
//!   language switch to the same page in the other language;
//! - the home pages link every project.
//!
//! Accessibility (axe-core), HTML validation (vnu) and the phone and print
//! layouts are checked in a browser by `tools/site/` (`make test`).

mod common;

use regex::Regex;
use serde_json::Value as J;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The real build, made once for every test of this file.
fn real() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| common::build_real("site-real"))
}

fn mini() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| common::build_mini("site-mini"))
}

/// One HTML page: its links (attribute, value) and the ids it defines.
struct Page {
    links: Vec<(String, String)>,
    ids: BTreeSet<String>,
    text: String,
}

/// Every HTML page of a site, read once.
struct Site {
    dir: PathBuf,
    pages: BTreeMap<String, Page>,
    files: BTreeSet<String>,
    csv_rows: std::sync::Mutex<HashMap<String, usize>>,
}

fn unescape(s: &str) -> String {
    s.replace("&#38;", "&")
        .replace("&amp;", "&")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
}

impl Site {
    fn read(out: &Path) -> Site {
        let dir = out.join("site");
        assert!(dir.is_dir(), "{} has no site/", out.display());
        let attr = Regex::new(r#"\s(href|src)="([^"]*)""#).expect("regex");
        let id = Regex::new(r#"\sid="([^"]*)""#).expect("regex");
        let files: BTreeSet<String> = common::files(&dir).into_iter().collect();
        let pages = files
            .iter()
            .filter(|f| f.ends_with(".html"))
            .map(|f| {
                let text = std::fs::read_to_string(dir.join(f)).expect("read page");
                let links = attr
                    .captures_iter(&text)
                    .map(|c| (c[1].to_string(), unescape(&c[2])))
                    .collect();
                let ids = id.captures_iter(&text).map(|c| unescape(&c[1])).collect();
                (f.clone(), Page { links, ids, text })
            })
            .collect();
        Site {
            dir,
            pages,
            files,
            csv_rows: Default::default(),
        }
    }

    /// Rows of a CSV file of the site, header included (RFC 7111 numbering).
    fn csv_row_count(&self, path: &str) -> usize {
        let mut known = self.csv_rows.lock().unwrap_or_else(|e| e.into_inner());
        *known.entry(path.to_string()).or_insert_with(|| {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_path(self.dir.join(path))
                .expect("open csv");
            r.records().count()
        })
    }

    /// Checks a site-relative target `path#fragment`; `None` when it resolves.
    fn check_target(&self, path: &str, fragment: Option<&str>) -> Option<String> {
        if !self.files.contains(path) {
            return Some(if self.dir.join(path).is_dir() {
                format!("{path} is a folder (file:// shows no index.html)")
            } else {
                format!("{path} does not exist")
            });
        }
        let fragment = fragment.filter(|f| !f.is_empty())?;
        if let Some(page) = self.pages.get(path) {
            return (!page.ids.contains(fragment))
                .then(|| format!("{path} has no element with id `{fragment}`"));
        }
        if path.ends_with(".csv") {
            let n: usize = match fragment.strip_prefix("row=").and_then(|n| n.parse().ok()) {
                Some(n) => n,
                None => return Some(format!("{path}#{fragment}: not an RFC 7111 row")),
            };
            let rows = self.csv_row_count(path);
            return (n < 2 || n > rows)
                .then(|| format!("{path}#row={n}: the file has rows 2 to {rows}"));
        }
        Some(format!(
            "{path}#{fragment}: a fragment on a file that has none"
        ))
    }

    /// The site-relative path of an IRI under `base`, if it is under it.
    fn iri_target(&self, base: &str, iri: &str) -> Option<Result<(), String>> {
        let rel = iri.strip_prefix(base)?;
        let (path, fragment) = match rel.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (rel, None),
        };
        let path = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else if self.dir.join(path).is_dir() {
            format!("{path}/index.html")
        } else {
            path.to_string()
        };
        Some(match self.check_target(&path, fragment) {
            None => Ok(()),
            Some(p) => Err(format!("{iri}: {p}")),
        })
    }
}

/// `from`'s directory joined with a relative `href`, normalised; `None` when
/// it climbs out of the site.
fn resolve(from: &str, href: &str) -> Option<String> {
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for seg in href.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

fn links_problems(site: &Site) -> Vec<String> {
    let mut problems = Vec::new();
    for (page, p) in &site.pages {
        if p.text.contains("<script") {
            problems.push(format!("{page}: has a script"));
        }
        for (attr, href) in &p.links {
            // Outside addresses (the source, the licence, the contact) may be
            // linked, never loaded.
            let external = href.starts_with("https://")
                || href.starts_with("http://")
                || href.starts_with("mailto:");
            if external {
                let loads = attr == "src"
                    || Regex::new(&format!(r#"<link [^>]*href="{}""#, regex::escape(href)))
                        .expect("regex")
                        .is_match(&p.text);
                if loads {
                    problems.push(format!("{page}: loads {href} from outside the site"));
                }
                continue;
            }
            if href.starts_with('/') || href.contains("://") {
                problems.push(format!("{page}: `{href}` is not a relative link"));
                continue;
            }
            let (path, fragment) = match href.split_once('#') {
                Some((a, f)) => (a, Some(f)),
                None => (href.as_str(), None),
            };
            let target = if path.is_empty() {
                Some(page.clone())
            } else {
                resolve(page, path)
            };
            match target {
                None => problems.push(format!("{page}: `{href}` leaves the site")),
                Some(t) => {
                    if let Some(problem) = site.check_target(&t, fragment) {
                        problems.push(format!("{page}: `{href}`: {problem}"));
                    }
                }
            }
        }
    }
    problems
}

fn base_url(out: &Path) -> String {
    let csv = std::fs::read_to_string(out.join("csv/ja/document.csv")).expect("document.csv");
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let headers = r.headers().expect("headers").clone();
    let row = r.records().next().expect("a row").expect("a record");
    let i = headers
        .iter()
        .position(|h| h == "base_url")
        .expect("base_url");
    row[i].to_string()
}

/// Every IRI the package and the JSON give, with where it comes from.
fn iris(out: &Path, base: &str) -> Vec<(String, String)> {
    let mut out_iris = Vec::new();
    let pkg = out.join("package");
    let meta: J = serde_json::from_str(
        &std::fs::read_to_string(pkg.join("csv-metadata.json")).expect("csv-metadata.json"),
    )
    .expect("csv-metadata is JSON");
    let placeholder = Regex::new(r"\{([a-z_]+)\}").expect("regex");
    for t in meta["tables"].as_array().expect("tables") {
        let url = t["url"].as_str().expect("url");
        let schema = &t["tableSchema"];
        let mut templates: Vec<(String, Option<String>)> = vec![(
            schema["aboutUrl"].as_str().expect("aboutUrl").to_string(),
            None,
        )];
        for c in schema["columns"].as_array().expect("columns") {
            if let Some(v) = c["valueUrl"].as_str() {
                templates.push((v.to_string(), c["name"].as_str().map(String::from)));
            }
        }
        let mut r = csv::Reader::from_path(pkg.join(url)).expect("open package csv");
        let headers = r.headers().expect("headers").clone();
        for (n, row) in r.records().enumerate() {
            let row = row.expect("csv row");
            let get = |name: &str| headers.iter().position(|h| h == name).map(|i| &row[i]);
            for (template, column) in &templates {
                if column
                    .as_deref()
                    .is_some_and(|c| get(c).unwrap_or("").is_empty())
                {
                    continue;
                }
                let iri = placeholder.replace_all(template, |c: &regex::Captures| {
                    get(&c[1]).unwrap_or("").to_string()
                });
                out_iris.push((
                    iri.into_owned(),
                    format!("csv-metadata.json: {url} row {}", n + 2),
                ));
            }
        }
    }
    let dcat: J = serde_json::from_str(
        &std::fs::read_to_string(pkg.join("dcat.jsonld")).expect("dcat.jsonld"),
    )
    .expect("dcat is JSON");
    collect_strings(&dcat, &mut |key, s| {
        if key == Some("@id") && s.starts_with(base) {
            out_iris.push((s.to_string(), "dcat.jsonld".into()));
        }
    });
    for f in common::files(&out.join("json")) {
        let j: J = serde_json::from_str(
            &std::fs::read_to_string(out.join("json").join(&f)).expect("json"),
        )
        .expect("JSON");
        collect_strings(&j, &mut |_, s| {
            if s.starts_with(base) {
                out_iris.push((s.to_string(), format!("json/{f}")));
            }
        });
    }
    out_iris
}

fn collect_strings<'a>(j: &'a J, f: &mut impl FnMut(Option<&str>, &'a str)) {
    fn walk<'a>(j: &'a J, key: Option<&str>, f: &mut impl FnMut(Option<&str>, &'a str)) {
        match j {
            J::String(s) => f(key, s),
            J::Array(a) => a.iter().for_each(|x| walk(x, key, f)),
            J::Object(o) => o.iter().for_each(|(k, v)| walk(v, Some(k), f)),
            _ => {}
        }
    }
    walk(j, None, f)
}

fn iri_problems(out: &Path, site: &Site) -> (usize, Vec<String>) {
    let base = base_url(out);
    let all = iris(out, &base);
    let mut problems = Vec::new();
    let mut records = 0;
    for (iri, from) in &all {
        if iri.starts_with(&format!("{base}id/")) {
            records += 1;
        }
        match site.iri_target(&base, iri) {
            Some(Ok(())) => {}
            Some(Err(p)) => problems.push(format!("{from}: {p}")),
            None => problems.push(format!("{from}: {iri} is not under {base}")),
        }
    }
    (records, problems)
}

fn page_problems(site: &Site) -> Vec<String> {
    let html_lang = Regex::new(r#"<html lang="(ja|en)">"#).expect("regex");
    let mut problems = Vec::new();
    for (page, p) in &site.pages {
        if !html_lang.is_match(&p.text) {
            problems.push(format!("{page}: no lang on <html>"));
        }
        for lang in ["ja", "en"] {
            if !p
                .text
                .contains(&format!(r#"<link rel="alternate" hreflang="{lang}""#))
            {
                problems.push(format!("{page}: no hreflang alternate for {lang}"));
            }
        }
        if page != "index.html" && !p.text.contains(r#"<li class="switch"><a href=""#) {
            problems.push(format!("{page}: no language switch"));
        }
        if !p.text.contains(r#"<meta name="viewport""#) {
            problems.push(format!("{page}: no viewport"));
        }
    }
    problems
}

/// Every problem of the site of the build in `out`, and how many record
/// IRIs were checked.
fn problems(out: &Path) -> (usize, Vec<String>) {
    let site = Site::read(out);
    let mut problems = links_problems(&site);
    let (records, iri) = iri_problems(out, &site);
    problems.extend(iri);
    problems.extend(page_problems(&site));
    (records, problems)
}

fn check(out: &Path, what: &str) {
    let (records, problems) = problems(out);
    assert!(records > 0, "{what}: no record IRI found in the package");
    let shown: Vec<&String> = problems.iter().take(40).collect();
    assert!(
        problems.is_empty(),
        "{what}: {} problem(s) in the site:\n{}",
        problems.len(),
        shown
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_real_site_has_no_broken_link_and_every_iri_is_a_page() {
    check(real(), "real data");
}

#[test]
fn the_mini_site_has_no_broken_link_and_every_iri_is_a_page() {
    check(mini(), "mini case");
}

#[test]
fn both_home_pages_link_every_project_and_the_landing_page_both_homes() {
    let out = real();
    let site = Site::read(out);
    let mut r = csv::Reader::from_path(out.join("csv/ja/projects.csv")).expect("projects");
    let ids: Vec<String> = r
        .records()
        .map(|row| row.expect("row")[0].to_string())
        .collect();
    assert_eq!(ids.len(), 8, "the real data has eight projects");
    for (home, file) in [
        ("ja/index.html", "index.html"),
        ("en/index.html", "en.html"),
    ] {
        let page = &site.pages[home];
        for id in &ids {
            let href = format!("../id/projects/{id}/{file}");
            assert!(
                page.links.iter().any(|(_, h)| *h == href),
                "{home} does not link {href}"
            );
        }
    }
    let landing = &site.pages["index.html"];
    for href in ["ja/index.html", "en/index.html"] {
        assert!(
            landing.links.iter().any(|(_, h)| h == href),
            "index.html does not link {href}"
        );
    }
}

#[test]
fn each_record_page_switches_to_the_same_record_in_the_other_language() {
    let site = Site::read(real());
    for (page, p) in &site.pages {
        let Some(dir) = page.strip_prefix("id/") else {
            continue;
        };
        let (folder, file) = dir.rsplit_once('/').expect("a file in a folder");
        let other = if file == "index.html" {
            "en.html"
        } else {
            "index.html"
        };
        let depth = page.matches('/').count();
        let want = format!(
            r#"<li class="switch"><a href="{}id/{folder}/{other}""#,
            "../".repeat(depth)
        );
        assert!(
            p.text.contains(&want),
            "{page}: the language switch is not {want}"
        );
        assert!(
            site.files.contains(&format!("id/{folder}/index.json")),
            "{page}: no index.json"
        );
    }
}

#[test]
fn english_record_pages_say_how_far_each_translation_was_reviewed() {
    // The mini case's `pj4__name` is reviewed, `pj4-b3__label` a machine
    // translation, the rest provisional (see its locales); Japanese pages
    // carry no status.
    let site = mini().join("site");
    let read = |rel: &str| std::fs::read_to_string(site.join(rel)).expect("a page");
    let project = read("id/projects/pj4/en.html");
    assert!(
        project.contains(r#"<span class="fdesc tstatus">English reviewed on 2026-11-20</span>"#),
        "pj4's name"
    );
    assert!(project.contains("English: provisional translation, not yet reviewed"));
    assert!(read("id/budget-lines/pj4-b3/en.html")
        .contains("English: machine translation, not checked by a person"));
    assert!(!read("id/projects/pj4/index.html").contains("tstatus"));
}

#[test]
fn the_downloads_page_lists_every_file_with_its_size_and_checksum() {
    let out = real();
    let site = Site::read(out);
    let page = &site.pages["en/downloads.html"].text;
    let sums = std::fs::read_to_string(out.join("package/SHA256SUMS")).expect("SHA256SUMS");
    for line in sums.lines() {
        let (hash, file) = line.split_once("  ").expect("sum line");
        assert!(
            page.contains(hash),
            "the downloads page lacks the SHA-256 of {file}"
        );
        assert!(
            page.contains(&format!(r#"href="../package/{file}""#)),
            "the downloads page lacks {file}"
        );
    }
    for f in common::files(&out.join("xlsx")) {
        let bytes = std::fs::read(out.join("xlsx").join(&f)).expect("xlsx");
        assert!(
            page.contains(&common::sha256_hex(&bytes)),
            "no SHA-256 for xlsx/{f}"
        );
    }
}

#[test]
fn the_checker_finds_a_missing_page_a_broken_fragment_and_an_outside_resource() {
    let dir = common::scratch("site-broken").join("out");
    common::copy_dir(mini(), &dir);
    let site = dir.join("site");
    // A record page removed, an anchor renamed, a stylesheet from elsewhere.
    let programme = std::fs::read_dir(site.join("id/programmes"))
        .expect("programmes")
        .next()
        .expect("a programme")
        .expect("entry")
        .file_name()
        .into_string()
        .expect("utf-8");
    std::fs::remove_file(site.join(format!("id/programmes/{programme}/index.html")))
        .expect("remove a page");
    let page = site.join("ja/downloads.html");
    let text = std::fs::read_to_string(&page).expect("downloads page");
    let text = text.replacen(r#"id="zip""#, r#"id="renamed""#, 1).replacen(
        "</head>",
        r#"<link rel="stylesheet" href="https://cdn.example/x.css"></head>"#,
        1,
    );
    std::fs::write(&page, text).expect("write the downloads page");
    let (_, found) = problems(&dir);
    let has = |needle: &str| found.iter().any(|p| p.contains(needle));
    assert!(
        has(&format!(
            "id/programmes/{programme}/index.html does not exist"
        )),
        "the missing page is not reported: {found:#?}"
    );
    assert!(
        has("csv-metadata.json: data/ja/programmes.csv"),
        "the IRI of the missing page is not reported: {found:#?}"
    );
    assert!(
        has("no element with id `zip`"),
        "the broken fragment is not reported: {found:#?}"
    );
    assert!(
        has("loads https://cdn.example/x.css"),
        "the outside stylesheet is not reported: {found:#?}"
    );
}
