# ja-sha256: 3ff43777da59f42f
programme__label = Program

# ja-sha256: 7d877c964fbd4862
related-programme__label = Related program

# ja-sha256: 65b6391126840736
organisation__label = Organization or center

# ja-sha256: aae415d7442d1765
support__label = Support system

# ja-sha256: fd11799da55b873b
note__label = Note

# ja-sha256: 3d1ef97d6f363393
box__label = Box or area

# ja-sha256: c2b6bb897de4c5f8
axis__label = Phase axis

# ja-sha256: fa22af21ee51bb65
phase__label = Phase

# ja-sha256: 60d11c54242d9355
legend__label = Legend
