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
        assert!(
            section.contains(&format!("({rows} rows)")),
            "data/README.md: row count of {}",
            t.name
        );
    }
}

/// Every Japanese text taken from the document is in the document: with the
/// recorded errata undone, each one is found in the extracted text (spaces
/// and line breaks aside). Notes written for the dataset are not checked.
#[test]
fn every_transcribed_text_is_in_the_document() {
    let ds = dataset();
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let doc = squeeze(&seed());
    let errata = ds.table("errata");
    let e = |r: &amed_budget::model::Row, c: &str| {
        r.cells[errata.col(c)].as_str().unwrap_or("").to_string()
    };
    // Names the dataset composes from the printed text, with why.
    let composed: &[(&str, &str)] = &[("programmes", "tmm")]; // printed as 東北メディカル・メガバンク(TMM)計画
    let checked = [
        ("projects", &["name", "summary"][..]),
        ("sections", &["heading"]),
        ("appearances", &["heading"]),
        ("points", &["text"]),
        ("programmes", &["name"]),
        ("budget_lines", &["label"]),
        ("diagram_entries", &["label", "description"]),
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
                let mut original = text.to_string();
                for r in errata.rows.iter().filter(|r| {
                    e(r, "table") == table
                        && e(r, "record") == key
                        && e(r, "field") == *col
                        && e(r, "status") == "corrected"
                }) {
                    let fixed = e(r, "corrected_ja");
                    if !fixed.is_empty() && !e(r, "original_ja").contains('✓') {
                        original = original.replace(&fixed, &e(r, "original_ja"));
                    }
                }
                if !doc.contains(&squeeze(&original)) {
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
