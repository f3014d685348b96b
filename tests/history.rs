//! Releases over time, on a copy of the mini case (`tests/cases/mini/`,
//! release 1.1.0 in preparation, with the record of its release 1.0.0):
//! recording a release changes no output; a second edition built by a
//! fixture (`tests/fixtures/editions/<edition>/edits.txt`) keeps the
//! identifiers, takes exactly the version its changes call for, and `diff`
//! reports its changes as expected (`expected/`, compared whole).
//!
//! `UPDATE_GOLDENS=1 cargo test --test history` rewrites `expected/`.

mod common;

use amed_budget::l10n::fingerprint;
use serde_json::Value as J;
use std::path::{Path, PathBuf};
use std::process::Output;

fn edition(name: &str) -> PathBuf {
    common::root()
        .join("tests")
        .join("fixtures")
        .join("editions")
        .join(name)
}

/// Replaces the first `old` in `work/path` with `new`; `old` must occur.
fn replace(work: &Path, path: &str, old: &str, new: &str) {
    let p = work.join(path);
    let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{path}: {e}"));
    assert!(text.contains(old), "`{old}` does not occur in {path}");
    std::fs::write(&p, text.replacen(old, new, 1)).expect("write");
}

/// Appends `text` to `work/path`.
fn append(work: &Path, path: &str, text: &str) {
    let p = work.join(path);
    let old = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{path}: {e}"));
    std::fs::write(&p, format!("{old}{text}")).expect("write");
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn run_ok(dir: &Path, args: &[&str]) -> Output {
    let o = common::run(dir, args);
    assert!(
        o.status.success(),
        "{args:?} failed:\n{}{}",
        text(&o.stdout),
        text(&o.stderr)
    );
    o
}

fn read(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn json(b: &[u8]) -> J {
    serde_json::from_slice(b).expect("JSON")
}

/// The changes of a `changes.json` without the texts (which a release
/// record does not keep): what every source must agree on.
fn without_texts(v: &J) -> Vec<J> {
    v["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            let mut c = c.clone();
            if c["old_sha"].is_string() || c["new_sha"].is_string() {
                c["old"] = J::Null;
                c["new"] = J::Null;
            }
            c["reason_ja"] = J::Null;
            c["reason_en"] = J::Null;
            c
        })
        .collect()
}

/// Compares every file of `actual` with `expected` (or rewrites `expected`).
fn compare_dir(actual: &Path, expected: &Path) {
    let built = common::read_tree(actual);
    if common::updating() {
        common::write_tree(expected, &built);
        return;
    }
    let problems = common::compare_trees(&common::read_tree(expected), &built);
    common::assert_no_problems(
        &problems,
        "the diff does not give the edition's expected/",
        "run `make goldens` if the change is intended, read the diff of expected/, and commit it",
    );
}

/// Every version in `wrong` is refused for the data in `work` (whose
/// `release_version` is `right`), with a message that names `right`.
fn only_version(work: &Path, right: &str, base: &str, wrong: &[&str]) {
    let doc = "data/document.csv";
    for w in wrong {
        replace(work, doc, &format!(",{right},"), &format!(",{w},"));
        let o = common::run(work, &["check"]);
        assert_eq!(o.status.code(), Some(1), "{w} was accepted");
        let err = text(&o.stderr);
        assert!(
            err.contains(&format!(
                "release-version: the changes since release {base} are minor: "
            )) && err.contains(&format!("release_version must be {right}, not {w}")),
            "{err}"
        );
        replace(work, doc, &format!(",{w},"), &format!(",{right},"));
    }
}

/// The files of two output directories are the same.
fn same_outputs(a: &Path, b: &Path) {
    let files = common::files(a);
    assert_eq!(files, common::files(b));
    for f in &files {
        assert!(
            read(&a.join(f)) == read(&b.join(f)),
            "{f} differs between {} and {}",
            a.display(),
            b.display()
        );
    }
}

#[test]
fn recording_a_release_and_a_second_edition_with_the_same_identifiers() {
    let work = common::scratch("history-draft-budget");
    common::copy_mini_inputs(&work);

    // Release 1.1.0 is in preparation: only 1.1.0 follows 1.0.0's record.
    only_version(&work, "1.1.0", "1.0.0", &["1.0.1", "1.2.0", "2.0.0"]);
    let o = run_ok(&work, &["release", "check"]);
    assert_eq!(
        text(&o.stdout),
        "release 1.1.0 is in preparation (latest recorded release: 1.0.0); nothing to compare\n"
    );
    run_ok(&work, &["--quiet", "build", "--out", "out-1.1.0"]);

    // Published: recorded once, and recording changes no output.
    let o = run_ok(&work, &["release", "record"]);
    assert_eq!(
        text(&o.stdout),
        "recorded release 1.1.0 (2026-12-01) in releases/1.1.0: 73 records in 24 tables\n"
    );
    let o = run_ok(&work, &["release", "record"]);
    assert_eq!(
        text(&o.stdout),
        "release 1.1.0 is already recorded in releases/1.1.0\n"
    );
    let o = run_ok(&work, &["release", "check"]);
    assert_eq!(text(&o.stdout), "releases/1.1.0 matches the data\n");
    run_ok(&work, &["--quiet", "build", "--out", "out-again"]);
    same_outputs(&work.join("out-1.1.0"), &work.join("out-again"));
    // The record is what the package says was published.
    let o = common::run(&work, &["diff", "releases/1.1.0", "out-1.1.0"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stdout));

    // The draft budget: minor since 1.1.0, so 1.2.0 and nothing else.
    let ed = edition("draft-budget");
    common::apply_edits(&work, &ed.join("edits.txt")).expect("edits.txt");
    only_version(&work, "1.2.0", "1.1.0", &["1.1.1", "1.3.0", "2.0.0"]);
    run_ok(&work, &["--quiet", "build", "--out", "out-1.2.0"]);

    // The diff between the two builds, in every format, compared whole.
    let o = common::run(&work, &["diff", "out-1.1.0", "out-1.2.0", "--out", "diff"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stderr));
    compare_dir(&work.join("diff"), &ed.join("expected"));
    let o = common::run(&work, &["diff", "out-1.1.0", "out-1.2.0"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stdout),
        format!(
            "{}\n---\n\n{}",
            text(&read(&work.join("diff/changes.ja.md"))),
            text(&read(&work.join("diff/changes.en.md")))
        ),
        "the printed diff is the Japanese, then the English Markdown"
    );
    let full = json(&read(&work.join("diff/changes.json")));
    assert_eq!(full["class"], "minor");
    assert_eq!(full["expected_version"], "1.2.0");

    // The English workbook's last sheet lists the changes, amounts with
    // their difference.
    let changes = common::workbook_sheet(
        &work.join("out-1.2.0/xlsx/amed-fy2026-draft.en.xlsx"),
        "Changes",
    );
    assert_eq!(changes[0][..3], ["Table", "Record", "Name"]);
    assert!(
        changes.iter().any(|r| r[1] == "pj4-b1"
            && r[3] == "Changed"
            && r[6] == "23"
            && r[7] == "25"
            && r[8] == "+2"),
        "{changes:#?}"
    );
    assert_eq!(
        changes.len() - 1,
        full["changes"].as_array().expect("changes").len()
    );

    // DCAT: the version, its notes in both languages, and the previous
    // edition (the budget request, at its own address).
    let dcat = json(&read(&work.join("out-1.2.0/package/dcat.jsonld")));
    let dataset = dcat["@graph"]
        .as_array()
        .expect("graph")
        .iter()
        .find(|n| n["@type"] == "dcat:Dataset")
        .expect("the dataset")
        .clone();
    assert_eq!(dataset["dcat:version"], "1.2.0");
    assert_eq!(
        dataset["dcat:prev"]["@id"],
        "https://example.jp/opendata/amed-fy2026-request/#dataset"
    );
    let notes: Vec<&str> = dataset["adms:versionNotes"]
        .as_array()
        .expect("version notes")
        .iter()
        .filter_map(|n| n["@language"].as_str())
        .collect();
    assert_eq!(notes, ["ja", "en"]);
    let old = json(&read(&work.join("out-1.1.0/package/dcat.jsonld")));
    assert!(
        !old.to_string().contains("dcat:prev"),
        "1.1.0 is a new version of the edition 1.0.0 was: no previous edition"
    );

    // The package carries its changes since 1.1.0 (from the record of 1.1.0).
    let o = common::run(
        &work,
        &["diff", "releases/1.1.0", "out-1.2.0", "--format", "json"],
    );
    assert_eq!(
        text(&o.stdout),
        text(&read(&work.join("out-1.2.0/package/changes/changes.json")))
    );
    // Two release records give the same changes, texts by fingerprint.
    run_ok(&work, &["--quiet", "release", "record"]);
    let o = common::run(
        &work,
        &[
            "diff",
            "releases/1.1.0",
            "releases/1.2.0",
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(without_texts(&json(&o.stdout)), without_texts(&full));
    let log = text(&read(&work.join("out-1.2.0/package/CHANGELOG.md")));
    for heading in [
        "## 1.2.0 (2026-12-26, `amed-fy2026-draft`)",
        "## 1.1.0 (2026-12-01, `amed-fy2026-request`)",
        "## 1.0.0 (2026-11-24, `amed-fy2026-request`)",
    ] {
        assert_eq!(
            log.matches(heading).count(),
            2,
            "{heading} in both languages"
        );
    }

    // 1.3.0: a point gets a new identifier, declared in the registry.
    let reason = "識別子の付け方を改めたため。";
    replace(
        &work,
        "data/points.csv",
        "pj1-innovative-cancer-1,",
        "pj1-innovative-cancer-3,",
    );
    replace(
        &work,
        "locales/en/data/points.ftl",
        "pj1-innovative-cancer-1__text",
        "pj1-innovative-cancer-3__text",
    );
    append(
        &work,
        "data/retired_ids.csv",
        &format!("pj1-innovative-cancer-1,points,1.3.0,{reason},pj1-innovative-cancer-3\n"),
    );
    append(
        &work,
        "locales/en/data/retired_ids.ftl",
        &format!(
            "\n# ja-sha256: {}\npj1-innovative-cancer-1__reason = The identifier scheme was revised.\n",
            fingerprint(reason)
        ),
    );
    replace(
        &work,
        "data/document.csv",
        ",1.2.0,2026-12-26,",
        ",1.3.0,2027-01-15,",
    );
    run_ok(&work, &["--quiet", "build", "--out", "out-1.3.0"]);
    let o = common::run(
        &work,
        &["diff", "releases/1.2.0", "out-1.3.0", "--format", "json"],
    );
    let d = json(&o.stdout);
    // A new identifier for a record is a retirement and an addition: minor.
    assert_eq!(d["class"], "minor");
    assert_eq!(d["expected_version"], "1.3.0");
    let change = |record: &str| {
        d["changes"]
            .as_array()
            .expect("changes")
            .iter()
            .find(|c| c["table"] == "points" && c["record"] == record)
            .cloned()
            .unwrap_or(J::Null)
    };
    assert_eq!(change("pj1-innovative-cancer-1")["change"], "renamed");
    assert_eq!(
        change("pj1-innovative-cancer-1")["related"],
        serde_json::json!(["pj1-innovative-cancer-3"])
    );
    assert_eq!(change("pj1-innovative-cancer-3")["change"], "added");
    assert_eq!(
        change("pj1-innovative-cancer-3")["related"],
        serde_json::json!(["pj1-innovative-cancer-1"])
    );

    // A retired identifier never comes back.
    let point = "退役した識別子で記載する別の項目。";
    let points = std::fs::read_to_string(work.join("data/points.csv")).expect("read");
    append(
        &work,
        "data/points.csv",
        &format!("pj1-innovative-cancer-2,pj1-innovative-cancer,2,new,,{point}\n"),
    );
    let line = points.lines().count() + 1;
    append(
        &work,
        "locales/en/data/points.ftl",
        &format!(
            "\n# ja-sha256: {}\npj1-innovative-cancer-2__text = Another point under a retired identifier.\n",
            fingerprint(point)
        ),
    );
    let o = common::run(&work, &["check"]);
    assert_eq!(o.status.code(), Some(1));
    let err = text(&o.stderr);
    assert!(
        err.contains(&format!(
            "data/points.csv:{line}:1: retired-id-reused: `pj1-innovative-cancer-2` is retired (data/retired_ids.csv:3)"
        )),
        "{err}"
    );
}

#[test]
fn every_recorded_release_of_the_real_data_took_the_version_its_changes_called_for() {
    let root = common::root();
    let o = run_ok(&root, &["release", "check"]);
    assert!(text(&o.stdout).ends_with('\n'), "{}", text(&o.stdout));
    let mut versions: Vec<(Vec<u64>, String)> = std::fs::read_dir(root.join("releases"))
        .expect("releases/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .map(|p| {
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            let parts = name
                .split('.')
                .map(|x| x.parse().expect("a version"))
                .collect();
            (parts, name)
        })
        .collect();
    versions.sort();
    let names: Vec<&str> = versions.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names[..2], ["1.0.0", "2.0.0"], "the first two releases");
    for pair in names.windows(2) {
        let (old, new) = (
            format!("releases/{}", pair[0]),
            format!("releases/{}", pair[1]),
        );
        let o = common::run(&root, &["diff", &old, &new, "--format", "json"]);
        assert_eq!(o.status.code(), Some(1), "{old} and {new} do not differ");
        let d = json(&o.stdout);
        assert_eq!(
            d["expected_version"], pair[1],
            "{old} -> {new}: {}",
            d["class"]
        );
    }
    // 1.0.0 -> 2.0.0: tables and columns added, records added, texts
    // corrected, and a column removed (`document.source_file`): major.
    let o = common::run(
        &root,
        &[
            "diff",
            "releases/1.0.0",
            "releases/2.0.0",
            "--format",
            "json",
        ],
    );
    let d = json(&o.stdout);
    assert_eq!(d["class"], "major");
    assert_eq!(d["expected_version"], "2.0.0");
    let kinds: std::collections::BTreeSet<&str> = d["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["change"].as_str())
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [
            "added",
            "changed",
            "column-added",
            "column-removed",
            "table-added"
        ]
    );
}

#[test]
fn release_record_sets_a_rule_aside_only_when_asked() {
    // Release 1.0.0 of the real data breaks `unreferenced`, a rule added after
    // it was published; `release record --allow` records such a release as it was.
    let work = common::scratch("history-allow");
    common::copy_mini_inputs(&work);
    replace(
        &work,
        "data/points.csv",
        "pj1-drug-discovery-basis,1,none,gapfree,",
        "pj1-drug-discovery-basis,1,none,,",
    );
    let problem = "data/programmes.csv:5:1: unreferenced: programme `gapfree` is referred to by \
                   no appearance, point, budget line, diagram entry or programme";
    for args in [&["build"][..], &["release", "record"]] {
        let o = common::run(&work, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(text(&o.stderr).starts_with(problem), "{}", text(&o.stderr));
    }
    let o = common::run(&work, &["release", "record", "--allow", "bom"]);
    assert_eq!(o.status.code(), Some(2), "only rules on how records relate");
    assert!(!work.join("releases/1.1.0").exists());
    let o = run_ok(&work, &["release", "record", "--allow", "unreferenced"]);
    assert_eq!(text(&o.stderr), format!("warning: allowed: {problem}\n"));
    assert_eq!(
        text(&o.stdout),
        "recorded release 1.1.0 (2026-12-01) in releases/1.1.0: 73 records in 24 tables\n"
    );
    // The record is the data as it is; the build still refuses it.
    let o = common::run(&work, &["release", "check"]);
    assert_eq!(o.status.code(), Some(1));
}
