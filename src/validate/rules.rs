//! Every rule a diagnostic can name, declared once: its name (printed in
//! `file:line:column: rule: message`), a one-line summary, and what to do
//! about it. The README's list of rules is generated from [`RULES`], and a
//! test fails when a rule has no fixture under `tests/fixtures/invalid/`.

/// A rule of the inputs.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rule {
    /// The name printed in diagnostics (kebab-case, stable).
    pub name: &'static str,
    /// What the rule requires, in one line.
    pub summary: &'static str,
    /// How to fix a violation.
    pub fix: &'static str,
}

macro_rules! rules {
    ($($id:ident = $name:literal: $summary:literal; $fix:literal)*) => {
        $(
            #[doc = $summary]
            pub static $id: Rule = Rule { name: $name, summary: $summary, fix: $fix };
        )*
        /// Every rule, in the order of the pipeline.
        pub static RULES: &[&Rule] = &[$(&$id),*];
    };
}

rules! {
    IO = "io": "Every input file can be read."; "Check the file's permissions, or that it is a regular file."
    MISSING_DIRECTORY = "missing-directory": "The data and locales paths are existing directories."; "Pass the right `--data` / `--locales`."
    MISSING_DESCRIPTOR = "missing-descriptor": "`data/datapackage.json` describes the tables."; "Restore the descriptor next to the tables."
    DESCRIPTOR = "descriptor": "The descriptor is valid JSON of the expected shape and consistent (types, keys, references, nesting)."; "Fix the descriptor at the line given."
    MISSING_TABLE = "missing-table": "Every table of the descriptor has its CSV file."; "Add the file, or remove the resource from the descriptor."
    BOM = "bom": "Files are UTF-8 without a byte-order mark."; "Save the file as UTF-8 without BOM."
    ENCODING = "encoding": "Files are valid UTF-8."; "Convert the file to UTF-8 (it is often Shift_JIS)."
    CSV_SYNTAX = "csv-syntax": "Tables follow RFC 4180 (quotes closed on the same line)."; "Close the quoted field."
    EMPTY_TABLE = "empty-table": "A table has a header row and at least one record (unless the descriptor says `x-may-be-empty`)."; "Add the header and the records."
    UNKNOWN_COLUMN = "unknown-column": "Every header column is a field of the table."; "Rename or remove the column, or add it to the descriptor."
    MISSING_COLUMN = "missing-column": "Every field of the table is in the header."; "Add the column."
    COLUMN_COUNT = "column-count": "Every row has as many fields as the header."; "Add or remove fields (quote values that contain commas)."
    REQUIRED = "required": "Required fields are not empty."; "Fill in the value."
    INTEGER = "integer": "Integer fields hold non-negative integers, digits only."; "Write the number without separators or units."
    NEGATIVE_AMOUNT = "negative-amount": "Amounts are not negative."; "Check the sign against the source document."
    BOOLEAN = "boolean": "Boolean fields are `true` or `false`."; "Write `true` or `false`."
    DATE = "date": "Date fields are real dates written YYYY-MM-DD, and the release date is in 1900-9999."; "Write the date as YYYY-MM-DD."
    IDENTIFIER = "identifier": "Identifiers and references match ^[a-z][a-z0-9-]*$."; "Use lower-case ASCII letters, digits and hyphens."
    WHITESPACE = "whitespace": "Texts have no leading or trailing spaces."; "Trim the value."
    PATTERN = "pattern": "Values match the pattern their field declares in the descriptor (currency codes, versions, addresses)."; "Write the value in the declared form."
    FORBIDDEN_CHARACTER = "forbidden-character": "Texts hold no control characters, byte-order marks, bidirectional controls, zero-width characters or line/paragraph separators (see README, Reliability)."; "Delete the invisible character (the message names its code point)."
    LINE_BREAK = "line-break": "Texts hold no line break (one record per line)."; "Join the lines."
    DUPLICATE_KEY = "duplicate-key": "Keys are unique in their table."; "Give the record a new identifier (never reuse an old one)."
    UNKNOWN_CODE = "unknown-code": "Coded values are ids of their code list."; "Use an id of the code list, or add the code."
    DANGLING_REFERENCE = "dangling-reference": "References resolve to a record, table or field."; "Fix the reference or add the record."
    SINGLE_ROW = "single-row": "The document table holds exactly one record."; "Remove the extra rows."
    SECTION_PROJECT = "section-project": "An appearance's section belongs to the appearance's project."; "Point the appearance at a section of its project."
    PARENT_CYCLE = "parent-cycle": "Programme parents and diagram groups do not loop."; "Break the cycle of `parent` / `group` references."
    UNREFERENCED = "unreferenced": "Every programme is named by an appearance, point, budget line, diagram entry or another programme."; "Reference the programme where the document names it, or remove it."
    DIAGRAM_PROJECT = "diagram-project": "A diagram entry's group and a flow's ends belong to the same project's diagram."; "Point at an entry of the same project."
    BASIS = "basis": "A budget line's basis matches the number of programmes it covers."; "single: 1, combined/shared: 2 or more, unattributed: none."
    RECONCILE = "reconcile": "Budget lines add up to the project totals where they cover the whole project."; "Check the amounts against the source document."
    ERRATUM_NOT_APPLIED = "erratum-not-applied": "A corrected erratum's text is in the data (and, for English corrections, in the translation)."; "Apply the correction, or mark the erratum as suspected."
    CELL_TOO_LONG = "cell-too-long": "Every text, in both languages, fits in one Excel cell (32,767 characters)."; "Shorten the text or split the record."
    SHEET_NAME = "sheet-name": "Sheet-name labels are valid Excel sheet names (31 characters, no []:*?/\\)."; "Shorten the label."
    FLUENT_SYNTAX = "fluent-syntax": "Fluent files parse (placeables nested at most 32 deep)."; "Fix the Fluent syntax at the position given."
    TRUNCATED_FILE = "truncated-file": "A Fluent file ends with a line break (a file cut short does not)."; "Restore the file from version control and redo the edit."
    FLUENT_FORMAT = "fluent-format": "Fluent messages format without errors (known variables and references)."; "Use only the variables the message is given."
    DUPLICATE_MESSAGE = "duplicate-message": "A message id is defined once."; "Remove the second definition."
    MISSING_TRANSLATION = "missing-translation": "Every text of data/ has its English message, and every table with texts its .ftl file."; "Add the message `<id>__<column>`."
    UNTRANSLATED = "untranslated": "An English message is not empty and not Japanese."; "Translate the message."
    STALE_TRANSLATION = "stale-translation": "An English message carries the fingerprint of the current Japanese."; "Review the English, then run `amed-budget restamp`."
    PLACEABLE_MISMATCH = "placeable-mismatch": "An English message has the same placeables as its Japanese."; "Use the same variables and references as the Japanese."
    OBSOLETE = "obsolete": "Every message and .ftl file belongs to a record, table or label that exists."; "Remove the message or file."
    MISSING_LABEL = "missing-label": "Every interface label exists, with a value, in both languages."; "Add the label to locales/<lang>/ui.ftl."
    PUBLISH_REQUIRED = "publish-required": "With `--publish`: every field the descriptor marks `x-publish` is filled in (the dataset's publisher and its type, the addresses)."; "Set the value in data/document.csv (a draft build says it is not yet set)."
    PLACEHOLDER_ADDRESS = "placeholder-address": "With `--publish`: addresses marked `x-publish: address` (publication, series, source, contact, licence) are real: no example, test or local domain."; "Replace the placeholder with the real address in data/document.csv."
    TERMBASE = "termbase": "The termbase (`locales/en/termbase/`: official.csv, glossary.csv, glossary-allow.csv) is well-formed: its header, every required field filled in, an https:// source and a YYYY-MM-DD checked date for each official name, no duplicate, no glossary term that is also an official name, exceptions naming a record text and a glossary term."; "Fix the row at the line given (see locales/en/GLOSSARY.md)."
    OFFICIAL_NAME = "official-name": "A text whose Japanese is an official name of official.csv has that name's English and cites its source (`# source:`); a longer text containing the name contains its English."; "Use the English of official.csv in the message, or correct the termbase."
    UNUSED_OFFICIAL_NAME = "unused-official-name": "Every row of official.csv is used: its Japanese is printed in data/ and its English renders it there (or is the English of another text of the same record, such as a ministry mark)."; "Correct the row's Japanese or English, or remove the row."
    GLOSSARY = "glossary": "Warning, printed by `report` only: a message whose Japanese contains a glossary term has the term's English (any case, singular or plural) unless glossary-allow.csv lists it, and every exception is needed."; "Use the glossary's English, or list the message in glossary-allow.csv with a reason (or remove an exception no longer needed)."
    RELEASE_RECORD = "release-record": "The release history (`releases/<version>/`) is readable and consistent: a `release.json` and one record file per table."; "Restore the folder from version control: a published record is never edited by hand."
    RELEASE_VERSION = "release-version": "`release_version` is the latest release's version bumped by the changes since (major, minor or patch), and a recorded release does not change."; "Set `release_version` to the version the message names."
    ID_REMOVED = "id-removed": "Every identifier of the previous release is still in the data or retired in `data/retired_ids.csv`."; "Restore the record, or retire its identifier (with its successors, if any)."
    RETIRED_ID_REUSED = "retired-id-reused": "A retired identifier never names a record again."; "Give the record a new identifier."
    RETIRED_ID = "retired-id": "A retirement names a published identifier, the first release without it, and successors that exist in the same table."; "Fix the row of `data/retired_ids.csv`."
    PROBABLE_RENAME = "probable-rename": "A record keeps its identifier only while it stays recognisable, and a new record that takes over a gone record's content is declared its successor."; "Keep the old identifier, or retire it with the new one as successor; a record that became another one gets a new identifier."
    TRANSLATION_STATUS = "translation-status": "A message's `# status:` comment, and an imported status, is `reviewed YYYY-MM-DD`, `provisional` or `machine` (stale and missing are computed, never set)."; "Write one of the three; `reviewed` with the date of the review."
    IMPORT_FORMAT = "import-format": "A file given to `l10n import` is a workbook or an XLIFF 1.2 file written by `l10n export` (sheet `translations` with its header row; one unit per message)."; "Import the exported file itself, edited in place; keep its header row and unit ids."
    IMPORT_UNKNOWN_ID = "import-unknown-id": "Every imported row or unit names a text of data/ (`<record id>__<column>` of its table), once."; "Keep the ids as exported; export again after records were renamed or removed."
    IMPORT_JAPANESE_CHANGED = "import-japanese-changed": "The Japanese of every changed row or unit is still the Japanese in data/."; "The Japanese changed since the export: export again and translate the new text."
    IMPORT_CONFLICT = "import-conflict": "A changed row or unit was exported from the English, status and comments the locales hold now."; "Someone changed the message since the export: export again and redo the change there."
    IMPORT_EMPTY_REVIEWED = "import-empty-reviewed": "A translation marked reviewed is not empty."; "Write the English, or leave the status as it was."
    IMPORT_OFFICIAL_NAME = "import-official-name": "A text whose Japanese is an official name in locales/en/termbase/official.csv is translated as that name's `en`."; "Use the official English name given in the message."
}

