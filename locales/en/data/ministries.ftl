# ja-sha256: 3677ef77b1574d16
mext__mark = MEXT

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: 312c61b2ff81b092
mext__name = Ministry of Education, Culture, Sports, Science and Technology

# ja-sha256: c40a1cdea37360fe
mhlw__mark = MHLW

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: 7702b05089ec9de8
mhlw__name = Ministry of Health, Labour and Welfare

# ja-sha256: eea5f99911359120
meti__mark = METI

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
# ja-sha256: 741446b07ec0f536
meti__name = Ministry of Economy, Trade and Industry

# ja-sha256: b2126ce9c100bff0
cao__mark = Cabinet Office

# source: https://www.amed.go.jp/en/program/list/18/03/001.html
# ja-sha256: dd8aaf2ed69394c8
cao__name = Cabinet Office

# ja-sha256: 2937666283270b40
mic__mark = MIC

# source: https://www.soumu.go.jp/english/soumu/index.html
# ja-sha256: f21f7c9f07ef1c77
mic__name = Ministry of Internal Affairs and Communications

# ja-sha256: 083ed6fbedae1760
cfa__mark = CFA

# ja-sha256: 435cf4ab5b9c7080
cfa__name = Children and Families Agency

# ja-sha256: 8b0329c50be06184
hmsd__mark = HMSD

# ja-sha256: 7c0a9ab2fde881ec
hmsd__name = Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office
