//! Command line: `build`, `check`, `report`, `restamp`.
//!
//! Exit codes: 0 success; 1 invalid data or translations; 2 usage or I/O error.

use amed_budget::diag::Diagnostic;
use amed_budget::l10n::Coverage;
use amed_budget::pipeline::{self, Failure, Mode};
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Command::Build { out, publish } => build(&cli, out, mode(*publish)),
        Command::Check { publish } => check(&cli, mode(*publish)),
        Command::Report => report(&cli),
        Command::Restamp => restamp(&cli),
        Command::Rules => {
            print!("{}", amed_budget::validate::rules::markdown());
            ExitCode::SUCCESS
        }
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

fn mode(publish: bool) -> Mode {
    if publish {
        Mode::Publish
    } else {
        Mode::Draft
    }
}

fn build(cli: &Cli, out: &Path, mode: Mode) -> ExitCode {
    match pipeline::build_for(&cli.data, &cli.locales, out, mode) {
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

fn check(cli: &Cli, mode: Mode) -> ExitCode {
    match pipeline::check_for(&cli.data, &cli.locales, mode) {
        Ok(c) => {
            if !cli.quiet {
                println!(
                    "ok: {} records in {} tables, every text translated and current{}",
                    c.dataset.row_count(),
                    c.dataset.tables.len(),
                    match mode {
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
        "{:<44} {:>8} {:>10} {:>8} {:>6} {:>7} {:>9} {:>7}",
        "file", "expected", "translated", "missing", "stale", "broken", "obsolete", "cover"
    );
    for c in cov {
        let pct = if c.expected == 0 {
            100.0
        } else {
            100.0 * c.translated as f64 / c.expected as f64
        };
        println!(
            "{:<44} {:>8} {:>10} {:>8} {:>6} {:>7} {:>9} {:>6.1}%",
            c.file, c.expected, c.translated, c.missing, c.stale, c.broken, c.obsolete, pct
        );
    }
}

fn report(cli: &Cli) -> ExitCode {
    match pipeline::check(&cli.data, &cli.locales) {
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

fn restamp(cli: &Cli) -> ExitCode {
    let mut diags = amed_budget::diag::Diagnostics::new();
    let raw = load::load_dir(&cli.data, &mut diags);
    let Some(ds) = raw.and_then(|raw| validate::validate(raw, &mut diags)) else {
        print_problems(&diags.into_sorted());
        return ExitCode::from(1);
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
