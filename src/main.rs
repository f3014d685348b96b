//! Command line: `build`, `check`, `report`, `restamp`, `rules`, `release`, `diff`,
//! and `l10n export` / `l10n import` for translators' tools.
//!
//! Exit codes: 0 success; 1 invalid data or translations; 2 usage or I/O error.
//! `diff` follows diff(1): 0 no changes, 1 changes, 2 trouble.

use amed_budget::diag::{Diagnostic, Diagnostics};
use amed_budget::history::{self, diff::Diff, Release, Version};
use amed_budget::l10n::Coverage;
use amed_budget::pipeline::{self, Failure, Mode, Options};
use amed_budget::publication::{Lang, Publication};
use amed_budget::validate::rules;
use amed_budget::{emit, l10n, load, validate};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "amed-budget",
    version,
    about = "Builds the bilingual open-data release of AMED's FY2026 integrated-project budget request overview"
)]
struct Cli {
    /// Directory of the canonical Japanese CSV tables
    #[arg(long, global = true, default_value = "data")]
    data: PathBuf,
    /// Directory of the Fluent locales (ja/, en/, en/data/)
    #[arg(long, global = true, default_value = "locales")]
    locales: PathBuf,
    /// Directory of the release history [default: releases/ beside the data directory]
    #[arg(long, global = true)]
    releases: Option<PathBuf>,
    /// Print nothing but errors
    #[arg(long, short, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Load, validate, localise and write every output into the output directory
    Build {
        /// Output directory, replaced only when the whole build succeeds
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Refuse placeholders: every field marked `x-publish` must hold a real value
        #[arg(long)]
        publish: bool,
    },
    /// Everything `build` does except writing; exit 0 only when data and locales are clean
    Check {
        /// Refuse placeholders, as `build --publish` does
        #[arg(long)]
        publish: bool,
    },
    /// Per-file translation coverage (translated / missing / stale / broken / obsolete), glossary warnings and the English of recurring terms, for translators
    Report,
    /// Record the current Japanese fingerprint on every English message (after review)
    Restamp,
    /// Print every rule of the inputs as a Markdown table (name, requirement, fix)
    Rules,
    /// The release history: record a published release, or check the latest record
    Release {
        #[command(subcommand)]
        action: ReleaseAction,
    },
    /// Changes between two releases (each a release record, a package or an out/ directory);
    /// exit 0 when there are none, 1 when there are some, 2 on trouble
    Diff {
        /// The earlier release
        old: PathBuf,
        /// The later release
        new: PathBuf,
        /// Write changes.{json,csv,schema.json,ja.md,en.md} into this directory instead of printing
        #[arg(long)]
        out: Option<PathBuf>,
        /// What to print
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Language of the Markdown [default: Japanese, then English]
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Hand the English to translators' tools and take it back (Excel workbook, XLIFF 1.2)
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
}

#[derive(Subcommand)]
enum ReleaseAction {
    /// Check the data, then write its record into releases/<release_version>/ (once it is published)
    Record {
        /// Record although the data breaks RULE, a rule on how records relate (section-project,
        /// parent-cycle, unreferenced, diagram-project, basis, reconcile, erratum-not-applied):
        /// for a release published before the rule existed. Repeatable.
        #[arg(long, value_name = "RULE", value_parser = allowable_rule)]
        allow: Vec<&'static rules::Rule>,
    },
    /// Fail when the record of the current version differs from what the data gives
    Check,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Markdown,
    Json,
    Csv,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum LangArg {
    Ja,
    En,
}

#[derive(Subcommand)]
enum L10nCommand {
    /// Write the texts as an Excel workbook and an XLIFF 1.2 file to translate or review
    Export {
        /// Which texts, by status (comma-separated): missing, stale, machine, provisional, reviewed, or all
        #[arg(long, value_delimiter = ',', default_value = "all",
              value_parser = ["all", "missing", "stale", "machine", "provisional", "reviewed"])]
        status: Vec<String>,
        /// Only the texts of these tables (comma-separated or repeated)
        #[arg(long, value_delimiter = ',')]
        table: Vec<String>,
        /// Directory to write <id>.translations.xlsx and <id>.translations.xlf into
        #[arg(long, default_value = "l10n-export")]
        out: PathBuf,
        /// Which files to write
        #[arg(long, default_value = "both", value_parser = ["both", "xlsx", "xliff"])]
        format: String,
    },
    /// Read an edited export (workbook or XLIFF) back into locales/en/data/*.ftl; writes nothing if any row has a problem
    Import {
        /// The exported .xlsx or .xlf file, as the translator gave it back
        file: PathBuf,
        /// Date recorded for reviews, YYYY-MM-DD (default: SOURCE_DATE_EPOCH's date, else today in UTC)
        #[arg(long)]
        date: Option<String>,
        /// Check and list the changes, write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Command::Build { out, publish } => build(&cli, out, *publish),
        Command::Check { publish } => check(&cli, *publish),
        Command::Report => report(&cli),
        Command::Restamp => restamp(&cli),
        Command::Rules => {
            print!("{}", amed_budget::validate::rules::markdown());
            ExitCode::SUCCESS
        }
        Command::Release {
            action: ReleaseAction::Record { allow },
        } => release_record(&cli, allow),
        Command::Release {
            action: ReleaseAction::Check,
        } => release_check(&cli),
        Command::Diff {
            old,
            new,
            out,
            format,
            lang,
        } => diff(&cli, old, new, out.as_deref(), *format, *lang),
        Command::L10n { command } => match command {
            L10nCommand::Export {
                status,
                table,
                out,
                format,
            } => l10n_export(&cli, status, table, out, format),
            L10nCommand::Import {
                file,
                date,
                dry_run,
            } => l10n_import(&cli, file, date.as_deref(), *dry_run),
        },
    }
}

