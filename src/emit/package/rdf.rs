//! `data.nt`: every record of every table as RDF (N-Triples), the triples
//! that CSV on the Web's minimal mode gives for the package's tables and
//! `csv-metadata.json` ([`super::csvw`]): one subject per record (its IRI,
//! [`Publication::record_iri`]), one predicate per column shared by the
//! Japanese and English tables ([`Publication::predicate`]), the texts as
//! `"..."@ja` and `"..."@en`, numbers, booleans and dates as typed literals,
//! references as IRIs. A value the two languages share is one triple, so a
//! sum over the graph counts each amount once.
//!
//! Not written for large datasets ([`wanted`]): it would be the largest file
//! of the release and repeat what the CSV and its metadata already say.

use crate::model::Value;
use crate::publication::{Lang, Publication};
use crate::schema::Kind;
use std::io::{self, Write};
use std::path::Path;

const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// Whether the release has `data.nt` (not for large datasets, see
/// [`crate::emit::LARGE_ROWS`]).
pub fn wanted(p: &Publication) -> bool {
    !crate::emit::is_large(p)
}

/// Writes `data.nt` at `path`.
pub fn write(p: &Publication, path: &Path) -> io::Result<()> {
    let mut w = crate::emit::BlockWriter::create(path)?;
    for (ti, t) in p.dataset.tables.iter().enumerate() {
        let spec = t.spec;
        let prefix = p.record_iri_prefix(spec);
        let predicates: Vec<String> = spec
            .columns
            .iter()
            .map(|c| p.predicate(spec, c.name))
            .collect();
        let targets: Vec<Option<String>> = spec
            .columns
            .iter()
            .map(|c| match c.kind {
                Kind::Ref(target) => Some(p.record_iri_prefix(p.dataset.table(target).spec)),
                _ => None,
            })
            .collect();
        for (ri, row) in t.rows.iter().enumerate() {
            let subject = format!("<{prefix}{}>", t.key_of(row));
            for (ci, col) in spec.columns.iter().enumerate() {
                let value = &row.cells[ci];
                if *value == Value::Null {
                    continue;
                }
                let mut triple = |object: &str| -> io::Result<()> {
                    writeln!(w, "{subject} <{}> {object} .", predicates[ci])
                };
                match (value, col.kind) {
                    (Value::Str(ja), Kind::Text) => {
                        triple(&format!("{}@ja", literal(ja)))?;
                        if let Some(en) = p.text(Lang::En, ti, ri, ci) {
                            triple(&format!("{}@en", literal(en)))?;
                        }
                    }
                    (Value::Str(s), Kind::Ref(_)) => {
                        let target = targets[ci].as_deref().unwrap_or_default();
                        triple(&format!("<{target}{s}>"))?;
                    }
                    (Value::Str(s), Kind::Date) => {
                        triple(&format!("{}^^<{XSD}date>", literal(s)))?;
                    }
                    (Value::Str(s), _) => triple(&literal(s))?,
                    (Value::Int(n), _) => triple(&format!("\"{n}\"^^<{XSD}integer>"))?,
                    (Value::Bool(b), _) => triple(&format!("\"{b}\"^^<{XSD}boolean>"))?,
                    (Value::Null, _) => {}
                }
            }
        }
    }
    w.flush()
}

/// A string as an N-Triples literal (quotes, backslashes and line breaks
/// escaped; other characters as UTF-8).
fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn literals_are_escaped() {
        assert_eq!(super::literal(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(super::literal("改\n行"), "\"改\\n行\"");
    }
}
