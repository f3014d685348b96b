# Interface labels (English, provisional translation of locales/ja/ui.ftl).
# Message ids: src/labels.rs; one value per line.

# ja-sha256: 5384542baa0949aa
release-title = AMED Integrated Projects: FY{ $fiscal_year } Budget Request Overview (dataset)

# ja-sha256: 70c4319402eee0b0
release-description = A machine-readable dataset of the FY{ $fiscal_year } budget request amounts, the key points of the budget request and the contents of the project diagrams for the eight integrated projects of the Japan Agency for Medical Research and Development (AMED), taken from "{ $title }" published by the { $publisher }. It is provided in CSV, JSON and Excel formats, in Japanese and in English (provisional translation). Corrections made to the text extracted from the source document are listed in an errata table.

# ja-sha256: 864a9adf81546663
release-subject = FY{ $fiscal_year } budget request amounts and key points of the integrated projects of the Japan Agency for Medical Research and Development (AMED)

# ja-sha256: c0d769b1e4141216
release-keywords = Japan Agency for Medical Research and Development, AMED, budget request, FY{ $fiscal_year }, integrated projects, medical research and development, budget, healthcare policy, Cabinet Office, open data

# ja-sha256: 537a3189844260ad
provisional-translation = The English text is a provisional translation; the Japanese original is authoritative.

# ja-sha256: 1d25cf1a49426bb3
authoritative-language = Japanese (authoritative)

# ja-sha256: 3122f97d21b715b0
licence-name = Public Data License (Version 1.0) (PDL 1.0)

# ja-sha256: c6ebb8bcf6d3d38f
licence-compatible-name = Creative Commons Attribution 4.0 International (CC BY 4.0)

# ja-sha256: 99bd8651afc86f5e
licence-summary = You may use the data freely, including for commercial purposes, provided that you give attribution; the license is compatible with Creative Commons Attribution 4.0 International (CC BY 4.0).

# ja-sha256: 60891bce113f4ba4
attribution = Source: "{ $source_title }" ("{ $title }"), { $source_publisher } ({ $publisher }), { $source_url }, Public Data License (Version 1.0) (PDL 1.0), { $licence_url }. This dataset was created by processing the source document (the English names are provisional translations).

# ja-sha256: 564f9da9ea09341f
processed-notice = This dataset was created by processing the source document; it is not a file created or published by the Government of Japan ({ $publisher }).

# ja-sha256: 9c635a10d82b6eb8
placeholder-notice = This release is an unpublished draft. The values below are placeholders, and addresses such as example.jp do not exist. Set the real values in data/document.csv before publishing and check them with amed-budget check --publish.

# ja-sha256: 319a5e04ebb02799
placeholder-unset = (not set)

# ja-sha256: f70f36d27cd8731c
placeholder-publisher = Publisher of this dataset (not yet set)

# ja-sha256: e4ff526c75ad0854
series-title = AMED integrated projects budget datasets (by fiscal year and budget phase)

# ja-sha256: 382dd536ad6d431a
series-description = The series of datasets that turn each year's overview of the integrated projects, published by the Healthcare and Medical Strategy Promotion Secretariat of the Cabinet Office, into machine-readable form, one dataset per fiscal year and budget phase.

# ja-sha256: d5ae8632a8e6a74f
sheet-about = About

# ja-sha256: 90bcb92682210d9f
sheet-chart = Chart

# ja-sha256: 0943908e8c16e6ce
about-item = Item

# ja-sha256: 7a688306423bec17
about-value = Value

# ja-sha256: b174bfae8226c3c0
about-title = Dataset title

# ja-sha256: 7490526c45fd5020
about-fiscal-year = Fiscal year

# ja-sha256: 6a3d7de3798dbf9b
about-phase = Budget phase

# ja-sha256: a32e35528753e792
about-source = Source document

# ja-sha256: 930694efd76ec25c
about-publisher = Publisher of the source document

# ja-sha256: 70e22bbeb6c68453
about-source-url = Address of the source document

# ja-sha256: 21c3ee0e144b5a2d
about-source-date = Date of the source document

# ja-sha256: 92fec3bae996e788
about-dataset-publisher = Publisher of this dataset

# ja-sha256: b7190cd276399bbd
about-contact = Contact

# ja-sha256: 265747bdc6afdaff
about-placeholders = Placeholders (to be set before publishing)

# ja-sha256: f52c3ba0fc99c79d
about-licence = License

# ja-sha256: 3067eb9f2d443595
about-attribution = Attribution

# ja-sha256: d7044340acfde46e
about-generated = Date generated

# ja-sha256: ba45b86c2de9d347
about-unit = Unit of amounts

# ja-sha256: 633e054972d959c7
about-translation = English translation

# ja-sha256: 83f61e623546f11e
about-status = Status of the English

# ja-sha256: 345ba73def157a17
about-status-body = Each analyst view ends with two columns: the status of the English of the row's main text (the project's or program's name, the point's text, the label of the amount) and the date of its review. The status of every English text is in translation-status.csv.

# ja-sha256: 52fddf6ded84da81
status-reviewed-desc = Reviewed: a reviewer checked the English against the Japanese, on the date given.

# ja-sha256: 26c838048db15865
status-provisional-desc = Provisional: translated, not reviewed.

# ja-sha256: bba1326e37dd0569
status-machine-desc = Machine translation: not post-edited by a person.

# ja-sha256: 9c92f7d5460f37b6
about-sheets = Sheets

# ja-sha256: 7258b87f8e971de8
about-sheet-name = Sheet name

# ja-sha256: 0bf6a1344ac91b7e
about-sheet-content = Contents

# ja-sha256: 11502279b334c4a7
about-identifiers = Identifiers

# ja-sha256: 67b136e3f2c9b693
chart-title = FY{ $fiscal_year } budget request by integrated project

# ja-sha256: 2e842932406ab99d
chart-axis-project = Integrated project

# ja-sha256: 1a2f48aa4a652e9a
chart-axis-amount = Budget request (JPY 100 million)

# ja-sha256: 7e75456594ba0cf0
chart-series-amed = AMED-covered expenses

# ja-sha256: 7d882e5071dc7fe4
chart-series-inhouse = In-house research institution expenses

# ja-sha256: 173f55bc39857dfe
unit-oku-yen = JPY 100 million

# ja-sha256: 29985074bb9ad365
unit-note = Amounts are integers in units of JPY 100 million (JPY 100 million = 100,000,000 yen).

# ja-sha256: eedb7fea8a345e68
readme-about = About this dataset

# ja-sha256: eb1b4a4173e9d6b4
readme-tables = Tables

# ja-sha256: 2bdbab5898d1fd8a
readme-columns = Columns

# ja-sha256: 11502279b334c4a7
readme-identifiers = Identifiers

# ja-sha256: 4ac8567dc0f250a9
readme-identifiers-body = Every record has an explicit, stable identifier (the id column): a string of lowercase letters, digits and hyphens matching ^[a-z][a-z0-9-]*$, unique within its table, kept unchanged across releases and never reused for another record. The link tables (programme_ministries and budget_line_programmes) instead have keys made of two columns. Retired identifiers are listed, with the reason and their successors, in the retired_ids table.

# ja-sha256: c2c1bfe05a336967
readme-units = Units

# ja-sha256: a7029cc054162f6b
readme-units-body = Amounts are recorded as integers in units of JPY 100 million, as printed in the source document (JPY 100 million = 100,000,000 yen). The currency is the Japanese yen (JPY). The amounts for each integrated project are given separately for AMED-covered expenses and for in-house research institution expenses.

# ja-sha256: 2c65ff97090bd563
readme-source = Source

# ja-sha256: 9bd52ac251750622
readme-source-body = The source is "{ $title }", published by the { $publisher }. It outlines the eight integrated projects of the Japan Agency for Medical Research and Development (AMED) at the budget request stage of the budget for { $fiscal_year_era }; the amounts are the amounts requested, not the budget as finally adopted.

# ja-sha256: dd5076895b3c642b
readme-production = How the dataset was produced

# ja-sha256: 640ac4b7d55f919e
readme-production-body = This dataset was generated by a pipeline written in Rust from a transcription of the text of the source document. The data are validated before output (identifiers, references between tables, sums of amounts and other checks), and the English translation is managed in Fluent translation files.

# ja-sha256: 293eda1e9c58c418
readme-limits = Limitations

# ja-sha256: 68595a294e74f18a
readme-limits-body = The text extracted from the PDF of the source document contained defects such as missing characters and conversion errors; each correction is listed in the errata table together with the original text, as are suspected errors that have not been corrected. Some amounts printed in the diagrams cover several programs (a combined total, or an amount shared by several programs and marked "included within") and cannot be split into amounts for individual programs. The English text is a provisional translation; the Japanese original is authoritative.

# ja-sha256: 364081f94ee3da20
readme-status = Review status of the English

# ja-sha256: ffbd439784b7956a
readme-status-body = Every English text has one of the following statuses. The status of each text and the date of its review are in translation-status.csv (one row per table, record and column), in the bilingual JSON (status and reviewed of each text) and in the analyst sheets of the English and bilingual Excel workbooks. The counts are of the English texts of this release.

# ja-sha256: 70e39859279e3de1
readme-status-status = Status

# ja-sha256: 80c9b3e4254a9813
readme-status-meaning = Meaning

# ja-sha256: fa43323fd67f7576
readme-status-count = English texts

# ja-sha256: 01fc1c55333cf931
readme-status-total = Total

# ja-sha256: 72accbcb0a3d606c
readme-cite = How to cite

# ja-sha256: 7f49cb711957a570
readme-cite-body = When you use this dataset, please give the source as the Public Data License (Version 1.0) (PDL 1.0) asks (title, author, address and license of the source document) and say that the data was processed, as follows. If you process the data further, please state that as well. This dataset was not created by the Government of Japan ({ $publisher }): do not publish or use it in a way that suggests it was.

# ja-sha256: f52c3ba0fc99c79d
readme-licence = License

# ja-sha256: 17afd4d9e714bd45
readme-linked-data = Record IRIs and linked data

# ja-sha256: fe21abc86fd2b80e
readme-linked-data-body = The IRI of each record is the publication address + id/<table name, with - for _>/<identifier> (for example id/projects/pj1; a link table joins its two identifiers with /). The iri of every record in the JSON, the aboutUrl of CSV on the Web (csv-metadata.json) and the subjects of the RDF (data.nt, N-Triples) are the same IRIs. The Japanese and English tables use one predicate per column, with language-tagged literals for texts and typed literals for numbers, booleans and dates, so an amount counts once even when both languages are loaded as RDF. The Frictionless resource names (projects_ja and so on) can be used as SQL identifiers as they are.

