//! The whole run, top to bottom: load -> validate -> localise -> emit.

use crate::diag::{Diagnostic, Diagnostics};
use crate::emit::{self, Summary};
use crate::history::{self, History, Release};
use crate::l10n::{self, Coverage, Translations};
use crate::model::Dataset;
use crate::publication::Publication;
use crate::validate::rules;
use crate::{labels, load, validate};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A dataset and its translations that passed every check.
pub struct Checked {
    pub dataset: Dataset,
    pub translations: Translations,
    pub coverage: Vec<Coverage>,
    pub timings: Vec<(&'static str, Duration)>,
    /// The release history it was checked against (empty for a first release).
    pub history: History,
    /// Problems of the rules the check was told to allow (see [`Options::allow`]).
    pub allowed: Vec<Diagnostic>,
}

/// Why a run failed.
pub enum Failure {
    /// The inputs break rules: every problem found.
    Invalid(Vec<Diagnostic>, Vec<Coverage>),
    /// Writing the outputs failed.
    Io(std::io::Error),
}

/// Loads, validates and localises a draft, and checks the data against the
/// release history beside `data` (see [`history::default_dir`]). Collects
/// every problem before failing.
pub fn check(data: &Path, locales: &Path) -> Result<Checked, Failure> {
    check_with(data, locales, &Options::new(data))
}

/// What a run is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every rule of the inputs; placeholders (fields marked `x-publish`
    /// that are empty or hold an example address) are allowed, and the
    /// outputs say which values are placeholders.
    Draft,
    /// `--publish`: every rule of a draft, and no placeholder
    /// (`publish-required`, `placeholder-address`).
    Publish,
}

/// How a run checks its inputs.
pub struct Options<'a> {
    /// A draft or a release to be published.
    pub mode: Mode,
    /// The release history the data is compared with.
    pub releases: PathBuf,
    /// Rules whose problems are set aside into [`Checked::allowed`] instead
    /// of failing the check (`release record --allow`, for a release
    /// published before such a rule existed).
    pub allow: &'a [&'static rules::Rule],
}

impl Options<'_> {
    /// A draft, checked against the history beside `data`, allowing nothing.
    pub fn new(data: &Path) -> Self {
        Options {
            mode: Mode::Draft,
            releases: history::default_dir(data),
            allow: &[],
        }
    }
}

/// [`check`] with the given [`Options`].
pub fn check_with(data: &Path, locales: &Path, opts: &Options) -> Result<Checked, Failure> {
    source_date_epoch()
        .map_err(|e| Failure::Io(std::io::Error::new(std::io::ErrorKind::InvalidInput, e)))?;
    let mut diags = Diagnostics::allowing(opts.allow);
    let mut timings = Vec::new();
    let history = History::load(&opts.releases, &mut diags);
    let t = Instant::now();
    let raw = load::load_dir(data, &mut diags);
    timings.push(("load", t.elapsed()));
    let t = Instant::now();
    let dataset = raw.and_then(|raw| validate::validate(raw, &mut diags));
    timings.push(("validate", t.elapsed()));
    let Some(dataset) = dataset else {
        return Err(Failure::Invalid(diags.into_sorted(), Vec::new()));
    };
    if opts.mode == Mode::Publish {
        validate::publish::check(&dataset, &mut diags);
    }
    let t = Instant::now();
    let (translations, coverage) = l10n::localise(
        &dataset,
        locales,
        &labels::ui_keys(dataset.schema),
        &mut diags,
    );
    timings.push(("localise", t.elapsed()));
    check_english_errata(&dataset, &translations, &mut diags);
    let p = Publication {
        dataset: &dataset,
        tr: &translations,
        date: release_date(&dataset),
        history: &history,
    };
    for output in emit::outputs() {
        output.check(&p, &mut diags);
    }
    // Identifiers and version against the release history: only for
    // otherwise clean inputs (the comparison needs every record's English),
    // and only when there is a history or a retirement to check.
    let retirements = dataset
        .schema
        .table_index(history::REGISTRY)
        .is_some_and(|i| !dataset.tables[i].rows.is_empty());
    if diags.is_empty() && (!history.releases.is_empty() || retirements) {
        let t = Instant::now();
        history::guard::check(&history, &Release::of(&p, None), &mut diags);
        timings.push(("history", t.elapsed()));
    }
    if !diags.is_empty() {
        return Err(Failure::Invalid(diags.into_sorted(), coverage));
    }
    Ok(Checked {
        dataset,
        translations,
        coverage,
        timings,
        history,
        allowed: diags.take_allowed(),
    })
}

