# source: https://www.amed.go.jp/en/program/list/15/01/010.html (AMED's English for the same Japanese name in the previous period, 2020-2024; AMED has published no English for the FY2025- project names; AMED's About page also uses "Project for Advanced Drug Discovery and Development": https://www.amed.go.jp/en/aboutus/objectives_project.html)
# ja-sha256: efe360fa567aa695
pj1__name = Innovative Drug Discovery and Development Project

# ja-sha256: 4058c5186727bcb8
pj1__summary = To promote the practical application of drugs that meet clinical needs, the project will conduct R&D from the search for drug discovery targets to clinical research, taking into account the characteristics and properties of each modality. It will also conduct fundamental R&D on modalities to create new drugs. Furthermore, it will build the support platforms needed for drug discovery R&D.

# source: https://www.amed.go.jp/en/program/list/15/01/010.html (AMED's English for the same Japanese name in the previous period, 2020-2024; AMED has published no English for the FY2025- project names)
# ja-sha256: cf1b2411378033c2
pj2__name = Medical Device and Healthcare Project

# ja-sha256: d8f4a2651cbd7e3b
pj2__summary = Combining AI, IoT, measurement and robotics technologies, the project will conduct R&D on medical devices and systems for more advanced diagnosis and treatment, and on medical devices strongly needed in clinical settings. It will also conduct R&D on medical devices and healthcare that contribute to prevention and to a better quality of life (QOL) for older people. In addition, it will provide the support needed so that researchers and companies, including those from outside the medical field, can conduct R&D appropriately.

# source: https://www.amed.go.jp/en/program/list/15/01/010.html (AMED's English for the same Japanese name in the previous period, 2020-2024; AMED has published no English for the FY2025- project names)
# ja-sha256: a418463397dd368f
pj3__name = Regenerative Medicine and Cell and Gene Therapies Project

# ja-sha256: ba9ea80c1ad9d35f
pj3__summary = The project will bring effective technologies in regenerative and cell medicine and gene therapy, starting with regenerative medicine, where Japan has strengths, to practical application. It will discover and nurture innovative seeds that could become new medical technologies, and strengthen basic and fundamental R&D with future practical application in view. It will promote clinical research and clinical studies of new medical technologies, and R&D toward their commercialization. It will strengthen the manufacturing infrastructure for cells and vectors (including the establishment of domestically produced viral vector-producing cells and their industrialization). It will develop platform technologies originating in Japan, build up know-how in contract development and manufacturing organizations (CDMOs), carry out human resource development, including for early-career researchers, and work to open up new markets. To this end, it will promote integrated research that addresses regenerative and cell medicine and gene therapy together and develop clinical research centers, while advancing innovative R&D and infrastructure development.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: e5e2f8c4af8a78ee
pj4__name = Infectious Disease Project

# ja-sha256: 0f6b5a4f2edcb027
pj4__summary = The project will promote basic research on emerging and re-emerging infectious diseases, gain new knowledge on AIDS and hepatitis, and accelerate the development of preventive and therapeutic methods. Based on the "Healthcare Policy Phase III" (the third-period strategy), discussions are under way on a development strategy that adds diagnostics and therapeutics to the "Strategy for Strengthening Vaccine Development and Production Systems". With rapid development in emergencies based on these strategies in mind, the project will build a system that enables the development and supply of medical countermeasures (MCM) in normal times. It will also promote R&D through industry-academia-government collaboration.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: 37aef8d6a03593e5
pj5__name = Data Utilization and Life Course Project

# ja-sha256: 7ee92157785462aa
pj5__summary = The project will promote the development and use of disease registries for cancer, intractable diseases, dementia and other diseases, of genome and cohort study results, and of platforms for processed data from digitized specimen information. By also promoting R&D from a life-course perspective on preventing disease onset and progression, elucidating pathology, diagnosis and treatment, it aims to realize genomic medicine and personalized medicine.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: e5911faaba7c1c5c
pj6__name = Seeds Development and Basic Research Project

# ja-sha256: 0e1232acf11b96b1
pj6__summary = The project will build research systems that transcend the boundaries of academic organizations and disciplines, and promote basic research, such as creating and nurturing breakthrough seeds for new modalities. It will also strengthen international joint research with advanced countries and countries of policy importance.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: 500b77cf201509a6
pj7__name = Translational and Clinical Research Acceleration Project

# ja-sha256: 944f7e379e2ce039
pj7__summary = The project will continue programs such as the seed research funding program, which uses the functions of the "Innovative Medical Technology Creation Centers" to provide consistent support for translational research and development from basic research to the clinical study stage. To accelerate practical application in medical care, it will strengthen initiatives such as hands-on support for medical startups. It will also create a new program that strengthens the research capacity of medical research by supporting, in an integrated way, the research activities of researchers and the efforts of university hospitals and medical schools to improve their research environments. In addition, it will strengthen the functions of core clinical research hospitals, building on their distinctive features. By sharing and spreading know-how on conducting clinical trials and clinical studies beyond these hospitals, it will strengthen the clinical research infrastructure of Japan as a whole. In this way, it will bring innovative medical seeds from Japan to practical application as quickly as possible and promote the return of their benefits to the public.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: a8dc2e91277d2980
pj8__name = Innovation Ecosystem Project

# ja-sha256: 061173efd69c178b
pj8__summary = The project will strengthen support for drug discovery ventures, covering R&D from the non-clinical stage to the clinical trial stage and hands-on support by venture capital. It will also promote the practical application of research results through industry-academia collaboration. It aims at the growth of venture companies and venture capital, and at global development by venture companies and pharmaceutical companies of innovative new drugs, including treatments for intractable and rare diseases. Beyond that, it aims for Japan to function as part of the global drug discovery ecosystem. In doing so, it will seek collaboration across projects with exit strategies in view, so that the results of other projects reliably lead to practical application.