/// A rule `release record --allow` may set aside.
fn allowable_rule(name: &str) -> Result<&'static rules::Rule, String> {
    rules::RECORD_MAY_ALLOW
        .iter()
        .copied()
        .find(|r| r.name == name)
        .ok_or_else(|| {
            let names: Vec<&str> = rules::RECORD_MAY_ALLOW.iter().map(|r| r.name).collect();
            format!("only these rules may be allowed: {}", names.join(", "))
        })
}

fn releases(cli: &Cli) -> PathBuf {
    cli.releases
        .clone()
        .unwrap_or_else(|| history::default_dir(&cli.data))
}

fn print_problems(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{d}");
    }
    let files: std::collections::BTreeSet<&str> = diags.iter().map(|d| d.file.as_str()).collect();
    eprintln!(
        "error: {} problem(s) in {} file(s); nothing was written",
        diags.len(),
        files.len()
    );
}

fn fail(f: Failure) -> ExitCode {
    match f {
        Failure::Invalid(diags, _) => {
            print_problems(&diags);
            // A file that could not be read is an I/O error, not invalid data.
            let io = diags
                .iter()
                .any(|d| std::ptr::eq(d.rule, &amed_budget::validate::rules::IO));
            ExitCode::from(if io { 2 } else { 1 })
        }
        Failure::Io(e) => {
            eprintln!("error: {e}; nothing was written");
            ExitCode::from(2)
        }
    }
}

fn options(cli: &Cli, publish: bool) -> Options<'static> {
    Options {
        mode: if publish { Mode::Publish } else { Mode::Draft },
        releases: releases(cli),
        allow: &[],
    }
}

fn build(cli: &Cli, out: &Path, publish: bool) -> ExitCode {
    match pipeline::build_with(&cli.data, &cli.locales, out, &options(cli, publish)) {
        Ok((checked, s)) => {
            if !cli.quiet {
                println!(
                    "built {}: {} files, {} bytes, {} records in {} tables",
                    out.display(),
                    s.files,
                    s.bytes,
                    checked.dataset.row_count(),
                    checked.dataset.tables.len()
                );
                let stages: Vec<String> = checked
                    .timings
                    .iter()
                    .map(|(n, d)| format!("{n} {:.1} ms", d.as_secs_f64() * 1000.0))
                    .collect();
                println!("stages: {}", stages.join(", "));
            }
            for w in &s.warnings {
                eprintln!("warning: {w}");
            }
            ExitCode::SUCCESS
        }
        Err(f) => fail(f),
    }
}

fn check(cli: &Cli, publish: bool) -> ExitCode {
    let opts = options(cli, publish);
    match pipeline::check_with(&cli.data, &cli.locales, &opts) {
        Ok(c) => {
            if !cli.quiet {
                println!(
                    "ok: {} records in {} tables, every text translated and current{}",
                    c.dataset.row_count(),
                    c.dataset.tables.len(),
                    match opts.mode {
                        Mode::Publish => ", no placeholder: ready to publish",
                        Mode::Draft => "",
                    }
                );
            }
            ExitCode::SUCCESS
        }
        Err(f) => fail(f),
    }
}

