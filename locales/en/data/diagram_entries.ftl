# source: https://www.amed.go.jp/en/program/list/15/01/001.html
pj4-d1__label = Japan Program for Infectious Diseases Research and Infrastructure

pj4-d1__description = This program promotes basic research on a wide range of infectious diseases and secures a broad pool of human resources by supporting research that uses overseas research centers, multidisciplinary integrated research and similar work.

pj4-d2__label = Note: Clinical trials from Phase II onward focus mainly on those that play a large social role but are difficult to advance under private-sector leadership, such as orphan drugs and investigator-initiated clinical trials; all others are to be out-licensed to companies at an appropriate time.

pj4-d3__label = Research Program for Promoting the Development of Innovative Drugs and Related Products against Emerging and Re-emerging Infectious Diseases

pj4-d3__description = This program promotes work on emerging and re-emerging infectious diseases and antimicrobial resistance in an integrated manner, from basic research through to the development of diagnostic, therapeutic and preventive methods.

pj4-d4__label = Practical Research Project for AIDS Control

pj4-d4__description = This program promotes research and development toward a cure for HIV infection in an integrated manner, from basic research to practical application.

pj4-d5__label = Practical Research Project for Overcoming Hepatitis and Related Diseases

pj4-d5__description = Based on the Hepatitis Research Promotion Strategy, the program conducts integrated surveys and research, from basic research to practical application, to promote research and development on hepatitis.

# source: https://www.amed.go.jp/en/program/list/21/02/index.html
pj4-d6__label = Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA)

# source: https://www.amed.go.jp/en/program/list/21/02/001.html
pj4-d7__label = Program on R&D of New Generation Vaccine including New Modality Application (Fund Program)

pj4-d7__description = The program promotes research and development of vaccines and new modalities, among other work, in preparation for infectious disease emergencies that may pose a threat in the future.

# source: https://www.amed.go.jp/en/program/list/21/02/002.html
pj4-d8__label = Japan Initiative for World-leading Vaccine Research and Development Centers (Fund Program)

pj4-d8__description = In preparation for infectious disease emergencies, and to contribute to vaccine development, the program establishes centers that promote research and development, human resource development and related activities through strategic collaboration between academia and industry.

pj4-d9__label = Project for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies

pj4-d9__description = In preparation for infectious disease emergencies, and to contribute to the development of therapeutics and diagnostics, the program establishes centers that promote research and development, human resource development and related activities through strategic collaboration between academia and industry.

pj4-d10__label = Strengthening of Infectious Disease Monitoring Systems (MEXT and MHLW)

pj4-d11__label = Development and Expansion of the Clinical Trial Environment at Core Clinical Research Hospitals and Other Institutions (MHLW)

pj4-d12__label = Project for Developing Biopharmaceutical Manufacturing Centers and Related Facilities to Strengthen Vaccine Production Systems (METI)

pj4-d13__label = Project for Supporting Large-Scale Clinical Studies of Vaccines and Related Activities (MHLW)

pj5-d1__label = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Platform for Promoting the Realization of Next-Generation Medicine)

pj5-d1__description = The program promotes data-driven research and development with a view to drug discovery and other applications, and builds a biobank network through a cross-biobank search system and other means.

# source: https://www.amed.go.jp/en/program/list/15/01/010.html
pj5-d2__label = Practical Research for Innovative Cancer Control

pj5-d2__description = The program conducts research and develops treatments and medical devices aimed at drug discovery, personalized medicine, early diagnosis and other goals by accumulating and using cancer-related information.

# source: https://vdocuments.pub/2-f-research-proposal-fy2020-second-call-for-research-proposal-fy2020.html
pj5-d3__label = Practical Research Project for Rare/Intractable Diseases

pj5-d3__description = By developing infrastructure for, and promoting the utilization of, genomic, clinical and other data on intractable diseases, the program generates evidence for elucidating natural history, implementing new diagnostic methods and other aims, and promotes the realization of genomic medicine and personalized medicine.

pj5-d4__label = Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases (Inter-Program Collaboration)

pj5-d5__label = Medical Arts Research Program

pj5-d6__label = Research Program on Medical-Engineering Collaboration and Artificial Intelligence Implementation

pj5-d7__label = Project for Developing and Promoting the Use of a Healthcare Information Linkage Platform

pj5-d8__label = Research Program for Improving the Quality of Care and Collecting Scientific Evidence on "Integrative Medicine"

pj5-d9__label = Research Program for Developing Transplantation Medicine Technologies

pj5-d10__label = Comprehensive Research and Development Project for Persons with Disabilities (Physical, Intellectual and Sensory Disabilities Field)

pj5-d11__label = Project for an Integrated Platform for Utilizing Health and Medical R&D Data

pj5-d11__description = The program builds a platform for utilizing data collected in AMED programs, starting with genomic information.

pj5-d12__label = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Tohoku Medical Megabank Project)

pj5-d12__description = The program builds a genome cohort and biobank of the general population and develops infrastructure for next-generation medicine.

pj5-d13__label = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Genome Research Biobank)

