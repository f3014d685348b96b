//! Reads `data/datapackage.json`, the descriptor of the canonical tables.
//!
//! It is a Frictionless Data Package (v2) whose resources are the tables of
//! `data/`, with Table Schemas (field types and constraints, primary and
//! foreign keys) and seven extension properties for what the standard lacks:
//!
//! - `x-translated` on a field: its Japanese text has an English translation
//!   in `locales/en/data/<table>.ftl`;
//! - `x-table-name` on a field: its values name a table of the package;
//! - `x-code-list` on a resource: a code list, whose ids are the allowed
//!   values of the fields that refer to it;
//! - `x-nesting` on the package: how child tables hang under their parents
//!   in the JSON outputs;
//! - `x-publish` on a field: what `--publish` requires of it (`required`:
//!   filled in; `address`: a real web or mail address, no placeholder);
//! - `x-identifying` on a translated field: the field names its record, so
//!   the release history tells an edited record from another one by it;
//! - `x-may-be-empty` on a resource: the table may have a header and no
//!   records (the registry of retired identifiers before any retirement).
//!
//! A column's [`Kind`] follows from its type and these properties: `integer`,
//! `boolean` and `date` fields are [`Kind::Int`], [`Kind::Bool`] and
//! [`Kind::Date`]; a string field is the table's [`Kind::Id`] when it is the
//! single primary-key field `id`, a [`Kind::Ref`] when it is a single-field
//! foreign key, [`Kind::Text`] when translated, [`Kind::TableName`] when it
//! names tables, and [`Kind::Verbatim`] otherwise. Everything that would make
//! the description inconsistent (an unknown type, a foreign key to a table
//! that does not exist or comes later, a nesting through a column that is no
//! reference) is refused with the descriptor's file and line.

use super::{Column, Kind, Nesting, Publish, Schema, TableSpec, IDENTIFIER_PATTERN};
use crate::diag::Diagnostics;
use crate::validate::rules;
use serde::Deserialize;
use std::path::Path;

