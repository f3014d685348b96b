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
    // The website
    "site-skip",
    "site-versions",
    "site-versions-intro",
    "site-changes-count",
    "site-changes-link",
    "site-changelog-link",
    "site-nav",
    "site-home",
    "site-downloads",
    "site-about",
    "site-breadcrumb",
    "site-contents",
    "site-lang-self",
    "site-lang-ja",
    "site-lang-en",
    "site-lang-bilingual",
    "site-lang-both",
    "site-read-japanese",
    "site-enter",
    "site-total",
    "site-chart-desc",
    "site-programmes-intro",
    "site-downloads-intro",
    "site-all-downloads",
    "site-csv-by-table",
    "site-csv-by-table-desc",
    "site-table",
    "site-bytes",
    "site-about-more",
    "site-file",
    "site-format",
    "site-language",
    "site-size",
    "site-dl-zip",
    "site-dl-zip-desc",
    "site-dl-xlsx",
    "site-dl-xlsx-desc",
    "site-dl-csv-excel",
    "site-dl-csv-excel-desc",
    "site-dl-csv",
    "site-dl-csv-desc",
    "site-dl-json",
    "site-dl-json-desc",
    "site-dl-schema",
    "site-dl-schema-desc",
    "site-dl-metadata",
    "site-dl-metadata-desc",
    "site-iri",
    "site-fields",
    "site-referenced-by",
    "site-mentions",
    "site-record-data",
    "site-json-record",
    "site-csv-rows",
    "site-json-release",
    "site-more-items",
    "site-yes",
    "site-no",
    "site-amounts",
    "site-lines",
    "site-lines-chart",
    "site-lines-chart-desc",
    "site-covers",
    "site-sections",
    "site-diagram",
    "site-diagram-note",
    "site-flows",
    "site-point-page",
    "site-names",
    "site-none-given",
    "site-appearances",
    "site-subpoints",
    "site-budget-lines",
    "site-lines-note",
    "site-diagram-entries",
    "site-document-page",
    "site-iri-scheme",
    "site-iri-pattern",
    "site-records",
    "site-has-pages",
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
