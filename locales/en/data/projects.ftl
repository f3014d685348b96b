# source: https://www.amed.go.jp/en/program/list/15/01/010.html (AMED's English for the same Japanese name in the previous period, 2020-2024; AMED has published no English for the FY2025- project names; AMED's About page also uses "Project for Advanced Drug Discovery and Development": https://www.amed.go.jp/en/aboutus/objectives_project.html)
# ja-sha256: efe360fa567aa695
pj1__name = Innovative Drug Discovery and Development Project

# ja-sha256: 4058c5186727bcb8
pj1__summary = To promote the practical application of pharmaceuticals that meet the needs of clinical settings, R&D will be conducted that takes into account the characteristics and properties of each modality, from the search for drug discovery targets through to clinical research. In addition, fundamental R&D on modalities will be carried out with the aim of creating new drugs. Furthermore, efforts will be made to build the support platforms needed for drug discovery R&D.

# source: https://www.amed.go.jp/en/program/list/15/01/010.html (AMED's English for the same Japanese name in the previous period, 2020-2024; AMED has published no English for the FY2025- project names)
# ja-sha256: cf1b2411378033c2
pj2__name = Medical Device and Healthcare Project

# ja-sha256: d8f4a2651cbd7e3b
pj2__summary = By making integrated use of AI and IoT technologies, measurement technologies, robotics technologies and other technologies, R&D will be conducted on medical devices and systems for more advanced diagnosis and treatment, on medical devices for which there is a strong need in clinical settings, and on medical devices and healthcare that contribute to prevention and to improving the QOL of older people. In addition, the necessary support will be provided so that researchers and companies, including those from outside the medical field, can conduct R&D appropriately.

# source: https://www.amed.go.jp/en/program/list/15/01/010.html (AMED's English for the same Japanese name in the previous period, 2020-2024; AMED has published no English for the FY2025- project names)
# ja-sha256: a418463397dd368f
pj3__name = Regenerative Medicine and Cell and Gene Therapies Project

# ja-sha256: ba9ea80c1ad9d35f
pj3__summary = In the fields of regenerative and cell medicine and gene therapy, beginning with regenerative medicine, in which Japan has strengths, efforts will be advanced to discover and nurture innovative seeds that could become new medical technologies, to strengthen basic and fundamental R&D with future practical application in view, to promote clinical research and clinical studies of new medical technologies, to conduct R&D toward the commercialization of these technologies, to strengthen the manufacturing infrastructure for cells and vectors (including the establishment and industrialization of domestically produced viral vector-producing cells), to develop platform technologies originating in Japan and accumulate know-how in CDMOs, to develop human resources including early-career researchers, and to open up new markets, so that effective technologies lead to practical application. To this end, integrated research that addresses regenerative and cell medicine and gene therapy together will be promoted and clinical research centers will be developed, while innovative R&D and infrastructure development will be advanced.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: e5e2f8c4af8a78ee
pj4__name = Infectious Disease Project

# ja-sha256: 0f6b5a4f2edcb027
pj4__summary = Basic research on emerging and re-emerging infectious diseases will be promoted, new knowledge on AIDS and hepatitis will be obtained, and the development of preventive and therapeutic methods will be accelerated. In addition, based on the "Healthcare Policy Phase III", discussions are under way on formulating a development strategy that adds diagnostics and therapeutics to the "Strategy for Strengthening Vaccine Development and Production Systems"; on this basis, and with rapid development in emergencies in mind, a system will be built that enables the development and supply of MCM from normal times, and R&D through industry-academia-government collaboration will be promoted.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: 37aef8d6a03593e5
pj5__name = Data Utilization and Life Course Project

# ja-sha256: 7ee92157785462aa
pj5__summary = By promoting the development and utilization of disease registries for cancer, intractable diseases, dementia and other conditions, of the results of genome and cohort studies, and of platforms for processed data obtained by digitizing specimen information, and by promoting R&D that contributes to the prevention of disease onset and progression, the elucidation of pathology, diagnosis, treatment and other areas from a life-course perspective, the project aims to realize genomic medicine and personalized medicine.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: e5911faaba7c1c5c
pj6__name = Seeds Development and Basic Research Project

# ja-sha256: 0e1232acf11b96b1
pj6__summary = Research systems that transcend the boundaries of academic organizations and disciplines will be built to promote basic research, such as the creation and nurturing of breakthrough seeds for the creation of new modalities, while international joint research with advanced countries and countries of policy importance will be strengthened.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: 500b77cf201509a6
pj7__name = Translational and Clinical Research Acceleration Project

# ja-sha256: 944f7e379e2ce039
pj7__summary = Programs such as the seed research funding program, which uses the functions of the "Innovative Medical Technology Creation Centers" to provide consistent translational R&D support from basic research through to the clinical study stage, will continue to be implemented, and initiatives such as hands-on support for medical startups will be strengthened in order to accelerate practical application in medical care. Furthermore, a new program will be created to strengthen the research capacity of medical research by supporting, in an integrated manner, the research activities of researchers and the efforts of university hospitals and medical schools to improve their research environment. In addition, the functions of core clinical research hospitals will be strengthened in ways that make use of their distinctive features, and know-how on conducting clinical trials and clinical studies will be shared and disseminated beyond the core clinical research hospitals, thereby strengthening the clinical research infrastructure of Japan as a whole, bringing innovative medical seeds and other results originating in Japan to practical application as quickly as possible, and promoting the return of their benefits to the public.

# searched: AMED English site (About AMED, programme pages Key Fields, news), Cabinet Office/kantei English pages on Healthcare Policy Phase III, JST Science Japan news (descriptive only), stored-copy search by Japanese name and English phrasings (2026-12-01); no official English name found
# ja-sha256: a8dc2e91277d2980
pj8__name = Innovation Ecosystem Project

# ja-sha256: 061173efd69c178b
pj8__summary = The project will strengthen R&D support for drug discovery ventures from the non-clinical stage through to the clinical trial stage, together with hands-on support by venture capital, and will promote the practical application of research results through industry-academia collaboration. It aims at the growth of venture companies and venture capital, at the promotion of global development by venture companies and pharmaceutical companies of innovative new drugs, including treatments for intractable and rare diseases, and, further, at enabling Japan to function as part of the global drug discovery ecosystem. In doing so, it will seek collaboration across projects with exit strategies in view, so that the results of other projects reliably lead to practical application.
