//! The output is always a whole release: concurrent builds into the same
//! output, builds killed at random moments, outputs that must not be
//! replaced (a symlink, a directory that is not an output of the tool).
//!
//! `RELIABILITY_RUNS=N` runs the randomised tests N times instead of 20.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn runs() -> usize {
    std::env::var("RELIABILITY_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20)
}

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn build_cmd(dir: &Path, data: &str, out: &str) -> Command {
    let mut c = Command::new(common::bin());
    c.args([
        "--quiet",
        "--data",
        data,
        "--locales",
        "locales",
        "build",
        "--out",
        out,
    ])
    .current_dir(dir)
    .env_remove("SOURCE_DATE_EPOCH")
    .stdout(Stdio::null())
    .stderr(Stdio::piped());
    c
}

/// Two inputs that give two different releases: the real data and a copy
/// with one amount changed (and its budget lines left alone: project 1 has none).
fn two_inputs(dir: &Path) {
    common::copy_dir(&common::root().join("data"), &dir.join("data"));
    common::copy_dir(&common::root().join("data"), &dir.join("data2"));
    common::copy_dir(&common::root().join("locales"), &dir.join("locales"));
    let projects = dir.join("data2/projects.csv");
    let text = std::fs::read_to_string(&projects).expect("read projects");
    let first = text.lines().nth(1).expect("pj1 row").to_string();
    assert!(first.starts_with("pj1,"), "{first}");
    // The amount is the fifth field of pj1.
    let mut fields: Vec<String> = first.split(',').map(str::to_string).collect();
    let amount: u64 = fields[4].parse().expect("pj1 amount");
    fields[4] = (amount + 1).to_string();
    std::fs::write(&projects, text.replacen(&first, &fields.join(","), 1)).expect("write");
}

fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    common::read_tree(dir)
}

/// Nothing but the output and its lock is left beside it.
fn no_leftovers(dir: &Path) {
    let left: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".out."))
        .filter(|n| n != ".out.lock")
        .collect();
    assert!(left.is_empty(), "left beside the output: {left:?}");
}

#[test]
fn concurrent_builds_leave_one_whole_release() {
    let dir = common::scratch("reliability-concurrent");
    two_inputs(&dir);
    let reference = |data: &str, name: &str| {
        let o = build_cmd(&dir, data, name).output().expect("build");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        tree(&dir.join(name))
    };
    let a = reference("data", "ref-a");
    let b = reference("data2", "ref-b");
    assert_ne!(a, b);
    for run in 0..runs() {
        let mut first = build_cmd(&dir, "data", "out").spawn().expect("spawn");
        let mut second = build_cmd(&dir, "data2", "out").spawn().expect("spawn");
        let s1 = first.wait().expect("wait");
        let s2 = second.wait().expect("wait");
        assert!(s1.success() && s2.success(), "run {run}: a build failed");
        let got = tree(&dir.join("out"));
        assert!(
            got == a || got == b,
            "run {run}: out/ is neither release ({} files)",
            got.len()
        );
        no_leftovers(&dir);
    }
}

#[test]
fn a_killed_build_leaves_the_old_or_the_new_release() {
    let dir = common::scratch("reliability-killed");
    two_inputs(&dir);
    let o = build_cmd(&dir, "data", "out").output().expect("build");
    assert!(o.status.success());
    let old = tree(&dir.join("out"));
    let o = build_cmd(&dir, "data2", "ref-new").output().expect("build");
    assert!(o.status.success());
    let new = tree(&dir.join("ref-new"));
    // How long a build takes here, to spread the kills over all of it.
    let t = std::time::Instant::now();
    let o = build_cmd(&dir, "data", "ref-time").output().expect("build");
    assert!(o.status.success());
    let span = t.elapsed().as_micros().max(1) as u64 * 3 / 2;
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    for run in 0..runs() {
        let mut child = build_cmd(&dir, "data2", "out").spawn().expect("spawn");
        std::thread::sleep(Duration::from_micros(rng.below(span)));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let got = tree(&dir.join("out"));
        assert!(
            got == old || got == new,
            "run {run}: out/ is neither the old nor the new release ({} files)",
            got.len()
        );
        // The next build cleans up after the killed one and succeeds.
        let o = build_cmd(&dir, "data", "out").output().expect("build");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        assert_eq!(tree(&dir.join("out")), old);
        no_leftovers(&dir);
    }
}

#[test]
fn a_symlinked_output_is_refused_and_its_target_untouched() {
    let dir = common::scratch("reliability-symlink");
    two_inputs(&dir);
    std::fs::create_dir_all(dir.join("elsewhere")).expect("mkdir");
    std::fs::write(dir.join("elsewhere/keep.txt"), "mine").expect("write");
    std::os::unix::fs::symlink("elsewhere", dir.join("out")).expect("symlink");
    let o = build_cmd(&dir, "data", "out").output().expect("build");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "error: refusing to replace `out`: it is a symbolic link; give the real directory as --out; nothing was written\n"
    );
    assert!(std::fs::symlink_metadata(dir.join("out"))
        .expect("out")
        .file_type()
        .is_symlink());
    assert_eq!(common::files(&dir.join("elsewhere")), vec!["keep.txt"]);
}

#[test]
fn outputs_have_fixed_modes_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = common::scratch("reliability-modes");
    two_inputs(&dir);
    let o = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "umask 077 && exec '{}' --quiet build --out out",
            common::bin().display()
        ))
        .current_dir(&dir)
        .output()
        .expect("build");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = dir.join("out");
    let mode = |p: &Path| std::fs::metadata(p).expect("stat").permissions().mode() & 0o777;
    assert_eq!(mode(&out), 0o755);
    assert_eq!(mode(&out.join("json")), 0o755);
    for f in common::files(&out) {
        assert_eq!(mode(&out.join(&f)), 0o644, "{f}");
    }
}

#[test]
fn excel_csv_neutralises_formulas_and_the_canonical_csv_keeps_them() {
    let dir = common::scratch("reliability-formula");
    common::copy_mini_inputs(&dir);
    let ftl = dir.join("locales/en/data/disease_areas.ftl");
    let text = std::fs::read_to_string(&ftl).expect("read");
    let payload = "=HYPERLINK(\"http://example.com\",\"x\")";
    std::fs::write(&ftl, text.replace("= Cancer", &format!("= {payload}"))).expect("write");
    let o = common::run(&dir, &["--quiet", "build", "--out", "out"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let read = |p: &str| std::fs::read_to_string(dir.join("out").join(p)).expect("read csv");
    let canonical = read("csv/en/disease_areas.csv");
    let excel = read("csv-excel/en/disease_areas.csv");
    assert!(
        canonical.contains(",\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"\n"),
        "{canonical}"
    );
    assert!(
        excel.contains(",\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"\r\n"),
        "{excel}"
    );
    // Numbers are not text: the sequence number stays a plain number.
    assert!(excel.contains("\r\ncancer,1,"), "{excel}");
}
