//! Translators in their own tools: `l10n export` to an Excel workbook and
//! XLIFF 1.2, and `l10n import` back, on copies of the mini case.
//!
//! The real clients run in Python (tools/l10n/, pinned in
//! tools/validators/requirements.txt): lxml validates the XLIFF against the
//! OASIS schema in tests/schemas/xliff-1.2/; translate-toolkit reads and
//! writes it back as a CAT tool does; openpyxl edits the workbook as a
//! spreadsheet does. The interpreter is `$AMED_PYTHON`, else
//! `$VENV/bin/python` (default `.venv`, which `make validators` installs).
//!
//! Every import is checked against a snapshot of the locales taken before
//! it: exactly the intended lines change, everything else keeps its bytes.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const STEM: &str = "amed-fy2026-request";
/// The record whose Japanese the tests change, and the change.
const STALE_ID: &str = "pj1-next-gen-cancer-1__text";
const OLD_JA: &str = "専門的支援体制";
const NEW_JA: &str = "専門的な支援体制";

fn python() -> PathBuf {
    let p = match std::env::var_os("AMED_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => {
            let venv =
                std::env::var_os("VENV").map_or_else(|| PathBuf::from(".venv"), PathBuf::from);
            let venv = if venv.is_absolute() {
                venv
            } else {
                common::root().join(venv)
            };
            venv.join("bin").join("python")
        }
    };
    let ok = Command::new(&p)
        .args(["-c", "import lxml, openpyxl, translate.storage.xliff"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{} cannot import lxml, openpyxl and translate-toolkit: run `make validators` \
         (installs tools/validators/requirements.txt into .venv) or set AMED_PYTHON",
        p.display()
    );
    p
}

