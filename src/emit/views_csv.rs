//! CSV of the analyst views (see [`crate::views`]): one file per view and
//! language variant, beside the canonical tables, as
//! `csv/<variant>/views/<view>.csv` (UTF-8, LF) and
//! `csv-excel/<variant>/views/<view>.csv` (BOM, CRLF). The header row holds
//! the views' machine column names (`_ja`/`_en` for text in the bilingual
//! files); the labels are in the workbooks.

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
    let mut pair = super::csv::CsvPair::create(canonical, excel)?;
    let cols = views::out_columns(view, variant);
    pair.cw.write_record(cols.iter().map(|c| c.name.as_str()))?;
    pair.emit(None)?;
    let mut number = Vec::with_capacity(24);
    let lang = variant.label_lang();
    for ri in 0..views.len(p, view) {
        for c in &cols {
            match views.cell(p, view, ri, c.column.name, c.lang.unwrap_or(lang)) {
                VCell::Empty => pair.cw.write_field(b"")?,
                VCell::Str(s) => pair.cw.write_field(s)?,
                VCell::Owned(s) => pair.cw.write_field(s)?,
                VCell::Int(i) => {
                    number.clear();
                    write!(number, "{i}")?;
                    pair.cw.write_field(&number)?;
                }
            }
        }
        pair.cw.write_record(None::<&[u8]>)?;
        pair.emit(None)?;
    }
    pair.finish()
}
