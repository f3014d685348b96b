//! Golden files pin every output format. `make goldens` (UPDATE_GOLDENS=1)
//! rewrites them when the data or the formats change on purpose; a golden
//! file that no output matches fails the test.
//!
//! Text outputs are compared whole. Workbooks are compared part by part
//! (each XML part of the .xlsx unzipped), as rust_xlsxwriter's own tests do;
//! the package zip by its manifest of entries, sizes and SHA-256.

mod common;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// What each output file is expected to be, as golden-relative path -> bytes.
fn expand(out: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut m = BTreeMap::new();
    for rel in common::files(out) {
        let bytes = std::fs::read(out.join(&rel)).expect("read output");
        if rel.ends_with(".xlsx") {
            for (name, part) in unzip(&bytes) {
                m.insert(format!("{rel}.d/{name}"), part);
            }
        } else if rel.ends_with(".zip") {
            let manifest: String = unzip(&bytes)
                .iter()
                .map(|(name, b)| {
                    format!(
                        "{}  {:>8}  {name}\n",
                        amed_budget::emit::package::sha256_hex(b),
                        b.len()
                    )
                })
                .collect();
            m.insert(format!("{rel}.manifest"), manifest.into_bytes());
        } else {
            m.insert(rel, bytes);
        }
    }
    m
}

fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).expect("entry");
            let mut b = Vec::new();
            f.read_to_end(&mut b).expect("read entry");
            (f.name().expect("entry name").to_string(), b)
        })
        .collect()
}

#[test]
fn outputs_match_the_golden_files() {
    let out = common::build_real("golden");
    let actual = expand(&out);
    let golden_dir = common::root().join("tests").join("golden");
    if std::env::var_os("UPDATE_GOLDENS").is_some() {
        if golden_dir.exists() {
            std::fs::remove_dir_all(&golden_dir).expect("clear goldens");
        }
        for (rel, bytes) in &actual {
            let p = golden_dir.join(rel);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, bytes).expect("write golden");
        }
        return;
    }
    let golden: BTreeMap<String, Vec<u8>> = common::files(&golden_dir)
        .into_iter()
        .map(|rel| {
            let b = std::fs::read(golden_dir.join(&rel)).expect("read golden");
            (rel, b)
        })
        .collect();
    let mut problems = Vec::new();
    for (rel, bytes) in &actual {
        match golden.get(rel) {
            None => problems.push(format!("no golden file for output {rel}")),
            Some(g) if g != bytes => problems.push(format!("{rel} differs from its golden file")),
            Some(_) => {}
        }
    }
    for rel in golden.keys().filter(|k| !actual.contains_key(*k)) {
        problems.push(format!("golden file {rel} matches no output"));
    }
    assert!(
        problems.is_empty(),
        "{} problem(s); run `make goldens` if the change is intended:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
