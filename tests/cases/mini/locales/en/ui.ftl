# Interface labels (English, provisional translation of locales/ja/ui.ftl).
# Message ids: src/labels.rs; one value per line.

# ja-sha256: 5384542baa0949aa
release-title = AMED Integrated Projects: FY{ $fiscal_year } Budget Request Overview (dataset)

# ja-sha256: 70c4319402eee0b0
release-description = A machine-readable dataset of the FY{ $fiscal_year } budget request amounts, the key points of the budget request and the contents of the project diagrams for the eight integrated projects of the Japan Agency for Medical Research and Development (AMED), taken from "{ $title }" published by the { $publisher }. It is provided in CSV, JSON and Excel formats, in Japanese and in English (provisional translation). Corrections made to the text extracted from the source document are listed in an errata table.

# ja-sha256: c0d769b1e4141216
release-keywords = Japan Agency for Medical Research and Development, AMED, budget request, FY{ $fiscal_year }, integrated projects, medical research and development, budget, healthcare policy, Cabinet Office, open data

# ja-sha256: 537a3189844260ad
provisional-translation = The English text is a provisional translation; the Japanese original is authoritative.

# ja-sha256: 1d25cf1a49426bb3
authoritative-language = Japanese (authoritative)

# ja-sha256: 3122f97d21b715b0
licence-name = Public Data License (Version 1.0) (PDL 1.0)

# ja-sha256: 99bd8651afc86f5e
licence-summary = You may use the data freely, including for commercial purposes, provided that you give attribution; the license is compatible with Creative Commons Attribution 4.0 International (CC BY 4.0).

# ja-sha256: b45114e5cea96d34
attribution = Source: { $publisher }, "{ $title }" (processed by the publisher of this dataset)

# ja-sha256: 564f9da9ea09341f
processed-notice = This dataset was created by processing the source document; it is not a file created or published by the Government of Japan ({ $publisher }).

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

# ja-sha256: f30a730cbe64f0ae
about-publisher = Publisher

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

# ja-sha256: c9c8c6c6db81a708
readme-identifiers-body = Every record has an explicit, stable identifier (the id column): a string of lowercase letters, digits and hyphens matching ^[a-z][a-z0-9-]*$, unique within its table, kept unchanged across releases and never reused for another record. The link tables (programme_ministries and budget_line_programmes) instead have keys made of two columns.

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

# ja-sha256: 72accbcb0a3d606c
readme-cite = How to cite

# ja-sha256: ab4661f20565d85c
readme-cite-body = When you use this dataset, please give the source as follows: Source: { $publisher }, "{ $title }" (processed by the publisher of this dataset). If you process the data further, please state that as well.

# ja-sha256: f52c3ba0fc99c79d
readme-licence = License

# ja-sha256: 3615e8e8889c797a
readme-files = Files

# ja-sha256: 0313480591569c92
readme-files-body = This package holds every table twice, in Japanese (data/ja/) and in English (data/en/), as CSV files in UTF-8 without a byte order mark and with LF line ends. The metadata files are datapackage.json (Frictionless Data Package v2), csv-metadata.json (CSV on the Web), dcat.jsonld (DCAT-AP 3.0.1) and SHA256SUMS (SHA-256 checksums of the files). The same release also provides bilingual CSV files, CSV files for Excel (with a BOM and CRLF line ends; a text cell that starts with =, +, -, @, a tab or a carriage return gets a leading ' there so that spreadsheets do not run it as a formula, while the canonical CSV keeps the exact value), JSON with JSON Schemas, and Excel workbooks in Japanese, in English and bilingual.

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

# ja-sha256: aebb9d700dcddb49
table-document-desc = The single row describes the source document, including the texts of its closing page, and this release of the dataset.

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

# ja-sha256: 32d3eb6bd5ff94b2
col-document-source_file = Source file

# ja-sha256: 79d4b6894edba303
col-document-source_file-desc = Name of the file with the transcription of the document's text from which this dataset was produced.

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

# ja-sha256: 7befc220ecffba12
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
table-coordinators = Disease area coordinators

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
# ja-sha256: a3f1b3966131f9dd
col-document-base_url-desc = The URL where this dataset is published; the IRIs of every file in the package and of every record are built from it.

# ja-sha256: 54910a4b018d0276
col-document-closing_title = Closing page title

# ja-sha256: 7a43cdd316c20ce7
col-document-closing_title-desc = Title of the closing page of the document, the page that shows the structure of the integrated projects in Phase III.

# ja-sha256: 91e2090ae8f0f3c4
col-document-closing_heading = Closing page heading

# ja-sha256: ed129c3ecffcb635
col-document-closing_heading-desc = Heading printed on the closing page before the list of disease areas.

# ja-sha256: 9478bf1be90e3925
col-document-closing_lead = Closing page lead

# ja-sha256: d665e87ce62a4811
col-document-closing_lead-desc = Introductory sentence printed after the heading on the closing page.

# The website (site/): src/emit/site/, templates/site/.

# ja-sha256: e013a7e6de1f95f7
site-skip = Skip to main content

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
