//! A deterministic generator of synthetic, valid inputs of any size, for
//! benchmarks: a `data/` directory of every table of the descriptor and a
//! `locales/` directory with the English of every Japanese text (stamped with
//! the fingerprint of the Japanese) and copies of the real interface labels.
//!
//! It is driven by the schema of the real data (`data/datapackage.json`):
//! every table is generated in descriptor order from its columns' kinds, so a
//! column or table added to the descriptor needs no change here unless it
//! carries a rule of the dataset. Generically:
//!
//! - ids are a prefix of the table name and the row number (`po17`);
//! - a nested table (`x-nesting`) is generated parent row by parent row;
//!   `seq` counts the rows of a parent from 1 (the rows of a table from 1
//!   when it is not nested);
//! - a reference takes the row's ancestor when it names a table above the row
//!   in the nesting, stays under the same ancestor when it names a table
//!   nested under one, points at an earlier row of the same parent when it
//!   names its own table, and picks any row otherwise; optional ones are
//!   sometimes empty; link-table keys never repeat;
//! - integers, booleans, dates and verbatim values are random; a translated
//!   column gets Japanese of the budget-overview vocabulary and an English
//!   message `<id>__<column>` with its `# ja-sha256:` fingerprint;
//! - code lists are copied from the real data with their English.
//!
//! What is particular to a table (row counts, special values, the fix-ups for
//! the dataset's own rules) is a small table of knobs in [`knobs`].
//!
//! The same seed and size always give byte-identical files, and rows are
//! written a parent (or a chunk) at a time: only the non-text values of the
//! tables that others refer to are kept in memory.

mod engine;
mod knobs;
mod text;

// The one use of the localisation module (its fingerprint of a Japanese text).
use amed_budget::l10n::{fingerprint, STAMP as FINGERPRINT_STAMP};
use amed_budget::schema::{Kind, Schema, TableSpec};
use engine::Gen;
use knobs::{Col, Knob, Rows, KNOBS};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Config {
    /// Number of records of `points` (the largest table).
    pub points: usize,
    pub seed: u64,
}

impl Config {
    /// A line that identifies the generator version, seed and size.
    pub fn stamp(&self) -> String {
        format!(
            "amed-budget synth v{VERSION} seed={} points={}\n",
            self.seed, self.points
        )
    }
}

/// Bumped whenever the generated files change for the same seed and size.
pub const VERSION: u32 = 4;
/// The file written last into the target directory: [`Config::stamp`].
pub const STAMP_FILE: &str = "synth.stamp";
/// The real dataset, run from the repository root: its descriptor is the
/// schema of the synthetic tables, its code lists are copied.
const REAL_DATA: &str = "data";
/// Rows of a table that is not nested generated and written at a time.
const CHUNK: usize = 4096;

/// Counts of what was written.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    pub rows: usize,
    pub texts: usize,
    pub bytes: u64,
}

fn error(message: String) -> io::Error {
    io::Error::other(format!("synth: {message}"))
}

/// The schema of the real dataset, read once.
fn schema() -> io::Result<&'static Schema> {
    static SCHEMA: std::sync::OnceLock<Option<&'static Schema>> = std::sync::OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let mut diags = amed_budget::diag::Diagnostics::new();
            amed_budget::schema::load(Path::new(REAL_DATA), &mut diags)
        })
        .ok_or_else(|| {
            error(format!(
                "cannot read {REAL_DATA}/{}",
                amed_budget::schema::DESCRIPTOR
            ))
        })
}

/// Whether `dir` already holds what `generate(dir, _, cfg)` would write.
pub fn is_generated(dir: &Path, cfg: &Config) -> bool {
    std::fs::read_to_string(dir.join(STAMP_FILE)).is_ok_and(|s| s == cfg.stamp())
}

/// Writes `dir/data/` and `dir/locales/` (replacing them), copying the
/// interface labels from `real_locales/{ja,en}/*.ftl` and the English of the
/// copied tables from `real_locales/en/data/`, then `dir/synth.stamp`.
pub fn generate(dir: &Path, real_locales: &Path, cfg: &Config) -> io::Result<Stats> {
    let data = dir.join("data");
    let locales = dir.join("locales");
    let _ = std::fs::remove_file(dir.join(STAMP_FILE));
    for d in [&data, &locales] {
        if d.exists() {
            std::fs::remove_dir_all(d)?;
        }
    }
    std::fs::create_dir_all(&data)?;
    std::fs::create_dir_all(locales.join("ja"))?;
    std::fs::create_dir_all(locales.join("en").join("data"))?;
    copy_ui(real_locales, &locales)?;
    let schema = schema()?;
    check_knobs(schema)?;
    std::fs::copy(
        Path::new(REAL_DATA).join(amed_budget::schema::DESCRIPTOR),
        data.join(amed_budget::schema::DESCRIPTOR),
    )?;
    let mut total = Stats::default();
    let mut gen = Gen::new(*cfg, schema, real_locales.join("en").join("data"))?;
    for ti in 0..schema.tables.len() {
        gen.table(ti, &data, &locales, &mut total)?;
    }
    // Only what was generated (`dir` also holds the outputs of earlier builds).
    total.bytes = dir_bytes(&data)? + dir_bytes(&locales)?;
    std::fs::write(dir.join(STAMP_FILE), cfg.stamp())?;
    Ok(total)
}

fn copy_ui(real_locales: &Path, locales: &Path) -> io::Result<()> {
    for lang in ["ja", "en"] {
        for e in std::fs::read_dir(real_locales.join(lang))? {
            let p = e?.path();
            if p.is_file() && p.extension().is_some_and(|x| x == "ftl") {
                if let Some(name) = p.file_name() {
                    std::fs::copy(&p, locales.join(lang).join(name))?;
                }
            }
        }
    }
    Ok(())
}

