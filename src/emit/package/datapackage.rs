//! `datapackage.json`: a Frictionless Data Package v2 with one resource per
//! table and language, and the budget semantics of the Fiscal Data Package
//! (`fiscalPeriod`, `budgetPhase`, and a model of measures and dimensions).

use super::hash::Hashes;
use super::{
    base, compatible_url, contact, contact_email, csv_path, doc_text, fiscal_period, keywords,
    licence_url, placeholder_text, title, VARIANTS,
};
use crate::labels;
use crate::model::Table;
use crate::publication::{Lang, OutColumn, Publication, Variant};
use crate::schema::{Kind, TableSpec};
use serde_json::{json, Map, Value as J};
use std::io;
use std::path::Path;

/// The descriptor of the package in `pkg`, whose CSV files are in place.
pub fn build(p: &Publication, pkg: &Path, hashes: &Hashes) -> io::Result<J> {
    let mut resources = Vec::new();
    for v in VARIANTS {
        for t in &p.dataset.tables {
            resources.push(resource(p, v, t, pkg, hashes)?);
        }
    }
    resources.push(status_resource(p, pkg, hashes)?);
    let (start, end) = fiscal_period(p);
    let keywords: Vec<&str> = Lang::BOTH.iter().flat_map(|&l| keywords(p, l)).collect();
    let phase = budget_phase(p);
    let measure = |resource: &str, column: &str| {
        json!({
            "resource": resource,
            "source": column,
            "currency": p.dataset.doc_str("currency"),
            "factor": p.dataset.doc_int("unit_factor"),
            "direction": "expenditure",
            "phase": phase,
        })
    };
    let dimension = |attribute: &str, resource: &str, column: &str, kind: &str| {
        json!({
            "attributes": {attribute: {"source": column, "resource": resource}},
            "primaryKey": [attribute],
            "dimensionType": kind,
        })
    };
    let description = [
        p.label(Lang::Ja, "release-description").to_string(),
        p.label(Lang::En, "release-description").to_string(),
        p.label(Lang::En, "provisional-translation").to_string(),
        placeholder_text(p, Lang::Ja),
        placeholder_text(p, Lang::En),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join("\n\n");
    Ok(json!({
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": p.dataset.doc_str("id"),
        "id": format!("{}package/datapackage.json", base(p)),
        "title": p.label_both("release-title"),
        "description": description,
        "version": p.dataset.doc_str("release_version"),
        "created": format!("{}T00:00:00Z", p.date),
        "homepage": base(p),
        "languages": ["ja", "en"],
        "keywords": keywords,
        "licenses": [
            {"name": "PDL-1.0", "path": licence_url(p, Lang::Ja), "title": p.label_both("licence-name")},
            {"name": "CC-BY-4.0", "path": compatible_url(p), "title": p.label_both("licence-compatible-name")}
        ],
        "sources": [{
            "title": format!(
                "{} ({}) / {} ({})",
                doc_text(p, Lang::Ja, "title"),
                doc_text(p, Lang::Ja, "publisher"),
                doc_text(p, Lang::En, "title"),
                doc_text(p, Lang::En, "publisher")
            ),
            "path": p.dataset.doc_str("source_url"),
            "description": super::attribution(p),
        }],
        "contributors": [contributor(p)],
        "countryCode": "JP",
        "fiscalPeriod": {"start": start, "end": end},
        "budgetPhase": phase,
        "model": {
            "measures": {
                "amed_amount": measure(&resource_name(Variant::Ja, "projects"), "amed_amount"),
                "inhouse_amount": measure(&resource_name(Variant::Ja, "projects"), "inhouse_amount"),
                "budget_line_amount": measure(&resource_name(Variant::Ja, "budget_lines"), "amount"),
            },
            "dimensions": {
                "project": dimension("id", &resource_name(Variant::Ja, "budget_lines"), "project", "classification"),
                "expense": dimension("id", &resource_name(Variant::Ja, "budget_lines"), "expense", "classification"),
                "fiscal_year": dimension("year", &resource_name(Variant::Ja, "document"), "fiscal_year", "datetime"),
            }
        },
        "resources": resources,
    }))
}

/// The publisher of this dataset (not of the source document) and its contact.
fn contributor(p: &Publication) -> J {
    let mut c = json!({
        "title": format!("{} / {}", p.dataset_publisher(Lang::Ja), p.dataset_publisher(Lang::En)),
        "roles": ["publisher"],
    });
    match contact_email(p) {
        Some(email) => c["email"] = json!(email),
        None => c["path"] = json!(contact(p)),
    }
    c
}

/// The Fiscal Data Package budget phase of the amounts (`proposed`,
/// `approved`, `adjusted` or `executed`): the `fdp_phase` of the document's
/// phase in the code list `budget_phases`.
fn budget_phase<'p>(p: &'p Publication) -> &'p str {
    // Validation has checked that the phase is in the code list and that
    // `fdp_phase` is filled in.
    let phases = p.dataset.table("budget_phases");
    phases
        .find(p.dataset.doc_str("phase"))
        .and_then(|r| r.cells[phases.col("fdp_phase")].as_str())
        .unwrap_or_default()
}

/// The name of a table's resource in a language: `budget_lines_ja`, an SQL
/// identifier as it is (no quoting when the package is loaded into a database).
fn resource_name(v: Variant, table: &str) -> String {
    format!("{table}_{}", v.code())
}