pj5-d13__description = The program builds disease biobanks holding samples and information on a wide variety of diseases and develops infrastructure for next-generation medicine.

# source: https://ncbiobank.org/en/home.php
pj5-d14__label = National Center Biobank Network (NCBN)

pj5-d14__description = The network collects and organizes clinical samples and high-accuracy clinical information extracted from electronic medical records.

pj5-d15__label = Project for Building a PHR Data Distribution Platform to Advance Medical Care (Phase 2)

pj5-d16__label = Research Program for Promoting Genome-Based Drug Discovery Platforms

pj5-d16__description = The program develops an information platform for exploring new drug discovery targets and for related work using whole-genome information and other data.

pj5-d17__label = Project for Developing and Operating a Genomic Diagnosis Support System / Project for Promoting Clinical Trials and Clinical Research at the NCs

pj5-d17__description = These programs develop infrastructure for using genomic information in diagnosis at each of the National Centers (NCs) and promote clinical trials and related activities.

pj5-d18__label = Practical Research Project for Renal Diseases / Practical Research Project for Immune and Allergic Diseases / Research and Development Grants for Dementia / Practical Research Project for Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes / Practical Research Project for Comprehensive Support of Women's Health / Comprehensive Research and Development Project for Persons with Disabilities (Mental Disabilities Field) / Research Program for Elucidating Chronic Pain / Research and Development Project on Longevity Science

pj7-d1__label = Innovative Medical Technology Creation Centers (MEXT: translational research support institutions; MHLW: core clinical research hospitals)

pj7-d2__label = Translational Research Program (Translational Research Support Program)

pj7-d2__description = Through translational research support institutions, the program identifies excellent seeds from academia and elsewhere and promotes effective translational research toward clinical research and practical application.

pj7-d3__label = Translational Research Program (Program for Supporting University-Launched Medical Startups) (Fund Program)

pj7-d3__description = The program provides specialized support related to founding university-launched medical startups, flexible funding for non-clinical research and other activities, and other support.

pj7-d4__label = Project for Promoting Clinical Research and Development (Comprehensive Project for Promoting the Practical Application of Medical Technologies)

pj7-d4__description = The program develops systems for conducting advanced clinical trials and clinical studies at core clinical research hospitals.

pj7-d5__label = Research and Development Promotion Network Project

pj7-d5__description = The program promotes the building of collaborative networks within and beyond core clinical research hospitals.

pj7-d6__label = Research Program for Promoting Clinical Research and Clinical Trials

pj7-d6__description = The program builds clinical trial and clinical study networks in the Asian region and promotes the training of biostatisticians.

pj7-d7__label = Medical Research Support Program (Fund Program)

pj7-d7__description = The program provides integrated support for the research activities of researchers working on research topics of national strategic importance and for the efforts of university hospitals and medical schools to improve their research environments, fundamentally strengthening research capabilities in medical research.

pj7-d8__label = MEXT: Support for fostering academic seeds and bringing them to practical application, and for improving research capabilities in the medical sciences.

pj7-d9__label = MHLW: Support for clinical research, including investigator-initiated clinical trials.

pj7-d10__label = Drug Discovery Support Network

pj7-d11__label = Medical Device Development Support Network

pj7-d12__label = Support from the Pharmaceuticals and Medical Devices Agency (PMDA), an Incorporated Administrative Agency

# source: https://www.amed.go.jp/en/program/list/19/02/005.html
pj8-d1__label = Strengthening Program for Pharmaceutical Startup Ecosystem (Fund Program)

pj8-d1__description = This program supports drug discovery ventures by covering clinical trial costs equal to twice the amount invested by a VC certified by AMED, for non-clinical studies and Phase 1 and Phase 2 clinical trials.

pj8-d2__label = Program for Supporting University-Launched Medical Startups (MEXT) (re-listed from PJ7)

# source: https://www.amed.go.jp/en/program/list/17/01/001.html
pj8-d3__label = Cyclic Innovation for Clinical Empowerment (CiCLE)

pj8-d3__description = Through industry-academia-government collaboration, the program promotes the formation of infrastructure (including human resources) that fundamentally transforms the conduct of research and development addressing needs in clinical settings and the acceleration of the practical application of drugs and other products, and the creation of an environment that fosters open innovation and the development of ventures in the field of medical research and development.

pj8-d4__label = Project for Promoting Research and Development of Innovative Medical Technologies (Industry-Academia-Government Collaboration Type) (AIMGAIN) (Fund Program)

pj8-d4__description = Through multi-year industry-academia-government collaboration, the program promotes research and development of drugs, medical devices and other products that would be difficult for any single party to achieve alone. Universities, companies and startups conduct joint research in non-competitive areas, aiming for innovative results and a stronger ecosystem.

pj8-d5__label = Project for Supporting Global Research and Development of Treatments for Intractable and Rare Diseases

pj8-d5__description = The program supports international joint clinical trials and other activities conducted by companies in research and development for intractable and rare diseases. It aims to build a drug discovery ecosystem by improving clinical development capabilities and other means.
