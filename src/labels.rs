//! The interface labels the outputs need, by Fluent message id. `check` fails
//! when any of them is missing in either language.

use crate::schema::Schema;

/// Labels that are not tied to a table or column.
pub const GENERAL: &[&str] = &[
    // The release
    "release-title",
    "release-description",
    "release-keywords",
    "release-subject",
    "provisional-translation",
    "authoritative-language",
    // Licence and attribution
    "licence-name",
    "licence-summary",
    "licence-compatible-name",
    "attribution",
    "processed-notice",
    // Placeholders of a draft (see validate::publish)
    "placeholder-notice",
    "placeholder-unset",
    "placeholder-publisher",
    // The series of editions (DCAT dcat:inSeries)
    "series-title",
    "series-description",
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
    "about-source-url",
    "about-source-date",
    "about-dataset-publisher",
    "about-contact",
    "about-placeholders",
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
    "readme-linked-data",
    "readme-linked-data-body",
    // The JSON's record IRIs
    "json-iri",
    "json-iri-desc",
    // The review status of the English (bilingual JSON, workbooks' legend,
    // README, the translation-status table and its Table Schema)
    "json-status",
    "json-status-desc",
    "json-reviewed",
    "json-reviewed-desc",
    "about-status",
    "about-status-body",
    "status-reviewed-desc",
    "status-provisional-desc",
    "status-machine-desc",
    "readme-status",
    "readme-status-body",
    "readme-status-status",
    "readme-status-meaning",
    "readme-status-count",
    "readme-status-total",
    "file-translation-status",
    "file-translation-status-desc",
    "status-field-table",
    "status-field-table-desc",
    "status-field-id",
    "status-field-id-desc",
    "status-field-column",
    "status-field-column-desc",
    "status-field-status",
    "status-field-status-desc",
    "status-field-reviewed",
    "status-field-reviewed-desc",
    // The published files (DCAT distributions, CKAN resources)
    "lang-ja",
    "lang-en",
    "lang-bilingual",
    "file-csv",
    "file-csv-desc",
    "file-csv-excel",
    "file-csv-excel-desc",
    "file-package",
    "file-package-desc",
    "file-json",
    "file-json-desc",
    "file-json-schema",
    "file-json-schema-desc",
    "file-xlsx",
    "file-xlsx-desc",
    "file-datapackage",
    "file-datapackage-desc",
    "file-csvw",
    "file-csvw-desc",
    "file-dcat",
    "file-dcat-desc",
    "file-readme",
    "file-readme-desc",
    "file-licence",
    "file-licence-desc",
    "file-sums",
    "file-sums-desc",
    "file-ckan",
    "file-ckan-desc",
    "file-rdf",
    "file-rdf-desc",
    "file-zip",
    "file-zip-desc",
    "file-changelog",
    "file-changelog-desc",
    "file-release",
    "file-release-desc",
    "file-changes",
    "file-changes-json-desc",
    "file-changes-csv-desc",
    "file-changes-schema-desc",
    "file-changes-md-desc",
    "file-table-schema",
    "format-json",
    "format-csv",
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
    keys.extend(crate::views::label_keys());
    keys
}
