//! Invalid-input fixtures: one folder per failure mode under
//! `tests/fixtures/invalid/<case>/`, and one test per folder (named after
//! it, with `_` for `-`: `cargo test --test fixtures -- --exact bom`).
//!
//! Each case starts from a copy of the mini case's inputs
//! (`tests/cases/mini/data/` and `locales/`, a handful of records, so that a
//! correction of the real `data/` never moves a fixture) and of its release
//! history (`tests/cases/mini/releases/`, which the build compares the data
//! with) in a scratch directory, changes it, runs the binary there and compares what it printed
//! with the case's golden files. A case folder holds:
//!
//! - `overlay/` (optional): files copied over the copy, at the same relative
//!   paths (`overlay/data/roles.csv` replaces `data/roles.csv`). Use it for
//!   binary files, such as a table re-encoded as Shift_JIS or a 0-byte file.
//! - `edits.txt` (optional), applied after the overlay, one edit per line,
//!   fields separated by tabs; blank lines and lines starting with `#` are
//!   ignored, and `\n`, `\t` and `\\` in OLD and NEW stand for a line break,
//!   a tab and a backslash:
//!   - `PATH<TAB>OLD<TAB>NEW`: replaces the first occurrence of OLD in PATH
//!     with NEW (OLD must occur, so a stale fixture fails loudly);
//!   - `PATH<TAB>DELETE`: deletes the file or directory PATH;
//!   - `PATH<TAB>MKDIR`: replaces the file PATH (if any) with an empty directory;
//!   - `PATH<TAB>BOM`: prefixes PATH with a UTF-8 byte-order mark.
//! - `args` (optional): the command line, split on whitespace; default
//!   `build --out out`.
//! - `expected.stderr`: exactly what the binary must print on stderr.
//! - `expected.code`: the exit code it must end with: 1 or 2, or 0 for a
//!   `report` case whose input has warnings only (rule `glossary`).
//! - `expected.stdout` (optional): when present, exactly what the binary must
//!   print on stdout (for `report`, which prints translation problems there).
//! - `README.md` (optional): notes on the case.
//!
//! Before the run, `out/` holds only `out/sentinel.txt`; after it, `out/` must
//! hold exactly that file with the same content, and no `.out.staging` or
//! `.out.old` may be left behind: a failed run writes nothing.
//!
//! Adding a case is adding its folder and its name to [`cases!`] below (a
//! test fails when the two lists differ). `UPDATE_GOLDENS=1 cargo test --test
//! fixtures` (or `make goldens`) rewrites `expected.stderr`, `expected.code`
//! and any `expected.stdout` from what the binary prints: read every one of
//! them before committing; create an empty `expected.stdout` to opt a case in.
//! Without it, a case lacking its golden files fails. Every rule of
//! [`RULES`](amed_budget::validate::rules::RULES) must be named by some
//! case's expected output.

mod common;

use amed_budget::validate::rules::RULES;
use std::path::{Path, PathBuf};

/// One test per case folder. A test fails when this list and the folders of
/// `tests/fixtures/invalid/` differ.
macro_rules! cases {
    ($($case:ident)*) => {
        /// The case folders, as named in [`cases!`].
        const CASES: &[&str] = &[$(stringify!($case)),*];
        $(
            #[test]
            fn $case() {
                check_case(stringify!($case));
            }
        )*
    };
}

cases! {
    bad_identifier
    basis_mismatch
    bom
    budget_lines_do_not_reconcile
    cell_too_long
    changed_beyond_recognition
    check_command
    dangling_reference
    data_path_is_a_file
    descriptor_not_json
    descriptor_unknown_resource
    diagram_flow_other_project
    document_two_rows
    duplicate_id
    duplicate_message_id
    duplicate_ui_label
    empty_file
    empty_required_field
    empty_table
    english_forbidden_character
    erratum_corrected_without_fix
    erratum_dangling
    erratum_english_not_applied
    erratum_not_applied
    erratum_unknown_field
    erratum_unknown_table
    fluent_syntax_error
    forbidden_character
    ftl_bom
    ftl_nesting_too_deep
    ftl_shift_jis
    ftl_truncated
    glossary_warning
    id_removed_without_retirement
    identifier_escapes_out
    import_conflict
    import_empty_reviewed
    import_japanese_changed
    import_not_xliff_1_2
    import_official_name
    import_placeable
    import_unknown_id
    import_workbook_problems
    impossible_date
    line_break
    missing_column
    missing_data_dir
    missing_descriptor
    missing_en_ui_label
    missing_fingerprint
    missing_locales_dir
    missing_table
    missing_translation
    missing_translation_file
    missing_ui_label
    negative_amount
    negative_budget_line
    non_numeric_amount
    not_a_boolean
    not_a_date
    obsolete_message
    obsolete_translation_file
    obsolete_ui_label
    official_name_without_source
    out_contains_inputs
    out_not_a_previous_output
    output_path_not_a_directory
    parent_cycle
    pattern
    placeable_mismatch
    probable_rename
    publish_build_refuses_placeholders
    publish_placeholders
    release_date_before_1900
    release_record_broken
    report_command
    report_invalid_data
    restamp_invalid_data
    retired_id_never_published
    retired_id_reused
    retired_id_wrong_release
    section_of_other_project
    several_problems_at_once
    sheet_name_too_long
    shift_jis
    stale_translation
    stale_ui_label
    table_is_a_directory
    termbase_malformed
    translation_status
    ui_fluent_syntax_error
    ui_label_unknown_reference
    unknown_code
    unknown_column
    unreferenced_programme
    unterminated_quote
    untranslated
    untranslated_ui_label
    unused_official_name
    usage_error
    version_bump_too_large
    version_bump_too_small
    version_unchanged_after_change
    whitespace
    wrong_column_count
    wrong_official_name
}

