//! CSV: one file per table and language variant. Canonical files are UTF-8
//! without BOM with LF line ends; the Excel copies add a BOM and CRLF so that
//! Japanese Excel opens them without mojibake.

use crate::publication::{Cell, Publication, Variant};
use std::io::{self, Write};
use std::path::Path;

/// The CSV output: every table in every variant, canonical and for Excel.
pub struct Csv;

impl super::Output for Csv {
    fn name(&self) -> &'static str {
        "csv"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 5), (Variant::Ja, 3), (Variant::En, 3)]
    }

    fn write(&self, p: &Publication, v: Variant, dir: &Path) -> io::Result<()> {
        write_variant(p, v, &dir.join("csv"), &dir.join("csv-excel"))
    }
}

/// Writes `canonical/<variant>/<table>.csv` and `excel/<variant>/<table>.csv`
/// for every table of one variant.
pub fn write_variant(
    p: &Publication,
    variant: Variant,
    canonical: &Path,
    excel: &Path,
) -> io::Result<()> {
    for (ti, t) in p.dataset.tables.iter().enumerate() {
        let name = t.spec.file_name();
        write_table(
            p,
            ti,
            variant,
            &canonical.join(variant.code()).join(&name),
            &excel.join(variant.code()).join(&name),
        )?;
    }
    Ok(())
}

/// Writes one table in one variant, the canonical file and its Excel copy
/// together.
///
/// Each record is encoded once and written to both files: the Excel copy
/// differs only in its BOM and in ending each record with CRLF (a field's
/// own line breaks, inside quotes, are the same in both). Encoding each
/// record twice was half of the CSV stage.
pub fn write_table(
    p: &Publication,
    ti: usize,
    variant: Variant,
    canonical: &Path,
    excel: &Path,
) -> io::Result<()> {
    let mut pair = CsvPair::create(canonical, excel)?;
    let t = &p.dataset.tables[ti];
    let cols = p.columns(t, variant);
    pair.cw.write_record(cols.iter().map(|c| c.name.as_str()))?;
    pair.emit(None)?;
    // Fields are written straight from the dataset: no string per cell.
    let mut number = Vec::with_capacity(24);
    for ri in 0..t.rows.len() {
        let mut guard = false;
        for c in &cols {
            match p.cell(ti, ri, c) {
                Cell::Empty => pair.cw.write_field(b"")?,
                Cell::Str(s) => {
                    guard |= spreadsheet_formula(s);
                    pair.cw.write_field(s)?;
                }
                Cell::Int(i) => {
                    number.clear();
                    write!(number, "{i}")?;
                    pair.cw.write_field(&number)?;
                }
                Cell::Bool(b) => pair.cw.write_field(if b { "true" } else { "false" })?,
            }
        }
        pair.cw.write_record(None::<&[u8]>)?;
        // A record with a cell a spreadsheet would run as a formula is
        // encoded a second time, neutralised, for the Excel copy (rare).
        let guarded = if guard {
            Some(guarded_record(p, ti, ri, &cols)?)
        } else {
            None
        };
        pair.emit(guarded.as_deref())?;
    }
    pair.finish()
}

/// Whether a text cell would be taken for a formula by a spreadsheet
/// (OWASP, CSV Injection): it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return.
pub fn spreadsheet_formula(s: &str) -> bool {
    s.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A text cell as written in files meant for spreadsheets: a cell that
/// would be taken for a formula gets a leading `'`, which spreadsheets show
/// as text and do not evaluate. Numbers are never text, so they are never
/// changed.
pub fn spreadsheet_safe(s: &str) -> std::borrow::Cow<'_, str> {
    if spreadsheet_formula(s) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// One record encoded for the Excel copy, text cells neutralised, ending
/// with CRLF.
fn guarded_record(
    p: &Publication,
    ti: usize,
    ri: usize,
    cols: &[crate::publication::OutColumn],
) -> io::Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for c in cols {
        match p.cell(ti, ri, c) {
            Cell::Str(s) => w.write_field(spreadsheet_safe(s).as_bytes())?,
            other => w.write_field(other.to_text())?,
        }
    }
    w.write_record(None::<&[u8]>)?;
    w.into_inner().map_err(|e| io::Error::other(e.to_string()))
}

/// A canonical CSV file (UTF-8, LF) and its Excel copy (BOM, CRLF) written
/// together, each record encoded once: write a record with [`CsvPair::cw`],
/// then [`CsvPair::emit`] it to both files. The Excel copy differs only in
/// its BOM and in ending each record with CRLF (a field's own line breaks,
/// inside quotes, are the same in both), unless the record is given in its
/// own Excel encoding (a neutralised formula).
pub(super) struct CsvPair {
    /// The writer that encodes one record at a time into its sink.
    pub(super) cw: csv::Writer<RecordSink>,
    lf: super::BlockWriter<std::fs::File>,
    crlf: super::BlockWriter<std::fs::File>,
}

impl CsvPair {
    /// Creates both files (and their directories); the Excel copy starts
    /// with its BOM.
    pub(super) fn create(canonical: &Path, excel: &Path) -> io::Result<CsvPair> {
        for path in [canonical, excel] {
            if let Some(d) = path.parent() {
                std::fs::create_dir_all(d)?;
            }
        }
        let lf = super::BlockWriter::create(canonical)?;
        let mut crlf = super::BlockWriter::create(excel)?;
        crlf.write_all(&[0xEF, 0xBB, 0xBF])?;
        let cw = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(RecordSink::default());
        Ok(CsvPair { cw, lf, crlf })
    }

    /// Writes the record just encoded to both files: to the Excel copy as
    /// `excel` when given (already ending in CRLF), else with CRLF for LF.
    pub(super) fn emit(&mut self, excel: Option<&[u8]>) -> io::Result<()> {
        self.cw.flush()?;
        let mut record = self.cw.get_ref().0.borrow_mut();
        self.lf.write_all(&record)?;
        if let Some(excel) = excel {
            self.crlf.write_all(excel)?;
        } else {
            // Every record ends with the `\n` terminator set above.
            let body = record.strip_suffix(b"\n").unwrap_or(&record);
            self.crlf.write_all(body)?;
            self.crlf.write_all(b"\r\n")?;
        }
        record.clear();
        Ok(())
    }

    /// Writes out what both files still buffer.
    pub(super) fn finish(mut self) -> io::Result<()> {
        self.lf.flush()?;
        self.crlf.flush()
    }
}

/// Where `csv::Writer` encodes a record. The writer hands out only a shared
/// reference to its sink, so the bytes sit in a `RefCell` to be taken out
/// (and the vector reused) after each record.
#[derive(Default)]
pub(super) struct RecordSink(pub(super) std::cell::RefCell<Vec<u8>>);

impl Write for RecordSink {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.0.get_mut().extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