/// The release date: `SOURCE_DATE_EPOCH` when set, else the dataset's own date.
pub fn release_date(ds: &Dataset) -> String {
    match source_date_epoch() {
        Ok(Some(date)) => date,
        _ => ds.doc_str("release_date").to_string(),
    }
}

/// `SOURCE_DATE_EPOCH` as a date, when it is set; an error when it is not
/// a number of seconds or gives a year outside 1900–9999 (what the
/// workbooks can hold).
pub fn source_date_epoch() -> Result<Option<String>, String> {
    let Some(raw) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let text = raw.to_string_lossy();
    let date = text
        .trim()
        .parse::<i64>()
        .ok()
        .and_then(civil_date)
        .filter(|d| ("1900-01-01".."9999-12-31").contains(&d.as_str()) || d == "9999-12-31");
    match date {
        Some(d) => Ok(Some(d)),
        None => Err(format!(
            "SOURCE_DATE_EPOCH is `{text}`: it must be a number of seconds since 1970 giving a date in 1900-9999"
        )),
    }
}

/// Seconds since the Unix epoch -> `YYYY-MM-DD` (UTC); `None` outside the
/// range of dates the calendar library represents.
pub fn civil_date(secs: i64) -> Option<String> {
    let t = jiff::Timestamp::from_second(secs).ok()?;
    Some(jiff::tz::Offset::UTC.to_datetime(t).date().to_string())
}

/// Checks a draft, then writes every output atomically into `out`.
pub fn build(data: &Path, locales: &Path, out: &Path) -> Result<(Checked, Summary), Failure> {
    build_with(data, locales, out, &Options::new(data))
}

/// [`build`] with the given [`Options`].
pub fn build_with(
    data: &Path,
    locales: &Path,
    out: &Path,
    opts: &Options,
) -> Result<(Checked, Summary), Failure> {
    refuse_dangerous_output(data, locales, out).map_err(Failure::Io)?;
    let mut checked = check_with(data, locales, opts)?;
    let p = Publication {
        dataset: &checked.dataset,
        tr: &checked.translations,
        date: release_date(&checked.dataset),
        history: &checked.history,
    };
    let summary = emit::build_atomic(&p, out).map_err(Failure::Io)?;
    checked.timings.extend(summary.timings.iter().copied());
    Ok((checked, summary))
}

/// The output directory is replaced whole: refuse one that holds the inputs
/// or the working directory (`--out .`, `--out ..`, `--out data/..`).
fn refuse_dangerous_output(data: &Path, locales: &Path, out: &Path) -> std::io::Result<()> {
    let Ok(out_abs) = out.canonicalize() else {
        return Ok(()); // does not exist yet: nothing to replace
    };
    let cwd = std::env::current_dir()?;
    for (what, p) in [
        ("the data directory", data),
        ("the locales directory", locales),
        ("the working directory", &cwd),
    ] {
        if let Ok(abs) = p.canonicalize() {
            if abs.starts_with(&out_abs) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!(
                        "refusing to replace `{}`: it contains {what}",
                        out.display()
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// An erratum that corrects the English of a record (a romanised name, say)
/// must be reflected in that record's English translation.
fn check_english_errata(ds: &Dataset, tr: &Translations, diags: &mut Diagnostics) {
    use crate::schema::{self, Kind};
    let errata = ds.table("errata");
    let get = |r: &crate::model::Row, c: &str| r.cells[errata.col(c)].as_str().map(str::to_string);
    for row in &errata.rows {
        let (Some(table), Some(record), Some(field), Some(status), Some(fixed)) = (
            get(row, "table"),
            get(row, "record"),
            get(row, "field"),
            get(row, "status"),
            get(row, "corrected_ja"),
        ) else {
            continue;
        };
        if status != "corrected" || schema::has_japanese(&fixed) {
            continue;
        }
        let Some(ti) = ds.schema.table_index(&table) else {
            continue;
        };
        let t = &ds.tables[ti];
        let (Some(ri), Some(ci)) = (t.position(&record), t.spec.column_index(&field)) else {
            continue;
        };
        if t.spec.columns[ci].kind != Kind::Text {
            continue;
        }
        let Some(english) = tr.en[ti].get(ri, ci) else {
            continue; // no English at all: reported as a missing translation
        };
        if !english.contains(fixed.as_str()) {
            diags.push(
                &errata.path,
                row.line,
                errata.file_columns[errata.col("corrected_ja")],
                &rules::ERRATUM_NOT_APPLIED,
                format!(
                    "`{fixed}` is not in the English of {table}/{record}.{field} (`{english}`)"
                ),
            );
        }
    }
}
