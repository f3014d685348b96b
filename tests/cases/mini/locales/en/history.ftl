# Labels of the changelog and changes (the package's CHANGELOG.md and changes/, amed-budget diff).
# Message ids: src/history/mod.rs (LABELS).

# ja-sha256: 2c524e3313204c0f
changes-title = Changes
# ja-sha256: a7268afd6a6cc92c
changelog-title = Changelog
# ja-sha256: bf99ae2848a01b0d
changes-old = Before
# ja-sha256: fc54efa9eb55e81b
changes-new = After
# ja-sha256: 39d567f3aea53d61
changes-version = Release
# ja-sha256: 330cebc1f7d9f87f
changes-date = Date
# ja-sha256: 58e891bce783aadf
changes-document = Document
# ja-sha256: 9d52a55a9e100c53
changes-class = Kind of release
# ja-sha256: 4c26b930369fcb09
changes-class-none = no changes
# ja-sha256: c1f629c5193f3979
changes-class-patch = patch (corrections of values and texts)
# ja-sha256: b00d6093bff2ad12
changes-class-minor = minor (records or columns added, or records retired)
# ja-sha256: 3354de9158e06b7a
changes-class-major = major (a table or column removed or renamed, or a type changed)
# ja-sha256: c7c30959ab655e05
changes-expected-version = Version these changes call for
# ja-sha256: a947742e9962eaa2
changes-first-release = This is the first release.
# ja-sha256: 5f178fcbc8438157
changes-see = The changes are listed in CHANGELOG.md and in the changes folder.
# ja-sha256: 5c29952e220e7cca
changes-summary = Changes per table
# ja-sha256: e98303483e120e86
changes-schema = Tables and columns
# ja-sha256: 0fac3ba703c833bc
changes-table = Table
# ja-sha256: f29e0dfd16332947
changes-record = Record
# ja-sha256: 0b97a6302f674ccc
changes-change = Change
# ja-sha256: c06d21404eee51cb
changes-field = Column
# ja-sha256: 9682ba3b92f7a961
changes-lang = Language
# ja-sha256: 55ac5b0fb209666c
changes-delta = Difference
# ja-sha256: 3bb8e4698bff1c76
changes-old-sha = Fingerprint before
# ja-sha256: 266a1bb26845a0c2
changes-new-sha = Fingerprint after
# ja-sha256: 9734bf67aa0c83ba
changes-related = Related IDs
# ja-sha256: d44e9b3d3b31d37b
changes-name = Name
# ja-sha256: 10fc6938818fc535
changes-reason-ja = Reason for retirement (Japanese)
# ja-sha256: ee8923faecb304bd
changes-reason-en = Reason for retirement (English)
# ja-sha256: d91017c932b5fc75
changes-added = Added
# ja-sha256: 85df154a0b5ee36d
changes-removed = Removed (no retirement declared)
# ja-sha256: ec7d11b6d1542c5b
changes-retired = Retired
# ja-sha256: 9aba8b9d4fd86d2b
changes-renamed = ID changed
# ja-sha256: 88a998a101b42d12
changes-split = Split
# ja-sha256: f41c0f05f4c0210e
changes-merged = Merged
# ja-sha256: 856252cfcbd314e0
changes-changed = Changed
# ja-sha256: d9d481dbe505ce7b
changes-table-added = Table added
# ja-sha256: a41eff2a3a02ac72
changes-table-removed = Table removed
# ja-sha256: e47c312c879f7c21
changes-column-added = Column added
# ja-sha256: 929052f31edd76a2
changes-column-removed = Column removed
# ja-sha256: 77a1ca5f9c76c69b
changes-column-type-changed = Column type changed
# ja-sha256: 6e7599497fec6019
changes-key-changed = Primary key changed
# ja-sha256: de3810e997a36125
changes-successors = Successors
# ja-sha256: ebf5e0b5c39d7c36
changes-predecessors = Replaces
# ja-sha256: eb5c5c53f7fe6ef4
changes-reason = Reason
# ja-sha256: 149aa3b81d3eb416
changes-empty = No changes.
# ja-sha256: 08748276109ba553
changes-text-not-recorded = (the record of the earlier release keeps only a fingerprint of the text)
# ja-sha256: 7f58d500ad833ae1
changes-other-language = Japanese changed (English unchanged)
# ja-sha256: 2a263ab8180ff44d
changes-files-body = The changes of each release since the previous one are in the package's changes folder: changes.json and changes.csv for machines (Table Schema: changes.schema.json), with a description in Japanese (changes.ja.md) and in English (changes.en.md). release.json gives the release's version, date and tables. Identifiers do not change from one release to the next; a retired identifier is listed with its reason and successors in the retired_ids table and is never used again.
