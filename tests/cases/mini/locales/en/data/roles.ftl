# source: https://www.amed.go.jp/en/aboutus/objectives_project.html
# ja-sha256: b7fa46371f26d3ab
pd__name = Program Director

# ja-sha256: 87656753ab083b61
dc__name = Disease Area Coordinator
