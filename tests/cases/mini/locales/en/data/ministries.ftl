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
