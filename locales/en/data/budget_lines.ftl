# ja-sha256: 49e8c4dd22585080
pj4-b1__label = Budget request: JPY 2.3 billion

# ja-sha256: 1992e19a6f1f41d1
pj4-b2__label = Budget request: JPY 2.4 billion

# ja-sha256: 03b9dabbdc1d9090
pj4-b3__label = Budget request: JPY 600 million

# ja-sha256: 6a08b24a139530ad
pj4-b4__label = Budget request: JPY 3.9 billion

# ja-sha256: 848e4b44c6700322
pj4-b5__label = Budget request: JPY 1.6 billion

# ja-sha256: 367330f3b3e9b3f9
pj4-b5__note = In the diagram, this amount appears after the description of the Program for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies. The document does not show whether that program is in the box of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA). No amounts are given for the two fund programs of the center.

# ja-sha256: 8ccad6dfe5975c1e
pj5-b1__label = Budget request: included within JPY 9.3 billion

# ja-sha256: ab58d03d352b3075
pj5-b1__note = In the diagram, each of the three boxes for the Program for Utilizing Biobanks to Realize Next-Generation Medicine states "included within JPY 9.3 billion". The amount is counted only once, as a single amount shared by the three boxes.

# ja-sha256: 3452779939fa6b8e
pj5-b2__label = Budget request: JPY 5.8 billion

# ja-sha256: 7e1e483215272779
pj5-b3__label = Budget request: JPY 5.2 billion

# ja-sha256: d0cbc07bb2dfb350
pj5-b3__note = In the diagram, this amount appears after the description of the Practical Research Project for Rare/Intractable Diseases and the label "Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases (Inter-Program Collaboration)".

# ja-sha256: 4a63b9b995203c87
pj5-b4__label = Budget request: JPY 1.2 billion

# ja-sha256: 68917623477cae7b
pj5-b4__note = Only one amount is given, as the total for the six programs listed under "Research using medical information infrastructure".

# ja-sha256: 2c35db3b2a86759a
pj5-b5__label = Budget request: JPY 800 million

# ja-sha256: f78f1600bcb902f4
pj5-b5__note = In the diagram, the note "In addition to the above, part is funded from AMED's operating expenses grant" is appended.

# ja-sha256: bc62ddccd91071fa
pj5-b6__label = In-house research institution expenses, budget request: JPY 1.1 billion

# ja-sha256: 8a92d8f35e46f0ad
pj5-b7__label = Budget request: JPY 300 million

# ja-sha256: bed683fc0d4eb585
pj5-b8__label = Budget request: JPY 400 million

# ja-sha256: 618e069e2bde6c11
pj5-b9__label = In-house research institution expenses, budget request: JPY 700 million

# ja-sha256: 7a7e3db45bf53f0d
pj5-b9__note = Only one amount is given, as the total for two programs.

# ja-sha256: 6eb6dc063d741849
pj5-b10__label = Budget request: JPY 4.9 billion

# ja-sha256: 537321ff318ecd3e
pj5-b10__note = Only one amount is given, as the total for eight programs.

# ja-sha256: bf6aaadcb3df256e
pj7-b1__label = Budget request: JPY 5.9 billion

# ja-sha256: 828d889e0a972d7a
pj7-b1__note = In the diagram, this amount appears in the box for the Translational Research Program (Translational Research Support Program). No amount is given for the Program for Supporting University-Launched Medical Startups (Fund Program) under the same program.

# ja-sha256: 500d557b239a613c
pj7-b2__label = Budget request: JPY 3.8 billion

# ja-sha256: fe1bc0e687d15abb
pj7-b2__note = Only one amount is given, as the total for three programs.

# ja-sha256: aa02153d608a03ba
pj8-b1__label = Budget request: JPY 500 million

# ja-sha256: 5bfc0479d1ebb93c
pj8-b1__note = In the diagram, this amount appears after the description of the Program for Promoting Research and Development of Innovative Medical Technologies (Industry-Academia-Government Collaboration Type) (AIMGAIN). The document does not make clear which program it belongs to, so it is not assigned to any program. The amount matches the project's budget request.