fn print_coverage(cov: &[Coverage]) {
    println!(
        "{:<44} {:>8} {:>10} {:>8} {:>6} {:>7} {:>9} {:>7} {:>9} {:>12} {:>8}",
        "file",
        "expected",
        "translated",
        "missing",
        "stale",
        "broken",
        "obsolete",
        "cover",
        "reviewed",
        "provisional",
        "machine"
    );
    // The record texts together, after their files: the translated ones by
    // status are the rows of translation-status.csv and the package README's counts.
    let records: Vec<&Coverage> = cov.iter().filter(|c| c.records).collect();
    let total = (!records.is_empty()).then(|| {
        records.iter().fold(
            Coverage {
                file: "all record texts (the files above)".into(),
                records: true,
                ..Coverage::default()
            },
            |mut t, c| {
                t.expected += c.expected;
                t.translated += c.translated;
                t.missing += c.missing;
                t.stale += c.stale;
                t.broken += c.broken;
                t.obsolete += c.obsolete;
                t.reviewed += c.reviewed;
                t.provisional += c.provisional;
                t.machine += c.machine;
                t
            },
        )
    });
    let rows = records
        .iter()
        .copied()
        .chain(total.as_ref())
        .chain(cov.iter().filter(|c| !c.records));
    for c in rows {
        let pct = if c.expected == 0 {
            100.0
        } else {
            100.0 * c.translated as f64 / c.expected as f64
        };
        // Review statuses are kept for record texts, not interface labels.
        let status = |n: usize| {
            if c.records {
                n.to_string()
            } else {
                "-".to_string()
            }
        };
        println!(
            "{:<44} {:>8} {:>10} {:>8} {:>6} {:>7} {:>9} {:>6.1}% {:>9} {:>12} {:>8}",
            c.file,
            c.expected,
            c.translated,
            c.missing,
            c.stale,
            c.broken,
            c.obsolete,
            pct,
            status(c.reviewed),
            status(c.provisional),
            status(c.machine)
        );
    }
}

fn report(cli: &Cli) -> ExitCode {
    match pipeline::check_with(&cli.data, &cli.locales, &options(cli, false)) {
        Ok(c) => {
            print_coverage(&c.coverage);
            // Glossary warnings and the consistency of the English.
            print!(
                "\n{}",
                l10n::review(&c.dataset, &c.translations, &cli.locales)
            );
            ExitCode::SUCCESS
        }
        Err(Failure::Invalid(diags, cov)) => {
            if cov.is_empty() {
                print_problems(&diags);
            } else {
                print_coverage(&cov);
                println!();
                for d in &diags {
                    println!("{d}");
                }
            }
            ExitCode::from(1)
        }
        Err(f) => fail(f),
    }
}

/// Loads and validates the data, or reports why not.
fn dataset(cli: &Cli) -> Result<amed_budget::model::Dataset, ExitCode> {
    let mut diags = amed_budget::diag::Diagnostics::new();
    let raw = load::load_dir(&cli.data, &mut diags);
    match raw.and_then(|raw| validate::validate(raw, &mut diags)) {
        Some(ds) => Ok(ds),
        None => {
            let diags = diags.into_sorted();
            print_problems(&diags);
            Err(exit_for(&diags))
        }
    }
}

/// 2 when a file could not be read, else 1.
fn exit_for(diags: &[Diagnostic]) -> ExitCode {
    let io = diags
        .iter()
        .any(|d| std::ptr::eq(d.rule, &amed_budget::validate::rules::IO));
    ExitCode::from(if io { 2 } else { 1 })
}

