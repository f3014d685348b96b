# ja-sha256: f8408c3653afb57d
e01__reason = During extraction from the PDF, the Greek letter alpha had been replaced with math notation.

# ja-sha256: fc294891948eab5f
e02__reason = A character was missing from the katakana loanword (radiotheranostics).

# ja-sha256: d41a51e845bf8d7d
e03__reason = The word "gennin" (on-the-spot confirmation) does not fit the context and is probably a misprint for "gen-in" (cause). The Japanese has not been corrected because the original could not be checked. The English translation gives the sense of "cause".

# ja-sha256: c97bcc231aa8a3b7
e04__reason = The katakana loanword was garbled (reverse translational research).

# ja-sha256: 0244106d3505247d
e05__reason = The kanji "kaku" (as in "kankakuki", sensory organs) had been rendered in its Simplified Chinese form.

# ja-sha256: 0244106d3505247d
e06__reason = The kanji "kaku" (as in "kankakuki", sensory organs) had been rendered in its Simplified Chinese form.

# ja-sha256: 3b71ab05ec625fa4
e07__reason = The description in the same box refers to each of the National Centers (NCs), so "NCI" is an error.

# ja-sha256: 3b71ab05ec625fa4
e08__reason = The description in the same box refers to each of the National Centers (NCs), so "NCI" is an error.

# ja-sha256: 57beb81692045876
e09__reason = The official program name used by AMED uses the corrected spelling of "sosei" (creation), which is written with different kanji from those printed in the document.

# ja-sha256: 57beb81692045876
e10__reason = The official program name used by AMED uses the corrected spelling of "sosei" (creation), which is written with different kanji from those printed in the document.

# ja-sha256: 0ac78aed7dfced35
e11__reason = The romanization printed in the document was incorrect. In English, the name is given in given-name, family-name order.

# ja-sha256: 0ac78aed7dfced35
e12__reason = The romanization printed in the document was incorrect. In English, the name is given in given-name, family-name order.

# ja-sha256: 0ac78aed7dfced35
e13__reason = The romanization printed in the document was incorrect. In English, the name is given in given-name, family-name order.

# ja-sha256: 9678392ccc6aa880
e14__reason = During extraction from the PDF, two bullet points had been joined into a single line. They were split into two records (pj5-biobank-1 and pj5-biobank-2).