/// The rules `amed-budget release record --allow` may set aside: rules on
/// how records relate to each other, checked once every record is read and
/// typed, so that a release published before such a rule existed can still
/// be recorded as it was.
pub static RECORD_MAY_ALLOW: &[&Rule] = &[
    &SECTION_PROJECT,
    &PARENT_CYCLE,
    &UNREFERENCED,
    &DIAGRAM_PROJECT,
    &BASIS,
    &RECONCILE,
    &ERRATUM_NOT_APPLIED,
];

/// The list of rules as a Markdown table (the README's list is this text).
pub fn markdown() -> String {
    let mut out = String::from("| rule | what it requires | how to fix it |\n|---|---|---|\n");
    for r in RULES {
        let cell = |s: &str| s.replace('|', "\\|");
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            r.name,
            cell(r.summary),
            cell(r.fix)
        ));
    }
    out
}

/// The rule with this name.
pub fn find(name: &str) -> Option<&'static Rule> {
    RULES.iter().copied().find(|r| r.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut names: Vec<&str> = RULES.iter().map(|r| r.name).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "a rule name is declared twice");
        for name in names {
            assert!(
                name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{name}"
            );
        }
    }

    #[test]
    fn the_readme_lists_every_rule() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
            .expect("README.md");
        let start = "<!-- rules:start (generated by `amed-budget rules`) -->\n";
        let end = "<!-- rules:end -->";
        let at = readme.find(start).expect("README.md has the rules block") + start.len();
        let block = &readme[at..at + readme[at..].find(end).expect("end of the rules block")];
        assert_eq!(
            block,
            markdown(),
            "README.md's list of rules is out of date: paste `amed-budget rules` into it"
        );
    }

    #[test]
    fn find_knows_every_rule() {
        assert_eq!(find("bom"), Some(&BOM));
        assert_eq!(find("no-such-rule"), None);
    }
}
