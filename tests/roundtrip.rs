//! Nothing lost: every output is read back and compared with the validated
//! dataset and its translations, value by value.

mod common;

use amed_budget::emit::xlsx::sheet_name;
use amed_budget::pipeline;
use amed_budget::publication::{Cell, Lang, Publication, Variant};
use amed_budget::schema::{has_japanese, Kind};
use calamine::{open_workbook, Data, Reader, Xlsx};
use serde_json::Value as J;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One build of the real dataset, shared by the tests of this file.
fn out() -> PathBuf {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| common::build_real("roundtrip")).clone()
}

fn checked() -> pipeline::Checked {
    let r = common::root();
    match pipeline::check(&r.join("data"), &r.join("locales")) {
        Ok(c) => c,
        Err(_) => panic!("data/ and locales/ must be clean"),
    }
}

fn publication(c: &pipeline::Checked) -> Publication<'_> {
    Publication {
        dataset: &c.dataset,
        tr: &c.translations,
        date: pipeline::release_date(&c.dataset),
        history: &c.history,
    }
}

fn read_csv(path: &Path, excel: bool) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).expect("read csv");
    let body = if excel {
        assert!(
            bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
            "{}: Excel CSV must start with a BOM",
            path.display()
        );
        let text = std::str::from_utf8(&bytes[3..]).expect("utf-8");
        assert!(
            !text.replace("\r\n", "").contains('\n'),
            "{}: Excel CSV lines end in CRLF",
            path.display()
        );
        bytes[3..].to_vec()
    } else {
        assert!(
            !bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
            "{}: canonical CSV has no BOM",
            path.display()
        );
        assert!(
            !bytes.contains(&b'\r'),
            "{}: canonical CSV lines end in LF",
            path.display()
        );
        bytes
    };
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_slice());
    rdr.records()
        .map(|r| r.expect("csv record").iter().map(String::from).collect())
        .collect()
}

/// Every CSV of every variant (canonical, Excel copy, package copy) equals the dataset cell by cell.
#[test]
fn csv_outputs_hold_every_value() {
    let c = checked();
    let p = publication(&c);
    let out = out();
    for v in Variant::ALL {
        for (ti, t) in c.dataset.tables.iter().enumerate() {
            let cols = p.columns(t, v);
            let expected: Vec<Vec<String>> =
                std::iter::once(cols.iter().map(|c| c.name.clone()).collect())
                    .chain((0..t.rows.len()).map(|ri| {
                        cols.iter()
                            .map(|col| p.cell(ti, ri, col).to_text())
                            .collect()
                    }))
                    .collect();
            let name = t.spec.file_name();
            let mut copies = vec![
                (out.join("csv").join(v.code()).join(&name), false),
                (out.join("csv-excel").join(v.code()).join(&name), true),
            ];
            if amed_budget::emit::package::VARIANTS.contains(&v) {
                copies.push((out.join("package/data").join(v.code()).join(&name), false));
            }
            for (path, excel) in copies {
                assert_eq!(read_csv(&path, excel), expected, "{}", path.display());
            }
            if v == Variant::En {
                for (ci, col) in cols.iter().enumerate() {
                    if col.name.ends_with("_ja") {
                        continue;
                    }
                    for row in &expected[1..] {
                        assert!(
                            !has_japanese(&row[ci]),
                            "{name} (en) column {}: Japanese text {}",
                            col.name,
                            row[ci]
                        );
                    }
                }
            }
        }
    }
}

/// Walks a JSON value, collecting strings (with the key they sit under) and integers.
fn walk<'a>(v: &'a J, key: &str, strings: &mut Vec<(String, &'a str)>, ints: &mut HashSet<i64>) {
    match v {
        J::String(s) => strings.push((key.to_string(), s)),
        J::Number(n) => {
            ints.insert(n.as_i64().expect("integers only"));
        }
        J::Array(a) => a.iter().for_each(|x| walk(x, key, strings, ints)),
        J::Object(o) => o.iter().for_each(|(k, x)| walk(x, k, strings, ints)),
        _ => {}
    }
}

#[test]
fn json_outputs_hold_every_identifier_number_and_text() {
    let c = checked();
    let p = publication(&c);
    let out = out();
    for v in Variant::ALL {
        let path = out
            .join("json")
            .join(format!("amed-fy2026-request.{}.json", v.code()));
        let text = std::fs::read_to_string(&path).expect("read json");
        assert!(
            !text.contains(['\u{2068}', '\u{2069}']),
            "isolation marks in {}",
            path.display()
        );
        let json: J = serde_json::from_str(&text).expect("valid JSON");
        let mut strings = Vec::new();
        let mut ints = HashSet::new();
        walk(&json, "", &mut strings, &mut ints);
        let set: HashSet<&str> = strings.iter().map(|(_, s)| *s).collect();
        for (ti, t) in c.dataset.tables.iter().enumerate() {
            for (ri, row) in t.rows.iter().enumerate() {
                for (ci, col) in t.spec.columns.iter().enumerate() {
                    match (&row.cells[ci], col.kind) {
                        (amed_budget::model::Value::Int(n), _) => {
                            assert!(ints.contains(n), "{} {n} missing", t.spec.name)
                        }
                        (amed_budget::model::Value::Str(_), Kind::Text) => {
                            for l in Lang::BOTH {
                                let wanted = v == Variant::Bilingual || v.code() == l.code();
                                let s = p.text(l, ti, ri, ci).expect("text");
                                if wanted {
                                    assert!(
                                        set.contains(s),
                                        "{}.{} ({}) missing from {}",
                                        t.spec.name,
                                        col.name,
                                        l.code(),
                                        path.display()
                                    );
                                }
                            }
                        }
                        (amed_budget::model::Value::Str(s), _) => {
                            assert!(set.contains(s.as_str()), "{s} missing")
                        }
                        _ => {}
                    }
                }
            }
        }
        if v == Variant::En {
            for (key, s) in &strings {
                assert!(
                    !has_japanese(s) || key.ends_with("_ja"),
                    "Japanese under `{key}` in the English JSON: {s}"
                );
            }
        }
    }
}