# ja-sha256: d30ea6e487045ceb
json-iri = Record IRI

# ja-sha256: efc4095c5265e119
json-iri-desc = The record's IRI (publication address + id/<table>/<identifier>), the same as the aboutUrl of CSV on the Web and the subject in the RDF.

# ja-sha256: 83f61e623546f11e
json-status = Status of the English

# ja-sha256: 6bd5ccadc03d982a
json-status-desc = The review status of the English: reviewed, provisional or machine (a machine translation, not post-edited).

# ja-sha256: a59a75ff982918a9
json-reviewed = Date of review

# ja-sha256: a74579e566cca845
json-reviewed-desc = The date the English was reviewed (only when the status is reviewed).

# ja-sha256: 77710aedc74ecfa3
lang-ja = Japanese

# ja-sha256: 6c8327c5f5f12a78
lang-en = English (provisional translation)

# ja-sha256: 8ee1c928803cdb82
lang-bilingual = Japanese and English

# ja-sha256: eb6b42f54c42d283
file-csv = CSV

# ja-sha256: 2b306a878d3c8bd8
file-csv-desc = Canonical CSV (UTF-8 without a byte order mark, LF line ends).

# ja-sha256: ba029a400136af03
file-csv-excel = CSV for Excel

# ja-sha256: 3c3f023970683b16
file-csv-excel-desc = CSV for opening in Excel (UTF-8 with a byte order mark, CRLF line ends); a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading '.

# ja-sha256: fe99b7b54f7e7d8a
file-package = open-data package

# ja-sha256: d334a1ecf20d5e90
file-package-desc = The canonical CSV (UTF-8 without a byte order mark, LF line ends) as included in the open-data package (package/).

# ja-sha256: da76b3557701fc07
file-json = JSON (all tables, nested)

# ja-sha256: 9b63231ef0b15fe3
file-json-desc = Every table, nested by its relations, as JSON (each record with its IRI, iri; in the bilingual file each text with the status of its English, status, and the date of its review, reviewed).

# ja-sha256: 13a8f29ba149c2a2
file-json-schema = JSON Schema

# ja-sha256: c58095527f44774d
file-json-schema-desc = The JSON Schema (draft 2020-12) of the JSON file of the same language.

# ja-sha256: a082a1fa498fc6e7
file-xlsx = Excel workbook

# ja-sha256: d1811ba0d9088b95
file-xlsx-desc = An Excel workbook with one sheet per table (first an About sheet with the source, license and more, last a chart).

# ja-sha256: d6e00825be6d6002
file-datapackage = Data package descriptor

# ja-sha256: 9d1b8eccd9300c78
file-datapackage-desc = The Frictionless Data Package v2 descriptor (datapackage.json): fields, types, constraints and keys of every table.

# ja-sha256: 34e8bd4602c99a60
file-csvw = CSV on the Web metadata

# ja-sha256: 6044c65546931014
file-csvw-desc = CSV on the Web metadata (csv-metadata.json): the predicate, datatype and language of every column.

# ja-sha256: 7d490c7a00682d89
file-dcat = DCAT-AP metadata

# ja-sha256: d944bca5cf14f230
file-dcat-desc = A description of the dataset following DCAT-AP 3.0.1 (JSON-LD).

# ja-sha256: 53104d1041bc420e
file-readme = README

# ja-sha256: b719258e444baa57
file-readme-desc = The description of the dataset, in Japanese and English.

# ja-sha256: 017d36710f905e6f
file-licence = License and attribution

# ja-sha256: 42bbd35a782cfb9f
file-licence-desc = The license and how to give attribution, in Japanese and English.

# ja-sha256: 4251adda3aaca092
file-sums = SHA-256 checksums

# ja-sha256: e95f55d7962660cd
file-sums-desc = The SHA-256 checksum of every file of the package, in the format of sha256sum --check.

# ja-sha256: 67afd6682be77903
file-ckan = Metadata for CKAN

# ja-sha256: 1679776babd5812c
file-ckan-desc = Metadata in the form of the CKAN API's package_create (field names of ckanext-scheming, ckanext-fluent and ckanext-dcat).

# ja-sha256: a2d0fefad5ef7fea
file-rdf = RDF (N-Triples)

# ja-sha256: 07c5aa57f42a41cc
file-rdf-desc = Every record of every table as RDF (N-Triples); predicates and values follow csv-metadata.json.

# ja-sha256: 70c9314376d222ff
file-zip = Open-data package (zip)

# ja-sha256: 8a5549b0aacae85e
file-zip-desc = Every file of the open-data package (package/) in one zip file.

# ja-sha256: 861aed7835efa8b1
file-changelog = Changelog (CHANGELOG)

# ja-sha256: 77f1001439da17e6
file-changelog-desc = The changes of every release, in Japanese and English.

# ja-sha256: 613f5b6ba6e8df38
file-release = Release record (release.json)

# ja-sha256: 0ea4b0f2bad6efe3
file-release-desc = This release's version, date, previous release, tables and columns; amed-budget diff reads it to compare two releases.

# ja-sha256: c0f41e36d1f46b18
file-changes = Changes since the previous release

# ja-sha256: 49bd15e99a6515fd
file-changes-json-desc = The changes since the previous release (records added, retired or given a new identifier, changes field by field, amounts with their deltas), as JSON.

# ja-sha256: fac29641e80e262b
file-changes-csv-desc = The changes since the previous release, one change per row, as CSV (its Table Schema is changes.schema.json).

# ja-sha256: fd7bff92ea40d4d8
file-changes-schema-desc = The Table Schema (Frictionless) of changes.csv.

# ja-sha256: 38b2dd0c4e7d9160
file-changes-md-desc = The changes since the previous release, as readable Markdown.

# ja-sha256: 83f61e623546f11e
file-translation-status = Status of the English translation

# ja-sha256: baca4029d6e2c775
file-translation-status-desc = The status of every English text, one row per table, record and column: reviewed (with the date of the review), provisional or machine (a machine translation).

# ja-sha256: 0fac3ba703c833bc
status-field-table = Table

# ja-sha256: 1c883065584a7b5e
status-field-table-desc = Name of the table that holds the text.

# ja-sha256: f29e0dfd16332947
status-field-id = Record

# ja-sha256: 778c791087708419
status-field-id-desc = Key of the record (for a link table, its key fields joined by /).

# ja-sha256: c06d21404eee51cb
status-field-column = Column

# ja-sha256: 9dae8fa3b1c135a7
status-field-column-desc = Name of the text column.

# ja-sha256: 70e39859279e3de1
status-field-status = Status

# ja-sha256: 6bd5ccadc03d982a
status-field-status-desc = Status of the English: reviewed, provisional or machine (a machine translation).

# ja-sha256: a59a75ff982918a9
status-field-reviewed = Date of review

# ja-sha256: 356d96c1b7a5bbdf
status-field-reviewed-desc = Date the English was reviewed (only when reviewed).

# ja-sha256: c09b7193c0bd91f7
file-table-schema = Table Schema

# ja-sha256: db1a21a0bc2ef8fb
format-json = JSON

# ja-sha256: eb6b42f54c42d283
format-csv = CSV

# ja-sha256: 3615e8e8889c797a
readme-files = Files

# ja-sha256: aeea219c85a8e058
readme-files-body = This package holds every table twice, in Japanese (data/ja/) and in English (data/en/), as CSV files in UTF-8 without a byte order mark and with LF line ends. The metadata files are datapackage.json (Frictionless Data Package v2), csv-metadata.json (CSV on the Web), dcat.jsonld (DCAT-AP 3.0.1), ckan.json (in the form of the CKAN API's package_create) and SHA256SUMS (SHA-256 checksums of the files); data.nt holds every record as RDF (N-Triples), and translation-status.csv the status of every English text (reviewed, provisional or machine, see above). The same release also provides bilingual CSV files, CSV files for Excel (with a BOM and CRLF line ends; a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading ' there so that spreadsheets do not run it as a formula, while the canonical CSV keeps the exact value), JSON with JSON Schemas, and Excel workbooks in Japanese, in English and bilingual. The changes are in CHANGELOG.md (every release) and in the changes folder (the changes since the previous release: changes.json, changes.csv with its Table Schema changes.schema.json, and descriptions in Japanese and in English); release.json gives this release's version, date and tables.

# ja-sha256: 6a3d7de3798dbf9b
table-budget_phases = Budget phases

# ja-sha256: 6410bdff2c16e8a1
table-budget_phases-desc = Each row is a stage of the budget process, such as the budget request, to which the amounts in the document belong.

# ja-sha256: 11502279b334c4a7
col-budget_phases-id = ID

# ja-sha256: abb3fce3dd98f19b
col-budget_phases-id-desc = Identifier of the budget phase (request = budget request).

# ja-sha256: d44e9b3d3b31d37b
col-budget_phases-label = Label

# ja-sha256: 3e950eb49d118757
col-budget_phases-label-desc = Name of the budget phase.

# ja-sha256: f376a8499bf33cdf
col-budget_phases-fdp_phase = Fiscal Data Package budget phase

# ja-sha256: 3886b6f9f5c5e33b
col-budget_phases-fdp_phase-desc = The budget phase (budgetPhase) of the Fiscal Data Package that corresponds to this phase: proposed (a proposed budget), approved (an enacted budget), adjusted (a revised budget) or executed (amounts spent). The package metadata (datapackage.json) states it.

# ja-sha256: ce1244c334e6c71e
table-point_tags = Point tags

# ja-sha256: a11aac5c308e2df8
table-point_tags-desc = Each row is a tag printed at the start of a key point of the budget request, such as New or Expanded, or the absence of a tag.

# ja-sha256: 11502279b334c4a7
col-point_tags-id = ID

# ja-sha256: 01d9e933e01c921c
col-point_tags-id-desc = Identifier of the tag: new, expanded, new-expanded, or none (no tag printed).

# ja-sha256: d44e9b3d3b31d37b
col-point_tags-label = Label

# ja-sha256: 64e999fe8118b7a6
col-point_tags-label-desc = Name of the tag.

# ja-sha256: 81cbaddfa4923a60
table-expense_types = Expense types

# ja-sha256: 51603fe37dbf3316
table-expense_types-desc = Each row is a type of expense under which budget request amounts are given: AMED-covered expenses or in-house research institution expenses.

# ja-sha256: 11502279b334c4a7
col-expense_types-id = ID