/// Runs a script of tools/l10n/ and returns its stdout.
fn tool(script: &str, args: &[&str]) -> String {
    let o = Command::new(python())
        .arg(common::root().join("tools").join("l10n").join(script))
        .args(args)
        .output()
        .expect("run python");
    assert!(
        o.status.success(),
        "{script} {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Runs the binary in `dir` and asserts it succeeds; returns its stdout.
fn ok(dir: &Path, args: &[&str]) -> String {
    let o = common::run(dir, args);
    assert!(
        o.status.success(),
        "amed-budget {args:?} failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A copy of the mini case.
fn case(name: &str) -> PathBuf {
    let dir = common::scratch(&format!("exchange-{name}"));
    common::copy_mini_inputs(&dir);
    dir
}

fn replace(path: &Path, old: &str, new: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(old), "`{old}` not in {}", path.display());
    std::fs::write(path, text.replacen(old, new, 1)).expect("write");
}

/// Changes the Japanese of [`STALE_ID`]: its English is stale.
fn make_stale(dir: &Path) {
    replace(&dir.join("data/points.csv"), OLD_JA, NEW_JA);
}

/// The mini case with every status an export shows: a stale text, a
/// missing one, a reviewed, a machine translation and a translator comment
/// (the case's termbase applies to its texts).
fn every_status(dir: &Path) {
    make_stale(dir);
    let prog = dir.join("locales/en/data/programmes.ftl");
    let text = std::fs::read_to_string(&prog).expect("read");
    let start = text
        .find("# ja-sha256: 7e8fb293adfbd396\ngapfree__note")
        .expect("gapfree__note");
    let end = start + text[start..].find("\n\n").expect("end of message") + 2;
    std::fs::write(&prog, format!("{}{}", &text[..start], &text[end..])).expect("write");
    replace(
        &prog,
        "# ja-sha256: 623374652631196a",
        "# status: reviewed 2026-11-30\n# ja-sha256: 623374652631196a",
    );
    replace(
        &prog,
        "# ja-sha256: 1bfa7a890f84cfe1",
        "# status: machine\n# comment: check against the AMED site\n# ja-sha256: 1bfa7a890f84cfe1",
    );
}

fn export(dir: &Path, extra: &[&str]) -> (PathBuf, PathBuf) {
    let mut args = vec!["l10n", "export", "--out", "ex"];
    args.extend(extra);
    ok(dir, &args);
    let ex = dir.join("ex");
    (
        ex.join(format!("{STEM}.translations.xlsx")),
        ex.join(format!("{STEM}.translations.xlf")),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The lines removed from and added to each file that changed.
fn changes(
    before: &BTreeMap<String, Vec<u8>>,
    after: &BTreeMap<String, Vec<u8>>,
) -> BTreeMap<String, (Vec<String>, Vec<String>)> {
    let mut out = BTreeMap::new();
    let names: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for name in names {
        let (a, b) = (before.get(name), after.get(name));
        if a == b {
            continue;
        }
        let lines = |x: Option<&Vec<u8>>| -> Vec<String> {
            x.map(|v| {
                String::from_utf8_lossy(v)
                    .lines()
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default()
        };
        let (mut old, mut new) = (lines(a), lines(b));
        let common: Vec<String> = old.iter().filter(|l| new.contains(l)).cloned().collect();
        for c in &common {
            if let (Some(i), Some(j)) = (
                old.iter().position(|l| l == c),
                new.iter().position(|l| l == c),
            ) {
                old.remove(i);
                new.remove(j);
            }
        }
        out.insert(name.clone(), (old, new));
    }
    out
}

fn locales(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    common::read_tree(&dir.join("locales"))
}

/// The translation-status table of a build in `dir`: the package's copy,
/// checked to be the same as the one in csv/.
fn status_table(dir: &Path) -> String {
    let package = std::fs::read_to_string(dir.join("out/package/translation-status.csv"))
        .expect("package/translation-status.csv");
    let canonical =
        std::fs::read_to_string(dir.join("out/csv/translation-status.csv")).expect("csv copy");
    assert_eq!(package, canonical);
    package
}

/// The object of a record text in the bilingual JSON of a build in `dir`:
/// the first whose English is `en`.
fn bilingual_text(dir: &Path, en: &str) -> serde_json::Value {
    fn find(v: &serde_json::Value, en: &str) -> Option<serde_json::Value> {
        match v {
            serde_json::Value::Object(o) if o.get("en").and_then(|e| e.as_str()) == Some(en) => {
                Some(v.clone())
            }
            serde_json::Value::Object(o) => o.values().find_map(|x| find(x, en)),
            serde_json::Value::Array(a) => a.iter().find_map(|x| find(x, en)),
            _ => None,
        }
    }
    let path = dir.join(format!("out/json/{STEM}.bilingual.json"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read json")).expect("json");
    find(&json, en).unwrap_or_else(|| panic!("no text `{en}` in the bilingual JSON"))
}

/// The counts of a status in the package README's tables (Japanese, then
/// English): the last cell of each row `| `status` | ... | n |`.
fn readme_count(dir: &Path, status: &str) -> Vec<String> {
    let readme =
        std::fs::read_to_string(dir.join("out/package/README.md")).expect("package README");
    readme
        .lines()
        .filter(|l| l.starts_with(&format!("| `{status}` |")))
        .map(|l| l.rsplit('|').nth(1).unwrap_or("").trim().to_string())
        .collect()
}

#[test]
fn the_xliff_export_is_valid_xliff_1_2_and_carries_the_context() {
    let dir = case("xliff-valid");
    every_status(&dir);
    let (_, xlf) = export(&dir, &[]);
    let out = tool("validate_xliff.py", &[s(&xlf)]);
    assert!(out.contains("valid XLIFF 1.2 (strict)"), "{out}");
    let x = std::fs::read_to_string(&xlf).expect("read");
    let unit = |id: &str| -> String {
        let start = x
            .find(&format!("<trans-unit id=\"{id}\""))
            .unwrap_or_else(|| panic!("no unit {id}"));
        let end = start + x[start..].find("</trans-unit>").expect("end");
        x[start..end].to_string()
    };
    let stale = unit(STALE_ID);
    assert!(
        stale.contains("state=\"needs-review-translation\""),
        "{stale}"
    );
    assert!(stale.contains("専門的{+な+}支援体制"), "{stale}");
    assert!(stale.contains("made from: 希少がん"), "{stale}");
    assert!(stale.contains("Term: シーズ → seeds (glossary)"), "{stale}");
    let missing = unit("gapfree__note");
    assert!(!missing.contains("<target"), "{missing}");
    let reviewed = unit("next-gen-cancer__name");
    assert!(
        reviewed.contains("approved=\"yes\"") && reviewed.contains("state=\"final\""),
        "{reviewed}"
    );
    let machine = unit("gapfree__name");
    assert!(
        machine.contains("state-qualifier=\"leveraged-mt\""),
        "{machine}"
    );
    assert!(
        machine.contains("<note from=\"translator\">check against the AMED site</note>"),
        "{machine}"
    );
    let official = unit("innovative-cancer__name");
    assert!(
        official.contains("Term: 革新的がん医療実用化研究事業 → Practical Research for Innovative Cancer Control (official; scope: programme; source: https://www.amed.go.jp/en/program/list/15/01/010.html)"),
        "{official}"
    );
    assert!(
        official.contains(
            "From the locales: source: https://www.amed.go.jp/en/program/list/15/01/010.html"
        ),
        "{official}"
    );
    // translate-toolkit reads every unit and its state.
    let (_, only_stale) = export(
        &dir,
        &["--status", "stale,missing", "--table", "points,programmes"],
    );
    let text = std::fs::read_to_string(&only_stale).expect("read");
    assert_eq!(text.matches("<trans-unit ").count(), 2, "{text}");
    tool("validate_xliff.py", &[s(&only_stale)]);
}

#[test]
fn the_workbook_shows_what_a_translator_needs() {
    let dir = case("workbook-shape");
    every_status(&dir);
    let (xlsx, _) = export(&dir, &[]);
    let json = tool("inspect_workbook.py", &[s(&xlsx)]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["sheets"], serde_json::json!(["translations", "about"]));
    assert_eq!(v["freeze"], "B2", "header row and id column frozen");
    let header: Vec<&str> = v["header"]
        .as_array()
        .expect("header")
        .iter()
        .map(|h| h.as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        header,
        [
            "id",
            "table",
            "column",
            "japanese",
            "previous japanese",
            "current english",
            "state",
            "reviewed on",
            "terms",
            "notes",
            "english",
            "status",
            "comment",
            "base"
        ]
    );
    let col = |name: &str| header.iter().position(|h| *h == name).expect("column");
    let letter = |name: &str| char::from(b'A' + col(name) as u8);
    let rows = v["cells"].as_array().expect("cells");
    let n = rows.len();
    assert_eq!(
        v["validations"],
        serde_json::json!([{"cells": format!("{0}2:{0}{n}", letter("status")), "type": "list", "list": "\"reviewed,provisional,machine\""}])
    );
    assert_eq!(v["hidden"], serde_json::json!([letter("base").to_string()]));
    assert!(
        rows[0]
            .as_array()
            .expect("row")
            .iter()
            .all(|c| c["bold"] == true),
        "bold header"
    );
    let row = |id: &str| -> &Vec<serde_json::Value> {
        rows.iter()
            .map(|r| r.as_array().expect("row"))
            .find(|r| r[0]["value"] == id)
            .unwrap_or_else(|| panic!("no row {id}"))
    };
    let stale = row(STALE_ID);
    assert!(stale.iter().all(|c| c["wrap"] == true), "wrapped text");
    assert_eq!(stale[col("state")]["value"], "stale");
    assert_eq!(stale[col("status")]["value"], "stale");
    assert_eq!(
        stale[col("english")]["fill"],
        "FFFFF2CC",
        "the cells to fill are yellow"
    );
    // The inserted な is bold red in the Japanese.
    let runs = stale[col("japanese")]["runs"]
        .as_array()
        .expect("rich text");
    let changed: Vec<&serde_json::Value> = runs.iter().filter(|r| r["bold"] == true).collect();
    assert_eq!(changed.len(), 1, "{runs:?}");
    assert_eq!(changed[0]["text"], "な");
    assert_eq!(changed[0]["color"], "FFC00000");
    assert!(stale[col("previous japanese")]["value"]
        .as_str()
        .unwrap_or("")
        .contains(OLD_JA));
    assert!(stale[col("terms")]["value"]
        .as_str()
        .unwrap_or("")
        .contains("シーズ → seeds"));
    assert_eq!(
        row("next-gen-cancer__name")[col("reviewed on")]["value"],
        "2026-11-30"
    );
    assert_eq!(row("gapfree__name")[col("status")]["value"], "machine");
    assert_eq!(
        row("gapfree__name")[col("comment")]["value"],
        "check against the AMED site"
    );
    assert_eq!(row("gapfree__note")[col("status")]["value"], "missing");
}

#[test]
fn unchanged_exports_change_no_byte() {
    let dir = case("unchanged");
    every_status(&dir);
    let before = locales(&dir);
    let (xlsx, xlf) = export(&dir, &[]);
    ok(&dir, &["l10n", "import", s(&xlsx)]);
    ok(&dir, &["l10n", "import", s(&xlf)]);
    // Through the clients, unedited.
    let resaved = dir.join("resaved.xlsx");
    tool("edit_workbook.py", &[s(&xlsx), s(&resaved)]);
    ok(&dir, &["l10n", "import", s(&resaved)]);
    let rewritten = dir.join("rewritten.xlf");
    tool("xliff_roundtrip.py", &[s(&xlf), s(&rewritten)]);
    let said = ok(&dir, &["l10n", "import", s(&rewritten)]);
    assert!(said.contains("changed 0 message(s) in 0 file(s)"), "{said}");
    assert_eq!(changes(&before, &locales(&dir)), BTreeMap::new());
}

#[test]
fn a_unit_translated_in_translate_toolkit_changes_exactly_its_message() {
    let dir = case("toolkit");
    make_stale(&dir);
    let before = locales(&dir);
    let (_, xlf) = export(&dir, &[]);
    let edited = dir.join("edited.xlf");
    let new_en = "Aiming to overcome intractable cancers, the program will establish a flagship research support framework.";
    let stale_en = "The program aims at the reliable and rapid transfer of results through new drug discovery seeds and specialized support systems.";
    tool(
        "xliff_roundtrip.py",
        &[
            s(&xlf),
            s(&edited),
            "--target",
            "pj1-innovative-cancer-1__text",
            new_en,
            "--target",
            STALE_ID,
            stale_en,
        ],
    );
    ok(&dir, &["l10n", "import", s(&edited)]);
    let old_stamp = "# ja-sha256: 4565a184ad7dddf8".to_string();
    let changed = changes(&before, &locales(&dir));
    let keys: Vec<&String> = changed.keys().collect();
    assert_eq!(
        keys,
        ["en/data/points.ftl", "en/fingerprints.csv"],
        "{changed:#?}"
    );
    let (removed, added) = &changed["en/data/points.ftl"];
    assert_eq!(removed.len(), 3, "{removed:#?}");
    assert!(removed.contains(&old_stamp));
    assert_eq!(
        added
            .iter()
            .filter(|l| !l.starts_with("# ja-sha256: "))
            .cloned()
            .collect::<Vec<_>>(),
        [
            format!("{STALE_ID} = {stale_en}"),
            format!("pj1-innovative-cancer-1__text = {new_en}")
        ]
    );
    // The stale text is current again: the release builds, with the new English.
    ok(&dir, &["build"]);
    let json = std::fs::read_to_string(dir.join(format!("out/json/{STEM}.en.json"))).expect("json");
    assert!(json.contains(new_en) && json.contains(stale_en));
    let status = status_table(&dir);
    assert!(
        status.contains("points,pj1-next-gen-cancer-1,text,provisional,\n"),
        "{status}"
    );
    assert_eq!(bilingual_text(&dir, stale_en)["status"], "provisional");
}

#[test]
fn one_workbook_cell_edited_in_openpyxl_changes_exactly_its_message() {
    let dir = case("openpyxl");
    make_stale(&dir);
    let before = locales(&dir);
    let (xlsx, _) = export(&dir, &[]);
    // The reviewer checked the English against the new Japanese: one cell.
    let edited = dir.join("edited.xlsx");
    tool(
        "edit_workbook.py",
        &[
            s(&xlsx),
            s(&edited),
            "--set",
            STALE_ID,
            "status",
            "reviewed",
        ],
    );
    let said = ok(
        &dir,
        &["l10n", "import", "--date", "2026-12-24", s(&edited)],
    );
    assert!(
        said.contains(&format!(
            "{STALE_ID}: status reviewed 2026-12-24, fingerprint"
        )),
        "{said}"
    );
    let after = locales(&dir);
    let changed = changes(&before, &after);
    let (removed, added) = &changed["en/data/points.ftl"];
    assert_eq!(removed, &["# ja-sha256: 4565a184ad7dddf8"]);
    assert_eq!(added.len(), 2, "{added:?}");
    assert_eq!(added[0], "# status: reviewed 2026-12-24");
    let new_stamp = &added[1];
    assert!(new_stamp.starts_with("# ja-sha256: ") && new_stamp != "# ja-sha256: 4565a184ad7dddf8");
    // The store now has the new Japanese under the new fingerprint, not the old.
    let (gone, came) = &changed["en/fingerprints.csv"];
    assert!(
        gone.len() == 1 && gone[0].starts_with("4565a184ad7dddf8,") && gone[0].contains(OLD_JA)
    );
    assert!(
        came.len() == 1
            && came[0].contains(NEW_JA)
            && new_stamp.ends_with(came[0].split(',').next().unwrap_or("?"))
    );
    assert_eq!(changed.len(), 2, "{changed:#?}");
    // Byte-identical elsewhere, and the same message's lines stay in place.
    let points = String::from_utf8_lossy(&after["en/data/points.ftl"]).into_owned();
    assert!(
        points.starts_with(&format!(
            "# status: reviewed 2026-12-24\n{new_stamp}\n{STALE_ID} = "
        )),
        "{points}"
    );
    ok(&dir, &["build"]);
    let status = status_table(&dir);
    assert!(
        status.contains("points,pj1-next-gen-cancer-1,text,reviewed,2026-12-24\n"),
        "{status}"
    );
    // The review is in every output that carries the status: the bilingual
    // JSON, the English workbook's points view, the README's counts (the
    // mini case had one reviewed and one machine text before).
    let en = {
        let text = std::fs::read_to_string(dir.join("locales/en/data/points.ftl")).expect("read");
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{STALE_ID} = ")))
            .expect("the reviewed message")
            .to_string()
    };
    let value = bilingual_text(&dir, &en);
    assert_eq!(
        (&value["status"], &value["reviewed"]),
        (
            &serde_json::json!("reviewed"),
            &serde_json::json!("2026-12-24")
        ),
        "{value}"
    );
    assert_eq!(readme_count(&dir, "reviewed"), ["2", "2"], "ja and en");
    assert_eq!(readme_count(&dir, "provisional"), ["78", "78"]);
    assert_eq!(readme_count(&dir, "machine"), ["1", "1"]);
    let points = common::workbook_sheet(
        &dir.join(format!("out/xlsx/{STEM}.en.xlsx")),
        "Key points list",
    );
    let col = |name: &str| {
        points[0]
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name} in {:?}", points[0]))
    };
    let row = points
        .iter()
        .find(|r| r[col("Point ID")] == "pj1-next-gen-cancer-1")
        .expect("the point's row");
    assert_eq!(
        row[col("Status of the English text of the point")],
        "reviewed"
    );
    assert_eq!(
        row[col("English text of the point reviewed on")],
        "2026-12-24"
    );
    assert!(points[1..]
        .iter()
        .filter(|r| r[col("Point ID")] != "pj1-next-gen-cancer-1")
        .all(|r| r[col("Status of the English text of the point")] == "provisional"));
    let report = ok(&dir, &["report"]);
    let line = report
        .lines()
        .find(|l| l.starts_with("locales/en/data/points.ftl"))
        .expect("points line");
    assert!(
        line.ends_with(" 1            4        0"),
        "reviewed, provisional, machine: {line}"
    );

    // The English of a current text, edited in the spreadsheet: its value line only.
    let before = locales(&dir);
    let (xlsx, _) = export(&dir, &[]);
    let new_en = "The program will build a registry of large-scale clinical and multi-omics data.";
    tool(
        "edit_workbook.py",
        &[
            s(&xlsx),
            s(&edited),
            "--set",
            "pj1-innovative-cancer-2__text",
            "english",
            new_en,
        ],
    );
    ok(&dir, &["l10n", "import", s(&edited)]);
    let changed = changes(&before, &locales(&dir));
    assert_eq!(changed.len(), 1, "{changed:#?}");
    assert_eq!(
        changed["en/data/points.ftl"].1,
        [format!("pj1-innovative-cancer-2__text = {new_en}")]
    );
    assert_eq!(changed["en/data/points.ftl"].0.len(), 1);
    // The same file imported again: already there, nothing changes.
    let again = ok(&dir, &["l10n", "import", s(&edited)]);
    assert!(again.contains("changed 0 message(s)"), "{again}");
}

#[test]
fn a_missing_message_is_added_after_the_one_before_it() {
    let dir = case("missing");
    every_status(&dir);
    let (xlsx, _) = export(&dir, &["--status", "missing"]);
    let edited = dir.join("edited.xlsx");
    let en =
        "Listed as an initiative of the Research Program for Promoting Drug Discovery Platforms.";
    tool(
        "edit_workbook.py",
        &[
            s(&xlsx),
            s(&edited),
            "--set",
            "gapfree__note",
            "english",
            en,
        ],
    );
    ok(&dir, &["l10n", "import", s(&edited)]);
    let text = std::fs::read_to_string(dir.join("locales/en/data/programmes.ftl")).expect("read");
    assert!(
        text.contains(&format!("gapfree__name = Collaborative Drug Discovery Research Project\n\n# ja-sha256: 7e8fb293adfbd396\ngapfree__note = {en}\n\n")),
        "{text}"
    );
    // What is left is the stale text: the check names it alone.
    let o = common::run(&dir, &["check"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        err.lines()
            .filter(|l| l.contains(": stale-translation: "))
            .count(),
        1,
        "{err}"
    );
    assert_eq!(err.lines().count(), 2, "{err}");
}

#[test]
fn a_refused_import_writes_nothing_and_names_each_row() {
    let dir = case("refused");
    make_stale(&dir);
    let (xlsx, _) = export(&dir, &[]);
    let edited = dir.join("edited.xlsx");
    tool(
        "edit_workbook.py",
        &[
            s(&xlsx),
            s(&edited),
            "--set",
            "innovative-cancer__name",
            "english",
            "Innovative Cancer Program",
            "--set",
            "pj1-innovative-cancer-1__text",
            "english",
            "A new { $placeable }",
            "--set",
            "pj1-innovative-cancer-2__text",
            "status",
            "done",
            "--set",
            "next-gen-cancer__name",
            "english",
            "",
            "--set",
            "next-gen-cancer__name",
            "status",
            "reviewed",
        ],
    );
    // The Japanese changes after the export: the row translating it is refused.
    replace(
        &dir.join("data/programmes.csv"),
        "次世代がん医療加速化研究事業",
        "次世代がん医療加速化研究推進事業",
    );
    let before = locales(&dir);
    let o = common::run(&dir, &["l10n", "import", s(&edited)]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        changes(&before, &locales(&dir)),
        BTreeMap::new(),
        "nothing written"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    let shown = s(&edited);
    for rule in [
        "import-official-name",
        "placeable-mismatch",
        "translation-status",
        "import-empty-reviewed",
        "import-japanese-changed",
    ] {
        assert!(
            err.lines()
                .any(|l| l.starts_with(&format!("{shown}:")) && l.contains(&format!(": {rule}: "))),
            "{rule} not reported with its row:\n{err}"
        );
    }
    assert!(err.ends_with("nothing was written\n"), "{err}");
}

#[test]
fn machine_translations_are_marked_in_the_release() {
    let dir = case("machine");
    replace(
        &dir.join("locales/en/data/document.ftl"),
        "# ja-sha256: 2c44df69010d30c7",
        "# status: machine\n# ja-sha256: 2c44df69010d30c7",
    );
    ok(&dir, &["build"]);
    let status = status_table(&dir);
    assert!(
        status.starts_with("table,id,column,status,reviewed\n"),
        "{status}"
    );
    assert!(
        status.contains(&format!("document,{STEM},title,machine,\n")),
        "{status}"
    );
    let title = bilingual_text(
        &dir,
        "Overview of the Integrated Projects in the FY2026 Budget Request",
    );
    assert_eq!(title["status"], "machine", "{title}");
    assert!(title.get("reviewed").is_none(), "{title}");
    assert_eq!(readme_count(&dir, "machine"), ["2", "2"], "ja and en");
    let dcat = std::fs::read_to_string(dir.join("out/package/dcat.jsonld")).expect("dcat");
    assert_eq!(
        dcat.matches("\"en-t-ja-t0-mtec\"").count(),
        1,
        "the source's title only"
    );
    let report = ok(&dir, &["report"]);
    let line = report
        .lines()
        .find(|l| l.starts_with("locales/en/data/document.ftl"))
        .expect("document line");
    assert!(line.ends_with(" 0            6        1"), "{line}");
}

#[test]
fn a_review_signed_off_in_translate_toolkit_keeps_the_official_name_source() {
    let dir = case("signed-off");
    let before = locales(&dir);
    let (_, xlf) = export(&dir, &["--table", "programmes"]);
    let edited = dir.join("edited.xlf");
    let id = "innovative-cancer__name";
    tool(
        "xliff_roundtrip.py",
        &[s(&xlf), s(&edited), "--state", id, "final", "--approve", id],
    );
    let said = ok(
        &dir,
        &["l10n", "import", "--date", "2026-12-24", s(&edited)],
    );
    assert!(
        said.contains(&format!("{id}: status reviewed 2026-12-24\n")),
        "{said}"
    );
    let changed = changes(&before, &locales(&dir));
    assert_eq!(changed.len(), 1, "{changed:#?}");
    let text = std::fs::read_to_string(dir.join("locales/en/data/programmes.ftl")).expect("read");
    assert!(
        text.contains(&format!(
            "\n\n# source: https://www.amed.go.jp/en/program/list/15/01/010.html\n\
             # status: reviewed 2026-12-24\n# ja-sha256: 8fcec4c7892adf3d\n\
             {id} = Practical Research for Innovative Cancer Control\n\n"
        )),
        "{text}"
    );
    ok(&dir, &["build"]);
}
