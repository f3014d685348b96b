//! The translation-status table, `translation-status.csv`: one row per
//! English text of the release, `table,id,column,status,reviewed` (the
//! record's table, its key, the text column, `reviewed` / `provisional` /
//! `machine`, and the date of the review, empty unless reviewed). It tells a
//! reader which English a person checked, and that machine translations are
//! marked as such.
//!
//! Written, like the tables, as `csv/translation-status.csv` (UTF-8 without
//! BOM, LF), `csv-excel/translation-status.csv` (BOM, CRLF) and into the
//! package as `package/translation-status.csv` (the canonical file, linked),
//! where `datapackage.json` describes it with its Table Schema. The package
//! runs after this output, so its metadata, checksums and zip include it.
//!
//! [`counts`] gives the same rows counted by status, for the package README.

use crate::l10n::Status;
use crate::publication::{Publication, Variant};
use std::io;
use std::path::Path;

/// The file name of the table (in `csv/`, `csv-excel/` and `package/`).
pub const FILE: &str = "translation-status.csv";

/// The columns of the table.
pub const COLUMNS: [&str; 5] = ["table", "id", "column", "status", "reviewed"];

/// The statuses, in the order the table's schema and the README list them.
pub const STATUSES: [&str; 3] = ["reviewed", "provisional", "machine"];

pub struct StatusTable;

impl super::Output for StatusTable {
    fn name(&self) -> &'static str {
        "status"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 1)]
    }

    fn write(&self, p: &Publication, _: Variant, dir: &Path) -> io::Result<()> {
        let canonical = dir.join("csv").join(FILE);
        write(p, &canonical, &dir.join("csv-excel").join(FILE))?;
        let pkg = dir.join("package");
        std::fs::create_dir_all(&pkg)?;
        let linked = pkg.join(FILE);
        if std::fs::hard_link(&canonical, &linked).is_err() {
            std::fs::copy(&canonical, &linked)?;
        }
        Ok(())
    }
}

/// Calls `f` with every English text of the release and its status, in
/// table order, then record order, then column order: (table index, row
/// index, column index, status).
fn each_entry<E, F>(p: &Publication, mut f: F) -> Result<(), E>
where
    F: FnMut(usize, usize, usize, Status) -> Result<(), E>,
{
    for (ti, t) in p.dataset.tables.iter().enumerate() {
        let cols = t.spec.text_columns();
        if cols.is_empty() {
            continue;
        }
        for ri in 0..t.rows.len() {
            for &ci in &cols {
                if let Some(status) = p.en_status(ti, ri, ci) {
                    f(ti, ri, ci, status)?;
                }
            }
        }
    }
    Ok(())
}

/// How many English texts have each status, in the order of [`STATUSES`]:
/// the rows of the table, counted.
pub fn counts(p: &Publication) -> [usize; 3] {
    let mut n = [0; 3];
    let counted: Result<(), std::convert::Infallible> = each_entry(p, |_, _, _, status| {
        n[match status {
            Status::Reviewed(_) => 0,
            Status::Provisional => 1,
            Status::Machine => 2,
        }] += 1;
        Ok(())
    });
    match counted {
        Ok(()) => n,
        Err(never) => match never {},
    }
}

/// Writes the canonical table and its Excel copy, each record encoded once
/// (as in [`super::csv::write_table`]).
fn write(p: &Publication, canonical: &Path, excel: &Path) -> io::Result<()> {
    let mut pair = super::csv::CsvPair::create(canonical, excel)?;
    pair.cw.write_record(COLUMNS)?;
    pair.emit(None)?;
    each_entry(p, |ti, ri, ci, status| {
        let t = &p.dataset.tables[ti];
        let key = t.key_of(&t.rows[ri]);
        let date = status.date().unwrap_or_default();
        let fields = [
            t.spec.name,
            key.as_str(),
            t.spec.columns[ci].name,
            status.name(),
            date.as_str(),
        ];
        pair.cw.write_record(fields)?;
        // Names, identifiers, statuses and dates never start like a
        // formula; should a key ever do so, the Excel copy is neutralised
        // as every csv-excel/ file is.
        let guarded = if fields.iter().any(|f| super::csv::spreadsheet_formula(f)) {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(Vec::new());
            w.write_record(
                fields
                    .map(super::csv::spreadsheet_safe)
                    .iter()
                    .map(|f| f.as_bytes()),
            )?;
            Some(
                w.into_inner()
                    .map_err(|e| io::Error::other(e.to_string()))?,
            )
        } else {
            None
        };
        pair.emit(guarded.as_deref())
    })?;
    pair.finish()
}
