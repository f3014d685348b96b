//! Helpers shared by the integration tests: running the binary, scratch
//! directories, the mini case, and comparing a tree of outputs with what it
//! should be (the one comparison every output test uses).
#![allow(dead_code)]

use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_amed-budget"))
}

/// `tests/cases/mini/`: the hand-written dataset of a handful of records.
pub fn mini() -> PathBuf {
    root().join("tests").join("cases").join("mini")
}

/// `UPDATE_GOLDENS=1`: the tests rewrite their expected files instead of comparing.
pub fn updating() -> bool {
    std::env::var_os("UPDATE_GOLDENS").is_some_and(|v| v == "1")
}

/// A fresh, empty directory under target/ for one test.
pub fn scratch(name: &str) -> PathBuf {
    let d = root().join("target").join("test-scratch").join(name);
    if d.exists() {
        std::fs::remove_dir_all(&d).expect("clean scratch dir");
    }
    std::fs::create_dir_all(&d).expect("create scratch dir");
    d
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for e in std::fs::read_dir(from).expect("read dir") {
        let e = e.expect("dir entry");
        let p = e.path();
        let t = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &t);
        } else {
            std::fs::copy(&p, &t).expect("copy file");
        }
    }
}

/// Copies the mini case's inputs (`data/`, `locales/`) and its release
/// history (`releases/`, which the build compares the data with) into `dir`.
pub fn copy_mini_inputs(dir: &Path) {
    copy_dir(&mini().join("data"), &dir.join("data"));
    copy_dir(&mini().join("locales"), &dir.join("locales"));
    copy_dir(&mini().join("releases"), &dir.join("releases"));
}

/// `\n`, `\t` and `\\` -> line break, tab, backslash; any other `\` is kept.
pub fn unescape(s: &str) -> String {
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
pub fn inside(work: &Path, rel: &str) -> Result<PathBuf, String> {
    let p = Path::new(rel);
    let ok = p
        .components()
        .all(|c| matches!(c, std::path::Component::Normal(_)));
    if rel.is_empty() || !ok {
        return Err(format!("`{rel}` is not a plain relative path"));
    }
    Ok(work.join(p))
}

pub fn apply_edit(work: &Path, n: usize, line: &str) -> Result<(), String> {
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
        ["MKDIR"] => {
            if path.is_file() {
                std::fs::remove_file(&path).map_err(|e| at(format!("{e}")))?;
            }
            std::fs::create_dir_all(&path).map_err(|e| at(format!("{e}")))
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
            "expected `PATH<TAB>OLD<TAB>NEW`, `PATH<TAB>DELETE`, `PATH<TAB>MKDIR` or `PATH<TAB>BOM`, \
             found {line:?} \
             (for other encodings, store the file under overlay/)"
        ))),
    }
}

/// Applies an `edits.txt` (the format described in `tests/fixtures.rs`) to
/// `work`: blank lines and lines starting with `#` are skipped.
pub fn apply_edits(work: &Path, edits: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(edits).map_err(|e| format!("edits.txt: {e}"))?;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        apply_edit(work, i + 1, line)?;
    }
    Ok(())
}

/// Runs the binary with `args` in `dir`, without SOURCE_DATE_EPOCH.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run the binary")
}

