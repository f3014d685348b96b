# source: https://www.amed.go.jp/en/program/list/15/01/001.html
# ja-sha256: bb4b02799b584267
pj4-d1__label = Japan Program for Infectious Diseases Research and Infrastructure

# ja-sha256: ca5d99d02ead6038
pj4-d1__description = The program promotes basic research on a wide range of infectious diseases and secures a broad base of human resources by supporting research that uses overseas research centers and multidisciplinary integrated research.

# ja-sha256: 324efce1be950b99
pj4-d2__label = Note: Clinical trials from Phase II onward focus mainly on those, such as orphan drugs and investigator-initiated clinical trials, that play a large social role but are hard to advance under private-sector leadership. All others are to be out-licensed to companies at an appropriate time.

# ja-sha256: 2a7c7e796fe67f78
pj4-d3__label = Research Program for Promoting the Development of Innovative Drugs and Related Products against Emerging and Re-emerging Infectious Diseases

# ja-sha256: fc934bb471a6ed5d
pj4-d3__description = The program promotes work on emerging and re-emerging infectious diseases and antimicrobial resistance in an integrated way, from basic research to the development of diagnostic, therapeutic and preventive methods.

# ja-sha256: e4d52684da7ec77c
pj4-d4__label = Practical Research Program for AIDS Control

# ja-sha256: 877526bc68ef4cc5
pj4-d4__description = The program promotes R&D toward a cure for HIV infection in an integrated way, from basic research to practical application.

# ja-sha256: 34a969114c1f1a9c
pj4-d5__label = Practical Research Program for Overcoming Hepatitis and Related Diseases

# ja-sha256: 08fe1f5ce884b91d
pj4-d5__description = Based on the Hepatitis Research Promotion Strategy, the program conducts integrated surveys and research, from basic research to practical application, to promote R&D on hepatitis.

# source: https://www.amed.go.jp/en/program/list/21/02/index.html
# ja-sha256: 4769f5086e121e9d
pj4-d6__label = Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA)

# source: https://www.amed.go.jp/en/program/list/21/02/001.html
# ja-sha256: 4ac3a306042ca1fe
pj4-d7__label = Program on R&D of New Generation Vaccine including New Modality Application (Fund Program)

# ja-sha256: 39708db72eac2796
pj4-d7__description = The program promotes R&D of vaccines and new modalities in preparation for infectious disease emergencies that may pose a threat in the future.

# source: https://www.amed.go.jp/en/program/list/21/02/002.html
# ja-sha256: 9a4a6b149bec3c8f
pj4-d8__label = Japan Initiative for World-leading Vaccine Research and Development Centers (Fund Program)

# ja-sha256: 32b4501415eb0250
pj4-d8__description = To prepare for infectious disease emergencies and contribute to vaccine development, the program establishes centers that promote R&D and human resource development through strategic collaboration between academia and industry.

# ja-sha256: 87b2ae4dbce018ce
pj4-d9__label = Program for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies

# ja-sha256: 33c7e948ca50c753
pj4-d9__description = To prepare for infectious disease emergencies and contribute to the development of therapeutics and diagnostics, the program establishes centers that promote R&D and human resource development through strategic collaboration between academia and industry.

# ja-sha256: 3aa57483e6d053fb
pj4-d10__label = Strengthening of Infectious Disease Monitoring Systems (MEXT and MHLW)

# ja-sha256: 416eabae1a6a7961
pj4-d11__label = Development and Expansion of the Clinical Trial Environment at Core Clinical Research Hospitals and Other Institutions (MHLW)

# ja-sha256: 6bc35a4cb76b8e21
pj4-d12__label = Program for Developing Biopharmaceutical Manufacturing Centers to Strengthen Vaccine Production Systems (METI)

# ja-sha256: 33ca21508e367c09
pj4-d13__label = Program for Supporting Large-Scale Clinical Studies of Vaccines (MHLW)

# ja-sha256: f9f94361ef1fd4f9
pj5-d1__label = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Platform for Promoting the Realization of Next-Generation Medicine)

# ja-sha256: ef6f0cee04db273e
pj5-d1__description = The program promotes data-driven R&D with drug discovery and other applications in view, and builds a biobank network through tools such as the cross-biobank search system.

# source: https://www.amed.go.jp/en/program/list/15/01/010.html
# ja-sha256: 8fcec4c7892adf3d
pj5-d2__label = Practical Research for Innovative Cancer Control

# ja-sha256: fefe0a9c10e1eca0
pj5-d2__description = By accumulating and using cancer-related information, the program conducts research and develops treatments and medical devices for drug discovery, personalized medicine and early diagnosis.