fn restamp(cli: &Cli) -> ExitCode {
    let ds = match dataset(cli) {
        Ok(ds) => ds,
        Err(_) => return ExitCode::from(1),
    };
    match l10n::restamp(&ds, &cli.locales) {
        Ok(n) => {
            if !cli.quiet {
                println!(
                    "stamped {n} message(s) with the fingerprint of the Japanese they translate"
                );
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot rewrite the locales: {e}");
            ExitCode::from(2)
        }
    }
}

/// The record the checked data gives, and the folder it belongs in.
fn current_record(
    cli: &Cli,
    allow: &[&'static rules::Rule],
) -> Result<(Release, PathBuf, Option<Version>), ExitCode> {
    let releases = releases(cli);
    let opts = Options {
        mode: Mode::Draft,
        releases: releases.clone(),
        allow,
    };
    let c = pipeline::check_with(&cli.data, &cli.locales, &opts).map_err(fail)?;
    for d in &c.allowed {
        eprintln!("warning: allowed: {d}");
    }
    let p = Publication {
        dataset: &c.dataset,
        tr: &c.translations,
        date: pipeline::release_date(&c.dataset),
        history: &c.history,
    };
    let text = c.dataset.doc_str("release_version");
    let Some(v) = Version::parse(text) else {
        eprintln!("error: release_version `{text}` is not a version MAJOR.MINOR.PATCH");
        return Err(ExitCode::from(1));
    };
    let base = c.history.base(v).map(|b| b.version.clone());
    let latest = c.history.latest().and_then(Release::parsed_version);
    Ok((Release::of(&p, base), releases.join(v.to_string()), latest))
}

/// Differences between a record's files on disk and `files`: problems.
fn compare_record(dir: &Path, files: &[(String, Vec<u8>)]) -> Vec<Diagnostic> {
    let mut diags = Diagnostics::new();
    let shown = dir.display().to_string();
    for (name, bytes) in files {
        let file = format!("{shown}/{name}");
        match std::fs::read(dir.join(name)) {
            Ok(b) if &b == bytes => {}
            Ok(b) => {
                let line = b
                    .split(|&c| c == b'\n')
                    .zip(bytes.split(|&c| c == b'\n'))
                    .position(|(x, y)| x != y)
                    .map_or(0, |i| i + 1);
                diags.push(
                    file,
                    line,
                    0,
                    &rules::RELEASE_RECORD,
                    "differs from the record of the current data",
                );
            }
            Err(e) => diags.push(
                file,
                0,
                0,
                &rules::RELEASE_RECORD,
                format!("cannot read: {e}"),
            ),
        }
    }
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().into_owned();
            if !files.iter().any(|(n, _)| *n == name) {
                diags.push(
                    format!("{shown}/{name}"),
                    0,
                    0,
                    &rules::RELEASE_RECORD,
                    "is not part of the record of the current data",
                );
            }
        }
    }
    diags.into_sorted()
}