# ja-sha256: 75db4b501e89f55e
col-expense_types-id-desc = Identifier of the expense type: amed (AMED-covered expenses) or inhouse (in-house research institution expenses).

# ja-sha256: d44e9b3d3b31d37b
col-expense_types-label = Label

# ja-sha256: 5ca5adfd608576b1
col-expense_types-label-desc = Name of the expense type.

# ja-sha256: 7fe646f57690330b
table-line_bases = Budget line bases

# ja-sha256: 0bed5f23df02b74a
table-line_bases-desc = Each row is a basis describing how a budget request amount printed in a diagram relates to programs, such as the amount for a single program or a combined amount for several programs.

# ja-sha256: 11502279b334c4a7
col-line_bases-id = ID

# ja-sha256: bfc34eadf6fb47e5
col-line_bases-id-desc = Identifier of the basis: single (amount for one program), combined (total for several programs), shared (one amount shared by several programs, marked "included within"), or unattributed (the program cannot be identified).

# ja-sha256: d44e9b3d3b31d37b
col-line_bases-label = Label

# ja-sha256: 64e999fe8118b7a6
col-line_bases-label-desc = Name of the basis.

# ja-sha256: c7a43d882689e797
table-entry_kinds = Diagram entry kinds

# ja-sha256: ec890ca6f6bce5ae
table-entry_kinds-desc = Each row is a kind of entry in a project diagram: program, related program, organization or center, support system, note, box or area, phase axis, phase, or legend.

# ja-sha256: 11502279b334c4a7
col-entry_kinds-id = ID

# ja-sha256: 40b3e75d45a2f8d7
col-entry_kinds-id-desc = Identifier of the kind: programme (program), related-programme (related program), organisation (organization or center), support (support system), note, box (box or area), axis (phase axis), phase (a phase on the axis) or legend.

# ja-sha256: d44e9b3d3b31d37b
col-entry_kinds-label = Label

# ja-sha256: 96e4b4c5cf09f03c
col-entry_kinds-label-desc = Name of the kind of entry.

# ja-sha256: 6792e39a33049379
table-erratum_statuses = Erratum statuses

# ja-sha256: 10337e75c9116600
table-erratum_statuses-desc = Each row is a status of an erratum: corrected, or suspected but not corrected.

# ja-sha256: 11502279b334c4a7
col-erratum_statuses-id = ID

# ja-sha256: fea3973ca8116f60
col-erratum_statuses-id-desc = Identifier of the status: corrected, or suspected (a possible error that has not been corrected).

# ja-sha256: d44e9b3d3b31d37b
col-erratum_statuses-label = Label

# ja-sha256: 3a7f48c9d6fcab6d
col-erratum_statuses-label-desc = Name of the status.

# ja-sha256: a32e35528753e792
table-document = Source document

# ja-sha256: 4eb2796d0387a25a
table-document-desc = The single row describes the source document, including the texts of its closing page, and this release of the dataset with its provenance: the address of the source, the publisher of this dataset, the contact and the license.

# ja-sha256: 11502279b334c4a7
col-document-id = ID

# ja-sha256: 388d21df610254c3
col-document-id-desc = Identifier of the document.

# ja-sha256: 86b85ce409756e4b
col-document-title = Title

# ja-sha256: 13c7dc2abdcd7ebe
col-document-title-desc = Title of the document.

# ja-sha256: 43492b4f91491ed8
col-document-fiscal_year = Fiscal year

# ja-sha256: ad12864978e40c19
col-document-fiscal_year-desc = Fiscal year of the budget covered by the document, as an integer in the Western calendar (e.g. { $fiscal_year }; the Japanese fiscal year runs from April to March).

# ja-sha256: bc405a37019d79ad
col-document-fiscal_year_era = Fiscal year (Japanese era)

# ja-sha256: e545b2044bc662a8
col-document-fiscal_year_era-desc = Fiscal year of the budget in the Japanese era calendar (FY2026 is Reiwa 8).

# ja-sha256: 6a3d7de3798dbf9b
col-document-phase = Budget phase

# ja-sha256: 85d2dc95fa5b4033
col-document-phase-desc = Budget phase of the amounts in the document (an ID from the budget_phases table; request = budget request).

# ja-sha256: f30a730cbe64f0ae
col-document-publisher = Publisher

# ja-sha256: 9999c9d330980fb9
col-document-publisher-desc = Organization that published the document.

# ja-sha256: 4d0712ba2e1a5374
col-document-currency = Currency

# ja-sha256: 1f55987b0b4f34ea
col-document-currency-desc = Currency of the amounts as an ISO 4217 code (JPY = Japanese yen).

# ja-sha256: ba45b86c2de9d347
col-document-unit = Unit of amounts

# ja-sha256: b75d922399f01f4e
col-document-unit-desc = Unit in which the amounts are given (JPY 100 million).

# ja-sha256: 90c4226613f7950e
col-document-unit_factor = Unit factor (yen)

# ja-sha256: 4539c4f3f8f30dbf
col-document-unit_factor-desc = Number of yen in one unit of the amounts, as an integer (100000000, since one unit is JPY 100 million).

# ja-sha256: 70e22bbeb6c68453
col-document-source_url = Address of the source document

# ja-sha256: 5111fc7af3da9f4c
col-document-source_url-desc = The address where the source document can be obtained (the publisher's page when the document's own address could not be found).

# ja-sha256: 21c3ee0e144b5a2d
col-document-source_date = Date of the source document

# ja-sha256: f2eec038fd88e881
col-document-source_date-desc = Date the source document was made or published (YYYY-MM-DD); empty when it could not be confirmed.

# ja-sha256: 8352fc4e10f7b295
col-document-series_url = Series address

# ja-sha256: 8600b917d938f14b
col-document-series_url-desc = The address that identifies the series of datasets, one edition per fiscal year and budget phase; the IRIs of the column predicates (the vocabulary) are built from it too.

# ja-sha256: 92fec3bae996e788
col-document-dataset_publisher = Publisher of this dataset

# ja-sha256: 306e2632188398e9
col-document-dataset_publisher-desc = Name of the organization that publishes this dataset (not the publisher of the source document). Set before publishing; a draft may leave it empty.

# ja-sha256: dfeeebb7ac87979b
col-document-dataset_publisher_type = Publisher type

# ja-sha256: 7f154f01b23e62eb
col-document-dataset_publisher_type-desc = The IRI of the ADMS publisher type of the publisher of this dataset. Set before publishing.

# ja-sha256: b7190cd276399bbd
col-document-contact = Contact

# ja-sha256: a3d01ec877335231
col-document-contact-desc = The address for enquiries about this dataset: an e-mail address starting with mailto:, or a URL.

# ja-sha256: ef2eba2f39accb8c
col-document-licence_url = License address

# ja-sha256: 788834e7c8e79f35
col-document-licence_url-desc = The address of the text of the license of this dataset (Public Data License (Version 1.0)).

# ja-sha256: 4c2596524ea4b734
col-document-licence_url_en = License address (English)

# ja-sha256: db0165675f9c518e
col-document-licence_url_en-desc = The address of the English (reference) text of the license.

# ja-sha256: 4606983212e2494f
col-document-licence_compatible_url = Compatible license address

# ja-sha256: 28f8671a66fc82b8
col-document-licence_compatible_url-desc = The address of the text of a license compatible with it (CC BY 4.0).

# ja-sha256: 39d567f3aea53d61
col-document-release_version = Release version

# ja-sha256: dfcc938bcbeb66b0
col-document-release_version-desc = Version number of this release of the dataset, in semantic versioning format (e.g. 1.0.0).

# ja-sha256: 330cebc1f7d9f87f
col-document-release_date = Release date

# ja-sha256: 371d066a34335763
col-document-release_date-desc = Date of this release of the dataset (YYYY-MM-DD).

# ja-sha256: 5a43d2d8bcf866f7
table-ministries = Ministries and agencies

# ja-sha256: 2dd940d377fd99ae
table-ministries-desc = Each row is a ministry or agency responsible for programs.

# ja-sha256: 11502279b334c4a7
col-ministries-id = ID

# ja-sha256: d5b9423e9eb1f09a
col-ministries-id-desc = Identifier of the ministry or agency (e.g. mext = Ministry of Education, Culture, Sports, Science and Technology).

# ja-sha256: a51bc927651d9b48
col-ministries-mark = Mark

# ja-sha256: 220513d5fa56b2b8
col-ministries-mark-desc = Abbreviation printed in parentheses after a program heading to show the responsible ministry or agency, given in English as its usual abbreviation (e.g. MEXT, MHLW, METI).

# ja-sha256: d44e9b3d3b31d37b
col-ministries-name = Name

# ja-sha256: 4ffd35981c4ffa5c
col-ministries-name-desc = Name of the ministry or agency.

# ja-sha256: c4893e43a8e16089
table-roles = Roles

# ja-sha256: 07a2c071f3bb5326
table-roles-desc = Each row is a role in the management structure of the integrated projects, such as Program Director or Disease Area Coordinator.

# ja-sha256: 11502279b334c4a7
col-roles-id = ID

# ja-sha256: 9cb0df7fe6c25f0a
col-roles-id-desc = Identifier of the role: pd (Program Director) or dc (Disease Area Coordinator).

# ja-sha256: f19e21e8d4b3a046
col-roles-abbreviation = Abbreviation

# ja-sha256: ca1631c028e28352
col-roles-abbreviation-desc = Abbreviation of the role as printed (PD or DC).

# ja-sha256: d44e9b3d3b31d37b
col-roles-name = Name

# ja-sha256: 3459436d16a772cd
col-roles-name-desc = Full name of the role.

# ja-sha256: 2e842932406ab99d
table-projects = Integrated projects

# ja-sha256: e0e0b5283ae57996
table-projects-desc = Each row is one of the eight integrated projects of AMED, with its FY{ $fiscal_year } budget request amounts.

# ja-sha256: 11502279b334c4a7
col-projects-id = ID

# ja-sha256: b8f24375c4e15bd3
col-projects-id-desc = Identifier of the integrated project (pj1 to pj8).

# ja-sha256: 18e554f0d70996ee
col-projects-number = Number

# ja-sha256: d66fbd9c04f9ee90
col-projects-number-desc = Number of the integrated project as printed (1 to 8).

# ja-sha256: d44e9b3d3b31d37b
col-projects-name = Name

# ja-sha256: 0cd5dbf07f3c4162
col-projects-name-desc = Name of the integrated project.

