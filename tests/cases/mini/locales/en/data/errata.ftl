# ja-sha256: f8408c3653afb57d
e01__reason = During extraction from the PDF, the Greek letter alpha had been replaced with math notation.

# ja-sha256: fc294891948eab5f
e02__reason = A character was missing from the katakana loanword (radiotheranostics).

# ja-sha256: 58bae23e924a4fe5
e03__reason = The word "gennin" (on-the-spot confirmation) does not fit the context and is probably a misprint for "gen-in" (cause). The Japanese has not been corrected because the original could not be checked. The English translates the printed word and gives the presumed reading ("causes") in square brackets.

# ja-sha256: 0ac78aed7dfced35
e04__reason = The romanization printed in the document was incorrect. In English, the name is given in given-name, family-name order.