/// One table in one language: its file, size, hash, dialect and Table Schema.
fn resource(p: &Publication, v: Variant, t: &Table, pkg: &Path, hashes: &Hashes) -> io::Result<J> {
    let spec = t.spec;
    let path = csv_path(v, spec);
    let (bytes, hash) = hashes.get(&pkg.join(&path))?;
    let fields: Vec<J> = p
        .columns(t, v)
        .iter()
        .map(|c| field(p, v, spec, c))
        .collect();
    let mut schema = json!({
        "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
        "fields": fields,
        "primaryKey": spec.key,
    });
    let fks = foreign_keys(v, spec);
    if !fks.is_empty() {
        schema["foreignKeys"] = J::Array(fks);
    }
    Ok(json!({
        "name": resource_name(v, spec.name),
        "path": path,
        "type": "table",
        "title": title(p, v, &labels::table_title(spec.name)),
        "description": title(p, v, &labels::table_description(spec.name)),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "languages": match v {
            Variant::Bilingual => json!(["ja", "en"]),
            _ => json!([v.code()]),
        },
        "bytes": bytes,
        "hash": format!("sha256:{hash}"),
        "dialect": dialect(),
        "schema": schema,
    }))
}

/// The translation-status table (`translation-status.csv`, see
/// `crate::emit::status`): one row per English text, with its Table Schema.
/// Its values are names, keys, codes and dates, in no language.
fn status_resource(p: &Publication, pkg: &Path, hashes: &Hashes) -> io::Result<J> {
    use crate::emit::status::{COLUMNS, FILE, STATUSES};
    let (bytes, hash) = hashes.get(&pkg.join(FILE))?;
    let mut translated: Vec<&str> = Vec::new();
    let mut text_columns: Vec<&str> = Vec::new();
    for t in p.dataset.schema.tables {
        for c in t.columns.iter().filter(|c| c.kind == Kind::Text) {
            if !translated.contains(&t.name) {
                translated.push(t.name);
            }
            if !text_columns.contains(&c.name) {
                text_columns.push(c.name);
            }
        }
    }
    text_columns.sort_unstable();
    let fields: Vec<J> = COLUMNS
        .iter()
        .map(|&name| {
            let key = format!("status-field-{name}");
            let mut f = json!({
                "name": name,
                "type": if name == "reviewed" { "date" } else { "string" },
                "title": p.label_both(&key),
                "description": p.label_both(&format!("{key}-desc")),
            });
            let values: Option<Vec<&str>> = match name {
                "table" => Some(translated.clone()),
                "column" => Some(text_columns.clone()),
                "status" => Some(STATUSES.to_vec()),
                _ => None,
            };
            if name != "reviewed" {
                f["constraints"] = json!({"required": true});
            }
            if let Some(values) = values {
                f["constraints"]["enum"] = json!(values);
            }
            f
        })
        .collect();
    Ok(json!({
        "name": "translation_status",
        "path": FILE,
        "type": "table",
        "title": p.label_both("file-translation-status"),
        "description": p.label_both("file-translation-status-desc"),
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": bytes,
        "hash": format!("sha256:{hash}"),
        "dialect": dialect(),
        "schema": {
            "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
            "fields": fields,
            "primaryKey": ["table", "id", "column"],
        },
    }))
}

/// The Table Dialect of every CSV file of the package (the canonical form).
fn dialect() -> J {
    json!({
        "$schema": "https://datapackage.org/profiles/2.0/tabledialect.json",
        "header": true,
        "delimiter": ",",
        "lineTerminator": "\n",
        "quoteChar": "\""
    })
}

/// The foreign keys of a table, to the resource of the same language.
fn foreign_keys(v: Variant, spec: &TableSpec) -> Vec<J> {
    spec.columns
        .iter()
        .filter_map(|c| match c.kind {
            Kind::Ref(target) if target == spec.name => {
                Some(json!({"fields": [c.name], "reference": {"fields": ["id"]}}))
            }
            Kind::Ref(target) => Some(json!({
                "fields": [c.name],
                "reference": {"resource": resource_name(v, target), "fields": ["id"]}
            })),
            _ => None,
        })
        .collect()
}

/// The Table Schema field of an output column.
fn field(p: &Publication, v: Variant, t: &TableSpec, col: &OutColumn) -> J {
    let c = &t.columns[col.source];
    let ty = match c.kind {
        Kind::Int => "integer",
        Kind::Bool => "boolean",
        Kind::Date => "date",
        _ => "string",
    };
    let mut title_text = title(p, v, &labels::column_title(t.name, c.name));
    if let (Variant::Bilingual, Some(l)) = (v, col.lang) {
        title_text = format!("{title_text} [{}]", l.code());
    }
    let mut f = json!({
        "name": col.name,
        "type": ty,
        "title": title_text,
        "description": title(p, v, &labels::column_description(t.name, c.name)),
    });
    let mut cons = Map::new();
    if c.required {
        cons.insert("required".into(), J::Bool(true));
    }
    match c.kind {
        Kind::Int => {
            cons.insert("minimum".into(), json!(0));
        }
        Kind::Id => {
            cons.insert("pattern".into(), json!("[a-z][a-z0-9-]*"));
        }
        Kind::Ref(target) => {
            let tt = p.dataset.table(target);
            if tt.spec.code_list {
                let codes: Vec<&str> = tt.rows.iter().filter_map(|r| r.cells[0].as_str()).collect();
                cons.insert("enum".into(), json!(codes));
            }
        }
        Kind::TableName => {
            let names: Vec<&str> = p.dataset.schema.tables.iter().map(|t| t.name).collect();
            cons.insert("enum".into(), json!(names));
        }
        _ => {}
    }
    if !cons.is_empty() {
        f["constraints"] = J::Object(cons);
    }
    if ty == "boolean" {
        f["trueValues"] = json!(["true"]);
        f["falseValues"] = json!(["false"]);
    }
    if c.kind == Kind::Int && c.name.ends_with("amount") {
        f["bareNumber"] = J::Bool(true);
    }
    f
}