# ja-sha256: aaaf449bd4eac9c5
col-projects-summary = Summary

# ja-sha256: 988afc971ad03fe2
col-projects-summary-desc = Summary text printed at the start of the project's pages in the document.

# ja-sha256: a98aab4a4d7e6423
col-projects-amed_amount = AMED-covered expenses (JPY 100 million)

# ja-sha256: 19f7fdf05b11f7fd
col-projects-amed_amount-desc = FY{ $fiscal_year } budget request for the project's AMED-covered expenses, as an integer in JPY 100 million.

# ja-sha256: e3dc7aca8ceac1ce
col-projects-inhouse_amount = In-house research institution expenses (JPY 100 million)

# ja-sha256: 994601bf9f1074ad
col-projects-inhouse_amount-desc = FY{ $fiscal_year } budget request for the project's in-house research institution expenses, as an integer in JPY 100 million; empty when the document gives no such amount.

# ja-sha256: c98dfcf27f850524
col-projects-toc_page = Page in contents

# ja-sha256: d4b5431276e198b7
col-projects-toc_page-desc = Page number of the project as given in the document's table of contents.

# ja-sha256: 35fdda6d6281faca
col-projects-lines_cover_total = Budget lines cover total

# ja-sha256: 6c3f579f6094148a
col-projects-lines_cover_total-desc = true when the budget lines in the project's diagram (budget_lines) cover the whole project total, so that for each expense type they must sum to the project's amount; otherwise false.

# ja-sha256: 0132ab1c6f9e0aa9
table-sections = Key point sections

# ja-sha256: 1b9feabf60ec0907
table-sections-desc = Each row is a heading that groups programs in the "Key points of the FY{ $fiscal_year } budget request" pages of an integrated project.

# ja-sha256: 11502279b334c4a7
col-sections-id = ID

# ja-sha256: 3879192bbff05200
col-sections-id-desc = Identifier of the section.

# ja-sha256: 2e842932406ab99d
col-sections-project = Project

# ja-sha256: f29260ef22d9e08d
col-sections-project-desc = Integrated project the section belongs to (an ID from the projects table).

# ja-sha256: eb1db045757805b1
col-sections-seq = Order

# ja-sha256: 6e87a677a44ce3bc
col-sections-seq-desc = Position of the section within its project, in the order printed, as an integer starting at 1.

# ja-sha256: 41ee8f5329555b91
col-sections-heading = Heading

# ja-sha256: 2461f7dcbdde3b18
col-sections-heading-desc = Text of the heading as printed.

# ja-sha256: 3ff43777da59f42f
table-programmes = Programs

# ja-sha256: f83b44d221a73cd3
table-programmes-desc = Each row is a program named in the document, including sub-programs and initiatives named as programs, plans and the like.

# ja-sha256: 11502279b334c4a7
col-programmes-id = ID

# ja-sha256: 1b7e5e2fc8e094e5
col-programmes-id-desc = Identifier of the program.

# ja-sha256: 912e3afc17b1f791
col-programmes-name = Name

# ja-sha256: d4f50d7b4ab18bbf
col-programmes-name-desc = Name of the program, without the ministry marks.

# ja-sha256: f19e21e8d4b3a046
col-programmes-acronym = Acronym

# ja-sha256: ae25a34f0d6bd198
col-programmes-acronym-desc = Acronym of the program as printed (e.g. GAPFREE, TMM); empty if none.

# ja-sha256: eb14b50bad625966
col-programmes-fund = Fund program

# ja-sha256: 3dd27d2ac8b37584
col-programmes-fund-desc = true if the program is a fund program, otherwise false.

# ja-sha256: e98d074ee121de2b
col-programmes-parent = Parent program

# ja-sha256: 8f609102307bcec0
col-programmes-parent-desc = For a sub-program, the parent program it belongs to (an ID from this programmes table); empty otherwise.

# ja-sha256: 80309c573b8b509f
col-programmes-note = Note

# ja-sha256: 22639c51ed1e8de0
col-programmes-note-desc = Note on how the program appears in the document, where needed.

# ja-sha256: 5d2140e8519141fb
col-programmes-predecessor = Predecessor program

# ja-sha256: 00b5fc708e4b3d9f
col-programmes-predecessor-desc = A program that the document names as a predecessor program in its text on this program (an ID from this programmes table); empty otherwise.

# ja-sha256: e1fd3b2918df87be
table-programme_ministries = Program ministries

# ja-sha256: 9c13de3dcff08d18
table-programme_ministries-desc = Each row links a program to a ministry or agency responsible for it.

# ja-sha256: 3ff43777da59f42f
col-programme_ministries-programme = Program

# ja-sha256: a251fa17ca4bbb04
col-programme_ministries-programme-desc = The program (an ID from the programmes table).

# ja-sha256: 5a43d2d8bcf866f7
col-programme_ministries-ministry = Ministry or agency

# ja-sha256: 3667e5e2ace14e58
col-programme_ministries-ministry-desc = The responsible ministry or agency (an ID from the ministries table).

# ja-sha256: eb1db045757805b1
col-programme_ministries-seq = Order

# ja-sha256: 9269281fa14de927
col-programme_ministries-seq-desc = Position of the ministry or agency among the program's ministry marks, in the order printed, as an integer starting at 1.

# ja-sha256: 66973399fabb49a0
table-appearances = Program appearances

# ja-sha256: 54122e5b393ad4a5
table-appearances-desc = Each row is one place where a program is listed under a section heading in the key points of a project; the same program may appear in several projects.

# ja-sha256: 11502279b334c4a7
col-appearances-id = ID

# ja-sha256: 4d1961c419f04bb3
col-appearances-id-desc = Identifier of the appearance.

# ja-sha256: 2e842932406ab99d
col-appearances-project = Project

# ja-sha256: d4e29378895c9c83
col-appearances-project-desc = Integrated project in which the program is listed (an ID from the projects table).

# ja-sha256: 41ee8f5329555b91
col-appearances-section = Section

# ja-sha256: 24f6793180566bbf
col-appearances-section-desc = Section under which the program is listed (an ID from the sections table).

# ja-sha256: eb1db045757805b1
col-appearances-seq = Order

# ja-sha256: 8db0471a2336b859
col-appearances-seq-desc = Position of the program within the key points of its project, in the order printed, as an integer starting at 1.

# ja-sha256: 3ff43777da59f42f
col-appearances-programme = Program

# ja-sha256: 32fec56fc4af435d
col-appearances-programme-desc = The program listed (an ID from the programmes table).

# ja-sha256: e67f71087d4ec442
col-appearances-heading = Heading

# ja-sha256: 68ca0a08e2c96146
col-appearances-heading-desc = Program heading as printed, including the ministry marks in parentheses.

# ja-sha256: 47d24e50cd45d29c
table-points = Key points

# ja-sha256: 9628af8ba690614c
table-points-desc = Each row is one bullet point listed under a program in the key points of the FY{ $fiscal_year } budget request.

# ja-sha256: 11502279b334c4a7
col-points-id = ID

# ja-sha256: f8b4c507d34c529e
col-points-id-desc = Identifier of the point.

# ja-sha256: 66973399fabb49a0
col-points-appearance = Program appearance

# ja-sha256: 931e2ffd9b45b907
col-points-appearance-desc = Program appearance under which the point is listed (an ID from the appearances table).

# ja-sha256: eb1db045757805b1
col-points-seq = Order

# ja-sha256: ee09e89523071b3a
col-points-seq-desc = Position of the point within its program appearance, in the order printed, as an integer starting at 1.

# ja-sha256: 0231bd78c443e91c
col-points-tag = Tag

# ja-sha256: 666dbd4ec54a2b7d
col-points-tag-desc = Tag printed at the start of the point (an ID from the point_tags table: new, expanded, new-expanded, or none when no tag is printed).

# ja-sha256: 909b157528fd6b64
col-points-subprogramme = Sub-program

# ja-sha256: 29bcf36ca290f148
col-points-subprogramme-desc = Where the point concerns a specific sub-program of the listed program, that sub-program (an ID from the programmes table); otherwise empty.

# ja-sha256: 0bf6a1344ac91b7e
col-points-text = Text

# ja-sha256: 48e7b1c1d1cb697f
col-points-text-desc = Text of the point.

# ja-sha256: 8980eb24e72c63bd
table-budget_lines = Budget lines

# ja-sha256: cc376245581f4b34
table-budget_lines-desc = Each row is one budget request amount printed in a project's diagram.

# ja-sha256: 11502279b334c4a7
col-budget_lines-id = ID

# ja-sha256: f49b2eda8f8966e1
col-budget_lines-id-desc = Identifier of the budget line.

# ja-sha256: 2e842932406ab99d
col-budget_lines-project = Project

# ja-sha256: 33f5f2edf7102875
col-budget_lines-project-desc = Integrated project in whose diagram the amount is printed (an ID from the projects table).

# ja-sha256: eb1db045757805b1
col-budget_lines-seq = Order

# ja-sha256: c80afba1806164e9
col-budget_lines-seq-desc = Position of the budget line within its project's diagram, in the order printed, as an integer starting at 1.

# ja-sha256: 1a2f48aa4a652e9a
col-budget_lines-amount = Budget request (JPY 100 million)

# ja-sha256: fd74d76ce6f2cd13
col-budget_lines-amount-desc = Budget request amount printed in the diagram, as an integer in JPY 100 million.

# ja-sha256: 81cbaddfa4923a60
col-budget_lines-expense = Expense type

# ja-sha256: 72278d283dae3699
col-budget_lines-expense-desc = Type of expense the amount belongs to (an ID from the expense_types table: amed for AMED-covered expenses, inhouse for in-house research institution expenses).

# ja-sha256: 986e58414bb63ec3
col-budget_lines-basis = Basis

# ja-sha256: 48a2bac49a533f2b
col-budget_lines-basis-desc = How the amount relates to programs (an ID from the line_bases table): single (one program), combined (total for several programs), shared (one amount shared by several programs, marked "included within"), or unattributed (no program can be identified).

# ja-sha256: 17efc6654ed280c7
col-budget_lines-label = Label

# ja-sha256: e7b95634a23d0202
col-budget_lines-label-desc = Text of the amount as printed in the diagram (e.g. Budget request: JPY 2.3 billion).

# ja-sha256: 80309c573b8b509f
col-budget_lines-note = Note

# ja-sha256: af76683f47432a5f
col-budget_lines-note-desc = Note on where the amount appears in the diagram or how it relates to programs.

# ja-sha256: f828303797623eef
table-budget_line_programmes = Budget line programs

