# ja-sha256: 623374652631196a
next-gen-cancer__name = Research Program for Accelerating Next-Generation Cancer Medicine

# source: https://www.amed.go.jp/en/program/list/15/01/010.html
# ja-sha256: 8fcec4c7892adf3d
innovative-cancer__name = Practical Research for Innovative Cancer Control

# ja-sha256: 54b066ae0769210a
drug-discovery-basis__name = Research Program for Promoting Drug Discovery Platforms

# ja-sha256: 1bfa7a890f84cfe1
gapfree__name = Collaborative Drug Discovery Research Project

# ja-sha256: 7e8fb293adfbd396
gapfree__note = Listed as an initiative of the Research Program for Promoting Drug Discovery Platforms.

# source: https://www.amed.go.jp/en/program/list/15/01/001.html
# ja-sha256: bb4b02799b584267
emerging-infection-base__name = Japan Program for Infectious Diseases Research and Infrastructure

# source: https://www.amed.go.jp/en/program/list/21/02/index.html (the programme's own page https://www.amed.go.jp/en/program/list/21/02/001.html writes it in lower case)
# ja-sha256: f2d433b4302c362c
vaccine-modality__name = Program on R&D of New Generation Vaccine including New Modality Application

# ja-sha256: 37d3d882a667565b
vaccine-modality__note = Shown in the Infectious Disease Project diagram as a program of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA).
