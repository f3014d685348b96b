//! Two builds from the same inputs are byte-identical; the only date in the
//! outputs is the dataset's own (or SOURCE_DATE_EPOCH).

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
    assert!(dp.contains("\"created\": \"2026-01-01T00:00:00Z\""));
    let default = common::build_real("determinism-default");
    let dp =
        std::fs::read_to_string(default.join("package/datapackage.json")).expect("datapackage");
    assert!(
        dp.contains("\"created\": \"2026-11-24T00:00:00Z\""),
        "the dataset's own release_date"
    );
}

#[test]
fn civil_date_conversion() {
    use amed_budget::pipeline::civil_date;
    assert_eq!(civil_date(0), Some("1970-01-01".into()));
    assert_eq!(civil_date(951_782_400), Some("2000-02-29".into()));
    assert_eq!(civil_date(1_767_225_599), Some("2025-12-31".into()));
    assert_eq!(civil_date(1_798_761_600), Some("2027-01-01".into()));
}

#[test]
fn a_failed_build_leaves_out_untouched() {
    let dir = common::scratch("determinism-failed");
    common::copy_dir(&common::root().join("data"), &dir.join("data"));
    common::copy_dir(&common::root().join("locales"), &dir.join("locales"));
    std::fs::create_dir_all(dir.join("out")).expect("mkdir");
    std::fs::write(dir.join("out/keep.txt"), "previous release").expect("write");
    let projects = dir.join("data/projects.csv");
    let text = std::fs::read_to_string(&projects)
        .expect("read")
        .replace(",108,", ",109,");
    std::fs::write(&projects, text).expect("write");
    let o = common::run(&dir, &["build"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        common::files(&dir.join("out")),
        vec!["keep.txt".to_string()]
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("out/keep.txt")).expect("read"),
        "previous release"
    );
    assert!(!dir.join(".out.staging").exists());
}