# ja-sha256: 66dcb82a6ba30905
table-budget_line_programmes-desc = Each row links a budget line to a program that its amount covers.

# ja-sha256: 7e93c1bb0f3ea650
col-budget_line_programmes-budget_line = Budget line

# ja-sha256: 0a6f892c1a9bba57
col-budget_line_programmes-budget_line-desc = The budget line (an ID from the budget_lines table).

# ja-sha256: 3ff43777da59f42f
col-budget_line_programmes-programme = Program

# ja-sha256: 1b3b115d8de68348
col-budget_line_programmes-programme-desc = A program covered by the amount (an ID from the programmes table).

# ja-sha256: eb1db045757805b1
col-budget_line_programmes-seq = Order

# ja-sha256: 3d9cd125f745214d
col-budget_line_programmes-seq-desc = Position of the program among those covered by the budget line, in the order printed, as an integer starting at 1.

# ja-sha256: d83df337966a536d
table-diagram_entries = Diagram entries

# ja-sha256: 796ed9f747fa9002
table-diagram_entries-desc = Each row is one entry in a project's diagram: a program, related program, organization or center, support system, note, box or area title, phase axis or phase, or legend.

# ja-sha256: 11502279b334c4a7
col-diagram_entries-id = ID

# ja-sha256: f8b4c507d34c529e
col-diagram_entries-id-desc = Identifier of the diagram entry.

# ja-sha256: 2e842932406ab99d
col-diagram_entries-project = Project

# ja-sha256: b51287fa3b95c1cb
col-diagram_entries-project-desc = Integrated project whose diagram contains the entry (an ID from the projects table).

# ja-sha256: eb1db045757805b1
col-diagram_entries-seq = Order

# ja-sha256: c80afba1806164e9
col-diagram_entries-seq-desc = Position of the entry within its project's diagram, in the order printed, as an integer starting at 1.

# ja-sha256: 32c421ae4cbfbcc8
col-diagram_entries-kind = Kind

# ja-sha256: 04bd5921c000085b
col-diagram_entries-kind-desc = Kind of entry (an ID from the entry_kinds table: programme, related-programme, organisation, support, note, box, axis, phase or legend).

# ja-sha256: 3ff43777da59f42f
col-diagram_entries-programme = Program

# ja-sha256: 63008d8a65500a17
col-diagram_entries-programme-desc = The program the entry stands for, if it is a single identified program (an ID from the programmes table); otherwise empty.

# ja-sha256: 17efc6654ed280c7
col-diagram_entries-label = Label

# ja-sha256: 27eab456983ef3b4
col-diagram_entries-label-desc = Name, title, note or legend text as printed in the diagram.

# ja-sha256: 9683551a843c71d8
col-diagram_entries-description = Description

# ja-sha256: bb3dc7271baf8812
col-diagram_entries-description-desc = Explanatory text given for the entry in the diagram; empty if none.

# ja-sha256: 5670d7fdc653648a
col-diagram_entries-group = Group

# ja-sha256: e303a8fa0d13c6de
col-diagram_entries-group-desc = The box, organization box or axis within which the entry is printed in the diagram (an ID from this diagram_entries table); empty when the entry is in no box or the document does not show which.

# ja-sha256: 7cb85d4c431e80bb
table-diagram_flows = Diagram flows

# ja-sha256: 0a84067588035225
table-diagram_flows-desc = Each row is one label on an arrow in a project's diagram, such as collaboration or transfer.

# ja-sha256: 11502279b334c4a7
col-diagram_flows-id = ID

# ja-sha256: f5768a3fad97d8ca
col-diagram_flows-id-desc = Identifier of the flow.

# ja-sha256: 2e842932406ab99d
col-diagram_flows-project = Project

# ja-sha256: 7da2717923b0e713
col-diagram_flows-project-desc = Integrated project whose diagram contains the flow (an ID from the projects table).

# ja-sha256: eb1db045757805b1
col-diagram_flows-seq = Order

# ja-sha256: aa4f4935bce00c24
col-diagram_flows-seq-desc = Position of the flow within its project's diagram, in the order printed, as an integer starting at 1.

# ja-sha256: 6fa70a2f68d51576
col-diagram_flows-from_entry = From

# ja-sha256: 830f89060049ecee
col-diagram_flows-from_entry-desc = Diagram entry at which the arrow starts (an ID from the diagram_entries table); empty when the document does not show it.

# ja-sha256: 7d1aab6a161f863b
col-diagram_flows-to_entry = To

# ja-sha256: 4238f830e54efe40
col-diagram_flows-to_entry-desc = Diagram entry at which the arrow ends (an ID from the diagram_entries table); empty when the document does not show it.

# ja-sha256: 17efc6654ed280c7
col-diagram_flows-label = Label

# ja-sha256: 35d7fe21d6dfec40
col-diagram_flows-label-desc = Text of the arrow's label as printed in the diagram.

# ja-sha256: 80309c573b8b509f
col-diagram_flows-note = Note

# ja-sha256: c8bc825415b5da07
col-diagram_flows-note-desc = Note on where the label appears in the diagram and on which entries the arrow joins.

# ja-sha256: 7f3b31bb69d5358a
table-disease_areas = Disease areas

# ja-sha256: db13995edd57d6a4
table-disease_areas-desc = Each row is a disease area set up across the integrated projects.

# ja-sha256: 11502279b334c4a7
col-disease_areas-id = ID

# ja-sha256: 2ca8b0e67996cbab
col-disease_areas-id-desc = Identifier of the disease area.

# ja-sha256: eb1db045757805b1
col-disease_areas-seq = Order

# ja-sha256: 6bbcfc5b17c1c344
col-disease_areas-seq-desc = Position of the disease area in the document, in the order printed, as an integer starting at 1.

# ja-sha256: d44e9b3d3b31d37b
col-disease_areas-name = Name

# ja-sha256: 120daa7d62d148a6
col-disease_areas-name-desc = Name of the disease area.

# ja-sha256: 87656753ab083b61
table-coordinators = Coordinators

# ja-sha256: 75ad983fd3aef82e
table-coordinators-desc = Each row is a person assigned to a disease area in a given role, such as Disease Area Coordinator (DC).

# ja-sha256: 11502279b334c4a7
col-coordinators-id = ID

# ja-sha256: 912ffdd2c99f5ed0
col-coordinators-id-desc = Identifier of the person.

# ja-sha256: 7f3b31bb69d5358a
col-coordinators-disease_area = Disease area

# ja-sha256: d07c37d8795645aa
col-coordinators-disease_area-desc = Disease area the person is responsible for (an ID from the disease_areas table).

# ja-sha256: c4893e43a8e16089
col-coordinators-role = Role

# ja-sha256: cf38daf3ee911b77
col-coordinators-role-desc = Role of the person (an ID from the roles table: pd for Program Director, dc for Disease Area Coordinator).

# ja-sha256: dfcec724940a73f5
col-coordinators-name = Name

# ja-sha256: f5d08b6293624153
col-coordinators-name-desc = Name of the person, in English with the given name first and the family name last.

# ja-sha256: f256a02517987d21
table-errata = Errata

# ja-sha256: e38043067e770c62
table-errata-desc = Each row is one value from the text extracted from the source document that this dataset has corrected or suspects to be wrong.

# ja-sha256: 11502279b334c4a7
col-errata-id = ID

# ja-sha256: 086c9b469be9c098
col-errata-id-desc = Identifier of the erratum.

# ja-sha256: 0fac3ba703c833bc
col-errata-table = Table

# ja-sha256: 31b88fc3249e43d7
col-errata-table-desc = Name of the table that contains the value (e.g. points).

# ja-sha256: f29e0dfd16332947
col-errata-record = Record

# ja-sha256: 1fae6ffce9734801
col-errata-record-desc = Identifier (id) of the record in that table that contains the value.

# ja-sha256: c06d21404eee51cb
col-errata-field = Field

# ja-sha256: 45d0ceefa1323be5
col-errata-field-desc = Name of the column that contains the value (e.g. text).

# ja-sha256: 70e39859279e3de1
col-errata-status = Status

# ja-sha256: 41f1fbf1116cca8f
col-errata-status-desc = Status of the erratum (an ID from the erratum_statuses table: corrected, or suspected when the value has not been corrected).

# ja-sha256: 14a878c2915e7261
col-errata-original_ja = Original text (Japanese)

# ja-sha256: 5e02b1d4d88f559b
col-errata-original_ja-desc = Text as extracted from the source document before correction, given as in the original (mostly Japanese) in every language version.

# ja-sha256: 0d5f2f2c0a4e371d
col-errata-corrected_ja = Corrected text (Japanese)

# ja-sha256: b7551f6644a46f8c
col-errata-corrected_ja-desc = Text after correction as used in this dataset, given as in the original in every language version; empty when the value has not been corrected (status suspected).

# ja-sha256: eb5c5c53f7fe6ef4
col-errata-reason = Reason

# ja-sha256: 377af03403c638a9
col-errata-reason-desc = Why the value was corrected or is suspected to be wrong.

# ja-sha256: 19d752817f9eb81e
table-supplied_facts = Supplied facts

# ja-sha256: b2f08dce3b74aaf7
table-supplied_facts-desc = Each row is one value of this dataset that the source document does not give and that comes from, or was corrected or judged on the basis of, a source outside the document.

# ja-sha256: 11502279b334c4a7
col-supplied_facts-id = ID

# ja-sha256: 7de68ac46341c79f
col-supplied_facts-id-desc = Identifier of the supplied fact.

# ja-sha256: 0fac3ba703c833bc
col-supplied_facts-table = Table

# ja-sha256: 800c9aa33981123d
col-supplied_facts-table-desc = Name of the table that contains the value (e.g. ministries).

# ja-sha256: f29e0dfd16332947
col-supplied_facts-record = Record

# ja-sha256: 1fae6ffce9734801
col-supplied_facts-record-desc = Identifier (id) of the record in that table that contains the value.

# ja-sha256: c06d21404eee51cb
col-supplied_facts-field = Field

# ja-sha256: 6a7c0d6d94c381f4
col-supplied_facts-field-desc = Name of the column that contains the value (e.g. name).

# ja-sha256: 2c65ff97090bd563
col-supplied_facts-source = Source

# ja-sha256: f779ee1604de369f
col-supplied_facts-source-desc = URL of the source of the value.

# ja-sha256: 80309c573b8b509f
col-supplied_facts-note = Note

# ja-sha256: 975da4c83a357c21
col-supplied_facts-note-desc = Note on what the document gives and what comes from the source.

