//! Random mutations of the mini case's CSV and Fluent files, run through
//! `check` and `build`. Whatever the input:
//!
//! - the tool does not panic and exits 0, 1 or 2;
//! - `check` and `build` agree (same exit code);
//! - a failed build leaves the previous output exactly as it was;
//! - every problem is printed as `file[:line[:column]]: rule: message`,
//!   on one line, naming a file of the inputs;
//! - an accepted build produces workbooks that parse, every sheet.
//!
//! A fixed seed and `FUZZ_CASES` cases (default 40) run in `cargo test`;
//! `FUZZ_CASES=2000 FUZZ_SEED=7 cargo test --release --test fuzz` runs longer.

mod common;

use calamine::Reader;
use std::path::Path;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Pieces that matter to CSV, Fluent, the character policy and the formats.
const PIECES: &[&str] = &[
    ",",
    "\"",
    "\n",
    "\r\n",
    "\t",
    "{",
    "}",
    "{ $x }",
    "=",
    "#",
    "-",
    " ",
    "\u{0}",
    "\u{1b}",
    "\u{feff}",
    "\u{202e}",
    "\u{200b}",
    "\u{2028}",
    "あ",
    "事業",
    "99999999999999999999",
    "-1",
    "true",
    "2026-02-30",
    "pj1",
    "__",
    "=HYPERLINK(\"x\")",
    "\u{85}",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let len = bytes.len();
    match rng.below(6) {
        // Insert a piece at a character boundary.
        0 | 1 => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let mut at = rng.below(text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let piece = PIECES[rng.below(PIECES.len())];
            let mut out = text[..at].to_string();
            out.push_str(piece);
            out.push_str(&text[at..]);
            *bytes = out.into_bytes();
        }
        // Delete a short range of bytes (may break UTF-8).
        2 => {
            let at = rng.below(len);
            let n = 1 + rng.below(8);
            bytes.drain(at..(at + n).min(len));
        }
        // Duplicate a line.
        3 => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let lines: Vec<&str> = text.split_inclusive('\n').collect();
            if !lines.is_empty() {
                let i = rng.below(lines.len());
                let mut out = lines.clone();
                out.insert(i, lines[i]);
                *bytes = out.concat().into_bytes();
            }
        }
        // Truncate.
        4 => bytes.truncate(rng.below(len + 1)),
        // Replace a digit or letter by another byte of interest.
        _ => {
            if len > 0 {
                let at = rng.below(len);
                bytes[at] = *b"0a,\"{}\n-=".get(rng.below(9)).unwrap_or(&b'0');
            }
        }
    }
}

fn input_files(dir: &Path) -> Vec<String> {
    common::files(dir)
        .into_iter()
        .filter(|f| f.starts_with("data/") || f.starts_with("locales/"))
        .filter(|f| f.ends_with(".csv") || f.ends_with(".ftl"))
        .collect()
}

fn diagnostic_shape_ok(line: &str) -> bool {
    // file[:line[:column]]: rule: message
    let Some((location, rest)) = line.split_once(": ") else {
        return false;
    };
    let Some((rule, _)) = rest.split_once(": ") else {
        return false;
    };
    let mut parts = location.split(':');
    let file = parts.next().unwrap_or("");
    let numbers_ok = parts.all(|n| n.parse::<usize>().is_ok());
    let known = amed_budget::validate::rules::find(rule).is_some();
    (file.starts_with("data") || file.starts_with("locales")) && numbers_ok && known
}

#[test]
fn mutated_inputs_never_break_the_tool() {
    let cases: usize = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_201);
    let mut rng = Rng(seed);
    let base = common::scratch("fuzz");
    common::copy_mini_inputs(&base);
    let o = common::run(&base, &["--quiet", "build", "--out", "out"]);
    assert!(o.status.success());
    let previous = common::read_tree(&base.join("out"));
    let files = input_files(&base);
    let mut accepted = 0;
    for case in 0..cases {
        let dir = common::scratch("fuzz-case");
        common::copy_mini_inputs(&dir);
        common::copy_dir(&base.join("out"), &dir.join("out"));
        let mut touched = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let f = &files[rng.below(files.len())];
            let path = dir.join(f);
            let mut bytes = std::fs::read(&path).expect("read input");
            mutate(&mut rng, &mut bytes);
            std::fs::write(&path, bytes).expect("write input");
            touched.push(f.clone());
        }
        let what = format!("case {case} (seed {seed}), mutated {touched:?}");
        let check = common::run(&dir, &["check"]);
        let build = common::run(&dir, &["build", "--out", "out"]);
        for (name, o) in [("check", &check), ("build", &build)] {
            let code = o.status.code();
            assert!(
                matches!(code, Some(0..=2)),
                "{what}: {name} exited with {code:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            let stderr = String::from_utf8_lossy(&o.stderr);
            assert!(
                !stderr.contains("panicked"),
                "{what}: {name} panicked: {stderr}"
            );
            for line in stderr.lines().filter(|l| !l.starts_with("error: ")) {
                assert!(
                    diagnostic_shape_ok(line),
                    "{what}: {name} printed a line that is not a diagnostic: {line:?}"
                );
            }
        }
        assert_eq!(
            check.status.code(),
            build.status.code(),
            "{what}: check and build disagree:\ncheck: {}\nbuild: {}",
            String::from_utf8_lossy(&check.stderr),
            String::from_utf8_lossy(&build.stderr)
        );
        if build.status.success() {
            accepted += 1;
            for wb in common::files(&dir.join("out/xlsx")) {
                let path = dir.join("out/xlsx").join(&wb);
                let mut book: calamine::Xlsx<_> =
                    calamine::open_workbook(&path).unwrap_or_else(|e| panic!("{what}: {wb}: {e}"));
                for sheet in book.sheet_names() {
                    book.worksheet_range(&sheet)
                        .unwrap_or_else(|e| panic!("{what}: {wb} sheet {sheet}: {e}"));
                }
            }
        } else {
            assert_eq!(
                common::read_tree(&dir.join("out")),
                previous,
                "{what}: a failed build changed the output"
            );
        }
    }
    // Not every mutation breaks the input (a changed digit in an amount of a
    // project without budget lines is still valid data).
    eprintln!("fuzz: {cases} cases, {accepted} accepted");
}
