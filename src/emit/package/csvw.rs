//! `csv-metadata.json`: CSV on the Web metadata for the package's tables,
//! with bilingual titles and descriptions, an `aboutUrl` per record (the
//! record's IRI) and a `propertyUrl` per column that the Japanese and the
//! English table share, so that their RDF is one graph: texts as
//! language-tagged literals (`lang`), numbers, booleans and dates typed.

use super::{csv_path, description, lang_map, lang_values, VARIANTS};
use crate::labels;
use crate::model::Table;
use crate::publication::{Lang, OutColumn, Publication, Variant};
use crate::schema::{Kind, TableSpec};
use serde_json::{json, Value as J};

/// The metadata document for every table of the package.
pub fn build(p: &Publication) -> J {
    let mut tables = Vec::new();
    for v in VARIANTS {
        for t in &p.dataset.tables {
            tables.push(table(p, v, t));
        }
    }
    json!({
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "ja"}],
        "dc:title": lang_map(p, "release-title"),
        "dc:description": lang_values(&description(p, Lang::Ja), &description(p, Lang::En)),
        "dc:publisher": lang_values(p.dataset_publisher(Lang::Ja), p.dataset_publisher(Lang::En)),
        "dc:license": {"@id": super::licence_url(p, Lang::Ja)},
        "dc:source": {"@id": p.dataset.doc_str("source_url")},
        "dc:rights": lang_map(p, "attribution"),
        "dc:issued": {"@value": p.date, "@type": "xsd:date"},
        "tables": tables,
    })
}

/// The URL template of a table's records: `<base>id/<table>/{key}...`
/// (see [`Publication::record_iri`]).
fn about_url(p: &Publication, spec: &TableSpec) -> String {
    let keys: Vec<String> = spec.key.iter().map(|k| format!("{{{k}}}")).collect();
    format!("{}{}", p.record_iri_prefix(spec), keys.join("/"))
}

/// One table in one language.
fn table(p: &Publication, v: Variant, t: &Table) -> J {
    let spec = t.spec;
    let columns: Vec<J> = p.columns(t, v).iter().map(|c| column(p, spec, c)).collect();
    // Optional references are left to valueUrl: CSVW validators reject empty key cells.
    let fks: Vec<J> = spec
        .columns
        .iter()
        .filter(|c| c.required)
        .filter_map(|c| match c.kind {
            Kind::Ref(target) => Some(json!({
                "columnReference": c.name,
                "reference": {
                    "resource": csv_path(v, p.dataset.table(target).spec),
                    "columnReference": "id"
                }
            })),
            _ => None,
        })
        .collect();
    let mut schema = json!({
        "columns": columns,
        "primaryKey": spec.key,
        "aboutUrl": about_url(p, spec),
    });
    if !fks.is_empty() {
        schema["foreignKeys"] = J::Array(fks);
    }
    json!({
        "url": csv_path(v, spec),
        "dc:title": lang_map(p, &labels::table_title(spec.name)),
        "dc:description": lang_map(p, &labels::table_description(spec.name)),
        "dc:language": match v {
            Variant::Bilingual => json!(["ja", "en"]),
            _ => json!(v.code()),
        },
        "tableSchema": schema,
    })
}

/// One output column, with its datatype, language and, for a reference, the
/// URL of the record it points to.
fn column(p: &Publication, spec: &TableSpec, c: &OutColumn) -> J {
    let col = &spec.columns[c.source];
    let datatype = match col.kind {
        Kind::Int => json!({"base": "integer", "minimum": 0}),
        Kind::Bool => json!({"base": "boolean", "format": "true|false"}),
        Kind::Date => json!("date"),
        _ => json!("string"),
    };
    let mut o = json!({
        "name": c.name,
        "titles": c.name,
        "propertyUrl": p.predicate(spec, col.name),
        "dc:title": lang_map(p, &labels::column_title(spec.name, col.name)),
        "dc:description": lang_map(p, &labels::column_description(spec.name, col.name)),
        "datatype": datatype,
        "required": col.required,
    });
    if let Some(l) = c.lang {
        o["lang"] = json!(l.code());
    }
    if let Kind::Ref(target) = col.kind {
        let target_prefix = p.record_iri_prefix(p.dataset.table(target).spec);
        o["valueUrl"] = json!(format!("{target_prefix}{{{}}}", col.name));
    }
    o
}
