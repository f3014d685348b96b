//! Invalid-input fixtures: one folder per failure mode under
//! `tests/fixtures/invalid/<case>/`. Adding a case is adding a folder.
//!
//! Each case starts from a copy of the project's `data/` and `locales/` in a
//! scratch directory, changes it, runs the binary there and compares what it
//! printed with the case's golden files. A case folder holds:
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
//!   - `PATH<TAB>BOM`: prefixes PATH with a UTF-8 byte-order mark.
//! - `args` (optional): the command line, split on whitespace; default
//!   `build --out out`.
//! - `expected.stderr`: exactly what the binary must print on stderr.
//! - `expected.code`: the exit code it must end with.
//! - `expected.stdout` (optional): when present, exactly what the binary must
//!   print on stdout (for `report`, which prints translation problems there).
//! - `README.md` (optional): notes on the case.
//!
//! Before the run, `out/` holds only `out/sentinel.txt`; after it, `out/` must
//! hold exactly that file with the same content, and no `.out.staging` or
//! `.out.old` may be left behind: a failed run writes nothing.
//!
//! `UPDATE_GOLDENS=1 cargo test --test fixtures` rewrites `expected.stderr`,
//! `expected.code` and any `expected.stdout` from what the binary prints (read
//! every one of them before committing; create an empty `expected.stdout` to
//! opt a case in). Without it, a case lacking its golden files fails.

mod common;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const MIN_CASES: usize = 25;
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

fn case_dirs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(cases_dir())
        .expect("read tests/fixtures/invalid")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_dir())
        .collect();
    v.sort();
    v
}

fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDENS").is_some_and(|v| v == "1")
}

/// `\n`, `\t` and `\\` -> line break, tab, backslash; any other `\` is kept.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A path from a fixture, checked to stay inside the scratch copy.
fn inside(work: &Path, rel: &str) -> Result<PathBuf, String> {
    let p = Path::new(rel);
    let ok = p
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if rel.is_empty() || !ok {
        return Err(format!("`{rel}` is not a plain relative path"));
    }
    Ok(work.join(p))
}

fn apply_edit(work: &Path, n: usize, line: &str) -> Result<(), String> {
    let fields: Vec<&str> = line.split('\t').collect();
    let at = |e: String| format!("edits.txt:{n}: {e}");
    let path = inside(work, fields[0]).map_err(at)?;
    let read = |p: &Path| std::fs::read(p).map_err(|e| at(format!("{}: {e}", fields[0])));
    let write = |p: &Path, b: &[u8]| std::fs::write(p, b).map_err(|e| at(format!("{e}")));
    match fields[1..] {
        ["DELETE"] => {
            let r = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            r.map_err(|e| at(format!("cannot delete {}: {e}", fields[0])))
        }
        ["BOM"] => {
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend(read(&path)?);
            write(&path, &bytes)
        }
        [old, new] => {
            let (old, new) = (unescape(old), unescape(new));
            let text = String::from_utf8(read(&path)?)
                .map_err(|_| at(format!("{} is not UTF-8", fields[0])))?;
            if old.is_empty() || !text.contains(&old) {
                return Err(at(format!("`{old}` does not occur in {}", fields[0])));
            }
            write(&path, text.replacen(&old, &new, 1).as_bytes())
        }
        _ => Err(at(format!(
            "expected `PATH<TAB>OLD<TAB>NEW`, `PATH<TAB>DELETE` or `PATH<TAB>BOM`, found {line:?} \
             (for other encodings, store the file under overlay/)"
        ))),
    }
}

/// Copies the project's inputs into `work` and applies the case's changes.
fn prepare(case: &Path, work: &Path) -> Result<(), String> {
    let root = common::root();
    common::copy_dir(&root.join("data"), &work.join("data"));
    common::copy_dir(&root.join("locales"), &work.join("locales"));
    let overlay = case.join("overlay");
    if overlay.is_dir() {
        common::copy_dir(&overlay, work);
    }
    let edits = case.join("edits.txt");
    if edits.exists() {
        let text = std::fs::read_to_string(&edits).map_err(|e| format!("edits.txt: {e}"))?;
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            apply_edit(work, i + 1, line)?;
        }
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
fn run_case(case: &Path) -> Vec<String> {
    let name = case.file_name().expect("case name").to_string_lossy();
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
    if !matches!(code, Some(1 | 2)) {
        problems.push(format!(
            "exit code {code:?}; invalid inputs must end with 1 or 2\n--- stderr:\n{stderr}"
        ));
        return problems;
    }
    let code = code.expect("an exit code");
    let (stderr_file, code_file) = (case.join("expected.stderr"), case.join("expected.code"));
    let stdout_file = case.join("expected.stdout");
    if updating() {
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
        Ok(s) => problems.push(format!(
            "stderr differs\n--- expected:\n{s}--- actual:\n{stderr}---"
        )),
        Err(e) => problems.push(format!(
            "expected.stderr: {e} (UPDATE_GOLDENS=1 writes it)\n--- actual:\n{stderr}---"
        )),
    }
    if stdout_file.exists() {
        match std::fs::read_to_string(&stdout_file) {
            Ok(s) if s == stdout => {}
            Ok(s) => problems.push(format!(
                "stdout differs\n--- expected:\n{s}--- actual:\n{stdout}---"
            )),
            Err(e) => problems.push(format!("expected.stdout: {e}")),
        }
    }
    problems
}

#[test]
fn invalid_inputs_are_reported_exactly_and_write_nothing() {
    let cases = case_dirs();
    assert!(
        cases.len() >= MIN_CASES,
        "only {} case folders in {}; expected at least {MIN_CASES}",
        cases.len(),
        cases_dir().display()
    );
    let mut report = String::new();
    let mut failed = 0;
    for case in &cases {
        let problems = run_case(case);
        if problems.is_empty() {
            continue;
        }
        failed += 1;
        let name = case.file_name().expect("case name").to_string_lossy();
        let _ = writeln!(report, "\n== {name}");
        for p in problems {
            let _ = writeln!(report, "- {p}");
        }
    }
    assert!(
        failed == 0,
        "{failed} of {} fixture case(s) failed:\n{report}",
        cases.len()
    );
}

#[test]
fn edits_unescape_line_breaks_tabs_and_backslashes() {
    assert_eq!(unescape(r"a\nb\tc\\d\e"), "a\nb\tc\\d\\e");
}
