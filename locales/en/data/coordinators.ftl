# source: https://www.jst.go.jp/EN/seika/01/seika18.html
# ja-sha256: e8a3a066eb1f34ab
mano-hiroyuki__name = Hiroyuki Mano

# source: https://neurology-jp.org/Journal/cgi-bin/journal.cgi?lg=en&pg=smry&vl=48&no=11&tp=1023
# ja-sha256: 77f00ea89970ec86
kusunoki-susumu__name = Susumu Kusunoki

# source: https://www.moonshot-katagiri.proj.med.tohoku.ac.jp/research-e.html
# ja-sha256: 5e67079d689746ec
katagiri-hideki__name = Hideki Katagiri