fn release_record(cli: &Cli, allow: &[&'static rules::Rule]) -> ExitCode {
    let (release, dir, _) = match current_record(cli, allow) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let files = release.record_files();
    if dir.exists() {
        let problems = compare_record(&dir, &files);
        if problems.is_empty() {
            if !cli.quiet {
                println!(
                    "release {} is already recorded in {}",
                    release.version,
                    dir.display()
                );
            }
            return ExitCode::SUCCESS;
        }
        for d in &problems {
            eprintln!("{d}");
        }
        eprintln!(
            "error: release {} is recorded with other content; a published record is never rewritten",
            release.version
        );
        return ExitCode::from(1);
    }
    let name = dir
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let staging = dir.with_file_name(format!(".{name}.staging"));
    let write = || -> std::io::Result<()> {
        if staging.exists() {
            std::fs::remove_dir_all(&staging)?;
        }
        for (n, bytes) in &files {
            emit::write_file(&staging.join(n), bytes)?;
        }
        std::fs::rename(&staging, &dir)
    };
    if let Err(e) = write() {
        let _ = std::fs::remove_dir_all(&staging);
        eprintln!("error: cannot write {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    if !cli.quiet {
        let records: usize = release.tables.iter().map(|t| t.records).sum();
        println!(
            "recorded release {} ({}) in {}: {records} records in {} tables",
            release.version,
            release.date,
            dir.display(),
            release.tables.len()
        );
    }
    ExitCode::SUCCESS
}

fn release_check(cli: &Cli) -> ExitCode {
    let (release, dir, latest) = match current_record(cli, &[]) {
        Ok(x) => x,
        Err(code) => return code,
    };
    if !dir.exists() {
        if !cli.quiet {
            match latest {
                Some(l) => println!(
                    "release {} is in preparation (latest recorded release: {l}); nothing to compare",
                    release.version
                ),
                None => println!("no release is recorded yet; nothing to compare"),
            }
        }
        return ExitCode::SUCCESS;
    }
    let problems = compare_record(&dir, &release.record_files());
    if problems.is_empty() {
        if !cli.quiet {
            println!("{} matches the data", dir.display());
        }
        return ExitCode::SUCCESS;
    }
    print_problems(&problems);
    ExitCode::from(1)
}

fn diff(
    cli: &Cli,
    old: &Path,
    new: &Path,
    out: Option<&Path>,
    format: Format,
    lang: Option<LangArg>,
) -> ExitCode {
    let mut diags = Diagnostics::new();
    let a = Release::read(old, &mut diags);
    let b = Release::read(new, &mut diags);
    let (Some(a), Some(b)) = (a, b) else {
        for d in diags.into_sorted() {
            eprintln!("{d}");
        }
        eprintln!("error: cannot compare the two releases");
        return ExitCode::from(2);
    };
    let d = Diff::between(&a, &b);
    let [ja, en] = l10n::plain_labels(&cli.locales);
    let labels = history::diff::Labels { ja: &ja, en: &en };
    if let Some(dir) = out {
        for (name, bytes) in emit::changelog::change_files(&d, &labels) {
            if let Err(e) = emit::write_file(&dir.join(&name), &bytes) {
                eprintln!("error: cannot write {}: {e}", dir.join(&name).display());
                return ExitCode::from(2);
            }
        }
        if !cli.quiet {
            println!(
                "{} → {}: {} change(s), {}; written to {}",
                a.version,
                b.version,
                d.rows.len(),
                d.class.name(),
                dir.display()
            );
        }
    } else {
        match format {
            Format::Json => print!("{}", String::from_utf8_lossy(&d.to_json())),
            Format::Csv => print!("{}", String::from_utf8_lossy(&d.to_csv())),
            Format::Markdown => {
                let langs: &[Lang] = match lang {
                    Some(LangArg::Ja) => &[Lang::Ja],
                    Some(LangArg::En) => &[Lang::En],
                    None => &Lang::BOTH,
                };
                for (i, l) in langs.iter().enumerate() {
                    if i > 0 {
                        print!("\n---\n\n");
                    }
                    print!("{}", d.to_markdown(*l, &labels));
                }
            }
        }
    }
    if d.rows.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn l10n_export(
    cli: &Cli,
    status: &[String],
    tables: &[String],
    out: &Path,
    format: &str,
) -> ExitCode {
    use l10n::exchange::{self, Effective};
    let ds = match dataset(cli) {
        Ok(ds) => ds,
        Err(code) => return code,
    };
    let mut diags = amed_budget::diag::Diagnostics::new();
    let entries = match exchange::collect(&ds, &cli.locales, &mut diags) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot read the locales: {e}; nothing was written");
            return ExitCode::from(2);
        }
    };
    if !diags.is_empty() {
        let diags = diags.into_sorted();
        print_problems(&diags);
        return exit_for(&diags);
    }
    let statuses = if status.iter().any(|s| s == "all") {
        Vec::new()
    } else {
        status.iter().filter_map(|s| Effective::parse(s)).collect()
    };
    let opts = exchange::ExportOptions {
        statuses,
        tables: tables.to_vec(),
        out: out.to_path_buf(),
        xlsx: format != "xliff",
        xliff: format != "xlsx",
    };
    match exchange::export(&ds, &entries, &opts) {
        Ok(done) => {
            if !cli.quiet {
                let total: usize = done.counts.iter().map(|c| c.1).sum();
                let counts: Vec<String> = done
                    .counts
                    .iter()
                    .filter(|c| c.1 > 0)
                    .map(|(s, n)| format!("{n} {}", s.name()))
                    .collect();
                println!("exported {total} text(s) ({})", counts.join(", "));
                for f in &done.files {
                    println!("  {}", f.display());
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn l10n_import(cli: &Cli, file: &Path, date: Option<&str>, dry_run: bool) -> ExitCode {
    use l10n::exchange;
    let date = match review_date(date) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let ds = match dataset(cli) {
        Ok(ds) => ds,
        Err(code) => return code,
    };
    let mut diags = amed_budget::diag::Diagnostics::new();
    let opts = exchange::ImportOptions { date, dry_run };
    match exchange::import(&ds, &cli.locales, file, &opts, &mut diags) {
        Ok(Some(done)) => {
            if !cli.quiet {
                let verb = if dry_run { "would change" } else { "changed" };
                println!(
                    "imported {}: {} row(s) read; {verb} {} message(s) in {} file(s)",
                    file.display(),
                    done.rows,
                    done.changed.len(),
                    done.files.len()
                );
                for (id, what) in &done.changed {
                    println!("  {id}: {what}");
                }
            }
            ExitCode::SUCCESS
        }
        Ok(None) => {
            let diags = diags.into_sorted();
            print_problems(&diags);
            exit_for(&diags)
        }
        Err(e) => {
            eprintln!("error: {}: {e}; nothing was written", file.display());
            ExitCode::from(2)
        }
    }
}

/// The date a review is recorded with: `--date`, else SOURCE_DATE_EPOCH's
/// date, else today (UTC).
fn review_date(given: Option<&str>) -> Result<jiff::civil::Date, String> {
    if let Some(d) = given {
        return l10n::status::parse_date(d).map_err(|e| format!("--date: {e}"));
    }
    if let Some(d) = pipeline::source_date_epoch()? {
        return l10n::status::parse_date(&d);
    }
    let now = jiff::Timestamp::now();
    Ok(jiff::tz::Offset::UTC.to_datetime(now).date())
}
