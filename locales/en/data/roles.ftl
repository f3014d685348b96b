# source: https://www.amed.go.jp/en/aboutus/objectives_project.html
pd__name = Program Director

dc__name = Disease Area Coordinator
