//! What the README promises about the command line: the build summary,
//! `--version`, and the translator's cycle stale -> restamp -> clean. They
//! run on a copy of the mini case (`tests/cases/mini/`).

mod common;

#[test]
fn build_prints_what_it_wrote_and_the_stage_times() {
    let dir = common::scratch("cli-summary");
    common::copy_mini_inputs(&dir);
    let o = common::run(&dir, &["build"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    let files = common::files(&dir.join("out"));
    let bytes: u64 = files
        .iter()
        .map(|f| {
            std::fs::metadata(dir.join("out").join(f))
                .expect("metadata")
                .len()
        })
        .sum();
    // One record per line of every table after its header.
    let tables: Vec<String> = common::files(&dir.join("data"))
        .into_iter()
        .filter(|f| f.ends_with(".csv"))
        .collect();
    let records: usize = tables
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(dir.join("data").join(f)).expect("read");
            text.lines().count() - 1
        })
        .sum();
    let first = stdout.lines().next().unwrap_or("");
    assert_eq!(
        first,
        format!(
            "built out: {} files, {bytes} bytes, {records} records in {} tables",
            files.len(),
            tables.len()
        )
    );
    let stages = stdout.lines().nth(1).unwrap_or("");
    for stage in [
        "load", "validate", "localise", "json", "csv", "xlsx", "package",
    ] {
        assert!(
            stages.contains(&format!("{stage} ")),
            "no {stage} in `{stages}`"
        );
    }
    let quiet = common::run(&dir, &["--quiet", "build"]);
    assert!(quiet.status.success());
    assert!(quiet.stdout.is_empty(), "--quiet prints nothing");
}

#[test]
fn version_names_the_tool() {
    let o = common::run(&common::root(), &["--version"]);
    assert!(o.status.success());
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        format!("amed-budget {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn restamp_clears_a_reviewed_stale_translation() {
    let dir = common::scratch("cli-restamp");
    common::copy_mini_inputs(&dir);
    let points = dir.join("data/points.csv");
    let text = std::fs::read_to_string(&points).expect("read");
    std::fs::write(
        &points,
        text.replacen("専門的支援体制", "専門的な支援体制", 1),
    )
    .expect("write");
    let stale = common::run(&dir, &["check"]);
    assert_eq!(stale.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&stale.stderr);
    assert!(
        stderr.contains("stale-translation: message `pj1-next-gen-cancer-1__text`"),
        "{stderr}"
    );
    let r = common::run(&dir, &["restamp"]);
    assert!(r.status.success());
    assert!(String::from_utf8_lossy(&r.stdout).starts_with("stamped "));
    let clean = common::run(&dir, &["check"]);
    assert!(
        clean.status.success(),
        "{}",
        String::from_utf8_lossy(&clean.stderr)
    );
    // Only the fingerprint of the changed text moved.
    let before =
        std::fs::read_to_string(common::mini().join("locales/en/data/points.ftl")).expect("read");
    let after = std::fs::read_to_string(dir.join("locales/en/data/points.ftl")).expect("read");
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert!(changed[0].0.starts_with("# ja-sha256:"));
}

#[test]
fn glossary_warnings_fail_neither_check_nor_build() {
    let dir = common::scratch("cli-glossary-warning");
    common::copy_mini_inputs(&dir);
    let lines = dir.join("locales/en/data/budget_lines.ftl");
    let text = std::fs::read_to_string(&lines).expect("read");
    let edited = text.replacen(
        "pj4-b2__label = Budget request:",
        "pj4-b2__label = Budget requirement:",
        1,
    );
    assert_ne!(edited, text, "the mini case changed: update this test");
    std::fs::write(&lines, edited).expect("write");
    let report = common::run(&dir, &["report"]);
    assert!(report.status.success());
    let stdout = String::from_utf8_lossy(&report.stdout);
    assert!(
        stdout.contains("glossary warnings: 1 ")
            && stdout.contains(": glossary: message `pj4-b2__label`"),
        "{stdout}"
    );
    for args in [&["check"][..], &["--quiet", "build", "--out", "out"]] {
        let o = common::run(&dir, args);
        assert!(
            o.status.success() && o.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
    }
}
