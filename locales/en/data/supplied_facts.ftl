# ja-sha256: f2724fb1ce8d54df
s01__note = The extracted text does not name the publisher; the publisher comes from information on where the document was obtained. The name of the organization follows the source.

# ja-sha256: e9a428c21d76e4a2
s02__note = The document gives only the ministry's short name and its one-character mark; the full name follows the source.

# ja-sha256: e3feaf9cdc21cdf9
s03__note = The document gives only the one-character mark. Reading the mark as this organization is a judgment of this dataset; the organization's name follows the source.

# ja-sha256: 528387b8d6c10f91
s04__note = The kanji spelling of "sosei" (creation) follows the source (erratum e09).

# ja-sha256: 94d84a649ddd9342
s05__note = The kanji spelling of "sosei" (creation) follows the source (erratum e10).

# ja-sha256: 7e41e6461cfbb67e
s06__note = The English reading of the name follows the source; the Japanese name is as printed in the document.

# ja-sha256: 7e41e6461cfbb67e
s07__note = The English reading of the name follows the source; the Japanese name is as printed in the document.

# ja-sha256: 7e41e6461cfbb67e
s08__note = The English reading of the name follows the source; the Japanese name is as printed in the document.

# ja-sha256: d7f81f90a4cfbc88
s09__note = The Japanese disease name follows the source.

# ja-sha256: 041f6247bb3af2ec
s10__note = The address of the document itself could not be found, so this is the address of the page of the Healthcare and Medical Strategy Promotion Secretariat, which published the document. The document prints no date and its publication date could not be confirmed, so source_date is empty.