const DEFAULT_ARGS: &[&str] = &["build", "--out", "out"];
const SENTINEL: &str = "sentinel.txt";
const SENTINEL_CONTENT: &str = "written before the run; a failed run must leave it alone\n";
const CASE_ENTRIES: &[&str] = &[
    "overlay",
    "edits.txt",
    "args",
    "expected.stderr",
    "expected.code",
    "expected.stdout",
    "README.md",
];

fn cases_dir() -> PathBuf {
    common::root()
        .join("tests")
        .join("fixtures")
        .join("invalid")
}

/// The folder of a case named in [`cases!`] (`bad_identifier` -> `bad-identifier`).
fn folder(case: &str) -> String {
    case.replace('_', "-")
}

/// The case folders, sorted.
fn folders() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(cases_dir())
        .expect("read tests/fixtures/invalid")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().expect("name").to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Copies the mini case's inputs into `work` and applies the case's changes.
fn prepare(case: &Path, work: &Path) -> Result<(), String> {
    common::copy_mini_inputs(work);
    let overlay = case.join("overlay");
    if overlay.is_dir() {
        common::copy_dir(&overlay, work);
    }
    let edits = case.join("edits.txt");
    if edits.exists() {
        common::apply_edits(work, &edits)?;
    }
    let out = work.join("out");
    std::fs::create_dir_all(&out).map_err(|e| format!("create out/: {e}"))?;
    std::fs::write(out.join(SENTINEL), SENTINEL_CONTENT).map_err(|e| format!("sentinel: {e}"))?;
    Ok(())
}

/// Problems with what a failed run left behind.
fn leftovers(work: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let out = work.join("out");
    match amed_budget::emit::list_files(&out).as_deref() {
        Ok([only]) if only == SENTINEL => {}
        Ok(other) => problems.push(format!("out/ holds {other:?}, not just {SENTINEL}")),
        Err(e) => problems.push(format!("out/ cannot be listed: {e}")),
    }
    match std::fs::read_to_string(out.join(SENTINEL)) {
        Ok(s) if s == SENTINEL_CONTENT => {}
        Ok(_) => problems.push(format!("out/{SENTINEL} was changed")),
        Err(e) => problems.push(format!("out/{SENTINEL}: {e}")),
    }
    for d in [".out.staging", ".out.old"] {
        if work.join(d).exists() {
            problems.push(format!("{d} was left behind"));
        }
    }
    problems
}

