//! Publishing: `check --publish` and `build --publish` refuse placeholders
//! (the committed data has them, naming file and line) and accept a copy of
//! the mini case whose provenance holds real-looking values; a draft says
//! which values are placeholders; and no output of a fresh build contains
//! the file name of our extraction of the source document.

mod common;

use std::path::Path;

/// The name of the file the transcription was made from: internal, and
/// never published.
const EXTRACTION: &str = "000_1ae99b46142495ba";

/// A copy of the mini case with every provenance field set to a plausible
/// real value, its English restamped.
fn publishable(name: &str) -> std::path::PathBuf {
    let work = common::scratch(name);
    common::copy_mini_inputs(&work);
    let doc = work.join("data/document.csv");
    let text = std::fs::read_to_string(&doc).expect("document.csv");
    let text = text
        .replace(
            "https://example.jp/opendata/amed-fy2026-request/",
            "https://opendata.kenkyu-kikou.jp/amed-fy2026-request/",
        )
        .replace(
            "https://example.jp/opendata/amed-integrated-projects/",
            "https://opendata.kenkyu-kikou.jp/amed-integrated-projects/",
        )
        .replace(
            "mailto:opendata@example.jp",
            "mailto:opendata@kenkyu-kikou.jp",
        );
    // dataset_publisher and dataset_publisher_type (empty) come between the
    // series address and the contact.
    let text = text.replacen(
        ",,,mailto:opendata@kenkyu-kikou.jp",
        ",医療研究データ整備機構,http://purl.org/adms/publishertype/NonProfitOrganisation,mailto:opendata@kenkyu-kikou.jp",
        1,
    );
    assert!(
        text.contains("医療研究データ整備機構"),
        "the mini case's document.csv changed shape: {text}"
    );
    std::fs::write(&doc, text).expect("write document.csv");
    let ftl = work.join("locales/en/data/document.ftl");
    let mut en = std::fs::read_to_string(&ftl).expect("document.ftl");
    en.push_str("\named-fy2026-request__dataset_publisher = Medical Research Data Organization\n");
    std::fs::write(&ftl, en).expect("write document.ftl");
    let o = common::run(&work, &["restamp"]);
    assert!(
        o.status.success(),
        "restamp: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    work
}

#[test]
fn check_publish_accepts_real_looking_provenance() {
    let work = publishable("publish-ok");
    let o = common::run(&work, &["check", "--publish"]);
    assert!(
        o.status.success(),
        "check --publish failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("ready to publish"));
    // And the build's outputs then say nothing of placeholders.
    let o = common::run(&work, &["--quiet", "build", "--publish", "--out", "out"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let readme = std::fs::read_to_string(work.join("out/package/README.md")).expect("README");
    assert!(!readme.contains("プレースホルダー") && !readme.contains("placeholders"));
    assert!(readme.contains("医療研究データ整備機構"));
    let dcat = std::fs::read_to_string(work.join("out/package/dcat.jsonld")).expect("dcat");
    assert!(!dcat.contains("example.jp") && !dcat.contains("skos:editorialNote"));
}

#[test]
fn check_publish_refuses_the_committed_placeholders() {
    let o = common::run(&common::root(), &["check", "--publish"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    for (field, rule) in [
        ("base_url", "placeholder-address"),
        ("series_url", "placeholder-address"),
        ("contact", "placeholder-address"),
        ("dataset_publisher", "publish-required"),
        ("dataset_publisher_type", "publish-required"),
    ] {
        assert!(
            err.lines().any(|l| l.starts_with("data/document.csv:2:")
                && l.contains(&format!(": {rule}: `{field}`"))),
            "no `data/document.csv:2:<column>: {rule}` for {field} in:\n{err}"
        );
    }
    // A draft check of the same data passes.
    let o = common::run(&common::root(), &["check"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn a_draft_says_which_values_are_placeholders() {
    let out = common::build_mini("publish-draft");
    let readme = std::fs::read_to_string(out.join("package/README.md")).expect("README");
    assert!(readme.contains("プレースホルダー") && readme.contains("placeholders"));
    assert!(readme.contains("`base_url`") && readme.contains("`dataset_publisher`"));
    let dcat = std::fs::read_to_string(out.join("package/dcat.jsonld")).expect("dcat");
    assert!(dcat.contains("skos:editorialNote") && dcat.contains("base_url"));
    let about =
        common::unzip(&std::fs::read(out.join("xlsx/amed-fy2026-request.ja.xlsx")).expect("xlsx"));
    let strings = about
        .iter()
        .find(|(n, _)| n == "xl/sharedStrings.xml")
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default();
    let sheet = about
        .iter()
        .find(|(n, _)| n == "xl/worksheets/sheet1.xml")
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default();
    assert!(
        (strings + &sheet).contains("プレースホルダー"),
        "the About sheet does not mention the placeholders"
    );
}

/// Every byte of every output, with workbooks and zips unpacked.
fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for rel in common::files(dir) {
        let bytes = std::fs::read(dir.join(&rel)).expect("read output");
        if rel.ends_with(".xlsx") || rel.ends_with(".zip") {
            for (name, b) in common::unzip(&bytes) {
                out.push((format!("{rel}!{name}"), b));
            }
        }
        out.push((rel, bytes));
    }
    out
}

#[test]
fn no_output_names_the_extraction() {
    let out = common::build_real("publish-no-extraction-name");
    let found: Vec<String> = contents(&out)
        .into_iter()
        .filter(|(_, b)| {
            b.windows(EXTRACTION.len())
                .any(|w| w == EXTRACTION.as_bytes())
        })
        .map(|(n, _)| n)
        .collect();
    assert!(found.is_empty(), "{EXTRACTION} appears in {found:?}");
}

#[test]
fn the_attribution_names_source_address_licence_and_processing() {
    let out = common::build_real("publish-attribution");
    let licence = std::fs::read_to_string(out.join("package/LICENSE.md")).expect("LICENSE");
    let doc = std::fs::read_to_string(common::root().join("data/document.csv")).expect("doc");
    let source_url = doc
        .split(',')
        .find(|f| f.starts_with("https://www8.cao.go.jp/"))
        .expect("source_url");
    let quoted: Vec<&str> = licence
        .lines()
        .filter_map(|l| l.strip_prefix("> "))
        .collect();
    assert_eq!(quoted.len(), 2, "one attribution per language:\n{licence}");
    for (lang, a) in ["ja", "en"].iter().zip(&quoted) {
        assert!(
            a.contains("令和8年度概算要求における統合プロジェクトの概要"),
            "{lang}: {a}"
        );
        assert!(a.contains("内閣府 健康・医療戦略推進事務局"), "{lang}: {a}");
        assert!(a.contains(source_url), "{lang}: {a}");
        assert!(
            a.contains("https://www.digital.go.jp/") && a.contains("public_data_license_v1.0"),
            "{lang}: {a}"
        );
        assert!(
            a.contains("加工") || a.contains("processing"),
            "{lang}: {a}"
        );
    }
}