# ja-sha256: 7c644ae28ec850c3
col-document-base_url = Publication URL
# ja-sha256: 1ecc4f8c6c1e60fa
col-document-base_url-desc = The address where this edition of the dataset is published (where the contents of out/ go); the address of every file and the IRI of every record are built from it.

# ja-sha256: 54910a4b018d0276
col-document-closing_title = Closing page title

# ja-sha256: 7a43cdd316c20ce7
col-document-closing_title-desc = Title of the closing page of the document, the page that shows the structure of the integrated projects in the third period.

# ja-sha256: 91e2090ae8f0f3c4
col-document-closing_heading = Closing page heading

# ja-sha256: ed129c3ecffcb635
col-document-closing_heading-desc = Heading printed on the closing page before the list of disease areas.

# ja-sha256: 9478bf1be90e3925
col-document-closing_lead = Closing page lead

# ja-sha256: d665e87ce62a4811
col-document-closing_lead-desc = Introductory sentence printed after the heading on the closing page.

## Analyst views (src/views.rs): flat tables derived from the canonical tables,
## with labels instead of codes. view-<view> is the sheet name and title.

# ja-sha256: 8f90d85ec13a0b1b
view-yes = Yes

# ja-sha256: 48ef2b674823d03d
view-no = No

# ja-sha256: 01fc1c55333cf931
view-total = Total

# ja-sha256: 8a00b03d369d9211
view-projects = Projects summary

# ja-sha256: 4fe32d1e452ecfe5
view-projects-desc = The budget request amounts of each integrated project (AMED-covered expenses, in-house research institution expenses and their sum), with the number of programs and of key points listed, derived from the canonical tables.

# ja-sha256: 18e554f0d70996ee
view-projects-project_number = No.

# ja-sha256: 8583f4cb3cd093af
view-projects-project_number-desc = Number of the integrated project.

# ja-sha256: 2e842932406ab99d
view-projects-project_name = Integrated project

# ja-sha256: 0cd5dbf07f3c4162
view-projects-project_name-desc = Name of the integrated project.

# ja-sha256: a98aab4a4d7e6423
view-projects-amed_amount = AMED-covered expenses (JPY 100 million)

# ja-sha256: 5ec8fed348d2477c
view-projects-amed_amount-desc = Budget request for AMED-covered expenses, as an integer in JPY 100 million.

# ja-sha256: e3dc7aca8ceac1ce
view-projects-inhouse_amount = In-house research institution expenses (JPY 100 million)

# ja-sha256: 26f7701459669b5c
view-projects-inhouse_amount-desc = Budget request for in-house research institution expenses, as an integer in JPY 100 million; empty where the document gives none.

# ja-sha256: 06a76a80f13fa587
view-projects-total_amount = Total (JPY 100 million)

# ja-sha256: b4488ee2ec116e5a
view-projects-total_amount-desc = Sum of the AMED-covered and in-house amounts, calculated for this dataset, as an integer in JPY 100 million.

# ja-sha256: d001082509ddc06f
view-projects-lines_cover_total = Diagram amounts cover the total

# ja-sha256: 638d3cf94af27687
view-projects-lines_cover_total-desc = Whether the amounts printed in the project's diagram add up to its budget request (Yes or No).

# ja-sha256: 4aca71f63582cc4d
view-projects-programme_count = Programs listed

# ja-sha256: ba3edd3d820496a9
view-projects-programme_count-desc = Number of programs listed in the key points or the diagram of the project (each program counted once).

# ja-sha256: 6f726e488d74e990
view-projects-point_count = Key points

# ja-sha256: 496fd1bb72562a5a
view-projects-point_count-desc = Number of key points of the integrated project.

# ja-sha256: 8bc05ed880a3b00b
view-projects-project_id = Project ID

# ja-sha256: e740eefc64cdee91
view-projects-project_id-desc = Identifier of the integrated project (id in the projects table).

# ja-sha256: 7c8fb796d8482024
view-projects-project_name_en_status = Status of the English name of the project

# ja-sha256: 2d1c7b2359fef643
view-projects-project_name_en_status-desc = Review status of the English name of the project: reviewed, provisional or machine.

# ja-sha256: 022e18972afd52f6
view-projects-project_name_en_reviewed = English name of the project reviewed on

# ja-sha256: c74d73ec14e29496
view-projects-project_name_en_reviewed-desc = Date the English name of the project was reviewed (only when reviewed).

# ja-sha256: c5bfe5e743d3f2db
view-project_totals = Project totals

# ja-sha256: bb09da10c5119e5f
view-project_totals-desc = The sums of the amounts of the projects summary (one row), calculated for this dataset: the document prints no total. They are kept in a table of their own so that they are never added to the project rows.

# ja-sha256: 0231bd78c443e91c
view-project_totals-total_label = Item

# ja-sha256: e9e806515e9f2a00
view-project_totals-total_label-desc = Name of the row.

# ja-sha256: 0ff455a66715733b
view-project_totals-amed_amount = AMED-covered expenses, all projects (JPY 100 million)

# ja-sha256: a733f11491214e4d
view-project_totals-amed_amount-desc = Sum of the AMED-covered expenses of all integrated projects, as an integer in JPY 100 million.

# ja-sha256: 4cc3211cd394c0a3
view-project_totals-inhouse_amount = In-house research institution expenses, all projects (JPY 100 million)

# ja-sha256: 58a7855f0ab8ee30
view-project_totals-inhouse_amount-desc = Sum of the in-house research institution expenses of all integrated projects, as an integer in JPY 100 million.

# ja-sha256: 9f668a85cb3086d2
view-project_totals-total_amount = Total, all projects (JPY 100 million)

# ja-sha256: e9da2da067d204de
view-project_totals-total_amount-desc = Sum of the budget requests of all integrated projects, as an integer in JPY 100 million.

# ja-sha256: 7b5df5b5a943a254
view-project_totals-project_count = Projects

# ja-sha256: 150ba3cc53f7a756
view-project_totals-project_count-desc = Number of integrated projects summed.

# ja-sha256: bd31c53243da9802
view-points = Key points list

# ja-sha256: e86f2155f92e019e
view-points-desc = Every key point of the budget request, one per row, with its integrated project, section, program, ministries and tag by name.

# ja-sha256: 18e554f0d70996ee
view-points-project_number = No.

# ja-sha256: 990aecb9814b49f2
view-points-project_number-desc = Number of the integrated project in which the point is listed.

# ja-sha256: 2e842932406ab99d
view-points-project_name = Integrated project

# ja-sha256: 7e635e3d13b06197
view-points-project_name-desc = Name of the integrated project in which the point is listed.

# ja-sha256: 41ee8f5329555b91
view-points-section = Section

# ja-sha256: 5f1b040013e78f8a
view-points-section-desc = Section heading under which the point is listed.

# ja-sha256: 3ff43777da59f42f
view-points-programme_name = Program

# ja-sha256: f2f492fe1981b54d
view-points-programme_name-desc = Name of the program under which the point is listed.

# ja-sha256: 3a6d9f7326c9c3ef
view-points-ministries = Ministries and agencies

# ja-sha256: c282fc3f38d598af
view-points-ministries-desc = Ministries or agencies responsible for the program, in the order printed, separated by semicolons.

# ja-sha256: 0231bd78c443e91c
view-points-tag = Tag

# ja-sha256: 2f9700397f839192
view-points-tag-desc = Tag printed at the start of the point (New, Expanded, or New and expanded); empty when no tag is printed.

# ja-sha256: 909b157528fd6b64
view-points-subprogramme_name = Sub-program

# ja-sha256: 462a78a200967e3c
view-points-subprogramme_name-desc = Where the point concerns a specific sub-program, the name of that sub-program; otherwise empty.

# ja-sha256: 0bf6a1344ac91b7e
view-points-text = Text

# ja-sha256: 48e7b1c1d1cb697f
view-points-text-desc = Text of the point.

# ja-sha256: c1802589c2e5f450
view-points-point_id = Point ID

# ja-sha256: ee81ee378be327d4
view-points-point_id-desc = Identifier of the point (id in the points table).

# ja-sha256: 55c745c4099f7322
view-points-appearance_id = Appearance ID

# ja-sha256: 7f6dea060b74f0ee
view-points-appearance_id-desc = Identifier of the program appearance the point belongs to (id in the appearances table).

# ja-sha256: a0aeec6c85c2d21b
view-points-programme_id = Program ID

# ja-sha256: 75b5ad1197f9f731
view-points-programme_id-desc = Identifier of the program the point belongs to (id in the programmes table).

# ja-sha256: 8bc05ed880a3b00b
view-points-project_id = Project ID

# ja-sha256: ad13d7bfb27a126b
view-points-project_id-desc = Identifier of the integrated project in which the point is listed (id in the projects table).

# ja-sha256: 296b3c31b22f63c2
view-points-text_en_status = Status of the English text of the point

# ja-sha256: a2f107ae1e9bc4a4
view-points-text_en_status-desc = Review status of the English text of the point: reviewed, provisional or machine.

# ja-sha256: cc247ff5e1fb04a7
view-points-text_en_reviewed = English text of the point reviewed on

# ja-sha256: 13d728775240aaa6
view-points-text_en_reviewed-desc = Date the English text of the point was reviewed (only when reviewed).

# ja-sha256: ac9697e4865d604d
view-programmes = Program list

# ja-sha256: bd37b464e4b17769
view-programmes-desc = Every program, one per row, with its ministries, the integrated projects that list it (in the key points or a diagram), its parent program, whether it is a fund program, and the budget lines that cover it.

# ja-sha256: 3ff43777da59f42f
view-programmes-programme_name = Program

# ja-sha256: 0e8cf5daeb3fad9b
view-programmes-programme_name-desc = Name of the program.

# ja-sha256: f19e21e8d4b3a046
view-programmes-acronym = Acronym

# ja-sha256: 6f8d719b34dc5861
view-programmes-acronym-desc = Acronym of the program as printed; empty if none.

# ja-sha256: 3a6d9f7326c9c3ef
view-programmes-ministries = Ministries and agencies

# ja-sha256: c282fc3f38d598af
view-programmes-ministries-desc = Ministries or agencies responsible for the program, in the order printed, separated by semicolons.

# ja-sha256: 8adfbf641e4a6674
view-programmes-parent_name = Parent program

# ja-sha256: 9cbfc3e1308e9302
view-programmes-parent_name-desc = Name of the program this program belongs to; empty if none.

# ja-sha256: eb14b50bad625966
view-programmes-fund = Fund program

