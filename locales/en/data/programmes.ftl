# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); acronym P-PROMOTE is official (https://www.amed.go.jp/program/list/11/01/007.html) but its expansion was not found; no official English name found
# ja-sha256: 623374652631196a
next-gen-cancer__name = Research Program for Accelerating Next-Generation Cancer Medicine

# source: https://www.amed.go.jp/en/program/list/15/01/010.html
# ja-sha256: 8fcec4c7892adf3d
innovative-cancer__name = Practical Research for Innovative Cancer Control

# source: https://vdocuments.pub/2-f-research-proposal-fy2020-second-call-for-research-proposal-fy2020.html (AMED's bilingual proposal form, stored third-party copy; no amed.go.jp/en page for this programme in the stored material)
# ja-sha256: dfc01a7c2c2fdeb1
intractable-diseases__name = Practical Research Project for Rare/Intractable Diseases

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: e6cd3344e1478d18
clinical-trials-promotion__name = Research Program for Promoting Clinical Research and Clinical Trials

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 1802e432844f4047
asia-clinical-network__name = Program for Building a Clinical Research and Clinical Trial Network in Asia

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 283314898987a68b
smart-bio__name = Program for Supporting Research on Smart Bio Drug Discovery and Related Fields

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: cb882821586784d8
drug-discovery-platform-tech__name = Program for Developing Drug Discovery Platform Technologies to Realize Next-Generation Therapeutics and Diagnostics

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 54b066ae0769210a
drug-discovery-basis__name = Research Program for Promoting Drug Discovery Platforms

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); the acronym GAPFREE is official (MHLW, via https://wic-net.com/material/document/3659/3); its expansion names the funding scheme, not this project; no official English name found
# ja-sha256: 1bfa7a890f84cfe1
gapfree__name = Collaborative Drug Discovery Research Project

# ja-sha256: 7e8fb293adfbd396
gapfree__note = Listed as an initiative of the Research Program for Promoting Drug Discovery Platforms.

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); the acronym BINDS (https://binds.jp/support) and the predecessor's English "Basis for Supporting Innovative Drug Discovery and Life Science Research" (https://join-reviewer.amed.go.jp/japanese-context) were found, not confirmed for the current programme; acronym not printed in the source; no official English name found
# ja-sha256: b261d57ed55dbffe
life-science-platform__name = Program for Research Support Platforms for Life Science and Drug Discovery

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 7958f086df57a35a
drug-discovery-support__name = Program for Promoting Drug Discovery Support

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: cf616f5283dc70b8
daiia__name = Development of Next-Generation AI for Drug Discovery through Industry-Academia Collaboration

# ja-sha256: ebe0c2974e40ec44
daiia__note = Listed as the predecessor program of the Program for Promoting Drug Discovery Support.

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 40c531ed10ce3d97
device-outcomes__name = Program for Deploying Research Outcomes on Medical Devices and Related Technologies

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 05f6bff3e5e39d2d
device-development__name = Research Program for Promoting Medical Device Development

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: a627bf389575d5e1
device-industry-hubs__name = Program for Strengthening Industrial Promotion Hubs for the Creation of Excellent Medical Devices

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 7a32a09d20272699
medtech-global__name = Program for Global Expansion of Medical-Engineering Collaboration

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: ce9c077d302bc737
next-gen-devices__name = Program for Promoting the Development of Next-Generation Medical Devices and Related Activities

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 9bbeee8f1f8de218
healthtech-startups__name = Program for Supporting the Fostering of Next-Generation Healthtech Startups

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 4663e0b80b120aab
prevention-rd-base__name = Program for Developing R&D Infrastructure for the Social Implementation of Prevention and Health Promotion

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 7c5ce083c2fafb9f
prevention-acceleration__name = Program for Accelerating the Social Implementation of Prevention and Health Promotion

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: ded5f0dfa3b22ee7
regen-acceleration__name = Program for Accelerating the Realization of Regenerative and Cell Medicine and Gene Therapy

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: caf030f8e1f7fe8f
regen-practical__name = Practical Research Program for Regenerative Medicine and Related Therapies

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 5b968e86b4628a77
regen-infrastructure__name = Program for Promoting Infrastructure Development for the Practical Application of Regenerative Medicine and Related Therapies

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 503b7d8d71284a64
regen-industrialisation__name = Program for Developing Platform Technologies for the Industrialization of Regenerative Medicine and Gene Therapy

# source: https://www.amed.go.jp/en/program/list/15/01/001.html
# ja-sha256: bb4b02799b584267
emerging-infection-base__name = Japan Program for Infectious Diseases Research and Infrastructure

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 2a7c7e796fe67f78
emerging-infection-drugs__name = Research Program for Promoting the Development of Innovative Drugs and Related Products against Emerging and Re-emerging Infectious Diseases

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 34a969114c1f1a9c
hepatitis__name = Practical Research Program for Overcoming Hepatitis and Related Diseases

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: a5f80797c663840e
hepatitis-emergency__name = Research Program on Emergency Measures for Overcoming Hepatitis and Related Diseases

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: bc0f3f658ae5ccbf
hepatitis-b__name = Research Program on Drug Discovery and Practical Application for Hepatitis B

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: e4d52684da7ec77c
aids__name = Practical Research Program for AIDS Control

# source: https://www.amed.go.jp/en/program/list/21/02/index.html (the programme's own page https://www.amed.go.jp/en/program/list/21/02/001.html writes it in lower case)
# ja-sha256: f2d433b4302c362c
vaccine-modality__name = Program on R&D of New Generation Vaccine including New Modality Application

# source: https://www.amed.go.jp/en/program/list/21/02/index.html (SCARDA's full English name)
# ja-sha256: 37d3d882a667565b
vaccine-modality__note = Shown in the Infectious Disease Project diagram as a program of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA).