fn xlsx_cell(c: Cell<'_>) -> Data {
    match c {
        Cell::Empty => Data::Empty,
        Cell::Str(s) => Data::String(s.to_string()),
        Cell::Int(n) => Data::Float(n as f64),
        Cell::Bool(b) => Data::Bool(b),
    }
}

fn normalise(d: &Data) -> Data {
    match d {
        Data::Int(n) => Data::Float(*n as f64),
        other => other.clone(),
    }
}

#[test]
fn workbooks_hold_every_value_as_typed_cells() {
    let c = checked();
    let p = publication(&c);
    let out = out();
    for v in Variant::ALL {
        let path = out
            .join("xlsx")
            .join(format!("amed-fy2026-request.{}.xlsx", v.code()));
        let mut wb: Xlsx<_> = open_workbook(&path).expect("open workbook");
        let names = wb.sheet_names();
        assert_eq!(names[0], sheet_name(&p, v, "sheet-about"));
        // About, five analyst views (tests/views.rs), one sheet per table,
        // then the changes since the previous release.
        assert_eq!(names.len(), c.dataset.tables.len() + 7);
        for (ti, t) in c.dataset.tables.iter().enumerate() {
            let sheet = &sheet_name(&p, v, &format!("table-{}", t.spec.name));
            assert!(names.contains(sheet), "no sheet {sheet}");
            assert!(sheet.chars().count() <= 31);
            let range = wb.worksheet_range(sheet).expect("sheet");
            let cols = p.columns(t, v);
            let rows: Vec<Vec<Data>> = range
                .rows()
                .map(|r| r.iter().map(normalise).collect())
                .collect();
            assert_eq!(
                rows.len(),
                t.rows.len() + 1,
                "{sheet}: header plus one row per record"
            );
            for (ri, row) in rows[1..].iter().enumerate() {
                let want: Vec<Data> = cols
                    .iter()
                    .map(|col| xlsx_cell(p.cell(ti, ri, col)))
                    .collect();
                let mut got = row.clone();
                got.resize(want.len(), Data::Empty);
                assert_eq!(got, want, "{sheet} row {}", ri + 2);
                if v == Variant::En {
                    for (ci, col) in cols.iter().enumerate() {
                        if let Data::String(s) = &got[ci] {
                            assert!(
                                !has_japanese(s) || col.name.ends_with("_ja"),
                                "{sheet}: Japanese in the English workbook: {s}"
                            );
                        }
                    }
                }
            }
        }
        if v == Variant::En {
            let about = wb.worksheet_range(&names[0]).expect("about sheet");
            // The attribution cites the source by its own (Japanese) title
            // and author, beside their translations: those two may appear.
            let cited = [c.dataset.doc_str("title"), c.dataset.doc_str("publisher")];
            for cell in about.used_cells() {
                if let Data::String(s) = cell.2 {
                    let rest = cited.iter().fold(s.clone(), |t, c| t.replace(c, ""));
                    assert!(
                        !has_japanese(&rest),
                        "Japanese on the English About sheet: {s}"
                    );
                }
            }
        }
    }
}

#[test]
fn package_zip_holds_the_package_folder() {
    let out = out();
    let zip = std::fs::read(out.join("amed-fy2026-request-package.zip")).expect("zip");
    let entries: BTreeMap<String, Vec<u8>> = common::unzip(&zip).into_iter().collect();
    let pkg = out.join("package");
    let files = common::files(&pkg);
    assert_eq!(entries.len(), files.len());
    for rel in files {
        let bytes = std::fs::read(pkg.join(&rel)).expect("read");
        assert_eq!(
            entries.get(&format!("amed-fy2026-request/{rel}")),
            Some(&bytes),
            "{rel}"
        );
    }
}

#[test]
fn sha256sums_match_the_files() {
    let out = out();
    let pkg = out.join("package");
    let sums = std::fs::read_to_string(pkg.join("SHA256SUMS")).expect("SHA256SUMS");
    let listed: Vec<&str> = sums
        .lines()
        .map(|l| l.split_once("  ").expect("two spaces").1)
        .collect();
    let files: Vec<String> = common::files(&pkg)
        .into_iter()
        .filter(|f| f != "SHA256SUMS")
        .collect();
    assert_eq!(listed, files);
    for line in sums.lines() {
        let (hash, rel) = line.split_once("  ").expect("two spaces");
        let bytes = std::fs::read(pkg.join(rel)).expect("read");
        assert_eq!(hash, common::sha256_hex(&bytes), "{rel}");
    }
}