# ja-sha256: 07950e74dbc6be79
view-programmes-fund-desc = Whether the program is carried out through a fund (Yes or No).

# ja-sha256: fbbd0f3dc897e4c1
view-programmes-project_count = Projects listing it

# ja-sha256: 7a00fd6d5cae1b21
view-programmes-project_count-desc = Number of integrated projects that list the program in their key points or diagram.

# ja-sha256: c674b051f50682b8
view-programmes-projects = Projects

# ja-sha256: fae03b678e832f63
view-programmes-projects-desc = Names of the integrated projects that list the program in their key points or diagram, in project order, separated by semicolons.

# ja-sha256: 4f23300f5362f339
view-programmes-project_numbers = Project numbers

# ja-sha256: cba85d1576ff833a
view-programmes-project_numbers-desc = Numbers of the integrated projects that list the program, separated by commas.

# ja-sha256: 6f726e488d74e990
view-programmes-point_count = Key points

# ja-sha256: 1aba35037b8cc3e2
view-programmes-point_count-desc = Number of key points listed under the program, in all integrated projects.

# ja-sha256: a5f74ec4cd3c7850
view-programmes-single_amount = Own budget request (JPY 100 million)

# ja-sha256: a57fe824e8882c29
view-programmes-single_amount-desc = Budget request printed in a diagram for this program alone (amount for a single program), as an integer in JPY 100 million; empty when the program is covered only by a combined or shared amount. Summing this column never counts an amount twice.

# ja-sha256: 2f36c01fc9edf90f
view-programmes-budget_lines = Budget lines

# ja-sha256: c3aa7b2c2319229d
view-programmes-budget_lines-desc = The budget lines that cover the program, each as integrated project: label (basis), separated by semicolons.

# ja-sha256: 80309c573b8b509f
view-programmes-programme_note = Note

# ja-sha256: b7fa8e70f777aabb
view-programmes-programme_note-desc = Note on the program.

# ja-sha256: a0aeec6c85c2d21b
view-programmes-programme_id = Program ID

# ja-sha256: cbf3e494792a9154
view-programmes-programme_id-desc = Identifier of the program (id in the programmes table).

# ja-sha256: 68ea094cc9ec180a
view-programmes-parent_id = Parent program ID

# ja-sha256: 4562b539535b27c7
view-programmes-parent_id-desc = Identifier of the parent program (id in the programmes table).

# ja-sha256: 74d4fd15ebccd485
view-programmes-budget_line_ids = Budget line IDs

# ja-sha256: 7f50693516ff354c
view-programmes-budget_line_ids-desc = Identifiers of the budget lines that cover the program (id in the budget_lines table), separated by spaces.

# ja-sha256: 283f3763632f078c
view-programmes-programme_name_en_status = Status of the English name of the program

# ja-sha256: 55c88b96b5bc793f
view-programmes-programme_name_en_status-desc = Review status of the English name of the program: reviewed, provisional or machine.

# ja-sha256: cdda9ec67a94b7bc
view-programmes-programme_name_en_reviewed = English name of the program reviewed on

# ja-sha256: 8077f109e4414967
view-programmes-programme_name_en_reviewed-desc = Date the English name of the program was reviewed (only when reviewed).

# ja-sha256: 70d3d65105c21fb0
view-budget_lines = Budget line list

# ja-sha256: c68c33caa91698da
view-budget_lines-desc = Every budget request amount printed in a project diagram, one per row, with its integrated project, expense type, basis and the programs it covers by name. An amount shared by several programs (included within) is one row too, so the amount column can be summed without double counting.

# ja-sha256: 18e554f0d70996ee
view-budget_lines-project_number = No.

# ja-sha256: fec411dc822a83e1
view-budget_lines-project_number-desc = Number of the integrated project in whose diagram the amount is printed.

# ja-sha256: 2e842932406ab99d
view-budget_lines-project_name = Integrated project

# ja-sha256: c9d972690a3121bd
view-budget_lines-project_name-desc = Name of the integrated project in whose diagram the amount is printed.

# ja-sha256: 1a2f48aa4a652e9a
view-budget_lines-amount = Budget request (JPY 100 million)

# ja-sha256: fd74d76ce6f2cd13
view-budget_lines-amount-desc = Budget request amount printed in the diagram, as an integer in JPY 100 million.

# ja-sha256: 81cbaddfa4923a60
view-budget_lines-expense = Expense type

# ja-sha256: 272dfec24730effb
view-budget_lines-expense-desc = Type of expense the amount belongs to.

# ja-sha256: 986e58414bb63ec3
view-budget_lines-basis = Basis

# ja-sha256: 8d59c74b030580b9
view-budget_lines-basis-desc = How the amount relates to programs.

# ja-sha256: d83d8fb1fc6448bd
view-budget_lines-programme_count = Programs covered

# ja-sha256: 28e46c0e9a6bf523
view-budget_lines-programme_count-desc = Number of programs the amount covers.

# ja-sha256: 86cb68ea6587ba01
view-budget_lines-programmes = Programs

# ja-sha256: 07a99b674e5b1438
view-budget_lines-programmes-desc = Names of the programs the amount covers, in the order printed, separated by semicolons.

# ja-sha256: 1660660d62e88db6
view-budget_lines-summable = Can be summed

# ja-sha256: 7bd0f363357c05a5
view-budget_lines-summable-desc = Whether the amount may be added to the amounts of other rows (Yes or No). An amount shared by several programs (included within) is given in one row only, so every row says Yes.

# ja-sha256: 17efc6654ed280c7
view-budget_lines-line_label = Label

# ja-sha256: 2e2221e00aafa4e9
view-budget_lines-line_label-desc = Text of the amount as printed in the diagram.

# ja-sha256: 80309c573b8b509f
view-budget_lines-line_note = Note

# ja-sha256: 9c20a6e81e27a4c2
view-budget_lines-line_note-desc = Note on where the amount appears in the diagram or how it relates to programs.

# ja-sha256: 74d4fd15ebccd485
view-budget_lines-budget_line_id = Budget line ID

# ja-sha256: cec4f70e9cdfc0ca
view-budget_lines-budget_line_id-desc = Identifier of the budget line (id in the budget_lines table).

# ja-sha256: 8bc05ed880a3b00b
view-budget_lines-project_id = Project ID

# ja-sha256: d7fbf9ed2a0a5b35
view-budget_lines-project_id-desc = Identifier of the integrated project in whose diagram the amount is printed (id in the projects table).

# ja-sha256: 574bb0686e7000cb
view-budget_lines-programme_ids = Program IDs

# ja-sha256: cfc760c9c6968c58
view-budget_lines-programme_ids-desc = Identifiers of the programs the amount covers (id in the programmes table), separated by spaces.

# ja-sha256: 2dbbed18ebdf20f1
view-budget_lines-line_label_en_status = Status of the English label of the amount

# ja-sha256: cf1a29d364a02b67
view-budget_lines-line_label_en_status-desc = Review status of the English label of the amount: reviewed, provisional or machine.

# ja-sha256: 733d3a26ce437fa5
view-budget_lines-line_label_en_reviewed = English label of the amount reviewed on

# ja-sha256: a0aa0695fd2eea98
view-budget_lines-line_label_en_reviewed-desc = Date the English label of the amount was reviewed (only when reviewed).

# ja-sha256: b10c9de028e83dc5
view-programme_projects = Programs by project

# ja-sha256: d109c5455079fb73
view-programme_projects-desc = Each pair of a program and an integrated project that lists it, one per row, with whether the program is listed in the project's key points, its diagram, or both.

# ja-sha256: 18e554f0d70996ee
view-programme_projects-project_number = No.

# ja-sha256: 8583f4cb3cd093af
view-programme_projects-project_number-desc = Number of the integrated project.

# ja-sha256: 2e842932406ab99d
view-programme_projects-project_name = Integrated project

# ja-sha256: 0cd5dbf07f3c4162
view-programme_projects-project_name-desc = Name of the integrated project.

# ja-sha256: 3ff43777da59f42f
view-programme_projects-programme_name = Program

# ja-sha256: ac8153b861ea08e9
view-programme_projects-programme_name-desc = Name of the program listed in the integrated project.

# ja-sha256: 3a6d9f7326c9c3ef
view-programme_projects-ministries = Ministries and agencies

# ja-sha256: c282fc3f38d598af
view-programme_projects-ministries-desc = Ministries or agencies responsible for the program, in the order printed, separated by semicolons.

# ja-sha256: c58d16ac86092f50
view-programme_projects-in_key_points = In key points

# ja-sha256: 4037e086e17ea60b
view-programme_projects-in_key_points-desc = Whether the program is listed in the key points of this integrated project (Yes or No).

# ja-sha256: d0cde86a7912c446
view-programme_projects-in_diagram = In diagram

# ja-sha256: 7a816a3ea444f508
view-programme_projects-in_diagram-desc = Whether the program is listed in the diagram of this integrated project (Yes or No).

# ja-sha256: 6f726e488d74e990
view-programme_projects-point_count = Key points

# ja-sha256: 6e583fc0ddaf77db
view-programme_projects-point_count-desc = Number of key points listed under the program in this integrated project.

# ja-sha256: a0aeec6c85c2d21b
view-programme_projects-programme_id = Program ID

# ja-sha256: cbf3e494792a9154
view-programme_projects-programme_id-desc = Identifier of the program (id in the programmes table).

# ja-sha256: 8bc05ed880a3b00b
view-programme_projects-project_id = Project ID

# ja-sha256: e740eefc64cdee91
view-programme_projects-project_id-desc = Identifier of the integrated project (id in the projects table).

# ja-sha256: 283f3763632f078c
view-programme_projects-programme_name_en_status = Status of the English name of the program

# ja-sha256: 55c88b96b5bc793f
view-programme_projects-programme_name_en_status-desc = Review status of the English name of the program: reviewed, provisional or machine.

# ja-sha256: cdda9ec67a94b7bc
view-programme_projects-programme_name_en_reviewed = English name of the program reviewed on

# ja-sha256: 8077f109e4414967
view-programme_projects-programme_name_en_reviewed-desc = Date the English name of the program was reviewed (only when reviewed).
## Retired identifiers (data/retired_ids.csv)

# ja-sha256: 0bd2dabdfb3beae8
table-retired_ids = Retired identifiers

# ja-sha256: 8f21c355c76e2a24
table-retired_ids-desc = Each row is the identifier of a record that was published in an earlier release and retired in a later one. A retired identifier is never used again for another record.