# source: https://www.amed.go.jp/en/program/list/21/02/002.html
# ja-sha256: 86b17238ae29516b
vaccine-hubs__name = Japan Initiative for World-leading Vaccine Research and Development Centers

# source: https://www.amed.go.jp/en/program/list/21/02/index.html (SCARDA's full English name)
# ja-sha256: 37d3d882a667565b
vaccine-hubs__note = Shown in the Infectious Disease Project diagram as a program of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA).

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 87b2ae4dbce018ce
therapeutics-diagnostics-hubs__name = Program for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 89feeb5c9ade7e5a
biobank__name = Program for Utilizing Biobanks to Realize Next-Generation Medicine

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 69ea29d785fdb604
biobank-platform__name = Platform for Promoting the Realization of Next-Generation Medicine

# source: https://www.amed.go.jp/en/seika/fy2017-06.html
# ja-sha256: 5861384686e33779
tmm__name = Tohoku Medical Megabank Project

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 0505784438dfb492
genome-biobank__name = Genome Research Biobank

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 12418314984a2a98
whole-genome__name = Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases

# ja-sha256: fa8570b3f926e14c
whole-genome__note = Listed as an inter-program collaboration between Practical Research for Innovative Cancer Control and the Practical Research Project for Rare/Intractable Diseases.

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: a65234383e1035fe
medical-info-linkage__name = Program for Developing and Promoting the Use of a Healthcare Information Linkage Platform

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: e57bf2c1309a0ed5
data-platform__name = Program for an Integrated Platform for Utilizing Health and Medical R&D Data

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: fea22ed51b51b86d
phr__name = Program for Building a PHR Data Distribution Platform to Advance Medical Care

# ja-sha256: d717d44baf89ed13
phr__note = In the diagram, "(second period)" is appended to the name.

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 64187e87f3174307
cardiovascular-diabetes__name = Practical Research Program for Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 14815a7dff1fba14
immunology-allergy__name = Practical Research Program for Immune and Allergic Diseases

# source: https://www.amed.go.jp/en/program/list/01/04/003.html
# ja-sha256: 57e376f97a268384
dementia__name = Research and Development Grants for Dementia

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 63732f96e8f6893b
child-development__name = Comprehensive Research Program for Overcoming Diseases Related to Child Health and Development

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: b6541aec5258c237
medical-arts__name = Medical Arts Research Program

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 7a05cc0ca2391e58
medtech-ai__name = Research Program on Medical-Engineering Collaboration and Artificial Intelligence Implementation

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 5b406e0ba3aeeb0d
integrative-medicine__name = Research Program for Improving the Quality of Care and Collecting Scientific Evidence on "Integrative Medicine"

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 511d06457e70ea97
transplantation__name = Research Program for Developing Transplantation Medicine Technologies

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: c624b083293fd768
disability__name = Comprehensive Research and Development Program for Persons with Disabilities

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 745891fbf4ff855a
disability-physical__name = Comprehensive Research and Development Program for Persons with Disabilities (Physical, Intellectual and Sensory Disabilities Field)

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 82862752a71621c6
disability-mental__name = Comprehensive Research and Development Program for Persons with Disabilities (Mental Disabilities Field)

# source: https://ncbiobank.org/en/purpose/ (the network's own English site)
# ja-sha256: 160c5596bb036734
ncbn__name = National Center Biobank Network

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 1b2ed38258f1a871
genome-drug-discovery__name = Research Program for Promoting Genome-Based Drug Discovery Platforms

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 625733daedc0eb0b
genome-diagnosis-support__name = Program for Developing and Operating a Genomic Diagnosis Support System

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 1736eebaed2bf56b
nc-clinical-trials__name = Program for Promoting Clinical Trials and Clinical Research at the NCs

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: ab206d6afc825158
kidney__name = Practical Research Program for Renal Diseases

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 0adeccbbb30ff483
women-health__name = Practical Research Program for Comprehensive Support of Women's Health

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: bb5f9384857c4dee
chronic-pain__name = Research Program for Elucidating Chronic Pain

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: f9a864ec4fe58d21
longevity__name = Research and Development Program on Longevity Science

# source: https://www.amed.go.jp/en/program/list/16/02/001.html
# ja-sha256: bb5288f3493cd57f
advanced-research__name = Advanced Research & Development Programs for Medical Innovation

