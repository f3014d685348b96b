# ja-sha256: 100d42391c3f6c8b
e01__reason = During extraction from the PDF, the Greek letter alpha had been replaced with math notation surrounded by spaces.

# ja-sha256: fc294891948eab5f
e02__reason = A character was missing from the katakana loanword (radiotheranostics).

# ja-sha256: 58bae23e924a4fe5
e03__reason = The word "gennin" (on-the-spot confirmation) does not fit the context and is probably a misprint for "gen-in" (cause). The Japanese has not been corrected because the original could not be checked. The English translates the printed word and gives the presumed reading ("causes") in square brackets.

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

# ja-sha256: c83f8826fe51af3a
e09__reason = The extracted text writes "sosei" (creation) with different kanji from those in the program name published by AMED; the name was aligned with AMED's spelling (information from outside the document; the source is given in supplied_facts). The spelling in the document itself has not been checked.

# ja-sha256: c83f8826fe51af3a
e10__reason = The extracted text writes "sosei" (creation) with different kanji from those in the program name published by AMED; the name was aligned with AMED's spelling (information from outside the document; the source is given in supplied_facts). The spelling in the document itself has not been checked.

# ja-sha256: afa5a8f0b162e07d
e11__reason = In the extracted text, a romanization in parentheses follows the name, but it does not match the reading of the name in kanji. Whether this romanization is printed in the document or was added during extraction cannot be confirmed. The English gives the reading from a source outside the document (see supplied_facts), in given-name, family-name order.

# ja-sha256: afa5a8f0b162e07d
e12__reason = In the extracted text, a romanization in parentheses follows the name, but it does not match the reading of the name in kanji. Whether this romanization is printed in the document or was added during extraction cannot be confirmed. The English gives the reading from a source outside the document (see supplied_facts), in given-name, family-name order.

# ja-sha256: afa5a8f0b162e07d
e13__reason = In the extracted text, a romanization in parentheses follows the name, but it does not match the reading of the name in kanji. Whether this romanization is printed in the document or was added during extraction cannot be confirmed. The English gives the reading from a source outside the document (see supplied_facts), in given-name, family-name order.

# ja-sha256: 9678392ccc6aa880
e14__reason = During extraction from the PDF, two bullet points had been joined into a single line. They were split into two records (pj5-biobank-1 and pj5-biobank-2).

# ja-sha256: 3d7d63b42257559c
e15__reason = The phrase appears to lack the verb "suru" (to conduct) before "to tomo ni" (while also); whether this is a slip in the document or a loss during extraction cannot be confirmed, so it has not been corrected. The English translates it as if the verb were present.

# ja-sha256: 5bee2db73975879e
e16__reason = The Japanese name for MASLD set by the Japanese Society of Gastroenterology and the Japan Society of Hepatology has no "sei" after "taisha" (information from outside the document; the source is given in supplied_facts), so the extra character is probably an error, but the original could not be checked, so it has not been corrected. The English uses the English name of MASLD.

# ja-sha256: 10f8df574f5cdbab
e17__reason = In the extracted text, MEXT and MHLW each appear twice in the list of ministries. As one legend would not show the same ministry twice, the repetition was taken to be a duplication introduced during extraction, and the second occurrences were removed.

# ja-sha256: 13cba479bfa75974
e18__reason = The title of the phase axis read "furezu" (phrase). In the other two diagrams of the document, the same axis is titled "fezu" (phase), so it is an error.