/// fluent-bundle wraps placeables in U+2068/U+2069 unless told not to; none may reach an output.
#[test]
fn no_output_contains_isolation_marks() {
    let out = out();
    let marks = |b: &[u8]| String::from_utf8_lossy(b).contains(['\u{2068}', '\u{2069}']);
    for rel in common::files(&out) {
        let bytes = std::fs::read(out.join(&rel)).expect("read");
        if rel.ends_with(".xlsx") || rel.ends_with(".zip") {
            for (name, b) in common::unzip(&bytes) {
                assert!(!marks(&b), "{rel}: isolation marks in {name}");
            }
        } else {
            assert!(!marks(&bytes), "{rel}: isolation marks");
        }
    }
}

/// Every English text of the release has its status: one row of
/// translation-status.csv each (in csv/, csv-excel/ and the package, where
/// datapackage.json describes it), one status in the bilingual JSON each, and
/// the package README counts them.
#[test]
fn every_english_text_has_its_status_in_the_release() {
    let c = checked();
    let p = publication(&c);
    let out = out();
    let mut expected = vec![vec![
        "table".to_string(),
        "id".into(),
        "column".into(),
        "status".into(),
        "reviewed".into(),
    ]];
    let mut statuses: Vec<(String, String)> = Vec::new();
    for (ti, t) in c.dataset.tables.iter().enumerate() {
        for (ri, row) in t.rows.iter().enumerate() {
            for ci in t.spec.text_columns() {
                let Some(en) = p.text(Lang::En, ti, ri, ci) else {
                    assert!(
                        p.text(Lang::Ja, ti, ri, ci).is_none(),
                        "{}: a text without English",
                        t.spec.name
                    );
                    continue;
                };
                let status = c.translations.en[ti].status(ri, ci);
                expected.push(vec![
                    t.spec.name.to_string(),
                    t.key_of(row),
                    t.spec.columns[ci].name.to_string(),
                    status.name().to_string(),
                    status.date().unwrap_or_default(),
                ]);
                statuses.push((en.to_string(), status.name().to_string()));
            }
        }
    }
    let texts = expected.len() - 1;
    assert!(texts > 400, "{texts} English texts");
    for (rel, excel) in [
        ("csv/translation-status.csv", false),
        ("csv-excel/translation-status.csv", true),
        ("package/translation-status.csv", false),
    ] {
        assert_eq!(read_csv(&out.join(rel), excel), expected, "{rel}");
    }
    let dp: J = serde_json::from_str(
        &std::fs::read_to_string(out.join("package/datapackage.json")).expect("datapackage"),
    )
    .expect("json");
    let resource = dp["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .find(|r| r["path"] == "translation-status.csv")
        .expect("a resource for translation-status.csv");
    let fields: Vec<&str> = resource["schema"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| f["name"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(fields, ["table", "id", "column", "status", "reviewed"]);

    // The bilingual JSON: every record text an object with its status (and
    // its date when reviewed), in the order of the English above.
    fn texts_of(v: &J, found: &mut Vec<(String, String)>) {
        match v {
            J::Object(o) if o.contains_key("status") && o.contains_key("en") => {
                let reviewed = o.get("reviewed").is_some();
                let status = o["status"].as_str().unwrap_or("").to_string();
                assert_eq!(reviewed, status == "reviewed", "{v}");
                found.push((o["en"].as_str().unwrap_or("").to_string(), status));
            }
            J::Object(o) => o.values().for_each(|x| texts_of(x, found)),
            J::Array(a) => a.iter().for_each(|x| texts_of(x, found)),
            _ => {}
        }
    }
    let json: J = serde_json::from_str(
        &std::fs::read_to_string(out.join("json/amed-fy2026-request.bilingual.json"))
            .expect("read json"),
    )
    .expect("json");
    let mut found = Vec::new();
    texts_of(&json, &mut found);
    let mut want = statuses.clone();
    want.sort();
    found.sort();
    assert_eq!(
        found, want,
        "one status per English text of the bilingual JSON"
    );

    // The README's counts, in each language's part.
    let readme = std::fs::read_to_string(out.join("package/README.md")).expect("README");
    for status in ["reviewed", "provisional", "machine"] {
        let n = statuses.iter().filter(|(_, s)| s == status).count();
        let row = format!("| {n} |");
        let rows: Vec<&str> = readme
            .lines()
            .filter(|l| l.starts_with(&format!("| `{status}` |")))
            .collect();
        assert_eq!(rows.len(), 2, "{status}: a row in each language");
        assert!(rows.iter().all(|l| l.ends_with(&row)), "{status}: {rows:?}");
    }
    assert_eq!(
        readme.matches(&format!("| | {texts} |")).count(),
        2,
        "the total in each language"
    );
}
