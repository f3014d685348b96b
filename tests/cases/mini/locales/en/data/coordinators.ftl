# source: https://www.jst.go.jp/EN/seika/01/seika18.html
# ja-sha256: e8a3a066eb1f34ab
mano-hiroyuki__name = Hiroyuki Mano