/// Runs one case; returns what is wrong with it (empty when it passes).
fn run_case(case: &Path, name: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for e in std::fs::read_dir(case).expect("read case dir") {
        let entry = e
            .expect("dir entry")
            .file_name()
            .to_string_lossy()
            .into_owned();
        if !CASE_ENTRIES.contains(&entry.as_str()) {
            problems.push(format!("unexpected `{entry}` in the case folder"));
        }
    }
    if !["edits.txt", "overlay", "args"]
        .iter()
        .any(|f| case.join(f).exists())
    {
        problems.push("the case changes nothing: no edits.txt, overlay/ or args".to_string());
    }
    let work = common::scratch(&format!("fixtures-invalid-{name}"));
    if let Err(e) = prepare(case, &work) {
        problems.push(e);
        return problems;
    }
    let args_text = std::fs::read_to_string(case.join("args")).ok();
    let args: Vec<&str> = match &args_text {
        Some(t) => t.split_whitespace().collect(),
        None => DEFAULT_ARGS.to_vec(),
    };
    let output = common::run(&work, &args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let code = output.status.code();
    problems.extend(leftovers(&work));
    // `report` with warnings only (rule `glossary`) succeeds: warnings fail nothing.
    let warns_only = args.first() == Some(&"report") && code == Some(0);
    if !matches!(code, Some(1 | 2)) && !warns_only {
        problems.push(format!(
            "exit code {code:?}; invalid inputs must end with 1 or 2\n--- stderr:\n{stderr}"
        ));
        return problems;
    }
    let code = code.expect("an exit code");
    let (stderr_file, code_file) = (case.join("expected.stderr"), case.join("expected.code"));
    let stdout_file = case.join("expected.stdout");
    if common::updating() {
        std::fs::write(&stderr_file, &stderr).expect("write expected.stderr");
        std::fs::write(&code_file, format!("{code}\n")).expect("write expected.code");
        if stdout_file.exists() {
            std::fs::write(&stdout_file, &stdout).expect("write expected.stdout");
        }
        return problems;
    }
    match std::fs::read_to_string(&code_file) {
        Ok(s) if s.trim() == code.to_string() => {}
        Ok(s) => problems.push(format!("exit code {code}, expected {}", s.trim())),
        Err(e) => problems.push(format!("expected.code: {e} (UPDATE_GOLDENS=1 writes it)")),
    }
    match std::fs::read_to_string(&stderr_file) {
        Ok(s) if s == stderr => {}
        Ok(s) => problems.push(common::describe_difference(
            &format!("tests/fixtures/invalid/{name}/expected.stderr"),
            s.as_bytes(),
            stderr.as_bytes(),
        )),
        Err(e) => problems.push(format!(
            "expected.stderr: {e} (UPDATE_GOLDENS=1 writes it)\n--- actual:\n{stderr}---"
        )),
    }
    if stdout_file.exists() {
        match std::fs::read_to_string(&stdout_file) {
            Ok(s) if s == stdout => {}
            Ok(s) => problems.push(common::describe_difference(
                &format!("tests/fixtures/invalid/{name}/expected.stdout"),
                s.as_bytes(),
                stdout.as_bytes(),
            )),
            Err(e) => problems.push(format!("expected.stdout: {e}")),
        }
    }
    problems
}

/// Runs the case named `case` in [`cases!`] and fails with everything wrong with it.
fn check_case(case: &str) {
    let name = folder(case);
    let dir = cases_dir().join(&name);
    assert!(dir.is_dir(), "no folder {}", dir.display());
    let problems = run_case(&dir, &name);
    assert!(
        problems.is_empty(),
        "fixture {name} failed:\n- {}",
        problems.join("\n- ")
    );
}

#[test]
fn every_case_folder_has_its_test() {
    let listed: Vec<String> = CASES.iter().map(|c| folder(c)).collect();
    let found = folders();
    let unlisted: Vec<&String> = found.iter().filter(|f| !listed.contains(f)).collect();
    let missing: Vec<&String> = listed.iter().filter(|c| !found.contains(c)).collect();
    assert!(
        unlisted.is_empty() && missing.is_empty(),
        "tests/fixtures/invalid/ and `cases!` in tests/fixtures.rs differ:\n\
         folders without a test (add them to `cases!`, `-` written `_`): {unlisted:?}\n\
         tests without a folder: {missing:?}"
    );
    let mut sorted = listed.clone();
    sorted.sort();
    assert_eq!(listed, sorted, "keep `cases!` in alphabetical order");
    for f in &found {
        assert!(
            !f.is_empty()
                && f.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "case folder `{f}`: use lower-case letters, digits and `-` only"
        );
    }
}

#[test]
fn every_rule_is_demonstrated_by_a_case() {
    if common::updating() {
        return; // the cases are rewriting their expected output meanwhile
    }
    let printed: Vec<String> = folders()
        .iter()
        .flat_map(|f| ["expected.stderr", "expected.stdout"].map(|e| cases_dir().join(f).join(e)))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let lacking: Vec<&str> = RULES
        .iter()
        .map(|r| r.name)
        .filter(|name| {
            let needle = format!(": {name}: ");
            !printed.iter().any(|t| t.contains(&needle))
        })
        .collect();
    assert!(
        lacking.is_empty(),
        "no fixture under tests/fixtures/invalid/ shows the rule(s) {lacking:?}: add a case \
         whose expected output names each of them"
    );
}

#[test]
fn edits_unescape_line_breaks_tabs_and_backslashes() {
    assert_eq!(common::unescape(r"a\nb\tc\\d\e"), "a\nb\tc\\d\\e");
}