# source: https://vdocuments.pub/2-f-research-proposal-fy2020-second-call-for-research-proposal-fy2020.html
# ja-sha256: dfc01a7c2c2fdeb1
pj5-d3__label = Practical Research Project for Rare/Intractable Diseases

# ja-sha256: c5ec23fb9fcd763a
pj5-d3__description = By developing platforms for, and promoting the use of, genomic and clinical data on intractable diseases, the program generates evidence for elucidating natural history and implementing new diagnostic methods. It promotes the realization of genomic medicine and personalized medicine.

# ja-sha256: c98fef1a2d90b836
pj5-d4__label = Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases (Inter-Program Collaboration)

# ja-sha256: b6541aec5258c237
pj5-d5__label = Medical Arts Research Program

# ja-sha256: 7a05cc0ca2391e58
pj5-d6__label = Research Program on Medical-Engineering Collaboration and Artificial Intelligence Implementation

# ja-sha256: a65234383e1035fe
pj5-d7__label = Program for Developing and Promoting the Use of a Healthcare Information Linkage Platform

# ja-sha256: 5b406e0ba3aeeb0d
pj5-d8__label = Research Program for Improving the Quality of Care and Collecting Scientific Evidence on "Integrative Medicine"

# ja-sha256: 511d06457e70ea97
pj5-d9__label = Research Program for Developing Transplantation Medicine Technologies

# ja-sha256: 745891fbf4ff855a
pj5-d10__label = Comprehensive Research and Development Program for Persons with Disabilities (Physical, Intellectual and Sensory Disabilities Field)

# ja-sha256: e57bf2c1309a0ed5
pj5-d11__label = Program for an Integrated Platform for Utilizing Health and Medical R&D Data

# ja-sha256: 8a4cde6dd9150fd7
pj5-d11__description = The program builds a platform for using data collected in AMED programs, starting with genomic information.

# ja-sha256: 2d063c8459dec795
pj5-d12__label = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Tohoku Medical Megabank Project)

# ja-sha256: 31102b22e7187a4f
pj5-d12__description = The program builds a genome cohort and biobank of the general population and develops infrastructure for next-generation medicine.

# ja-sha256: 9fd08b4e7556dba1
pj5-d13__label = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Genome Research Biobank)

# ja-sha256: dfa0b96b2309da36
pj5-d13__description = The program builds disease biobanks holding samples and information on a wide variety of diseases and develops infrastructure for next-generation medicine.

# source: https://ncbiobank.org/en/home.php
# ja-sha256: 43ac2362d6bedcab
pj5-d14__label = National Center Biobank Network (NCBN)

# ja-sha256: ebfc18780e60d5b6
pj5-d14__description = The network collects and organizes clinical samples and high-accuracy clinical information extracted from electronic medical records.

# ja-sha256: e18df5700951ce9b
pj5-d15__label = Program for Building a PHR Data Distribution Platform to Advance Medical Care (second period)

# ja-sha256: 1b2ed38258f1a871
pj5-d16__label = Research Program for Promoting Genome-Based Drug Discovery Platforms

# ja-sha256: 88972faec8251c61
pj5-d16__description = The program develops an information platform for exploring new drug discovery targets using whole-genome information.

# ja-sha256: 78c466f759a7ebed
pj5-d17__label = Program for Developing and Operating a Genomic Diagnosis Support System / Program for Promoting Clinical Trials and Clinical Research at the NCs

# ja-sha256: acf4b6b422d3e32d
pj5-d17__description = These programs develop infrastructure at each of the National Centers (NCs) for using genomic information in diagnosis, and promote clinical trials.

# ja-sha256: 17dbd6219ac21f40
pj5-d18__label = Practical Research Program for Renal Diseases / Practical Research Program for Immune and Allergic Diseases / Research and Development Grants for Dementia / Practical Research Program for Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes / Practical Research Program for Comprehensive Support of Women's Health / Comprehensive Research and Development Program for Persons with Disabilities (Mental Disabilities Field) / Research Program for Elucidating Chronic Pain / Research and Development Program on Longevity Science

# ja-sha256: 684f440baf48e704
pj7-d1__label = Innovative Medical Technology Creation Centers (MEXT: translational research support institutions; MHLW: core clinical research hospitals)

# ja-sha256: e9f69c79e56068bc
pj7-d2__label = Translational Research Program (Translational Research Support Program)

# ja-sha256: f61f488e5407e8c8
pj7-d2__description = Through translational research support institutions, the program identifies excellent seeds from academia and elsewhere and promotes effective translational research toward clinical research and practical application.

