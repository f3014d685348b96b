# ja-sha256: c18b08c327e8b2a4
cancer__name = Cancer

# ja-sha256: 9c7838b890da5312
rare-intractable__name = Intractable and Rare Diseases

# ja-sha256: a157750d4164b296
life-course__name = Life Course