/// Total size of the files under `dir`.
pub fn dir_bytes(dir: &Path) -> io::Result<u64> {
    let mut n = 0;
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let t = e.file_type()?;
        if t.is_dir() {
            n += dir_bytes(&e.path())?;
        } else if t.is_file() {
            n += e.metadata()?.len();
        }
    }
    Ok(n)
}

/// The knobs of a table (none: everything generic).
fn knob_of(table: &str) -> &'static Knob {
    static NONE: Knob = Knob {
        table: "",
        rows: Rows::Auto,
        cols: &[],
        fixup: None,
    };
    KNOBS.iter().find(|k| k.table == table).unwrap_or(&NONE)
}

impl Knob {
    fn col(&self, name: &str) -> Option<&Col> {
        self.cols.iter().find(|(n, _)| *n == name).map(|(_, c)| c)
    }
}

/// Every knob names a table and columns of the schema, of a kind it fits.
fn check_knobs(schema: &Schema) -> io::Result<()> {
    let mut problems = Vec::new();
    for k in KNOBS {
        let Some(ti) = schema.table_index(k.table) else {
            problems.push(format!("knob for `{}`, which is not a table", k.table));
            continue;
        };
        let spec = &schema.tables[ti];
        let nested = schema.nesting.iter().any(|n| n.child == spec.name);
        if matches!(k.rows, Rows::PerParent(..) | Rows::ByParent(_)) && !nested {
            problems.push(format!("`{}` has rows per parent but no parent", k.table));
        }
        for (name, col) in k.cols {
            let Some(c) = spec.columns.iter().find(|c| c.name == *name) else {
                problems.push(format!(
                    "knob for `{}.{name}`, which is not a column",
                    k.table
                ));
                continue;
            };
            let fits = match col {
                Col::Text { .. } => c.kind == Kind::Text,
                Col::Int { .. } | Col::Serial => c.kind == Kind::Int,
                Col::Bool(_) => c.kind == Kind::Bool,
                Col::Cover => matches!(c.kind, Kind::Ref(_)),
                Col::Opt(_) => !c.required,
                Col::Set(..) => true,
            };
            if !fits {
                problems.push(format!(
                    "the knob for `{}.{name}` does not fit a {:?} column",
                    k.table, c.kind
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(error(format!(
            "the knobs are out of date with {REAL_DATA}/{}: {}",
            amed_budget::schema::DESCRIPTOR,
            problems.join("; ")
        )))
    }
}

/// A CSV table writer plus the Fluent file of its English.
struct Out {
    csv: csv::Writer<BufWriter<File>>,
    ftl: Option<BufWriter<File>>,
    stats: Stats,
}

impl Out {
    fn new(data: &Path, locales: &Path, spec: &TableSpec) -> io::Result<Self> {
        let f = BufWriter::with_capacity(1 << 16, File::create(data.join(spec.file_name()))?);
        let mut csv = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(f);
        csv.write_record(spec.columns.iter().map(|c| c.name))?;
        let ftl = if spec.has_text() {
            let path = locales
                .join("en")
                .join("data")
                .join(format!("{}.ftl", spec.name));
            let mut w = BufWriter::with_capacity(1 << 16, File::create(path)?);
            writeln!(w, "# English of data/{}.csv (synthetic).\n", spec.name)?;
            Some(w)
        } else {
            None
        };
        Ok(Out {
            csv,
            ftl,
            stats: Stats::default(),
        })
    }

    /// The English message of a Japanese text of record `id`.
    fn en(&mut self, id: &str, column: &str, ja: &str, en: &str) -> io::Result<()> {
        self.stats.texts += 1;
        let w = self
            .ftl
            .as_mut()
            .ok_or_else(|| error("a table without texts has a text".into()))?;
        writeln!(
            w,
            "# {FINGERPRINT_STAMP} {}\n{id}__{column} = {en}\n",
            fingerprint(ja)
        )
    }

    fn finish(self, total: &mut Stats) -> io::Result<()> {
        let mut w = self.csv.into_inner().map_err(|e| e.into_error())?;
        w.flush()?;
        if let Some(mut f) = self.ftl {
            f.flush()?;
        }
        total.rows += self.stats.rows;
        total.texts += self.stats.texts;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small dataset passes every check of the pipeline, and the same seed
    /// gives the same files.
    #[test]
    fn generated_data_passes_the_checks() {
        let base = std::env::temp_dir().join(format!("amed-synth-test-{}", std::process::id()));
        let cfg = Config {
            points: 3000,
            seed: 11,
        };
        let (a, b) = (base.join("a"), base.join("b"));
        for d in [&a, &b] {
            std::fs::create_dir_all(d).expect("temp dir");
            generate(d, Path::new("locales"), &cfg).expect("generate");
        }
        assert!(is_generated(&a, &cfg));
        let result = amed_budget::pipeline::check(&a.join("data"), &a.join("locales"));
        if let Err(amed_budget::pipeline::Failure::Invalid(diags, _)) = &result {
            let shown: Vec<String> = diags.iter().take(20).map(|d| d.to_string()).collect();
            panic!("{} problems:\n{}", diags.len(), shown.join("\n"));
        }
        assert!(result.is_ok());
        for name in ["points.csv", "errata.csv", "budget_lines.csv"] {
            let read = |d: &Path| std::fs::read(d.join("data").join(name)).expect("file");
            assert_eq!(read(&a), read(&b), "{name} differs between two runs");
        }
        let _ = std::fs::remove_dir_all(&base);
    }
}
