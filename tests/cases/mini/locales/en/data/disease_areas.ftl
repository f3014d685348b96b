# ja-sha256: c18b08c327e8b2a4
cancer__name = Cancer
