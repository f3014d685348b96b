# ja-sha256: beea9ce06cbb8b67
pj1-s1__heading = Promoting R&D for the practical application of pharmaceuticals using modality technologies

# ja-sha256: 2e87c98b2edec452
pj1-s2__heading = R&D on the creation of new modalities and on the design, optimization, activity evaluation, efficacy and safety evaluation methods and manufacturing technologies of each modality

# ja-sha256: 459d712c588cfd99
pj1-s3__heading = Building the support platforms needed for drug discovery R&D, such as drug design technologies, compound libraries and the shared use of analytical instruments

# ja-sha256: cf4ef16eb60252ec
pj2-s1__heading = Developing innovative medical devices using technologies such as AI and robotics, based on the needs of clinical settings

# ja-sha256: be8ba9f2fa4cf233
pj2-s2__heading = R&D and social implementation of healthcare that contributes to prevention

# ja-sha256: d0f266f89824c2df
pj3-s1__heading = Supporting diverse R&D that contributes to realizing regenerative and cell medicine, gene therapy and drug discovery, and promoting the transition to the clinical research stage

# ja-sha256: e121c2d79d593697
pj3-s2__heading = Promoting practical application by advancing clinical research in regenerative and cell medicine and gene therapy, and developing the technology and human resource infrastructure that supports it

# ja-sha256: adbc875445724a79
pj3-s3__heading = Establishing a manufacturing technology platform for the practical application of regenerative and cell medicine and gene therapy products

# ja-sha256: 173129f343d1eed2
pj4-s1__heading = Infectious disease control

# ja-sha256: acbd323bf5c9cc4d
pj5-s1__heading = Promoting R&D using medical data such as genome data and registries

# ja-sha256: da182c0e5d11a7cd
pj5-s2__heading = Developing biobanks and cohorts of healthy individuals and patients and promoting their use

# ja-sha256: 6cbce717ab10b3af
pj5-s3__heading = Promoting R&D from a life-course perspective

# ja-sha256: 820cf9e8d4ff59b6
pj6-s1__heading = Nurturing academic seeds

# ja-sha256: 532305ba7aba77d7
pj6-s2__heading = International programs

# ja-sha256: ee82c3db8cd2a930
pj7-s1__heading = Developing research infrastructure

# ja-sha256: 0ca603809ac0ced7
pj8-s1__heading = Building an ecosystem by promoting R&D