# ja-sha256: 11502279b334c4a7
col-retired_ids-id = ID

# ja-sha256: e6fdff670bc2025d
col-retired_ids-id-desc = Identifier of the retired record.

# ja-sha256: 0fac3ba703c833bc
col-retired_ids-table = Table

# ja-sha256: b61115db08b96eb5
col-retired_ids-table-desc = Name of the table that held the retired record (e.g. points).

# ja-sha256: 475852f9df9575ab
col-retired_ids-release = Retired in release

# ja-sha256: 3d543a9d4c196b30
col-retired_ids-release-desc = Version of the release that retired the identifier, that is, the first release without the record (e.g. 1.1.0).

# ja-sha256: eb5c5c53f7fe6ef4
col-retired_ids-reason = Reason

# ja-sha256: 4a0e35a93ad3bade
col-retired_ids-reason-desc = Why the identifier was retired.

# ja-sha256: f78896d0cdb0720c
col-retired_ids-successors = Successor IDs

# ja-sha256: b4f65a647d320c10
col-retired_ids-successors-desc = Identifiers of the records of the same table that take over from the retired record, separated by spaces; empty if there are none (one successor means the identifier was changed, several mean the record was split, and several retired records with the same successor mean they were merged).

# The website (site/): src/emit/site/, templates/site/.

# ja-sha256: e013a7e6de1f95f7
site-skip = Skip to main content

# ja-sha256: 32a53707e3039ca1
site-versions = Version history

# ja-sha256: f860320912c554fe
site-status-reviewed = English reviewed on

# ja-sha256: 8e08ec4aa939642b
site-status-provisional = English: provisional translation, not yet reviewed

# ja-sha256: 7fea2632df8fef70
site-status-machine = English: machine translation, not checked by a person

# ja-sha256: f67596104e902085
site-versions-intro = Each release of this dataset, with the kind and number of its changes since the release before it. Versions follow semantic versioning: major when a table or column is removed (among others), minor when records or columns are added or records retired, patch for corrected values and texts.

# ja-sha256: d424a42b3a100634
site-changes-count = Changes

# ja-sha256: e03e6e336383c4e8
site-changes-link = The changes in this release (English)

# ja-sha256: a384ff332d3178c5
site-changelog-link = The changes of every release (CHANGELOG.md)

# ja-sha256: 885680816147a98e
site-nav = Site navigation

# ja-sha256: 49339890223b53e9
site-home = Home

# ja-sha256: b85d7a94ae5775cf
site-downloads = Downloads

# ja-sha256: 7c7420e2ac6c69c9
site-about = About this data

# ja-sha256: 318b4067a67c59b3
site-breadcrumb = You are here

# ja-sha256: cf3fefc196d18f03
site-contents = On this page

# ja-sha256: 77710aedc74ecfa3
site-lang-self = English

# ja-sha256: 77710aedc74ecfa3
site-lang-ja = Japanese

# ja-sha256: 57b8fc274f106bc6
site-lang-en = English

# ja-sha256: 8ee1c928803cdb82
site-lang-bilingual = Japanese and English side by side

# ja-sha256: 62b643618c88387e
site-lang-both = Japanese and English

# ja-sha256: e503b4679431c1a9
site-read-japanese = Read the Japanese page (authoritative)

# ja-sha256: a9aeb1773a5b2f12
site-enter = Go to the English pages

# ja-sha256: 01fc1c55333cf931
site-total = Total

# ja-sha256: e0301cd768eb749f
site-chart-desc = A horizontal bar chart of the budget request of each integrated project, with AMED-covered expenses and in-house research institution expenses stacked. The figures are in the table below.

# ja-sha256: a68aa9f890de2d94
site-programmes-intro = The programs named in the document. Each program's page shows the integrated projects and sections it appears in, its key points and its budget request amounts.

# ja-sha256: 49bd19a8c89888d0
site-downloads-intro = To open the tables in Excel, use the CSV for Excel (with a BOM and CRLF line endings) or the workbooks; to read them in code, use the canonical CSV (UTF-8 without BOM, LF line endings) or the JSON. The whole package is also available as one ZIP file.

# ja-sha256: ea5a5ba58cd9657e
site-all-downloads = All files, with their sizes and SHA-256

# ja-sha256: 60e72f2c249b1787
site-csv-by-table = CSV by table

# ja-sha256: 70a321ab3abce3f5
site-csv-by-table-desc = CSV files by table (canonical and for Excel, in each language)

# ja-sha256: 0fac3ba703c833bc
site-table = Table

# ja-sha256: a8afd918a30bc784
site-bytes = bytes

# ja-sha256: e6059cfac590d70a
site-about-more = Source, processing, errata, how to cite, and the identifiers

# ja-sha256: 2b39ec3da17eef39
site-file = File

# ja-sha256: 9dbd48a9b2d20e21
site-format = Format

# ja-sha256: 9682ba3b92f7a961
site-language = Language

# ja-sha256: c0d3612c14c0cabf
site-size = Size (bytes)

# ja-sha256: f65e446fd637dfcf
site-dl-zip = Package (ZIP)

# ja-sha256: ce71d1e8d7a1f27a
site-dl-zip-desc = The whole open-data package (the Japanese and English CSV files and their metadata) in one ZIP file.

# ja-sha256: a082a1fa498fc6e7
site-dl-xlsx = Excel workbooks

# ja-sha256: c2185e75c771d20d
site-dl-xlsx-desc = Workbooks with every table and a chart, for reading in a spreadsheet program.

# ja-sha256: ba029a400136af03
site-dl-csv-excel = CSV for Excel

# ja-sha256: 48a9be72e0459329
site-dl-csv-excel-desc = CSV files to open directly in Excel (UTF-8 with a BOM, CRLF line endings). A text cell that starts with =, +, -, @ or the like has a leading ' so that spreadsheets do not run it as a formula. To read the data in code, use the canonical CSV.

# ja-sha256: 6bd6b0cc57400659
site-dl-csv = Canonical CSV (for code)

# ja-sha256: 1716d78e4ae80208
site-dl-csv-desc = The canonical form of the data (UTF-8 without BOM, LF line endings, values exactly as they are), for programs and data analysis tools. data/ja/ and data/en/ are the package's CSV files; csv/bilingual/ has both languages side by side.

# ja-sha256: db1a21a0bc2ef8fb
site-dl-json = JSON

# ja-sha256: b53d9f99c4646642
site-dl-json-desc = The whole dataset, nested by the relations of its tables (integrated projects, sections, appearances, key points and so on).

# ja-sha256: 13a8f29ba149c2a2
site-dl-schema = JSON Schema

# ja-sha256: 5787c08b28250244
site-dl-schema-desc = The JSON Schema of each JSON file.

# ja-sha256: baee775d40af508d
site-dl-metadata = Package metadata

# ja-sha256: 0a4530ca7cde6669
site-dl-metadata-desc = The package's description and metadata: datapackage.json (Frictionless Data Package), csv-metadata.json (CSV on the Web), dcat.jsonld (DCAT-AP), README.md, LICENSE.md and SHA256SUMS.

# ja-sha256: 97c4c6a1d8701b64
site-iri = Identifier (IRI)

# ja-sha256: 0943908e8c16e6ce
site-fields = Fields

# ja-sha256: 0e7a638703c4001e
site-referenced-by = Records that refer to this one

# ja-sha256: ba5d2977fc13a262
site-mentions = Errata and supplied facts about this record

# ja-sha256: 79c703816ecd1dd8
site-record-data = Data of this record

# ja-sha256: 9280fae870d1a191
site-json-record = This record as JSON

# ja-sha256: 0a0636655e65df6f
site-csv-rows = Rows in the CSV files

# ja-sha256: ed0efabd578f1ccb
site-json-release = The whole dataset as JSON

# ja-sha256: 2080ac324abe8ede
site-more-items = Not shown on this page (in the CSV and JSON files):

# ja-sha256: 538fa5973853cacc
site-yes = Yes

# ja-sha256: 868310e193d1af0b
site-no = No

# ja-sha256: 7e93c1bb0f3ea650
site-amounts = Budget request

# ja-sha256: 8237e3a913ef0bd4
site-lines = Budget request amounts in the diagram

# ja-sha256: 6c4e995d5b8979f2
site-lines-chart = Budget request amounts in the diagram (JPY 100 million)

# ja-sha256: cf0176de043b386f
site-lines-chart-desc = A horizontal bar chart of each budget request amount printed in the diagram, labelled with the programs it covers. The figures are in the table below.

# ja-sha256: 11c12ce491ce5da8
site-covers = Programs covered

# ja-sha256: cc465196156a40dd
site-sections = Key points of the budget request

# ja-sha256: 6755974d3f7abc0a
site-diagram = Diagram

# ja-sha256: f439281ff12e71ec
site-diagram-note = The diagram's entries in the order of the document; an entry that belongs to a box (a band, an organization's box or the phase axis) is listed under it. Entries whose box cannot be told from the document are listed outside any box.

# ja-sha256: 378b818f27c64a6a
site-flows = Arrow labels

# ja-sha256: ad25dd1b1b6b4d63
site-point-page = Page of this key point

# ja-sha256: d44e9b3d3b31d37b
site-names = Names

# ja-sha256: 478296ec73e25500
site-none-given = Not given in the document

# ja-sha256: 8ed6be991867b428
site-appearances = Where it appears, with its key points

# ja-sha256: 0e3a71c9ca0dadc6
site-subpoints = Key points that name it as a sub-program

# ja-sha256: fe37aff332d45f3c
site-budget-lines = Budget request amounts that cover this program

# ja-sha256: 85eeb65cedb8573e
site-lines-note = An amount that covers several programs (a combined total, or an amount shared by several programs) cannot be split into amounts for each program.

# ja-sha256: 040b5fc5e8c9e1ea
site-diagram-entries = In the diagrams

# ja-sha256: fe54ba322795d00e
site-document-page = Record of the source document

# ja-sha256: 42b510f701d32833
site-iri-scheme = The identifier (IRI) of each record is the publication URL followed by id/, the table's name (with - for _) and the record's identifier (a link table's two identifiers). With this site published at the publication URL, each IRI answers with the record's Japanese page; its English page (en.html) and its JSON (index.json) are beside it. Tables with very many records get no page per record; their records are shown on the pages of the records they belong to.

# ja-sha256: 9e31eabea2792259
site-iri-pattern = IRI pattern

# ja-sha256: bcd81d712b77c3f8
site-records = Records

# ja-sha256: cbe9a04f97718622
site-has-pages = A page per record