/// Runs `--quiet build --out <scratch>/out` (after `inputs`, such as
/// `--data DIR`) from the project root and returns the output directory.
pub fn build(name: &str, inputs: &[&str]) -> PathBuf {
    let out = scratch(name).join("out");
    let mut args = inputs.to_vec();
    args.extend([
        "--quiet",
        "build",
        "--out",
        out.to_str().expect("utf-8 path"),
    ]);
    let o = run(&root(), &args);
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// Builds the real dataset (`data/`, `locales/`) into `<scratch>/out`.
pub fn build_real(name: &str) -> PathBuf {
    build(name, &[])
}

/// Builds the mini case into `<scratch>/out`.
pub fn build_mini(name: &str) -> PathBuf {
    let m = mini();
    let (data, locales) = (m.join("data"), m.join("locales"));
    build(
        name,
        &[
            "--data",
            data.to_str().expect("utf-8 path"),
            "--locales",
            locales.to_str().expect("utf-8 path"),
        ],
    )
}

/// Every file under `dir`, sorted, relative with `/`.
pub fn files(dir: &Path) -> Vec<String> {
    fn walk(base: &Path, d: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(d).expect("read dir") {
            let p = e.expect("dir entry").path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p.strip_prefix(base).expect("under base");
                let parts: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push(parts.join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The entries of a zip file (a workbook or the package), in archive order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("zip entry");
            let mut b = Vec::new();
            f.read_to_end(&mut b).expect("read zip entry");
            (f.name().expect("entry name").to_string(), b)
        })
        .collect()
}

/// One line per entry of a zip: `<sha256>  <size>  <name>`.
pub fn zip_manifest(bytes: &[u8]) -> String {
    unzip(bytes)
        .iter()
        .map(|(name, b)| format!("{}  {:>8}  {name}\n", sha256_hex(b), b.len()))
        .collect()
}

/// An XML part with a line break between adjacent tags, so that a difference
/// shows as a line. (`><` only occurs between tags: `<` is always escaped
/// in text and attribute values.)
fn break_xml(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 16);
    for (i, &b) in bytes.iter().enumerate() {
        out.push(b);
        if b == b'>' && bytes.get(i + 1) == Some(&b'<') {
            out.push(b'\n');
        }
    }
    out
}

/// A tree of outputs in the form the tests compare and store, as relative
/// path -> bytes: text files as they are; each workbook `F.xlsx` as its parts
/// `F.xlsx.d/<part>` (XML broken between tags); each zip `F.zip` as
/// `F.zip.manifest` (its entries, sizes and SHA-256: the entries themselves
/// are the files of `package/`, compared on their own).
pub fn expand(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    for rel in files(dir) {
        let bytes = std::fs::read(dir.join(&rel)).expect("read output");
        if rel.ends_with(".xlsx") {
            for (part, b) in unzip(&bytes) {
                let xml = part.ends_with(".xml") || part.ends_with(".rels");
                m.insert(
                    format!("{rel}.d/{part}"),
                    if xml { break_xml(&b) } else { b },
                );
            }
        } else if rel.ends_with(".zip") {
            m.insert(format!("{rel}.manifest"), zip_manifest(&bytes).into_bytes());
        } else {
            m.insert(rel, bytes);
        }
    }
    m
}

/// Every file under `dir` as it is.
pub fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    files(dir)
        .into_iter()
        .map(|rel| {
            let b = std::fs::read(dir.join(&rel)).expect("read file");
            (rel, b)
        })
        .collect()
}

/// Replaces `dir` with exactly the files of `tree`.
pub fn write_tree(dir: &Path, tree: &BTreeMap<String, Vec<u8>>) {
    if dir.exists() {
        std::fs::remove_dir_all(dir).expect("clear the directory");
    }
    for (rel, bytes) in tree {
        let p = dir.join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, bytes).expect("write file");
    }
}

/// Compares two trees of [`expand`]ed outputs. Returns one problem per file
/// that is missing, extra or different; a difference comes with a unified
/// diff of its first differing lines.
pub fn compare_trees(
    expected: &BTreeMap<String, Vec<u8>>,
    actual: &BTreeMap<String, Vec<u8>>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (rel, want) in expected {
        match actual.get(rel) {
            None => problems.push(format!("{rel}: expected, but not produced")),
            Some(got) if got != want => problems.push(describe_difference(rel, want, got)),
            Some(_) => {}
        }
    }
    for rel in actual.keys().filter(|k| !expected.contains_key(*k)) {
        problems.push(format!("{rel}: produced, but not expected"));
    }
    problems
}

/// Panics with every problem, or does nothing when there is none.
pub fn assert_no_problems(problems: &[String], what: &str, hint: &str) {
    assert!(
        problems.is_empty(),
        "{what}: {} file(s) differ; {hint}\n\n{}",
        problems.len(),
        problems.join("\n\n")
    );
}

const CONTEXT: usize = 3;
const SHOWN: usize = 12;
const WIDTH: usize = 300;

