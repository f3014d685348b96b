# source: http://www.jst.go.jp/EN/seika/01/seika18.html
mano-hiroyuki__name = Hiroyuki Mano

# source: https://neurology-jp.org/Journal/cgi-bin/journal.cgi?lg=en&pg=smry&vl=48&no=11&tp=1023
kusunoki-susumu__name = Susumu Kusunoki

# source: https://www.moonshot-katagiri.proj.med.tohoku.ac.jp/research-e.html
katagiri-hideki__name = Hideki Katagiri
