# ja-sha256: fd6b6462657afe1c
new__label = New

# ja-sha256: 13dd5ea3f8728728
expanded__label = Expanded

# ja-sha256: 06e73b4dc9de9f81
new-expanded__label = New and expanded

# ja-sha256: 725de0bd12472304
none__label = No tag