# source: https://ethics.brainminds.jp/en/overview ("The Brain/MINDS 2.0 Program is a research and development initiative supported by AMED. Launched in FY2024 ..."; the programme's own site, JP: https://brainminds.jp/overview)
# ja-sha256: 2ca2497d9da85114
brain-science__name = Brain/MINDS 2.0 Program

# source: https://www.amed.go.jp/en/program/list/18/03/001.html
# ja-sha256: b94ebdffa166285f
moonshot__name = Moonshot Research and Development Program

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); only its component programmes have official English (SICORP, SATREPS, e-ASIA JRP: https://www.amed.go.jp/en/news/program/0301A_00022.html); no official English name found
# ja-sha256: 9900226db6c05067
international-collaboration__name = Program for Promoting International Collaborative Research and Development in Science and Technology in the Medical Field

# source: https://www.hfsp.org/hfsp-news-events/30-years-support-frontier-life-science-research
# ja-sha256: 76aad4eddbcbdbf4
hfsp__name = Human Frontier Science Program

# source: https://www.amed.go.jp/en/news/program/0301B_00012.html
# ja-sha256: c6150c6eeee77460
global-health__name = Research Program on the Challenges of Global Health Issues

# source: https://www.amed.go.jp/en/news/program/0301B_00012.html (programme name only; the strand label "(International)" is a literal rendering of (国際), no official English found)
# ja-sha256: f8eca9f1b15fe07b
global-health-international__name = Research Program on the Challenges of Global Health Issues (International)

# source: https://www.amed.go.jp/en/news/program/0301B_00005.html (strand = "U.S.-Japan Cooperative Medical Sciences Program", AMED call page; programme name from https://www.amed.go.jp/en/news/program/0301B_00012.html)
# ja-sha256: b0442cf7029e77f2
global-health-japan-us__name = Research Program on the Challenges of Global Health Issues (U.S.-Japan Cooperative Medical Sciences Program)

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); predecessor "Translational Research Network Program" only (http://www.okayama-u.ac.jp/user/kouhou/ebulletin/news/vol9/news_005.html); no official English name found
# ja-sha256: 47459d7825adaff3
translational-research__name = Translational Research Program

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: cdbada0685fd5603
translational-support__name = Translational Research Support Program

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: f7f683bd30071d35
university-startups__name = Program for Supporting University-Launched Medical Startups

# ja-sha256: 10dd49a58cbac4a3
university-startups__note = Also shown in the Innovation Ecosystem Project diagram, marked "PJ7, listed again".

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: b16d0b2edbae3843
clinical-rd-promotion__name = Program for Promoting Clinical Research and Development

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 0ce10461839f2550
medical-tech-practical__name = Comprehensive Program for Promoting the Practical Application of Medical Technologies

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: cc3fd41583063813
rd-network__name = Research and Development Promotion Network Program

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 476e72d0f704af98
medical-research-support__name = Medical Research Support Program

# source: https://www.amed.go.jp/en/program/list/19/02/005.html
# ja-sha256: 27e381c61841194d
drug-venture-ecosystem__name = Strengthening Program for Pharmaceutical Startup Ecosystem

# source: https://www.amed.go.jp/en/program/list/17/01/001.html
# ja-sha256: 80ce278f2f4d3463
cicle__name = Cyclic Innovation for Clinical Empowerment

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: db53ab45a0779077
aimgain__name = Program for Promoting Research and Development of Innovative Medical Technologies (Industry-Academia-Government Collaboration Type)

# searched: AMED English site (programme pages, programme list pages, calls for proposals, news releases) and the AMED Japanese programme page, searched by Japanese name, acronym and likely English phrasings (stored-copy search, 2026-12-01); no official English name found
# ja-sha256: 9d2081aea70d8f7b
rare-disease-global__name = Program for Supporting Global Research and Development of Treatments for Intractable and Rare Diseases

# ja-sha256: d86579d1960a5090
infection-monitoring__name = Strengthening of Infectious Disease Monitoring Systems

# ja-sha256: ca1bd7d85216a6c6
infection-monitoring__note = Shown in the Infectious Disease Project diagram as a related program.

# ja-sha256: 2b954f2786d18d61
core-hospital-trials__name = Development and Expansion of the Clinical Trial Environment at Core Clinical Research Hospitals and Other Institutions

# ja-sha256: ca1bd7d85216a6c6
core-hospital-trials__note = Shown in the Infectious Disease Project diagram as a related program.

# coined: official English not yet searched (added with the diagram transcription)
# ja-sha256: 237f94f14ef124af
vaccine-biomanufacturing__name = Program for Developing Biopharmaceutical Manufacturing Centers to Strengthen Vaccine Production Systems

# ja-sha256: ca1bd7d85216a6c6
vaccine-biomanufacturing__note = Shown in the Infectious Disease Project diagram as a related program.

# coined: official English not yet searched (added with the diagram transcription)
# ja-sha256: 1ce8b71904f2fda5
vaccine-large-trials__name = Program for Supporting Large-Scale Clinical Studies of Vaccines

# ja-sha256: ca1bd7d85216a6c6
vaccine-large-trials__note = Shown in the Infectious Disease Project diagram as a related program.
