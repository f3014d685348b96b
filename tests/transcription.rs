//! The transcription in data/ checked against the source document itself.

mod common;

use amed_budget::diag::Diagnostics;
use amed_budget::model::Dataset;
use amed_budget::{load, validate};
use std::collections::{BTreeMap, BTreeSet};

fn dataset() -> Dataset {
    let mut d = Diagnostics::new();
    let raw = load::load_dir(&common::root().join("data"), &mut d);
    let ds = raw.and_then(|raw| validate::validate(raw, &mut d));
    assert!(d.is_empty(), "data/ is invalid: {:?}", d.into_sorted());
    ds.expect("dataset")
}

fn seed() -> String {
    let path = common::root().join("../shared/seed/000_1ae99b46142495ba.txt");
    std::fs::read_to_string(&path).expect("the source document text in ../shared/seed")
}

fn strs<'a>(ds: &'a Dataset, table: &str, col: &str) -> Vec<&'a str> {
    let t = ds.table(table);
    let c = t.col(col);
    t.rows
        .iter()
        .map(|r| r.cells[c].as_str().unwrap_or(""))
        .collect()
}

fn ints(ds: &Dataset, table: &str, col: &str) -> Vec<i64> {
    let t = ds.table(table);
    let c = t.col(col);
    t.rows
        .iter()
        .map(|r| r.cells[c].as_int().unwrap_or(0))
        .collect()
}

#[test]
fn eight_projects_with_the_documented_totals() {
    let ds = dataset();
    assert_eq!(ds.table("projects").rows.len(), 8);
    assert_eq!(ints(&ds, "projects", "number"), (1..=8).collect::<Vec<_>>());
    assert_eq!(
        ints(&ds, "projects", "amed_amount").iter().sum::<i64>(),
        1402
    );
    assert_eq!(
        ints(&ds, "projects", "inhouse_amount").iter().sum::<i64>(),
        71
    );
}

#[test]
fn every_project_amount_is_printed_in_the_document() {
    let ds = dataset();
    let text = seed();
    // Each project's heading is followed by its 令和8年度概算要求額 figures.
    for (name, amount) in
        strs(&ds, "projects", "name")
            .iter()
            .zip(ints(&ds, "projects", "amed_amount"))
    {
        let at = text
            .find(&format!("{name}\n"))
            .or_else(|| text.find(name))
            .expect("project heading");
        let tail = &text[at..];
        let figure = format!("令和8年度概算要求額 {amount}億円");
        assert!(
            tail.contains(&figure),
            "{name}: {figure} not in the document"
        );
    }
}

#[test]
fn points_match_the_checkmarks_and_tags_of_the_document() {
    let ds = dataset();
    let text = seed();
    let checks = text.matches('✓').count();
    assert_eq!(
        ds.table("points").rows.len(),
        checks,
        "one point per ✓ bullet"
    );
    let mut tags: BTreeMap<&str, usize> = BTreeMap::new();
    for t in strs(&ds, "points", "tag") {
        *tags.entry(t).or_default() += 1;
    }
    let in_doc = |tag: &str| text.matches(&format!("✓ {tag}")).count();
    assert_eq!(tags["new"], in_doc("【新規】"));
    assert_eq!(tags["expanded"], in_doc("【拡充】"));
    assert_eq!(tags["new-expanded"], in_doc("【新規・拡充】"));
    assert_eq!(tags.values().sum::<usize>(), checks);
    assert_eq!(
        (
            tags["new"],
            tags["expanded"],
            tags["new-expanded"],
            tags["none"]
        ),
        (11, 24, 1, 32)
    );
}

#[test]
fn one_appearance_per_programme_heading() {
    let ds = dataset();
    let text = seed();
    let headings = text
        .lines()
        .filter(|l| l.trim_start_matches('#').trim_start().starts_with('◆'))
        .count();
    assert_eq!(ds.table("appearances").rows.len(), headings);
    assert_eq!(headings, 51);
    // Heading texts are as printed.
    for h in strs(&ds, "appearances", "heading") {
        assert!(
            text.contains(&format!("◆ {h}")),
            "heading not in the document: {h}"
        );
    }
}

