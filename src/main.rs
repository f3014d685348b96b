//! Command line: `build`, `check`, `report`, `restamp`, `rules`, and
//! `l10n export` / `l10n import` for translators' tools.
//!
//! Exit codes: 0 success; 1 invalid data or translations; 2 usage or I/O error.

use amed_budget::diag::Diagnostic;
use amed_budget::l10n::Coverage;
use amed_budget::pipeline::{self, Failure};
use amed_budget::{l10n, load, validate};
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
    },
    /// Everything `build` does except writing; exit 0 only when data and locales are clean
    Check,
    /// Per-file translation coverage (translated / missing / stale / broken / obsolete) for translators
    Report,
    /// Record the current Japanese fingerprint on every English message (after review)
    Restamp,
    /// Print every rule of the inputs as a Markdown table (name, requirement, fix)
    Rules,
    /// Hand the English to translators' tools and take it back (Excel workbook, XLIFF 1.2)
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
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
        Command::Build { out } => build(&cli, out),
        Command::Check => check(&cli),
        Command::Report => report(&cli),
        Command::Restamp => restamp(&cli),
        Command::Rules => {
            print!("{}", amed_budget::validate::rules::markdown());
            ExitCode::SUCCESS
        }
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

fn build(cli: &Cli, out: &Path) -> ExitCode {
    match pipeline::build(&cli.data, &cli.locales, out) {
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

fn check(cli: &Cli) -> ExitCode {
    match pipeline::check(&cli.data, &cli.locales) {
        Ok(c) => {
            if !cli.quiet {
                println!(
                    "ok: {} records in {} tables, every text translated and current",
                    c.dataset.row_count(),
                    c.dataset.tables.len()
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
    for c in cov {
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
    match pipeline::check(&cli.data, &cli.locales) {
        Ok(c) => {
            print_coverage(&c.coverage);
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
