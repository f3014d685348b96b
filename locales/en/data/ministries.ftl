mext__mark = MEXT

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
mext__name = Ministry of Education, Culture, Sports, Science and Technology

mhlw__mark = MHLW

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
mhlw__name = Ministry of Health, Labour and Welfare

meti__mark = METI

# source: https://www.amed.go.jp/en/aboutus/aisatsu.html
meti__name = Ministry of Economy, Trade and Industry

cao__mark = Cabinet Office

# source: https://www.amed.go.jp/en/program/list/18/03/001.html
cao__name = Cabinet Office

mic__mark = MIC

# source: https://www.soumu.go.jp/english/soumu/index.html
mic__name = Ministry of Internal Affairs and Communications

cfa__mark = CFA

cfa__name = Children and Families Agency

hmsd__mark = HMSD

hmsd__name = Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office
