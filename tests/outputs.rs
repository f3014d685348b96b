//! Every output, pinned twice over without storing anything twice:
//!
//! - the real dataset: a fresh build of `data/` and `locales/` must equal the
//!   committed `out/` (rebuild it with `make`);
//! - the mini case (`tests/cases/mini/`, a handful of records): its build must
//!   equal `tests/cases/mini/expected/`, small enough to read in a review
//!   (`make goldens`, or `UPDATE_GOLDENS=1`, rewrites it).
//!
//! Both go through one comparison ([`common::expand`] and
//! [`common::compare_trees`]): text files whole, with a unified diff of the
//! first differing lines; workbooks part by part (each XML part unzipped and
//! broken between tags); zips by their manifest of entries, sizes and SHA-256.

mod common;

use std::path::PathBuf;

/// Files of the mini case that are copies of the real inputs: the mini case
/// has the same tables and the same interface labels, only fewer records.
const SHARED_WITH_THE_REAL_INPUTS: &[&str] = &[
    "data/datapackage.json",
    "locales/ja/ui.ftl",
    "locales/en/ui.ftl",
    "locales/ja/history.ftl",
    "locales/en/history.ftl",
];

fn expected_dir() -> PathBuf {
    common::mini().join("expected")
}

#[test]
fn a_fresh_build_of_the_real_data_matches_the_committed_out() {
    let fresh = common::build_real("outputs-real");
    let committed = common::expand(&common::root().join("out"));
    let problems = common::compare_trees(&committed, &common::expand(&fresh));
    common::assert_no_problems(
        &problems,
        "out/ is not what data/ and locales/ build",
        "run `make` to rebuild out/ if the change is intended, and commit it",
    );
}

#[test]
fn the_mini_case_builds_to_its_expected_outputs() {
    if common::updating() {
        for rel in SHARED_WITH_THE_REAL_INPUTS {
            std::fs::copy(common::root().join(rel), common::mini().join(rel))
                .expect("copy a shared input into the mini case");
        }
    }
    let built = common::expand(&common::build_mini("outputs-mini"));
    if common::updating() {
        common::write_tree(&expected_dir(), &built);
        return;
    }
    assert!(
        expected_dir().is_dir(),
        "{} does not exist; `make goldens` writes it",
        expected_dir().display()
    );
    let problems = common::compare_trees(&common::read_tree(&expected_dir()), &built);
    common::assert_no_problems(
        &problems,
        "the mini case does not build to tests/cases/mini/expected/",
        "run `make goldens` if the change is intended, read the diff of expected/, and commit it",
    );
}

#[test]
fn the_mini_case_has_the_real_descriptor_and_interface_labels() {
    if common::updating() {
        return; // the mini case's build copies them first
    }
    let stale: Vec<&str> = SHARED_WITH_THE_REAL_INPUTS
        .iter()
        .copied()
        .filter(|rel| {
            std::fs::read(common::root().join(rel)).expect("read a real input")
                != std::fs::read(common::mini().join(rel)).expect("read a mini input")
        })
        .collect();
    assert!(
        stale.is_empty(),
        "tests/cases/mini/ must hold copies of {stale:?}; `make goldens` copies them \
         (then adapt the mini tables if the descriptor changed)"
    );
}
