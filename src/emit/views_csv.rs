//! CSV of the analyst views (see [`crate::views`]): one file per view and
//! language variant, beside the canonical tables, as
//! `csv/<variant>/views/<view>.csv` (UTF-8, LF) and
//! `csv-excel/<variant>/views/<view>.csv` (BOM, CRLF). The header row holds
//! the views' machine column names (`_ja`/`_en` for text in the bilingual
//! files); the labels are in the workbooks.

use super::csv::RecordSink;
use crate::publication::{Publication, Variant};
use crate::views::{self, VCell, View, Views};

use std::io::{self, Write};
use std::path::Path;

/// The views as CSV, in every variant, canonical and for Excel.
pub struct ViewsCsv(pub std::sync::Arc<views::Shared>);

impl super::Output for ViewsCsv {
    fn name(&self) -> &'static str {
        "csv-views"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 3), (Variant::Ja, 2), (Variant::En, 2)]
    }

    fn write(&self, p: &Publication, v: Variant, dir: &Path) -> io::Result<()> {
        let views = self.0.get(p);
        for view in View::ALL {
            let file = format!("{}.csv", view.name());
            write_view(
                p,
                &views,
                view,
                v,
                &dir.join("csv").join(v.code()).join("views").join(&file),
                &dir.join("csv-excel")
                    .join(v.code())
                    .join("views")
                    .join(&file),
            )?;
        }
        Ok(())
    }
}

/// Writes one view in one variant: the canonical file and its Excel copy,
/// each record encoded once (as in [`super::csv::write_table`]).
fn write_view(
    p: &Publication,
    views: &Views,
    view: View,
    variant: Variant,
    canonical: &Path,
    excel: &Path,
) -> io::Result<()> {
    for path in [canonical, excel] {
        if let Some(d) = path.parent() {
            std::fs::create_dir_all(d)?;
        }
    }
    let mut lf = super::BlockWriter::create(canonical)?;
    let mut crlf = super::BlockWriter::create(excel)?;
    crlf.write_all(&[0xEF, 0xBB, 0xBF])?;
    let mut cw = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(RecordSink::default());
    let mut emit = |cw: &mut csv::Writer<RecordSink>| -> io::Result<()> {
        cw.flush()?;
        let mut record = cw.get_ref().0.borrow_mut();
        lf.write_all(&record)?;
        let body = record.strip_suffix(b"\n").unwrap_or(&record);
        crlf.write_all(body)?;
        crlf.write_all(b"\r\n")?;
        record.clear();
        Ok(())
    };
    let cols = views::out_columns(view, variant);
    cw.write_record(cols.iter().map(|c| c.name.as_str()))?;
    emit(&mut cw)?;
    let mut number = Vec::with_capacity(24);
    let lang = variant.label_lang();
    for ri in 0..views.len(p, view) {
        for c in &cols {
            match views.cell(p, view, ri, c.column.name, c.lang.unwrap_or(lang)) {
                VCell::Empty => cw.write_field(b"")?,
                VCell::Str(s) => cw.write_field(s)?,
                VCell::Owned(s) => cw.write_field(s)?,
                VCell::Int(i) => {
                    number.clear();
                    write!(number, "{i}")?;
                    cw.write_field(&number)?;
                }
            }
        }
        cw.write_record(None::<&[u8]>)?;
        emit(&mut cw)?;
    }
    lf.flush()?;
    crlf.flush()
}
