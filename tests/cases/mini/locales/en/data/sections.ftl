# ja-sha256: beea9ce06cbb8b67
pj1-s1__heading = Promoting R&D for the practical application of pharmaceuticals using modality technologies

# ja-sha256: 2e87c98b2edec452
pj1-s2__heading = R&D on the creation of new modalities and on the design, optimization, activity evaluation, efficacy and safety evaluation methods, manufacturing technologies and related aspects of each modality

# ja-sha256: 173129f343d1eed2
pj4-s1__heading = Infectious disease control
