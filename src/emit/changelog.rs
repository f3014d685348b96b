//! The release's history in its package: `CHANGELOG.md` (every release, in
//! both languages), `changes/` (the changes since the previous release: JSON,
//! CSV with its Table Schema, Markdown in Japanese and in English) and
//! `release.json` (the release's version, date and schema, which lets
//! `amed-budget diff` compare two packages).
//!
//! Written into `package/` before the package output describes, sums and
//! zips that folder (the package runs after this output).

use crate::history::diff::{Diff, Labels};
use crate::history::{record, Release, Version};
use crate::publication::{Lang, Publication, Variant};
use std::io;
use std::path::Path;

/// The folder of the changes since the previous release, in the package.
pub const CHANGES_DIR: &str = "changes";

/// The changelog and changes of the release, in `package/`.
pub struct Changelog;

impl super::Output for Changelog {
    fn name(&self) -> &'static str {
        "changelog"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 1)]
    }

    fn write(&self, p: &Publication, _: Variant, dir: &Path) -> io::Result<()> {
        let pkg = dir.join("package");
        for (name, bytes) in files(p) {
            super::write_file(&pkg.join(name), &bytes)?;
        }
        Ok(())
    }
}

/// The files of a set of changes, as written by the package and by
/// `amed-budget diff --out`: (file name, bytes).
pub fn change_files(d: &Diff, labels: &Labels) -> Vec<(String, Vec<u8>)> {
    vec![
        ("changes.json".to_string(), d.to_json()),
        ("changes.csv".to_string(), d.to_csv()),
        ("changes.schema.json".to_string(), Diff::csv_schema(labels)),
        (
            "changes.ja.md".to_string(),
            d.to_markdown(Lang::Ja, labels).into_bytes(),
        ),
        (
            "changes.en.md".to_string(),
            d.to_markdown(Lang::En, labels).into_bytes(),
        ),
    ]
}

/// The changes of this release since the one it follows in the history
/// (every record of the first release as added, when there is none).
pub fn changes(p: &Publication) -> Diff {
    compared(p).1
}

/// This release's record and its changes (see [`changes`]).
fn compared(p: &Publication) -> (Release, Diff) {
    let version = Version::parse(p.dataset.doc_str("release_version"));
    let base = version.and_then(|v| p.history.base(v));
    let previous = base.map(|b| b.version.clone());
    // The records themselves are compared only when there is a release to
    // compare with (a first release, or a large synthetic dataset, needs none).
    match base {
        Some(b) => {
            let current = Release::of(p, previous);
            let d = Diff::between(b, &current);
            (current, d)
        }
        None => {
            let current = Release::shape_of(p, previous);
            let d = Diff::first(&current);
            (current, d)
        }
    }
}

/// Every release's changes, newest first: this release's, then each
/// recorded release before it against its own predecessor (the entries of
/// `CHANGELOG.md` and of the site's version history).
pub fn entries(p: &Publication) -> Vec<Diff> {
    history_entries(p, changes(p))
}

fn history_entries(p: &Publication, changes: Diff) -> Vec<Diff> {
    let version = Version::parse(p.dataset.doc_str("release_version"));
    let mut entries = vec![changes];
    let earlier: Vec<&Release> = match version {
        Some(v) => p.history.before(v).collect(),
        None => Vec::new(),
    };
    for (i, r) in earlier.iter().enumerate().rev() {
        entries.push(match i {
            0 => Diff::first(r),
            _ => Diff::between(earlier[i - 1], r),
        });
    }
    entries
}

/// The address (`base_url`) of the previous edition (another document: the
/// release this one follows has another document `id`), as its record gives
/// it: `None` for a first release or a new version of the same edition.
pub fn previous_edition_base(p: &Publication) -> Option<String> {
    let version = Version::parse(p.dataset.doc_str("release_version"))?;
    let base = p.history.base(version)?;
    if base.document == p.dataset.doc_str("id") {
        return None;
    }
    let doc = base.tables.iter().find(|t| t.name == "document")?;
    let col = doc.columns.iter().position(|c| c.name == "base_url")?;
    let cell = doc.rows.first()?.cells.get(col)?;
    cell.value(Lang::Ja).flatten().map(str::to_string)
}

/// Every file this output writes into the package, as (relative path, bytes).
pub fn files(p: &Publication) -> Vec<(String, Vec<u8>)> {
    let labels = Labels {
        ja: &p.tr.ui_ja,
        en: &p.tr.ui_en,
    };
    let (current, changes) = compared(p);
    let entries = history_entries(p, changes.clone());
    let mut log = String::new();
    for (n, lang) in Lang::BOTH.into_iter().enumerate() {
        if n > 0 {
            log.push_str("---\n\n");
        }
        log.push_str(&format!(
            "# {}\n\n{}\n\n",
            labels.get(lang, "changelog-title"),
            labels.get(lang, "changes-files-body")
        ));
        for e in &entries {
            log.push_str(&e.changelog_entry(lang, &labels));
        }
    }
    let mut out = vec![
        ("CHANGELOG.md".to_string(), log.into_bytes()),
        (record::RELEASE_FILE.to_string(), current.release_json()),
    ];
    for (name, bytes) in change_files(&changes, &labels) {
        out.push((format!("{CHANGES_DIR}/{name}"), bytes));
    }
    out
}
