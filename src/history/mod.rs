//! Releases over time: the committed history of what each release
//! published, the guard that keeps identifiers stable from one release to
//! the next, the diff between two releases and the changelog.
//!
//! - [`record`]: what one release published ([`Release`]), read from a
//!   release record (`releases/<version>/`), a package or the current data;
//! - [`History`]: every release record under `releases/`, oldest first;
//! - [`guard`]: the rules the build checks against the latest release
//!   (identifiers removed, reused, renamed; the version bump);
//! - [`diff`]: the changes between two releases, classified (major, minor,
//!   patch) and written as JSON, CSV and Markdown in both languages;
//! - [`sketch`]: the similarity sketch that tells an edited record from a
//!   different one.
//!
//! The registry of retired identifiers is a table of the data
//! (`data/retired_ids.csv`, [`REGISTRY`]), published like every other.

pub mod diff;
pub mod guard;
pub mod record;
pub mod sketch;
mod version;

pub use record::{Release, Source};
pub use version::{Class, Version};

use crate::diag::Diagnostics;
use crate::validate::rules;
use std::path::{Path, PathBuf};

/// The folder of the release history, beside the data folder.
pub const DIR: &str = "releases";

/// The table of retired identifiers.
pub const REGISTRY: &str = "retired_ids";

/// The release history's default folder for a data folder: `releases/`
/// beside it (`data` -> `releases`, `/x/data` -> `/x/releases`).
pub fn default_dir(data: &Path) -> PathBuf {
    match data.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.join(DIR),
        _ => PathBuf::from(DIR),
    }
}

/// Every recorded release, oldest first. An absent folder is an empty
/// history: the data is then a first release.
#[derive(Debug, Default)]
pub struct History {
    /// The folder, as shown in messages.
    pub dir: String,
    pub releases: Vec<Release>,
}

impl History {
    /// A history with no release (for callers that have none).
    pub fn empty() -> History {
        History::default()
    }

    /// Reads every `<version>/` folder of `dir`. Problems (an unreadable or
    /// inconsistent record) go to `diags` under the rule `release-record`.
    pub fn load(dir: &Path, diags: &mut Diagnostics) -> History {
        let shown = dir.display().to_string().trim_end_matches('/').to_string();
        let mut history = History {
            dir: shown.clone(),
            releases: Vec::new(),
        };
        let Ok(entries) = std::fs::read_dir(dir) else {
            return history;
        };
        let mut found: Vec<(Version, PathBuf, String)> = Vec::new();
        for e in entries.filter_map(Result::ok) {
            let path = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if !path.is_dir() || name.starts_with('.') {
                continue;
            }
            let at = format!("{shown}/{name}");
            match Version::parse(&name) {
                Some(v) => found.push((v, path, at)),
                None => diags.push(
                    at,
                    0,
                    0,
                    &rules::RELEASE_RECORD,
                    "a folder of the release history is named by its version (MAJOR.MINOR.PATCH)",
                ),
            }
        }
        found.sort();
        let mut previous: Option<String> = None;
        for (v, path, at) in found {
            let Some(r) = Release::read_record(&path, &at, diags) else {
                continue;
            };
            let file = format!("{at}/{}", record::RELEASE_FILE);
            if r.version != v.to_string() {
                diags.push(
                    &file,
                    0,
                    0,
                    &rules::RELEASE_RECORD,
                    format!("the record says version {}, its folder {v}", r.version),
                );
            }
            if r.previous != previous {
                diags.push(
                    &file,
                    0,
                    0,
                    &rules::RELEASE_RECORD,
                    format!(
                        "`previous` is {}; the release before {v} in the history is {}",
                        r.previous.as_deref().unwrap_or("null"),
                        previous.as_deref().unwrap_or("none")
                    ),
                );
            }
            previous = Some(v.to_string());
            history.releases.push(r);
        }
        history
    }

    pub fn latest(&self) -> Option<&Release> {
        self.releases.last()
    }

    pub fn get(&self, version: Version) -> Option<&Release> {
        self.releases
            .iter()
            .find(|r| r.parsed_version() == Some(version))
    }

    /// The release a release of `version` follows: the latest recorded
    /// release older than it.
    pub fn base(&self, version: Version) -> Option<&Release> {
        self.releases
            .iter()
            .rev()
            .find(|r| r.parsed_version().is_some_and(|v| v < version))
    }

    /// The releases older than `version`, oldest first.
    pub fn before(&self, version: Version) -> impl Iterator<Item = &Release> {
        self.releases
            .iter()
            .filter(move |r| r.parsed_version().is_some_and(|v| v < version))
    }
}

/// Labels of the changelog and diff outputs (in `locales/<lang>/history.ftl`).
pub const LABELS: &[&str] = &[
    "changes-title",
    "changelog-title",
    "changes-old",
    "changes-new",
    "changes-version",
    "changes-date",
    "changes-document",
    "changes-class",
    "changes-class-none",
    "changes-class-patch",
    "changes-class-minor",
    "changes-class-major",
    "changes-expected-version",
    "changes-first-release",
    "changes-see",
    "changes-summary",
    "changes-schema",
    "changes-table",
    "changes-record",
    "changes-change",
    "changes-field",
    "changes-lang",
    "changes-delta",
    "changes-old-sha",
    "changes-new-sha",
    "changes-related",
    "changes-name",
    "changes-reason-ja",
    "changes-reason-en",
    "changes-added",
    "changes-removed",
    "changes-retired",
    "changes-renamed",
    "changes-split",
    "changes-merged",
    "changes-changed",
    "changes-table-added",
    "changes-table-removed",
    "changes-column-added",
    "changes-column-removed",
    "changes-column-type-changed",
    "changes-key-changed",
    "changes-successors",
    "changes-predecessors",
    "changes-reason",
    "changes-empty",
    "changes-text-not-recorded",
    "changes-other-language",
    "changes-files-body",
];
