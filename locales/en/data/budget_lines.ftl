pj4-b1__label = Budget request: JPY 2.3 billion

pj4-b2__label = Budget request: JPY 2.4 billion

pj4-b3__label = Budget request: JPY 600 million

pj4-b4__label = Budget request: JPY 3.9 billion

pj4-b5__label = Budget request: JPY 1.6 billion

pj4-b5__note = In the diagram, this amount appears below the Project for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies in the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA) box. No amounts are given for the two fund programs in the same box.

pj5-b1__label = Budget request: included within JPY 9.3 billion

pj5-b1__note = In the diagram, each of the three boxes for the Program for Utilizing Biobanks to Realize Next-Generation Medicine states "included within JPY 9.3 billion". The amount is counted only once, as a single amount shared by the three boxes.

pj5-b2__label = Budget request: JPY 5.8 billion

pj5-b3__label = Budget request: JPY 5.2 billion

pj5-b3__note = In the diagram, this amount appears after the description of the Practical Research Project for Rare/Intractable Diseases and the label "Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases (Inter-Program Collaboration)".

pj5-b4__label = Budget request: JPY 1.2 billion

pj5-b4__note = Only one amount is given, as the total for the six programs listed under "Research using medical information infrastructure".

pj5-b5__label = Budget request: JPY 800 million

pj5-b5__note = In the diagram, the note "In addition to the above, part of the cost is covered by AMED's operating expenses grant" is appended.

pj5-b6__label = In-house research institution expenses, budget request: JPY 1.1 billion

pj5-b7__label = Budget request: JPY 300 million

pj5-b8__label = Budget request: JPY 400 million

pj5-b9__label = In-house research institution expenses, budget request: JPY 700 million

pj5-b9__note = Only one amount is given, as the total for two programs.

pj5-b10__label = Budget request: JPY 4.9 billion

pj5-b10__note = Only one amount is given, as the total for eight programs.

pj7-b1__label = Budget request: JPY 5.9 billion

pj7-b1__note = In the diagram, this amount appears in the box for the Translational Research Program (Translational Research Support Program). No amount is given for the Program for Supporting University-Launched Medical Startups (Fund Program) under the same program.

pj7-b2__label = Budget request: JPY 3.8 billion

pj7-b2__note = Only one amount is given, as the total for three programs.

pj8-b1__label = Budget request: JPY 500 million

pj8-b1__note = In the diagram, this amount appears after the description of the Project for Promoting Research and Development of Innovative Medical Technologies (Industry-Academia-Government Collaboration Type) (AIMGAIN), but it is not assigned to any program because the document does not make clear which program it belongs to. The amount matches the budget request for the project.
