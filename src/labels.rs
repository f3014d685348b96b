//! The interface labels the outputs need, by Fluent message id. `check` fails
//! when any of them is missing in either language.

use crate::schema::Schema;

/// Labels that are not tied to a table or column.
pub const GENERAL: &[&str] = &[
    // The release
    "release-title",
    "release-description",
    "release-keywords",
    "provisional-translation",
    "authoritative-language",
    // Licence and attribution
    "licence-name",
    "licence-summary",
    "attribution",
    "processed-notice",
    // The workbook's first sheet
    "sheet-about",
    "sheet-chart",
    "about-item",
    "about-value",
    "about-title",
    "about-fiscal-year",
    "about-phase",
    "about-source",
    "about-publisher",
    "about-licence",
    "about-attribution",
    "about-generated",
    "about-unit",
    "about-translation",
    "about-sheets",
    "about-sheet-name",
    "about-sheet-content",
    "about-identifiers",
    // The chart
    "chart-title",
    "chart-axis-project",
    "chart-axis-amount",
    "chart-series-amed",
    "chart-series-inhouse",
    // Units
    "unit-oku-yen",
    "unit-note",
    // The package README
    "readme-about",
    "readme-tables",
    "readme-columns",
    "readme-identifiers",
    "readme-identifiers-body",
    "readme-units",
    "readme-units-body",
    "readme-source",
    "readme-source-body",
    "readme-production",
    "readme-production-body",
    "readme-limits",
    "readme-limits-body",
    "readme-cite",
    "readme-cite-body",
    "readme-licence",
    "readme-files",
    "readme-files-body",
];

pub fn table_title(table: &str) -> String {
    format!("table-{table}")
}

pub fn table_description(table: &str) -> String {
    format!("table-{table}-desc")
}

pub fn column_title(table: &str, column: &str) -> String {
    format!("col-{table}-{column}")
}

pub fn column_description(table: &str, column: &str) -> String {
    format!("col-{table}-{column}-desc")
}

/// Every label key, in a stable order.
pub fn ui_keys(schema: &Schema) -> Vec<String> {
    let mut keys: Vec<String> = GENERAL.iter().map(|s| s.to_string()).collect();
    keys.extend(crate::history::LABELS.iter().map(|s| s.to_string()));
    for t in schema.tables {
        keys.push(table_title(t.name));
        keys.push(table_description(t.name));
        for c in t.columns {
            keys.push(column_title(t.name, c.name));
            keys.push(column_description(t.name, c.name));
        }
    }
    keys
}
