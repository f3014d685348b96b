//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_amed-budget"))
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

/// Runs the binary with `args` in `dir`, without SOURCE_DATE_EPOCH.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("run the binary")
}

/// Builds the real dataset into `<scratch>/out` and returns that path.
pub fn build_real(name: &str) -> PathBuf {
    let dir = scratch(name);
    let out = dir.join("out");
    let r = root();
    let o = run(
        &r,
        &[
            "--quiet",
            "build",
            "--out",
            out.to_str().expect("utf-8 path"),
        ],
    );
    assert!(
        o.status.success(),
        "build failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    out
}

/// Every file under `dir`, sorted, relative with `/`.
pub fn files(dir: &Path) -> Vec<String> {
    amed_budget::emit::list_files(dir).expect("list files")
}
