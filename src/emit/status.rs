//! The translation-status table: `<id>-translation-status.csv`, one row per
//! English text of the release, `table,id,column,status,reviewed` (the
//! record's table, its id, the text column, `reviewed` / `provisional` /
//! `machine`, and the date of the review). It tells a reader which English
//! a person checked, and that machine translations are marked as such. The
//! same canonical CSV form as `csv/` (UTF-8 without BOM, LF).

use crate::publication::{Publication, Variant};
use std::io::{self, Write};
use std::path::Path;

pub struct Status;

/// The file name of the table.
pub fn file_name(p: &Publication) -> String {
    format!("{}-translation-status.csv", super::stem(p))
}

impl super::Output for Status {
    fn name(&self) -> &'static str {
        "status"
    }

    fn jobs(&self) -> Vec<(Variant, u32)> {
        vec![(Variant::Bilingual, 1)]
    }

    fn write(&self, p: &Publication, _: Variant, dir: &Path) -> io::Result<()> {
        let w = super::BlockWriter::create(&dir.join(file_name(p)))?;
        let mut cw = csv::WriterBuilder::new()
            .terminator(csv::Terminator::Any(b'\n'))
            .from_writer(w);
        cw.write_record(["table", "id", "column", "status", "reviewed"])?;
        for (ti, t) in p.dataset.tables.iter().enumerate() {
            let cols = t.spec.text_columns();
            if cols.is_empty() {
                continue;
            }
            let en = &p.tr.en[ti];
            for (ri, row) in t.rows.iter().enumerate() {
                for &c in &cols {
                    if en.get(ri, c).is_none() {
                        continue;
                    }
                    let status = en.status(ri, c);
                    let date = status.date().unwrap_or_default();
                    cw.write_record([
                        t.spec.name,
                        &t.key_of(row),
                        t.spec.columns[c].name,
                        status.name(),
                        &date,
                    ])?;
                }
            }
        }
        cw.flush()?;
        let mut w = cw
            .into_inner()
            .map_err(|e| io::Error::other(e.to_string()))?;
        w.flush()
    }
}
