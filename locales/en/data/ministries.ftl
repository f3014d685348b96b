# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: 3677ef77b1574d16
mext__mark = MEXT

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: 312c61b2ff81b092
mext__name = Ministry of Education, Culture, Sports, Science and Technology

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: c40a1cdea37360fe
mhlw__mark = MHLW

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: 7702b05089ec9de8
mhlw__name = Ministry of Health, Labour and Welfare

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: eea5f99911359120
meti__mark = METI

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: 741446b07ec0f536
meti__name = Ministry of Economy, Trade and Industry

# source: https://www.amed.go.jp/en/program/list/18/03/001.html (the Cabinet Office's English name, used in full; AMED writes "the Cabinet Office, MEXT, MHLW and METI")
# ja-sha256: b2126ce9c100bff0
cao__mark = Cabinet Office

# source: https://www.amed.go.jp/en/program/list/18/03/001.html
# ja-sha256: dd8aaf2ed69394c8
cao__name = Cabinet Office

# source: https://www.soumu.go.jp/english/soumu/index.html
# ja-sha256: 2937666283270b40
mic__mark = MIC

# source: https://www.soumu.go.jp/english/soumu/index.html
# ja-sha256: f21f7c9f07ef1c77
mic__name = Ministry of Internal Affairs and Communications

# searched: the agency's own English site (cfa.go.jp) is not in the stored material; "CFA" was found only in a third-party interview (https://internationalednews.com/tag/parenting) and on no government page in the stored material, so the full name is used (2026-12-01)
# ja-sha256: 083ed6fbedae1760
cfa__mark = Children and Families Agency

# searched: cfa.go.jp English pages are not in the stored material; the name is the one used consistently in English-language press (e.g. https://japannews.yomiuri.co.jp/politics/politics-government/20230404-101566/), not verified on an official page (2026-12-01)
# ja-sha256: 435cf4ab5b9c7080
cfa__name = Children and Families Agency

# searched: "HMSD" appears on no government page in the stored material (it appears to have been coined for this project's glossary); no English name or abbreviation of the secretariat was found (Cabinet Office English pages, kantei English pages, japaneselawtranslation.go.jp, AMED English site; JP page https://www8.cao.go.jp/iryou/secretariat.html has no English) — the coined full name is used (2026-12-01)
# ja-sha256: 8b0329c50be06184
hmsd__mark = Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office

# searched: Cabinet Office and kantei English pages, japaneselawtranslation.go.jp, AMED English site, stored-copy search (2026-12-01); no official English name found (the 2013 predecessor in the Cabinet Secretariat was "Office of Healthcare Policy", https://docslib.org/doc/407553/medical-innovation-as-a-national-strategy)
# ja-sha256: 7c0a9ab2fde881ec
hmsd__name = Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office
