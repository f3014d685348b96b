//! Two builds from the same inputs are byte-identical (containers included:
//! tests/outputs.rs compares workbooks and zips by their contents); the only
//! date in the outputs is the dataset's own (or SOURCE_DATE_EPOCH). That a
//! failed build leaves `out/` untouched is checked by every invalid-input
//! fixture (tests/fixtures.rs).

mod common;

use std::process::Command;

#[test]
fn two_builds_are_byte_identical() {
    let a = common::build_real("determinism-a");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let b = common::build_real("determinism-b");
    let fa = common::files(&a);
    assert_eq!(fa, common::files(&b));
    assert!(fa.len() > 100);
    for f in fa {
        let (x, y) = (
            std::fs::read(a.join(&f)).expect("read"),
            std::fs::read(b.join(&f)).expect("read"),
        );
        assert!(x == y, "{f} differs between two builds");
    }
}

#[test]
fn source_date_epoch_sets_the_release_date() {
    let dir = common::scratch("determinism-epoch");
    let out = dir.join("out");
    let o = Command::new(common::bin())
        .args(["--quiet", "build", "--out", out.to_str().expect("path")])
        .current_dir(common::root())
        .env("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01T00:00:00Z
        .output()
        .expect("run");
    assert!(o.status.success());
    let dp = std::fs::read_to_string(out.join("package/datapackage.json")).expect("datapackage");
    // Without it, the date is the dataset's own release_date: the committed
    // out/ (tests/outputs.rs) pins that.
    assert!(dp.contains("\"created\": \"2026-01-01T00:00:00Z\""));
}

#[test]
fn civil_date_conversion() {
    use amed_budget::pipeline::civil_date;
    assert_eq!(civil_date(0), Some("1970-01-01".into()));
    assert_eq!(civil_date(951_782_400), Some("2000-02-29".into()));
    assert_eq!(civil_date(1_767_225_599), Some("2025-12-31".into()));
    assert_eq!(civil_date(1_798_761_600), Some("2027-01-01".into()));
}