#[test]
fn a_programme_in_several_projects_has_one_identifier() {
    let ds = dataset();
    let names = strs(&ds, "programmes", "name");
    let unique: BTreeSet<&str> = names.iter().copied().collect();
    assert_eq!(unique.len(), names.len(), "programme names are unique");
    let apps = ds.table("appearances");
    let (p, pr) = (apps.col("project"), apps.col("programme"));
    let projects: BTreeSet<&str> = apps
        .rows
        .iter()
        .filter(|r| r.cells[pr].as_str() == Some("intractable-diseases"))
        .filter_map(|r| r.cells[p].as_str())
        .collect();
    assert_eq!(projects, BTreeSet::from(["pj1", "pj3", "pj5"]));
}

#[test]
fn budget_lines_reconcile_for_projects_4_5_and_7() {
    let ds = dataset();
    let lines = ds.table("budget_lines");
    let (p, a, e) = (
        lines.col("project"),
        lines.col("amount"),
        lines.col("expense"),
    );
    let sum = |proj: &str, exp: &str| -> i64 {
        lines
            .rows
            .iter()
            .filter(|r| r.cells[p].as_str() == Some(proj) && r.cells[e].as_str() == Some(exp))
            .filter_map(|r| r.cells[a].as_int())
            .sum()
    };
    assert_eq!(sum("pj4", "amed"), 108);
    assert_eq!((sum("pj5", "amed"), sum("pj5", "inhouse")), (279, 18));
    assert_eq!(sum("pj7", "amed"), 97);
    // Every figure is printed in the document.
    let text = seed();
    for amount in ints(&ds, "budget_lines", "amount") {
        assert!(
            text.contains(&format!("{amount}億円")),
            "{amount}億円 not in the document"
        );
    }
}

#[test]
fn errata_record_each_correction_with_its_original() {
    let ds = dataset();
    let text = seed();
    let t = ds.table("errata");
    let (o, s) = (t.col("original_ja"), t.col("status"));
    for r in &t.rows {
        let original = r.cells[o].as_str().unwrap_or("");
        let corrected = r.cells[s].as_str() == Some("corrected");
        // The original is what the extracted text says.
        let flat = text.replace('\n', "");
        assert!(
            flat.contains(original),
            "erratum original not in the document: {original}"
        );
        if corrected && amed_budget::schema::has_japanese(original) {
            // A corrected original no longer appears in the data.
            let field = r.cells[t.col("field")].as_str().unwrap_or("");
            let table = ds.table(r.cells[t.col("table")].as_str().unwrap_or(""));
            let rec = table
                .find(r.cells[t.col("record")].as_str().unwrap_or(""))
                .expect("record");
            let value = rec.cells[table.col(field)].as_str().unwrap_or("");
            assert!(!value.contains(original), "uncorrected: {original}");
        }
    }
}