/// A unified-style diff of the first differing lines of two files.
pub fn describe_difference(rel: &str, want: &[u8], got: &[u8]) -> String {
    let (Ok(want), Ok(got)) = (std::str::from_utf8(want), std::str::from_utf8(got)) else {
        let at = want.iter().zip(got).take_while(|(a, b)| a == b).count();
        return format!(
            "{rel}: binary files differ ({} bytes expected, {} produced; first difference at byte {at})",
            want.len(),
            got.len()
        );
    };
    let w: Vec<&str> = want.split_inclusive('\n').collect();
    let g: Vec<&str> = got.split_inclusive('\n').collect();
    let prefix = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
    let (w_end, g_end) = first_hunk_end(&w, &g, prefix);
    let start = prefix.saturating_sub(CONTEXT);
    let after = (w.len() - w_end).min(g.len() - g_end).min(CONTEXT);
    let later = w[w_end..] != g[g_end..];
    // Where the first changed line of each side starts to differ.
    let focus = match (w.get(prefix), g.get(prefix)) {
        (Some(a), Some(b)) if prefix < w_end && prefix < g_end => {
            Some(a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count())
        }
        _ => None,
    };
    let mut s = String::new();
    let _ = writeln!(s, "{rel}: differs from what is expected");
    let _ = writeln!(s, "--- {rel} (expected)\n+++ {rel} (produced)");
    let _ = writeln!(
        s,
        "@@ -{},{} +{},{} @@",
        start + 1,
        w_end + after - start,
        start + 1,
        g_end + after - start
    );
    for l in &w[start..prefix] {
        let _ = writeln!(s, " {}", show(l, None));
    }
    for (mark, lines) in [('-', &w[prefix..w_end]), ('+', &g[prefix..g_end])] {
        for (i, l) in lines.iter().take(SHOWN).enumerate() {
            let _ = writeln!(s, "{mark}{}", show(l, focus.filter(|_| i == 0)));
        }
        if lines.len() > SHOWN {
            let _ = writeln!(s, "{mark}[... {} more line(s)]", lines.len() - SHOWN);
        }
    }
    for l in &w[w_end..w_end + after] {
        let _ = writeln!(s, " {}", show(l, None));
    }
    if let Some(col) = focus {
        let _ = writeln!(
            s,
            "(line {} first differs at character {})",
            prefix + 1,
            col + 1
        );
    }
    if later {
        let _ = writeln!(s, "(and more differences after line {})", w_end + after);
    }
    s
}

/// Where the first run of differing lines (starting at `from`) ends in each
/// side: the nearest pair of positions from which the two sides agree again
/// for [`CONTEXT`] lines (or to their ends). Past a few thousand lines, the
/// whole rest counts as one run.
fn first_hunk_end(w: &[&str], g: &[&str], from: usize) -> (usize, usize) {
    const LIMIT: usize = 4000;
    let agree = |i: usize, j: usize| {
        let n = CONTEXT.min(w.len() - i).min(g.len() - j);
        (n > 0 || (i == w.len() && j == g.len()))
            && w[i..i + n] == g[j..j + n]
            && (n == CONTEXT || (i + n == w.len() && j + n == g.len()))
    };
    let most = (w.len() - from) + (g.len() - from);
    for d in 1..=most.min(LIMIT) {
        for a in 0..=d {
            let (i, j) = (from + a, from + d - a);
            if i <= w.len() && j <= g.len() && agree(i, j) {
                return (i, j);
            }
        }
    }
    (w.len(), g.len())
}

/// A line as shown in a diff: without its line break, with a CR and a
/// missing final line break made visible; a very long line is cut to a
/// window (around character `focus` when given).
fn show(line: &str, focus: Option<usize>) -> String {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let (body, cr) = match body.strip_suffix('\r') {
        Some(b) => (b, "\\r"),
        None => (body, ""),
    };
    let end = if line.ends_with('\n') {
        ""
    } else {
        " [no line break at end of file]"
    };
    let len = body.chars().count();
    if len <= WIDTH {
        return format!("{body}{cr}{end}");
    }
    let from = focus.map_or(0, |f| f.saturating_sub(WIDTH / 2).min(len - WIDTH));
    let cut: String = body.chars().skip(from).take(WIDTH).collect();
    let before = if from > 0 { "..." } else { "" };
    let after = if from + WIDTH < len { "..." } else { "" };
    format!("{before}{cut}{after}{cr}{end}")
}

/// A sheet of a workbook as rows of text (numbers as integers, empty as "").
pub fn workbook_sheet(path: &Path, name: &str) -> Vec<Vec<String>> {
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(path).expect("open workbook");
    let range = wb.worksheet_range(name).expect("sheet");
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|d| match d {
                    calamine::Data::String(s) => s.clone(),
                    calamine::Data::Float(f) => format!("{f}"),
                    calamine::Data::Int(i) => i.to_string(),
                    calamine::Data::Empty => String::new(),
                    other => format!("{other:?}"),
                })
                .collect()
        })
        .collect()
}