/// The descriptor's file name in the data directory.
pub const FILE: &str = "datapackage.json";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Descriptor {
    #[serde(rename = "$schema")]
    _profile: String,
    #[serde(rename = "name")]
    _name: String,
    #[serde(rename = "title", default)]
    _title: Option<String>,
    #[serde(rename = "description", default)]
    _description: Option<String>,
    resources: Vec<Resource>,
    #[serde(rename = "x-nesting", default)]
    nesting: Vec<NestingDesc>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Resource {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    path: String,
    format: String,
    mediatype: String,
    encoding: String,
    #[serde(rename = "x-code-list", default)]
    code_list: bool,
    #[serde(rename = "x-may-be-empty", default)]
    may_be_empty: bool,
    schema: TableSchema,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TableSchema {
    fields: Vec<Field>,
    #[serde(rename = "primaryKey")]
    primary_key: Vec<String>,
    #[serde(rename = "foreignKeys", default)]
    foreign_keys: Vec<ForeignKey>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Field {
    name: String,
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    constraints: Constraints,
    #[serde(rename = "x-translated", default)]
    translated: bool,
    #[serde(rename = "x-table-name", default)]
    table_name: bool,
    #[serde(rename = "x-publish", default)]
    publish: Option<String>,
    #[serde(rename = "x-identifying", default)]
    identifying: bool,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Constraints {
    #[serde(default)]
    required: bool,
    #[serde(default)]
    unique: bool,
    #[serde(default)]
    pattern: Option<String>,
    #[serde(default)]
    minimum: Option<i64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ForeignKey {
    fields: Vec<String>,
    reference: Reference,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reference {
    /// Omitted for a reference into the same table (Data Package v2).
    #[serde(default)]
    resource: Option<String>,
    fields: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NestingDesc {
    parent: String,
    child: String,
    via: String,
    key: String,
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Reads and checks the descriptor in `dir`. Problems go to `diags` with the
/// descriptor's file and line; `None` when there is any.
///
/// The schema lives as long as the process: every stage borrows from it.
pub fn load(dir: &Path, diags: &mut Diagnostics) -> Option<&'static Schema> {
    let shown = format!("{}/{FILE}", dir.display().to_string().trim_end_matches('/'));
    let text = match std::fs::read_to_string(dir.join(FILE)) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            diags.push(
                shown,
                0,
                0,
                &rules::MISSING_DESCRIPTOR,
                "the descriptor of the tables does not exist",
            );
            return None;
        }
        Err(e) => {
            diags.push(
                shown,
                0,
                0,
                &rules::IO,
                format!("cannot read the file: {e}"),
            );
            return None;
        }
    };
    let desc: Descriptor = match serde_json::from_str(&text) {
        Ok(d) => d,
        Err(e) => {
            diags.push(
                shown,
                e.line(),
                e.column(),
                &rules::DESCRIPTOR,
                e.to_string(),
            );
            return None;
        }
    };
    let before = diags.len();
    let schema = build(&desc, &Lines { text: &text }, &shown, diags);
    (diags.len() == before).then(|| &*Box::leak(Box::new(schema)))
}

/// Finds the line of a resource (or of a field inside it) in the descriptor's
/// text, for diagnostics about what the descriptor means rather than its syntax.
struct Lines<'a> {
    text: &'a str,
}

impl Lines<'_> {
    fn of(&self, resource: &str, field: Option<&str>) -> usize {
        let needle = |n: &str| format!("\"name\": \"{n}\"");
        let Some(start) = self.text.find(&needle(resource)) else {
            return 0;
        };
        let at = field
            .and_then(|f| self.text[start..].find(&needle(f)).map(|i| start + i))
            .unwrap_or(start);
        1 + self.text[..at].matches('\n').count()
    }
}

fn build(desc: &Descriptor, lines: &Lines, shown: &str, diags: &mut Diagnostics) -> Schema {
    let mut err = |line: usize, message: String| {
        diags.push(shown, line, 0, &rules::DESCRIPTOR, message);
    };
    let names: Vec<&str> = desc.resources.iter().map(|r| r.name.as_str()).collect();
    let mut tables = Vec::with_capacity(desc.resources.len());
    for (ri, r) in desc.resources.iter().enumerate() {
        let line = lines.of(&r.name, None);
        if names[..ri].contains(&r.name.as_str()) {
            err(line, format!("resource `{}` is declared twice", r.name));
        }
        if !crate::schema::valid_table_name(&r.name) {
            err(
                line,
                format!("resource name `{}` must match ^[a-z][a-z0-9_]*$", r.name),
            );
        }
        if r.path != format!("{}.csv", r.name) {
            err(
                line,
                format!("resource `{}` must have the path `{}.csv`", r.name, r.name),
            );
        }
        let expected = [
            ("type", r.kind.as_str(), "table"),
            ("format", r.format.as_str(), "csv"),
            ("mediatype", r.mediatype.as_str(), "text/csv"),
            ("encoding", r.encoding.as_str(), "utf-8"),
        ];
        for (what, found, want) in expected {
            if found != want {
                err(
                    line,
                    format!(
                        "resource `{}`: `{what}` must be `{want}`, found `{found}`",
                        r.name
                    ),
                );
            }
        }
        let mut columns = Vec::with_capacity(r.schema.fields.len());
        for f in &r.schema.fields {
            let fline = lines.of(&r.name, Some(&f.name));
            let fk = r
                .schema
                .foreign_keys
                .iter()
                .find(|k| k.fields.len() == 1 && k.fields[0] == f.name);
            let kind = match f.kind.as_str() {
                "integer" => Kind::Int,
                "boolean" => Kind::Bool,
                "date" => Kind::Date,
                "string" => {
                    if let Some(fk) = fk {
                        let target = fk.reference.resource.as_deref().unwrap_or(&r.name);
                        match names.iter().position(|n| *n == target) {
                            Some(ti) if ti > ri => err(
                                fline,
                                format!(
                                    "`{}.{}` refers to `{target}`, which must come before `{}` in the resources",
                                    r.name, f.name, r.name
                                ),
                            ),
                            None => err(
                                fline,
                                format!(
                                    "`{}.{}` refers to `{target}`, which is not a resource of the package",
                                    r.name, f.name
                                ),
                            ),
                            _ => {}
                        }
                        if fk.reference.fields != ["id"] {
                            err(
                                fline,
                                format!(
                                    "`{}.{}`: a foreign key must refer to the field `id`",
                                    r.name, f.name
                                ),
                            );
                        }
                        Kind::Ref(leak(target.to_string()))
                    } else if r.schema.primary_key == ["id"] && f.name == "id" {
                        Kind::Id
                    } else if f.translated {
                        Kind::Text
                    } else if f.table_name {
                        Kind::TableName
                    } else {
                        Kind::Verbatim
                    }
                }
                other => {
                    err(
                        fline,
                        format!(
                            "`{}.{}` has type `{other}`; the tables use string, integer, boolean and date",
                            r.name, f.name
                        ),
                    );
                    Kind::Verbatim
                }
            };
            let pattern_needed = matches!(kind, Kind::Id | Kind::Ref(_));
            if pattern_needed && f.constraints.pattern.as_deref() != Some(IDENTIFIER_PATTERN) {
                err(
                    fline,
                    format!(
                        "`{}.{}` holds identifiers: give it the constraint \"pattern\": \"{IDENTIFIER_PATTERN}\"",
                        r.name, f.name
                    ),
                );
            }
            if kind == Kind::Id && !(f.constraints.unique && f.constraints.required) {
                err(
                    fline,
                    format!("`{}.id` must be required and unique", r.name),
                );
            }
            if kind == Kind::Int && f.constraints.minimum != Some(0) {
                err(
                    fline,
                    format!(
                        "`{}.{}`: integers are non-negative: give it the constraint \"minimum\": 0",
                        r.name, f.name
                    ),
                );
            }
            if (f.translated && kind != Kind::Text) || (f.table_name && kind != Kind::TableName) {
                err(
                    fline,
                    format!(
                        "`{}.{}`: `x-translated` and `x-table-name` apply to plain string fields only",
                        r.name, f.name
                    ),
                );
            }
            if f.identifying && kind != Kind::Text {
                err(
                    fline,
                    format!(
                        "`{}.{}`: `x-identifying` applies to translated fields only",
                        r.name, f.name
                    ),
                );
            }
            let pattern = match (&f.constraints.pattern, pattern_needed) {
                (Some(p), false) => match regex::Regex::new(p) {
                    Ok(re) => Some(&*Box::leak(Box::new(re))),
                    Err(e) => {
                        err(
                            fline,
                            format!(
                                "`{}.{}`: the pattern is not a regular expression: {e}",
                                r.name, f.name
                            ),
                        );
                        None
                    }
                },
                _ => None,
            };
            let publish = match f.publish.as_deref() {
                None => None,
                Some("required") => Some(Publish::Required),
                Some("address") if kind == Kind::Verbatim => Some(Publish::Address),
                Some(other) => {
                    err(
                        fline,
                        format!(
                            "`{}.{}`: `x-publish` is `required` or (on a plain string field) `address`, found `{other}`",
                            r.name, f.name
                        ),
                    );
                    None
                }
            };
            columns.push(Column {
                name: leak(f.name.clone()),
                kind,
                required: f.constraints.required,
                pattern,
                publish,
                identifying: f.identifying,
            });
        }
        for k in &r.schema.foreign_keys {
            let known = k.fields.len() == 1 && columns.iter().any(|c| c.name == k.fields[0]);
            if !known {
                err(
                    line,
                    format!(
                        "resource `{}`: a foreign key must name one field of the table, found {:?}",
                        r.name, k.fields
                    ),
                );
            }
        }
        for k in &r.schema.primary_key {
            if !columns.iter().any(|c| c.name == k) {
                err(
                    line,
                    format!(
                        "resource `{}`: primary key field `{k}` is not a field",
                        r.name
                    ),
                );
            }
        }
        if columns.first().map(|c| c.name) != r.schema.primary_key.first().map(String::as_str) {
            err(
                line,
                format!(
                    "resource `{}`: the first field must be the (first) primary-key field",
                    r.name
                ),
            );
        }
        if r.code_list
            && (r.schema.primary_key != ["id"] || !columns.iter().any(|c| c.kind == Kind::Text))
        {
            err(
                line,
                format!(
                    "code list `{}` needs the key `id` and a translated label",
                    r.name
                ),
            );
        }
        tables.push(TableSpec {
            name: leak(r.name.clone()),
            columns: Box::leak(columns.into_boxed_slice()),
            key: Box::leak(
                r.schema
                    .primary_key
                    .iter()
                    .map(|k| leak(k.clone()))
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            code_list: r.code_list,
            may_be_empty: r.may_be_empty,
        });
    }
    for (name, kind) in [("document", "the source document")] {
        if !names.contains(&name) {
            err(0, format!("the package needs a resource `{name}` ({kind})"));
        }
    }
    let mut nesting = Vec::with_capacity(desc.nesting.len());
    for n in &desc.nesting {
        let child = tables.iter().find(|t| t.name == n.child);
        let via = child.and_then(|t| t.columns.iter().find(|c| c.name == n.via));
        let ok = matches!(via, Some(c) if matches!(c.kind, Kind::Ref(p) if p == n.parent));
        if !ok {
            err(
                lines
                    .text
                    .find(&format!("\"child\": \"{}\"", n.child))
                    .map_or(0, |at| 1 + lines.text[..at].matches('\n').count()),
                format!(
                    "x-nesting: `{}.{}` is not a reference to `{}`",
                    n.child, n.via, n.parent
                ),
            );
        }
        nesting.push(Nesting {
            parent: leak(n.parent.clone()),
            child: leak(n.child.clone()),
            via: leak(n.via.clone()),
            key: leak(n.key.clone()),
        });
    }
    Schema {
        tables: Box::leak(tables.into_boxed_slice()),
        nesting: Box::leak(nesting.into_boxed_slice()),
    }
}
