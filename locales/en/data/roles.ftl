# source: https://www.amed.go.jp/en/aboutus/objectives_project.html
# ja-sha256: b7fa46371f26d3ab
pd__name = Program Director

# searched: AMED English site (About AMED, objectives page: "coordinators of each disease area", https://www.amed.go.jp/en/aboutus/objectives_project.html) and stored-copy search (2026-12-01); no title-cased official English title found
# ja-sha256: 87656753ab083b61
dc__name = Disease Area Coordinator