#[test]
fn data_readme_documents_every_table_and_column() {
    let readme =
        std::fs::read_to_string(common::root().join("data/README.md")).expect("data/README.md");
    for t in dataset().schema.tables {
        let heading = format!("### `{}`", t.file_name());
        let at = readme
            .find(&heading)
            .unwrap_or_else(|| panic!("data/README.md lacks {heading}"));
        let section = &readme[at + heading.len()..];
        let section = &section[..section.find("\n### ").unwrap_or(section.len())];
        for c in t.columns {
            assert!(
                section.contains(&format!("| `{}` |", c.name)),
                "data/README.md: {} lacks column {}",
                t.name,
                c.name
            );
        }
        let rows = dataset().table(t.name).rows.len();
        let count = if rows == 1 {
            "(1 row)".to_string()
        } else {
            format!("({rows} rows)")
        };
        assert!(
            section.contains(&count),
            "data/README.md: row count of {}",
            t.name
        );
    }
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A cell as the extracted text has it: the value with its recorded
/// corrections undone (an erratum that split joined bullets is left alone).
fn as_extracted(ds: &Dataset, table: &str, key: &str, col: &str, text: &str) -> String {
    let errata = ds.table("errata");
    let e = |r: &amed_budget::model::Row, c: &str| {
        r.cells[errata.col(c)].as_str().unwrap_or("").to_string()
    };
    let mut original = text.to_string();
    for r in errata.rows.iter().filter(|r| {
        e(r, "table") == table
            && e(r, "record") == key
            && e(r, "field") == col
            && e(r, "status") == "corrected"
    }) {
        let fixed = e(r, "corrected_ja");
        if !fixed.is_empty() && !e(r, "original_ja").contains('✓') {
            original = original.replace(&fixed, &e(r, "original_ja"));
        }
    }
    original
}

/// (table, record, field) of every value listed as coming from outside the document.
fn supplied(ds: &Dataset) -> BTreeSet<(String, String, String)> {
    let t = ds.table("supplied_facts");
    let c =
        |r: &amed_budget::model::Row, n: &str| r.cells[t.col(n)].as_str().unwrap_or("").to_string();
    t.rows
        .iter()
        .map(|r| (c(r, "table"), c(r, "record"), c(r, "field")))
        .collect()
}

/// Every Japanese text taken from the document is in the document: with the
/// recorded errata undone, each one is found in the extracted text (spaces
/// and line breaks aside). Notes written for the dataset are not checked,
/// and a value listed in `supplied_facts` may come from elsewhere.
#[test]
fn every_transcribed_text_is_in_the_document() {
    let ds = dataset();
    let doc = squeeze(&seed());
    let supplied = supplied(&ds);
    // Names the dataset composes from the printed text, with why.
    let composed: &[(&str, &str)] = &[("programmes", "tmm")]; // printed as 東北メディカル・メガバンク(TMM)計画
    let checked = [
        (
            "document",
            &[
                "title",
                "publisher",
                "closing_title",
                "closing_heading",
                "closing_lead",
            ][..],
        ),
        ("ministries", &["mark", "name"]),
        ("roles", &["name"]),
        ("projects", &["name", "summary"]),
        ("sections", &["heading"]),
        ("appearances", &["heading"]),
        ("points", &["text"]),
        ("programmes", &["name"]),
        ("budget_lines", &["label"]),
        ("diagram_entries", &["label", "description"]),
        ("diagram_flows", &["label"]),
        ("disease_areas", &["name"]),
        ("coordinators", &["name"]),
    ];
    let mut missing = Vec::new();
    for (table, columns) in checked {
        let t = ds.table(table);
        for row in &t.rows {
            let key = t.key_of(row);
            if composed.contains(&(table, key.as_str())) {
                continue;
            }
            for col in columns {
                let Some(text) = row.cells[t.col(col)].as_str() else {
                    continue;
                };
                let original = as_extracted(&ds, table, &key, col, text);
                let listed = supplied.contains(&(table.to_string(), key.clone(), col.to_string()));
                if !doc.contains(&squeeze(&original)) && !listed {
                    missing.push(format!("{table}/{key}.{col}: {original}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the document:\n{}",
        missing.join("\n")
    );
}

/// A line of the extracted text without its markdown and bullet marks.
fn bare(line: &str) -> &str {
    line.trim()
        .trim_start_matches('#')
        .trim_start()
        .trim_start_matches(['-', '●', '◆', '✓'])
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
}

/// Whether a line of the document is in `corpus` (texts joined by a
/// separator): whole, or else each of its pieces between spaces, colons and
/// parentheses (labels printed side by side, a name and its description on
/// one line).
fn line_found(line: &str, corpus: &str) -> bool {
    let whole = squeeze(line);
    corpus.contains(&whole)
        || line
            .split(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '(' | ')'))
            .map(squeeze)
            .filter(|p| !p.is_empty())
            .all(|p| corpus.contains(&p))
}

/// Lines of the extracted text grouped into paragraphs: a line ending in two
/// spaces (a hard line break) continues into the next one.
fn paragraphs<'a>(lines: &[&'a str]) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for l in lines {
        cur.push(*l);
        if !l.ends_with("  ") {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Checks the paragraphs of one part of the document against the texts of
/// the data meant to hold them. A paragraph that is one whole text uses that
/// text up (so a label printed twice needs two records); a short one-line
/// paragraph (a box title, a phase, an arrow label) must be such a whole
/// text; any other line must be found in the texts, whole or piecewise.
/// Returns the paragraphs checked and what was not found.
fn check_part(part: &str, lines: &[&str], texts: Vec<String>, missing: &mut Vec<String>) -> usize {
    let corpus = texts.join("\u{1}");
    let mut pool = texts;
    let mut n = 0;
    for para in paragraphs(lines) {
        let joined = squeeze(&para.iter().map(|l| bare(l)).collect::<String>());
        if joined.is_empty() {
            continue;
        }
        n += 1;
        if let Some(i) = pool.iter().position(|t| *t == joined) {
            pool.swap_remove(i);
            continue;
        }
        if para.len() == 1 && joined.chars().count() <= 6 {
            missing.push(format!("{part}: {joined} (no record of its own)"));
            continue;
        }
        for line in para.iter().map(|l| bare(l)).filter(|l| !l.is_empty()) {
            if !line_found(line, &corpus) {
                missing.push(format!("{part}: {line}"));
            }
        }
    }
    n
}

/// Every text line of the document's diagrams (between a project's summary
/// and its key points) and of its closing page is in the data: a project's
/// diagram lines in that project's diagram entries, flows and budget lines,
/// the closing page in the document, disease area, coordinator and role
/// records (errata undone, so the lines are compared as extracted).
#[test]
fn every_diagram_and_closing_page_line_is_in_the_data() {
    let ds = dataset();
    let text = seed();
    let lines: Vec<&str> = text.lines().collect();
    let cells = |table: &str, project: Option<&str>, columns: &[&str]| -> Vec<String> {
        let t = ds.table(table);
        let mut v = Vec::new();
        for row in &t.rows {
            if let Some(p) = project {
                if row.cells[t.col("project")].as_str() != Some(p) {
                    continue;
                }
            }
            let key = t.key_of(row);
            for col in columns {
                if let Some(s) = row.cells[t.col(col)].as_str() {
                    v.push(squeeze(&as_extracted(&ds, table, &key, col, s)));
                }
            }
        }
        v
    };
    let projects = ds.table("projects");
    let mut missing = Vec::new();
    let mut counted = BTreeMap::new();
    for p in &projects.rows {
        let id = p.cells[projects.col("id")].as_str().unwrap_or("");
        let name = p.cells[projects.col("name")].as_str().unwrap_or("");
        let summary = p.cells[projects.col("summary")].as_str().unwrap_or("");
        let tail: String = summary
            .chars()
            .rev()
            .take(12)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let start = lines
            .iter()
            .position(|l| l.contains(&tail))
            .unwrap_or_else(|| panic!("{id}: summary not found"));
        let end = start
            + lines[start..]
                .iter()
                .position(|l| l.contains(&format!("{name} 令和8年度概算要求のポイント")))
                .unwrap_or_else(|| panic!("{id}: key points page not found"));
        let mut texts = cells("diagram_entries", Some(id), &["label", "description"]);
        texts.extend(cells("diagram_flows", Some(id), &["label"]));
        texts.extend(cells("budget_lines", Some(id), &["label"]));
        let n = check_part(id, &lines[start + 1..end], texts, &mut missing);
        counted.insert(id.to_string(), n);
    }
    // Only projects 4, 5, 7 and 8 have diagrams.
    for (id, n) in &counted {
        let has_diagram = ["pj4", "pj5", "pj7", "pj8"].contains(&id.as_str());
        assert_eq!(*n > 0, has_diagram, "{id}: {n} diagram paragraphs");
    }
    assert!(
        counted.values().sum::<usize>() > 130,
        "diagram paragraphs: {counted:?}"
    );

    // The closing page.
    let title = ds.doc_str("closing_title");
    let start = lines
        .iter()
        .position(|l| bare(l) == title)
        .expect("closing page title");
    let mut texts = cells(
        "document",
        None,
        &["closing_title", "closing_heading", "closing_lead"],
    );
    texts.extend(cells("disease_areas", None, &["name"]));
    texts.extend(cells("coordinators", None, &["name"]));
    texts.extend(cells("roles", None, &["abbreviation", "name"]));
    let errata = ds.table("errata");
    texts.extend(
        errata
            .rows
            .iter()
            .filter(|r| r.cells[errata.col("table")].as_str() == Some("coordinators"))
            .filter_map(|r| r.cells[errata.col("original_ja")].as_str())
            .map(squeeze),
    );
    let n = check_part("closing page", &lines[start..], texts, &mut missing);
    assert!(n >= 7, "closing page: {n} paragraphs");
    assert!(
        missing.is_empty(),
        "diagram or closing page text not in the data:\n{}",
        missing.join("\n")
    );
}

/// The three phase axes each hold the six phases, and every entry of an
/// axis is a phase; every legend, box and axis belongs to a diagram.
#[test]
fn phase_axes_hold_six_phases() {
    let ds = dataset();
    let t = ds.table("diagram_entries");
    fn s<'a>(t: &amed_budget::model::Table, r: &'a amed_budget::model::Row, c: &str) -> &'a str {
        r.cells[t.col(c)].as_str().unwrap_or("")
    }
    let s = |r, c| s(t, r, c);
    let axes: Vec<&str> = t
        .rows
        .iter()
        .filter(|r| s(r, "kind") == "axis")
        .map(|r| s(r, "id"))
        .collect();
    assert_eq!(axes.len(), 3);
    for axis in axes {
        let phases: BTreeSet<&str> = t
            .rows
            .iter()
            .filter(|r| s(r, "group") == axis)
            .inspect(|r| assert_eq!(s(r, "kind"), "phase", "{axis}"))
            .map(|r| s(r, "label"))
            .collect();
        assert_eq!(
            phases,
            BTreeSet::from([
                "基礎研究",
                "応用研究",
                "非臨床",
                "開発研究",
                "臨床試験",
                "実用化"
            ]),
            "{axis}"
        );
    }
    let kinds: BTreeMap<&str, usize> = t.rows.iter().fold(BTreeMap::new(), |mut m, r| {
        *m.entry(s(r, "kind")).or_default() += 1;
        m
    });
    assert_eq!((kinds["box"], kinds["legend"]), (21, 4));
    assert_eq!(ds.table("diagram_flows").rows.len(), 11);
}

/// A diagram entry that names programmes refers to its programme, or names
/// several programmes (separated by ／) that each have a row.
#[test]
fn every_programme_named_in_a_diagram_has_a_row() {
    let ds = dataset();
    let t = ds.table("diagram_entries");
    let names: BTreeSet<String> = strs(&ds, "programmes", "name")
        .into_iter()
        .map(str::to_string)
        .collect();
    for r in &t.rows {
        let kind = r.cells[t.col("kind")].as_str().unwrap_or("");
        if !["programme", "related-programme"].contains(&kind) {
            continue;
        }
        let label = r.cells[t.col("label")].as_str().unwrap_or("");
        if r.cells[t.col("programme")].as_str().is_some() {
            continue;
        }
        assert!(label.contains('／'), "{label}: no programme");
        for part in label.split('／') {
            assert!(names.contains(part), "{part}: no programme row");
        }
    }
}

/// Every supplied fact names its source as a web address.
#[test]
fn supplied_facts_have_a_source() {
    let ds = dataset();
    for s in strs(&ds, "supplied_facts", "source") {
        assert!(s.starts_with("https://") || s.starts_with("http://"), "{s}");
    }
}
