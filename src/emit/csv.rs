//! CSV: one file per table and language variant. Canonical files are UTF-8
//! without BOM with LF line ends; the Excel copies add a BOM and CRLF so that
//! Japanese Excel opens them without mojibake.

use crate::publication::{Cell, Publication, Variant};
use std::io::{self, Write};
use std::path::Path;

/// Writes `canonical/<variant>/<table>.csv` and `excel/<variant>/<table>.csv`.
pub fn write(p: &Publication, canonical: &Path, excel: &Path) -> io::Result<()> {
    // The variants are independent files: one thread each.
    super::parallel(&Variant::ALL, |&variant| {
        for (ti, t) in p.dataset.tables.iter().enumerate() {
            let name = t.spec.file_name();
            write_table(
                p,
                ti,
                variant,
                false,
                &canonical.join(variant.code()).join(&name),
            )?;
            write_table(
                p,
                ti,
                variant,
                true,
                &excel.join(variant.code()).join(&name),
            )?;
        }
        Ok(())
    })
}

/// Writes one table in one variant.
pub fn write_table(
    p: &Publication,
    ti: usize,
    variant: Variant,
    excel: bool,
    path: &Path,
) -> io::Result<()> {
    if let Some(d) = path.parent() {
        std::fs::create_dir_all(d)?;
    }
    let file = io::BufWriter::with_capacity(1 << 16, std::fs::File::create(path)?);
    let mut w = file;
    if excel {
        w.write_all(&[0xEF, 0xBB, 0xBF])?;
    }
    let mut cw = csv::WriterBuilder::new()
        .terminator(if excel {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(w);
    let t = &p.dataset.tables[ti];
    let cols = p.columns(t, variant);
    cw.write_record(cols.iter().map(|c| c.name.as_str()))?;
    // Fields are written straight from the dataset: no string per cell.
    let mut number = Vec::with_capacity(24);
    for ri in 0..t.rows.len() {
        for c in &cols {
            match p.cell(ti, ri, c) {
                Cell::Empty => cw.write_field(b"")?,
                Cell::Str(s) => cw.write_field(s)?,
                Cell::Int(i) => {
                    number.clear();
                    write!(number, "{i}")?;
                    cw.write_field(&number)?;
                }
                Cell::Bool(b) => cw.write_field(if b { "true" } else { "false" })?,
            }
        }
        cw.write_record(None::<&[u8]>)?;
    }
    cw.flush()?;
    Ok(())
}
