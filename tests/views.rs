//! The analyst views answer an analyst's first questions from one sheet,
//! read back from the built workbooks as a reader (calamine) sees them, with
//! every expectation computed independently from data/ and locales/.
//!
//! Self-contained: builds the real data into its own scratch directory.

use calamine::{open_workbook, Data, Reader, Xlsx};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The real data built once for every test of this file.
fn out() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let dir = root().join("target").join("test-scratch").join("views");
        if dir.exists() {
            std::fs::remove_dir_all(&dir).expect("clean scratch dir");
        }
        std::fs::create_dir_all(&dir).expect("scratch dir");
        let out = dir.join("out");
        let o = Command::new(env!("CARGO_BIN_EXE_amed-budget"))
            .args(["--quiet", "build", "--out"])
            .arg(&out)
            .current_dir(root())
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .expect("run the binary");
        assert!(
            o.status.success(),
            "build failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        out
    })
}

fn workbook(lang: &str) -> PathBuf {
    out()
        .join("xlsx")
        .join(format!("amed-fy2026-request.{lang}.xlsx"))
}

/// A data/ table as maps from column name to value.
fn table(name: &str) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_path(root().join("data").join(format!("{name}.csv")))
        .expect("read table");
    let headers: Vec<String> = r
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    r.records()
        .map(|rec| {
            let rec = rec.expect("record");
            headers
                .iter()
                .cloned()
                .zip(rec.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// `key = value` messages of a Fluent file (one line each, as the project writes them).
fn messages(path: &Path) -> HashMap<String, String> {
    std::fs::read_to_string(path)
        .expect("read ftl")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with(' '))
        .filter_map(|l| l.split_once(" = "))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// An interface label (`ui.ftl`, or `history.ftl` for the changes sheet's).
fn label(lang: &str, key: &str) -> String {
    let dir = root().join("locales").join(lang);
    let mut m = messages(&dir.join("ui.ftl"));
    m.extend(messages(&dir.join("history.ftl")));
    m.get(key)
        .unwrap_or_else(|| panic!("no label {key} in {lang}"))
        .clone()
}

/// Text of a record in a language: Japanese from data/, English from locales/en/data/.
fn text(lang: &str, table_name: &str, row: &HashMap<String, String>, col: &str) -> String {
    if lang == "ja" {
        return row[col].clone();
    }
    let m = messages(
        &root()
            .join("locales/en/data")
            .join(format!("{table_name}.ftl")),
    );
    m[&format!("{}__{col}", row["id"])].clone()
}

/// A sheet as a header and rows of cells.
struct Sheet {
    header: Vec<String>,
    rows: Vec<Vec<Data>>,
}

impl Sheet {
    fn col(&self, label: &str) -> usize {
        self.header
            .iter()
            .position(|h| h == label)
            .unwrap_or_else(|| panic!("no column `{label}` in {:?}", self.header))
    }
    fn str(&self, row: &[Data], label: &str) -> String {
        match &row[self.col(label)] {
            Data::String(s) => s.clone(),
            Data::Empty => String::new(),
            other => panic!("`{label}` is not text: {other:?}"),
        }
    }
    fn num(&self, row: &[Data], label: &str) -> Option<i64> {
        match &row[self.col(label)] {
            Data::Float(f) => Some(*f as i64),
            Data::Int(i) => Some(*i),
            Data::Empty => None,
            other => panic!("`{label}` is not a number: {other:?}"),
        }
    }
}

fn sheet(path: &Path, name: &str) -> Sheet {
    let mut wb: Xlsx<_> = open_workbook(path).expect("open workbook");
    let range = wb.worksheet_range(name).expect("sheet");
    let mut rows = range.rows().map(<[Data]>::to_vec);
    let header = rows
        .next()
        .expect("header row")
        .iter()
        .map(|d| match d {
            Data::String(s) => s.clone(),
            _ => String::new(),
        })
        .collect();
    Sheet {
        header,
        rows: rows.collect(),
    }
}

fn sheet_names(path: &Path) -> Vec<String> {
    let wb: Xlsx<_> = open_workbook(path).expect("open workbook");
    wb.sheet_names()
}

/// 「プロジェクト5の新規のポイントを事業名つきで一覧したい」: one filter on one sheet.
#[test]
fn new_points_of_project_5_with_programme_names() {
    let appearances: HashMap<String, HashMap<String, String>> = table("appearances")
        .into_iter()
        .map(|a| (a["id"].clone(), a))
        .collect();
    let programmes: HashMap<String, HashMap<String, String>> = table("programmes")
        .into_iter()
        .map(|p| (p["id"].clone(), p))
        .collect();
    let tags: HashMap<String, HashMap<String, String>> = table("point_tags")
        .into_iter()
        .map(|t| (t["id"].clone(), t))
        .collect();
    let new_tags = ["new", "new-expanded"];
    for lang in ["ja", "en"] {
        // Expected, from data/: point id -> programme name in the language.
        let expected: BTreeMap<String, String> = table("points")
            .iter()
            .filter(|p| new_tags.contains(&p["tag"].as_str()))
            .filter(|p| appearances[&p["appearance"]]["project"] == "pj5")
            .map(|p| {
                let prog = &programmes[&appearances[&p["appearance"]]["programme"]];
                (p["id"].clone(), text(lang, "programmes", prog, "name"))
            })
            .collect();
        assert!(!expected.is_empty());
        let wanted: Vec<String> = new_tags
            .iter()
            .map(|t| text(lang, "point_tags", &tags[*t], "label"))
            .collect();
        let s = sheet(&workbook(lang), &label(lang, "view-points"));
        let l = |c: &str| label(lang, &format!("view-points-{c}"));
        let got: BTreeMap<String, String> = s
            .rows
            .iter()
            .filter(|r| s.num(r, &l("project_number")) == Some(5))
            .filter(|r| wanted.contains(&s.str(r, &l("tag"))))
            .map(|r| (s.str(r, &l("point_id")), s.str(r, &l("programme_name"))))
            .collect();
        assert_eq!(got, expected, "{lang}: new points of project 5");
        // Tags are labels, never codes; no tag is a blank cell.
        let tag_labels: BTreeSet<String> = s.rows.iter().map(|r| s.str(r, &l("tag"))).collect();
        for code in ["new", "expanded", "new-expanded", "none"] {
            assert!(
                !tag_labels.contains(code),
                "{lang}: tag code `{code}` in the view"
            );
        }
        assert!(tag_labels.contains(""), "{lang}: untagged points are blank");
        assert_eq!(s.rows.len(), table("points").len());
        // Every row names its programme, project and ministries.
        for r in &s.rows {
            for c in [
                "project_name",
                "programme_name",
                "ministries",
                "section",
                "text",
            ] {
                assert!(!s.str(r, &l(c)).is_empty(), "{lang}: empty {c}");
            }
        }
    }
}

/// 「複数のプロジェクトに掲載されている事業は?」: key points and diagrams together.
#[test]
fn programmes_listed_in_several_projects() {
    let mut listed: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for a in table("appearances") {
        listed
            .entry(a["programme"].clone())
            .or_default()
            .insert(a["project"].clone());
    }
    for d in table("diagram_entries") {
        if !d["programme"].is_empty() {
            listed
                .entry(d["programme"].clone())
                .or_default()
                .insert(d["project"].clone());
        }
    }
    let expected: BTreeSet<String> = listed
        .iter()
        .filter(|(_, p)| p.len() > 1)
        .map(|(id, _)| id.clone())
        .collect();
    assert_eq!(
        expected.len(),
        4,
        "the document lists 4 programmes in several projects"
    );
    for lang in ["ja", "en"] {
        let s = sheet(&workbook(lang), &label(lang, "view-programmes"));
        let l = |c: &str| label(lang, &format!("view-programmes-{c}"));
        let got: BTreeSet<String> = s
            .rows
            .iter()
            .filter(|r| s.num(r, &l("project_count")).unwrap_or(0) > 1)
            .map(|r| s.str(r, &l("programme_id")))
            .collect();
        assert_eq!(got, expected, "{lang}");
        for r in &s.rows {
            let id = s.str(r, &l("programme_id"));
            let n = listed.get(&id).map_or(0, BTreeSet::len);
            assert_eq!(s.num(r, &l("project_count")), Some(n as i64), "{lang} {id}");
            let projects = s.str(r, &l("projects"));
            let sep = if lang == "ja" { "、" } else { "; " };
            let names = if projects.is_empty() {
                0
            } else {
                projects.split(sep).count()
            };
            assert_eq!(names, n, "{lang} {id}: one name per project");
        }
    }
}

/// The views' amounts reconcile with data/projects.csv and data/budget_lines.csv.
#[test]
fn amounts_reconcile_with_the_canonical_tables() {
    let projects = table("projects");
    let lines = table("budget_lines");
    let int = |s: &str| s.parse::<i64>().ok();
    for lang in ["ja", "en"] {
        let s = sheet(&workbook(lang), &label(lang, "view-projects"));
        let l = |c: &str| label(lang, &format!("view-projects-{c}"));
        let mut amed_sum = 0;
        let mut inhouse_sum = 0;
        let project_rows: Vec<&Vec<Data>> = s
            .rows
            .iter()
            .filter(|r| s.num(r, &l("project_number")).is_some())
            .collect();
        assert_eq!(project_rows.len(), projects.len());
        for (r, p) in project_rows.iter().zip(&projects) {
            assert_eq!(s.str(r, &l("project_id")), p["id"]);
            assert_eq!(s.num(r, &l("amed_amount")), int(&p["amed_amount"]));
            assert_eq!(s.num(r, &l("inhouse_amount")), int(&p["inhouse_amount"]));
            let total =
                int(&p["amed_amount"]).unwrap_or(0) + int(&p["inhouse_amount"]).unwrap_or(0);
            assert_eq!(s.num(r, &l("total_amount")), Some(total));
            assert_eq!(
                s.str(r, &l("project_name")),
                text(lang, "projects", p, "name")
            );
            amed_sum += int(&p["amed_amount"]).unwrap_or(0);
            inhouse_sum += int(&p["inhouse_amount"]).unwrap_or(0);
        }
        // The totals: a table of their own beside the projects, one row.
        let t = |c: &str| label(lang, &format!("view-project_totals-{c}"));
        let first = &s.rows[0];
        assert_eq!(s.str(first, &t("total_label")), label(lang, "view-total"));
        assert_eq!(s.num(first, &t("amed_amount")), Some(amed_sum));
        assert_eq!(s.num(first, &t("inhouse_amount")), Some(inhouse_sum));
        assert_eq!(
            s.num(first, &t("total_amount")),
            Some(amed_sum + inhouse_sum)
        );
        for r in &s.rows[1..] {
            assert_eq!(s.num(r, &t("total_amount")), None, "one totals row only");
        }

        // Budget lines: one row per printed amount, each may be summed once.
        let b = sheet(&workbook(lang), &label(lang, "view-budget_lines"));
        let bl = |c: &str| label(lang, &format!("view-budget_lines-{c}"));
        assert_eq!(b.rows.len(), lines.len());
        let yes = label(lang, "view-yes");
        let mut per_project: BTreeMap<String, i64> = BTreeMap::new();
        for (r, line) in b.rows.iter().zip(&lines) {
            assert_eq!(b.str(r, &bl("budget_line_id")), line["id"]);
            assert_eq!(b.num(r, &bl("amount")), int(&line["amount"]));
            assert_eq!(b.str(r, &bl("summable")), yes);
            *per_project.entry(line["project"].clone()).or_default() +=
                int(&line["amount"]).unwrap_or(0);
        }
        // Where the lines cover the whole project, they add up to its total.
        for p in projects.iter().filter(|p| p["lines_cover_total"] == "true") {
            let total =
                int(&p["amed_amount"]).unwrap_or(0) + int(&p["inhouse_amount"]).unwrap_or(0);
            assert_eq!(per_project.get(&p["id"]), Some(&total), "{}", p["id"]);
        }

        // Programmes: own amounts only from single-programme lines, so the
        // column sums without counting a shared amount twice.
        let links = table("budget_line_programmes");
        let single: i64 = lines
            .iter()
            .filter(|l| l["basis"] == "single")
            .filter(|l| links.iter().any(|k| k["budget_line"] == l["id"]))
            .filter_map(|l| int(&l["amount"]))
            .sum();
        let g = sheet(&workbook(lang), &label(lang, "view-programmes"));
        let gl = label(lang, "view-programmes-single_amount");
        let got: i64 = g.rows.iter().filter_map(|r| g.num(r, &gl)).sum();
        assert_eq!(got, single, "{lang}: programmes' own amounts");
    }
}

/// 「プロジェクト1の事業の所管府省庁」: one filter on the programmes-by-project view.
#[test]
fn ministries_of_the_programmes_of_project_1() {
    let ministries: HashMap<String, String> = table("ministries")
        .into_iter()
        .map(|m| (m["id"].clone(), m["name"].clone()))
        .collect();
    let mut of: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
    for pm in table("programme_ministries") {
        of.entry(pm["programme"].clone()).or_default().push((
            pm["seq"].parse().expect("seq"),
            ministries[&pm["ministry"]].clone(),
        ));
    }
    let s = sheet(&workbook("ja"), &label("ja", "view-programme_projects"));
    let l = |c: &str| label("ja", &format!("view-programme_projects-{c}"));
    let rows: Vec<&Vec<Data>> = s
        .rows
        .iter()
        .filter(|r| s.num(r, &l("project_number")) == Some(1))
        .collect();
    assert!(!rows.is_empty());
    for r in rows {
        let id = s.str(r, &l("programme_id"));
        let mut want = of.get(&id).cloned().unwrap_or_default();
        want.sort();
        let want: Vec<String> = want.into_iter().map(|(_, n)| n).collect();
        assert_eq!(s.str(r, &l("ministries")), want.join("、"), "{id}");
    }
}

/// Views first, in the agreed order; code lists, errata and link tables last;
/// no chartsheet anywhere, the chart on the projects summary worksheet.
#[test]
fn sheet_order_and_no_chartsheet() {
    for lang in ["ja", "en", "bilingual"] {
        let path = workbook(lang);
        let names = sheet_names(&path);
        let name = |key: &str| match lang {
            "bilingual" => format!("{} {}", label("ja", key), label("en", key)),
            l => label(l, key),
        };
        let want: Vec<String> = [
            "sheet-about",
            "view-projects",
            "view-points",
            "view-programmes",
            "view-budget_lines",
        ]
        .iter()
        .map(|k| name(k))
        .collect();
        assert_eq!(names[..5], want[..], "{lang}");
        for n in &names {
            assert!(n.chars().count() <= 31, "{lang}: sheet name `{n}` too long");
        }
        let pos = |table: &str| {
            names
                .iter()
                .position(|n| *n == name(&format!("table-{table}")))
                .unwrap_or_else(|| panic!("{lang}: no sheet for {table}"))
        };
        assert!(pos("projects") < pos("point_tags"));
        assert!(pos("point_tags") < pos("errata"));
        assert!(pos("errata") < pos("programme_ministries"));
        // The changes since the previous release come last, after the link tables.
        assert_eq!(names.last(), Some(&name("changes-title")));
        assert_eq!(names[names.len() - 2], name("table-budget_line_programmes"));

        let bytes = std::fs::read(&path).expect("read workbook");
        let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let entries: Vec<String> = (0..z.len())
            .map(|i| {
                z.by_index(i)
                    .expect("entry")
                    .name()
                    .expect("entry name")
                    .to_string()
            })
            .collect();
        assert!(
            !entries.iter().any(|e| e.starts_with("xl/chartsheets/")),
            "{lang}: a chartsheet"
        );
        let charts = entries
            .iter()
            .filter(|e| e.starts_with("xl/charts/chart"))
            .count();
        assert_eq!(charts, if lang == "bilingual" { 2 } else { 1 }, "{lang}");
        // The chart's categories are the project names of its language (the
        // name column of the projects summary: B, and C for the English names
        // of the bilingual book), not the identifiers.
        let last = table("projects").len() + 1;
        for (i, col) in [(1, "B"), (2, "C")].into_iter().take(charts) {
            let mut xml = String::new();
            z.by_name(&format!("xl/charts/chart{i}.xml"))
                .expect("chart")
                .read_to_string(&mut xml)
                .expect("read chart");
            let cat = xml
                .split("<c:cat>")
                .nth(1)
                .and_then(|c| c.split("</c:f>").next())
                .expect("categories");
            assert!(
                cat.contains(&format!("!${col}$2:${col}${last}")) && cat.contains("<c:strRef>"),
                "{lang}: chart {i} categories `{cat}`"
            );
            assert!(cat.contains(&name("view-projects")), "{lang}: {cat}");
            let names_lang = if lang == "en" || i == 2 { "en" } else { "ja" };
            let first = text(names_lang, "projects", &table("projects")[0], "name");
            assert!(xml.contains(&first), "{lang}: chart {i} caches the names");
        }
    }
}

/// The same views as CSV, per variant, canonical and for Excel.
#[test]
fn views_as_csv() {
    for variant in ["ja", "en", "bilingual"] {
        for (dir, bom) in [("csv", false), ("csv-excel", true)] {
            let d = out().join(dir).join(variant).join("views");
            for view in [
                "projects",
                "project_totals",
                "points",
                "programmes",
                "budget_lines",
                "programme_projects",
            ] {
                let bytes = std::fs::read(d.join(format!("{view}.csv"))).expect("view csv");
                assert_eq!(
                    bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
                    bom,
                    "{dir}/{variant}/{view}"
                );
            }
            let points = std::fs::read_to_string(d.join("points.csv")).expect("points");
            let rows = points.lines().count();
            assert_eq!(rows, table("points").len() + 1, "{dir}/{variant}");
        }
    }
}

/// The review status of every message of a Fluent file, as its `# status:`
/// comment gives it: (status, date of review); provisional without one.
fn statuses(table_name: &str) -> HashMap<String, (String, String)> {
    let path = root()
        .join("locales/en/data")
        .join(format!("{table_name}.ftl"));
    let text = std::fs::read_to_string(path).expect("read ftl");
    let mut out = HashMap::new();
    let mut status: Option<String> = None;
    for line in text.lines() {
        if let Some(s) = line.strip_prefix("# status:") {
            status = Some(s.trim().to_string());
        } else if line.is_empty() {
            status = None;
        } else if let Some((key, _)) = line.split_once(" = ") {
            let s = status.take().unwrap_or_else(|| "provisional".into());
            let (name, date) = s.split_once(' ').unwrap_or((&s, ""));
            out.insert(key.to_string(), (name.to_string(), date.to_string()));
        }
    }
    out
}

/// 「どの英語が確認済みか」: in the English and bilingual workbooks each view
/// ends with the status of its rows' main English text and the date of its
/// review, the About sheet explains the statuses, and the Japanese workbook
/// has neither.
#[test]
fn english_views_carry_the_status_of_their_english() {
    // (view, the status column's stem, the table and column of the text,
    // the view column holding the record's id)
    let cases = [
        ("projects", "project_name", "projects", "name", "project_id"),
        ("points", "text", "points", "text", "point_id"),
        (
            "programmes",
            "programme_name",
            "programmes",
            "name",
            "programme_id",
        ),
        (
            "budget_lines",
            "line_label",
            "budget_lines",
            "label",
            "budget_line_id",
        ),
        (
            "programme_projects",
            "programme_name",
            "programmes",
            "name",
            "programme_id",
        ),
    ];
    for book in ["en", "bilingual"] {
        let both = |key: &str| match book {
            "bilingual" => format!("{} / {}", label("ja", key), label("en", key)),
            l => label(l, key),
        };
        let sheet_of = |key: &str| match book {
            "bilingual" => format!("{} {}", label("ja", key), label("en", key)),
            l => label(l, key),
        };
        for (view, stem, table_name, column, id_col) in cases {
            let s = sheet(&workbook(book), &sheet_of(&format!("view-{view}")));
            let l = |c: &str| both(&format!("view-{view}-{c}"));
            let status_col = l(&format!("{stem}_en_status"));
            let date_col = l(&format!("{stem}_en_reviewed"));
            // The two columns end the view (the projects summary has its
            // totals to the right, after a blank column).
            let at = s.col(&status_col);
            assert_eq!(s.col(&date_col), at + 1, "{book} {view}");
            assert!(
                s.header.get(at + 2).is_none_or(String::is_empty),
                "{book} {view}: the status columns end the view: {:?}",
                s.header
            );
            let expected = statuses(table_name);
            assert!(!s.rows.is_empty());
            for r in &s.rows {
                let id = s.str(r, &l(id_col));
                let (status, date) = expected
                    .get(&format!("{id}__{column}"))
                    .cloned()
                    .unwrap_or_default();
                assert_eq!(s.str(r, &status_col), status, "{book} {view} {id}");
                assert_eq!(s.str(r, &date_col), date, "{book} {view} {id}");
            }
        }
        let about = sheet(&workbook(book), &sheet_of("sheet-about"));
        let items: Vec<String> = about
            .rows
            .iter()
            .map(|r| about.str(r, &about.header[0]))
            .collect();
        for status in ["reviewed", "provisional", "machine"] {
            let item = format!("{}: {status}", both("about-status"));
            let row = about
                .rows
                .iter()
                .find(|r| about.str(r, &about.header[0]) == item)
                .unwrap_or_else(|| panic!("{book}: no legend row `{item}` in {items:?}"));
            assert_eq!(
                about.str(row, &about.header[1]),
                both(&format!("status-{status}-desc"))
            );
        }
    }
    // The Japanese book: no status column, no legend.
    let s = sheet(&workbook("ja"), &label("ja", "view-points"));
    assert_eq!(
        s.header.last(),
        Some(&label("ja", "view-points-project_id"))
    );
    let about = sheet(&workbook("ja"), &label("ja", "sheet-about"));
    assert!(about.rows.iter().all(|r| !about
        .str(r, &about.header[0])
        .starts_with(&label("ja", "about-status"))));
}