# ja-sha256: 08b32dfdab18c80c
pj7-d3__label = Translational Research Program (Program for Supporting University-Launched Medical Startups) (Fund Program)

# ja-sha256: 6fbe9cfde98b863d
pj7-d3__description = The program provides specialized support for founding university-launched medical startups and flexible funding for work such as non-clinical research.

# ja-sha256: 73345b16c7193c9d
pj7-d4__label = Program for Promoting Clinical Research and Development (Comprehensive Program for Promoting the Practical Application of Medical Technologies)

# ja-sha256: 993e8b1efb2f4ef0
pj7-d4__description = The program develops systems for conducting advanced clinical trials and clinical studies at core clinical research hospitals.

# ja-sha256: cc3fd41583063813
pj7-d5__label = Research and Development Promotion Network Program

# ja-sha256: b11169b44ea4c9d1
pj7-d5__description = The program promotes the building of collaborative networks within and beyond core clinical research hospitals.

# ja-sha256: e6cd3344e1478d18
pj7-d6__label = Research Program for Promoting Clinical Research and Clinical Trials

# ja-sha256: ca29ff6eb965bbcf
pj7-d6__description = The program builds clinical trial and clinical study networks in the Asian region and promotes the training of biostatisticians.

# ja-sha256: b258ba55cfd0520c
pj7-d7__label = Medical Research Support Program (Fund Program)

# ja-sha256: 469970aae882b7ae
pj7-d7__description = The program gives integrated support to the research activities of researchers working on topics of national strategic importance and to the efforts of university hospitals and medical schools to improve their research environments. In this way, it fundamentally strengthens the research capabilities of medical research.

# ja-sha256: b53d9ceca3c21c0a
pj7-d8__label = MEXT: Support for fostering academic seeds and bringing them to practical application, and for improving research capabilities in the medical sciences.

# ja-sha256: 11888a619476857d
pj7-d9__label = MHLW: Support for clinical research, including investigator-initiated clinical trials.

# ja-sha256: 4ef7d468cc75875e
pj7-d10__label = Drug Discovery Support Network

# ja-sha256: 24e3f0340e06c3c4
pj7-d11__label = Medical Device Development Support Network

# ja-sha256: 1245eb203e912efc
pj7-d12__label = Support from the Pharmaceuticals and Medical Devices Agency (PMDA), an Incorporated Administrative Agency

# source: https://www.amed.go.jp/en/program/list/19/02/005.html
# ja-sha256: 5a0a31738ed3b408
pj8-d1__label = Strengthening Program for Pharmaceutical Startup Ecosystem (Fund Program)

# ja-sha256: 744f86757b879d96
pj8-d1__description = The program supports drug discovery ventures by covering clinical trial costs equal to twice the amount invested by a venture capital (VC) firm certified by AMED, for non-clinical studies and Phase 1 and Phase 2 clinical trials.

# ja-sha256: ba28703c0c3ccf7f
pj8-d2__label = Program for Supporting University-Launched Medical Startups (MEXT) (PJ7, listed again)

# source: https://www.amed.go.jp/en/program/list/17/01/001.html
# ja-sha256: 7bad592369327850
pj8-d3__label = Cyclic Innovation for Clinical Empowerment (CiCLE)

# ja-sha256: 634c3e3af6a1cd43
pj8-d3__description = Through industry-academia-government collaboration, the program promotes the formation of a foundation (including human resources) that fundamentally transforms R&D meeting the needs of clinical settings and the acceleration of the practical application of drugs and related products. It also promotes the creation of an environment that fosters open innovation and ventures in medical R&D.

# ja-sha256: 51da65ba6858d607
pj8-d4__label = Program for Promoting Research and Development of Innovative Medical Technologies (Industry-Academia-Government Collaboration Type) (AIMGAIN) (Fund Program)

# ja-sha256: c697fac492e9e905
pj8-d4__description = Through multi-year industry-academia-government collaboration, the program promotes R&D of drugs and medical devices that would be difficult for any single party to achieve alone. Universities, companies and startups conduct joint research in non-competitive areas, aiming for innovative results and a stronger ecosystem.

# ja-sha256: 9d2081aea70d8f7b
pj8-d5__label = Program for Supporting Global Research and Development of Treatments for Intractable and Rare Diseases

# ja-sha256: 888ab4869641b69e
pj8-d5__description = The program supports international joint clinical trials conducted by companies in R&D for intractable and rare diseases. It aims to build a drug discovery ecosystem through means such as improving clinical development capabilities.
# ja-sha256: 0ed085a88a775807
pj4-g1__label = Phase

# ja-sha256: edabc271cbd87b73
pj4-d14__label = Basic research

# ja-sha256: 8cbe6cf425c0e499
pj4-d15__label = Applied research

# ja-sha256: 5cdbb99ceddf7407
pj4-d16__label = Non-clinical

# ja-sha256: 1ce6c8d515d87ff4
pj4-d17__label = Clinical studies

# ja-sha256: 8e90d5c1477adbff
pj4-d18__label = Development research

# ja-sha256: 89ea80dfdf38b363
pj4-d19__label = Practical application

# ja-sha256: 61eb9ef4fbe0465b
pj4-g2__label = ■ Cabinet Office, ■ MEXT, ■ MHLW, ■ METI

# ja-sha256: fc5c02ad71d5e109
pj4-g3__label = Research and development

# ja-sha256: 738d0781aaaefa49
pj4-g4__label = Infrastructure

# ja-sha256: 7d877c964fbd4862
pj4-g5__label = Related programs

# ja-sha256: 6ad143d58288e568
pj4-g6__label = Practical application and emergency response

# ja-sha256: c84c5fae68047993
pj5-g1__label = MEXT, MHLW, METI, MIC, Children and Families Agency

# ja-sha256: 40539d25753b2ffa
pj5-g2__label = Research using genomic and medical information infrastructure

# ja-sha256: ffa0239c22888a16
pj5-g3__label = Research using genomic information and other data

# ja-sha256: 32d0c142bbcb5393
pj5-g4__label = Research using medical information infrastructure

# ja-sha256: 37e25863b8dd7d4a
pj5-g5__label = Development of the integrated data utilization platform

# ja-sha256: dcaafe106440a6e3
pj5-d19__label = Note: In addition to the above, part of the cost is covered by AMED's operating expenses grant.

# ja-sha256: d7c1ac38e184e55f
pj5-g6__label = Other data obtained from research and development supported by AMED

# ja-sha256: d267fa3e2aec1bfd
pj5-g7__label = Development of biobanks and promotion of their utilization

# ja-sha256: f29d4e367bb40c57
pj5-g8__label = 1. Innovative Drug Discovery and Development Project

# ja-sha256: 2a2edf20705856a6
pj5-g9__label = 2. Medical Device and Healthcare Project

# ja-sha256: b2e39f30a2f32ac7
pj5-g10__label = 3. Regenerative Medicine and Cell and Gene Therapies Project

# ja-sha256: 7ab03fbed6624d7c
pj5-g11__label = 4. Infectious Disease Project

# ja-sha256: 0ed085a88a775807
pj7-g1__label = Phase

# ja-sha256: edabc271cbd87b73
pj7-d13__label = Basic research

# ja-sha256: 8cbe6cf425c0e499
pj7-d14__label = Applied research

# ja-sha256: 5cdbb99ceddf7407
pj7-d15__label = Non-clinical

# ja-sha256: 8e90d5c1477adbff
pj7-d16__label = Development research

# ja-sha256: 1ce6c8d515d87ff4
pj7-d17__label = Clinical studies

# ja-sha256: 89ea80dfdf38b363
pj7-d18__label = Practical application

# ja-sha256: 8325381d47c641d4
pj7-g2__label = Seed research

# ja-sha256: f7da1ab7426c1ccb
pj7-g3__label = MEXT, MHLW

# ja-sha256: baedb04a96cb5cd9
pj7-g4__label = Development of systems for conducting clinical research and related activities, and human resource development

# ja-sha256: 98e99e192dece28e
pj7-g5__label = Companies (pharmaceutical and medical device companies, startups and others)

# ja-sha256: 58aae77be242466f
pj7-g6__label = Other integrated projects

# ja-sha256: 4836ac5219a76715
pj7-g7__label = Infrastructure development

# ja-sha256: 0ed085a88a775807
pj8-g1__label = Phase

# ja-sha256: edabc271cbd87b73
pj8-d6__label = Basic research

# ja-sha256: 8cbe6cf425c0e499
pj8-d7__label = Applied research

# ja-sha256: 5cdbb99ceddf7407
pj8-d8__label = Non-clinical

# ja-sha256: 8e90d5c1477adbff
pj8-d9__label = Development research

# ja-sha256: 1ce6c8d515d87ff4
pj8-d10__label = Clinical studies

# ja-sha256: 89ea80dfdf38b363
pj8-d11__label = Practical application

# ja-sha256: 1a971965677e784d
pj8-g2__label = ■ Cabinet Office, ■ METI

# ja-sha256: 072407f42603205b
pj8-g3__label = Ecosystem

# ja-sha256: 89ea80dfdf38b363
pj8-g4__label = Practical application
