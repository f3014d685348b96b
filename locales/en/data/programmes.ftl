# ja-sha256: 623374652631196a
next-gen-cancer__name = Research Program for Accelerating Next-Generation Cancer Medicine

# source: https://www.amed.go.jp/en/program/list/15/01/010.html
# ja-sha256: 8fcec4c7892adf3d
innovative-cancer__name = Practical Research for Innovative Cancer Control

# source: https://vdocuments.pub/2-f-research-proposal-fy2020-second-call-for-research-proposal-fy2020.html
# ja-sha256: dfc01a7c2c2fdeb1
intractable-diseases__name = Practical Research Project for Rare/Intractable Diseases

# ja-sha256: e6cd3344e1478d18
clinical-trials-promotion__name = Research Program for Promoting Clinical Research and Clinical Trials

# ja-sha256: 1802e432844f4047
asia-clinical-network__name = Project for Building a Clinical Research and Clinical Trial Network in Asia

# ja-sha256: 283314898987a68b
smart-bio__name = Project for Supporting Research on Smart Bio Drug Discovery and Related Fields

# ja-sha256: cb882821586784d8
drug-discovery-platform-tech__name = Project for Developing Drug Discovery Platform Technologies to Realize Next-Generation Therapeutics and Diagnostics

# ja-sha256: 54b066ae0769210a
drug-discovery-basis__name = Research Program for Promoting Drug Discovery Platforms

# ja-sha256: 1bfa7a890f84cfe1
gapfree__name = Collaborative Drug Discovery Research Project

# ja-sha256: 7e8fb293adfbd396
gapfree__note = Listed as an initiative of the Research Program for Promoting Drug Discovery Platforms.

# ja-sha256: b261d57ed55dbffe
life-science-platform__name = Project for Research Support Platforms for Life Science and Drug Discovery

# ja-sha256: 7958f086df57a35a
drug-discovery-support__name = Project for Promoting Drug Discovery Support

# ja-sha256: cf616f5283dc70b8
daiia__name = Development of Next-Generation AI for Drug Discovery through Industry-Academia Collaboration

# ja-sha256: ebe0c2974e40ec44
daiia__note = Listed as the predecessor program of the Project for Promoting Drug Discovery Support.

# ja-sha256: 40c531ed10ce3d97
device-outcomes__name = Project for Deploying Research Outcomes on Medical Devices and Related Technologies

# ja-sha256: 05f6bff3e5e39d2d
device-development__name = Research Program for Promoting Medical Device Development

# ja-sha256: a627bf389575d5e1
device-industry-hubs__name = Project for Strengthening Industrial Promotion Hubs for the Creation of Excellent Medical Devices

# ja-sha256: 7a32a09d20272699
medtech-global__name = Project for Global Expansion of Medical-Engineering Collaboration

# ja-sha256: ce9c077d302bc737
next-gen-devices__name = Project for Promoting the Development of Next-Generation Medical Devices and Related Activities

# ja-sha256: 9bbeee8f1f8de218
healthtech-startups__name = Project for Supporting the Fostering of Next-Generation Healthtech Startups

# ja-sha256: 4663e0b80b120aab
prevention-rd-base__name = Project for Developing R&D Infrastructure for the Social Implementation of Prevention and Health Promotion

# ja-sha256: 7c5ce083c2fafb9f
prevention-acceleration__name = Project for Accelerating the Social Implementation of Prevention and Health Promotion

# ja-sha256: ded5f0dfa3b22ee7
regen-acceleration__name = Program for Accelerating the Realization of Regenerative and Cell Medicine and Gene Therapy

# ja-sha256: caf030f8e1f7fe8f
regen-practical__name = Practical Research Project for Regenerative Medicine and Related Therapies

# ja-sha256: 5b968e86b4628a77
regen-infrastructure__name = Project for Promoting Infrastructure Development for the Practical Application of Regenerative Medicine and Related Therapies

# ja-sha256: 503b7d8d71284a64
regen-industrialisation__name = Project for Developing Platform Technologies for the Industrialization of Regenerative Medicine and Gene Therapy

# source: https://www.amed.go.jp/en/program/list/15/01/001.html
# ja-sha256: bb4b02799b584267
emerging-infection-base__name = Japan Program for Infectious Diseases Research and Infrastructure

# ja-sha256: 2a7c7e796fe67f78
emerging-infection-drugs__name = Research Program for Promoting the Development of Innovative Drugs and Related Products against Emerging and Re-emerging Infectious Diseases

# ja-sha256: 34a969114c1f1a9c
hepatitis__name = Practical Research Project for Overcoming Hepatitis and Related Diseases

# ja-sha256: a5f80797c663840e
hepatitis-emergency__name = Research Program on Emergency Measures for Overcoming Hepatitis and Related Diseases

# ja-sha256: bc0f3f658ae5ccbf
hepatitis-b__name = Research Program on Drug Discovery and Practical Application for Hepatitis B

# ja-sha256: e4d52684da7ec77c
aids__name = Practical Research Project for AIDS Control

# source: https://www.amed.go.jp/en/program/list/21/02/001.html
# ja-sha256: f2d433b4302c362c
vaccine-modality__name = Program on R&D of New Generation Vaccine including New Modality Application

# ja-sha256: 37d3d882a667565b
vaccine-modality__note = Shown in the Infectious Disease Project diagram as a program of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA).

# source: https://www.amed.go.jp/en/program/list/21/02/002.html
# ja-sha256: 86b17238ae29516b
vaccine-hubs__name = Japan Initiative for World-leading Vaccine Research and Development Centers

# ja-sha256: 37d3d882a667565b
vaccine-hubs__note = Shown in the Infectious Disease Project diagram as a program of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA).

# ja-sha256: 87b2ae4dbce018ce
therapeutics-diagnostics-hubs__name = Project for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies

# ja-sha256: 89feeb5c9ade7e5a
biobank__name = Program for Utilizing Biobanks to Realize Next-Generation Medicine

# ja-sha256: 69ea29d785fdb604
biobank-platform__name = Platform for Promoting the Realization of Next-Generation Medicine

# source: https://www.amed.go.jp/en/seika/fy2017-06.html
# ja-sha256: 5861384686e33779
tmm__name = Tohoku Medical Megabank Project

# ja-sha256: 0505784438dfb492
genome-biobank__name = Genome Research Biobank

# ja-sha256: 12418314984a2a98
whole-genome__name = Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases

# ja-sha256: fa8570b3f926e14c
whole-genome__note = Listed as an inter-program collaboration between Practical Research for Innovative Cancer Control and the Practical Research Project for Rare/Intractable Diseases.

# ja-sha256: a65234383e1035fe
medical-info-linkage__name = Project for Developing and Promoting the Use of a Healthcare Information Linkage Platform

# ja-sha256: e57bf2c1309a0ed5
data-platform__name = Project for an Integrated Platform for Utilizing Health and Medical R&D Data

# ja-sha256: fea22ed51b51b86d
phr__name = Project for Building a PHR Data Distribution Platform to Advance Medical Care

# ja-sha256: d717d44baf89ed13
phr__note = In the diagram, "(Phase 2)" is appended to the name.

# ja-sha256: 64187e87f3174307
cardiovascular-diabetes__name = Practical Research Project for Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes

# ja-sha256: 14815a7dff1fba14
immunology-allergy__name = Practical Research Project for Immune and Allergic Diseases

# source: https://www.amed.go.jp/en/program/list/01/04/003.html
# ja-sha256: 57e376f97a268384
dementia__name = Research and Development Grants for Dementia

# ja-sha256: 63732f96e8f6893b
child-development__name = Comprehensive Research Program for Overcoming Diseases Related to Child Health and Development

# ja-sha256: b6541aec5258c237
medical-arts__name = Medical Arts Research Program

# ja-sha256: 7a05cc0ca2391e58
medtech-ai__name = Research Program on Medical-Engineering Collaboration and Artificial Intelligence Implementation

# ja-sha256: 5b406e0ba3aeeb0d
integrative-medicine__name = Research Program for Improving the Quality of Care and Collecting Scientific Evidence on "Integrative Medicine"

# ja-sha256: 511d06457e70ea97
transplantation__name = Research Program for Developing Transplantation Medicine Technologies

# ja-sha256: c624b083293fd768
disability__name = Comprehensive Research and Development Project for Persons with Disabilities

# ja-sha256: 745891fbf4ff855a
disability-physical__name = Comprehensive Research and Development Project for Persons with Disabilities (Physical, Intellectual and Sensory Disabilities Field)

# ja-sha256: 82862752a71621c6
disability-mental__name = Comprehensive Research and Development Project for Persons with Disabilities (Mental Disabilities Field)

# source: https://ncbiobank.org/en/home.php
# ja-sha256: 160c5596bb036734
ncbn__name = National Center Biobank Network

# ja-sha256: 1b2ed38258f1a871
genome-drug-discovery__name = Research Program for Promoting Genome-Based Drug Discovery Platforms

# ja-sha256: 625733daedc0eb0b
genome-diagnosis-support__name = Project for Developing and Operating a Genomic Diagnosis Support System

# ja-sha256: 1736eebaed2bf56b
nc-clinical-trials__name = Project for Promoting Clinical Trials and Clinical Research at the NCs

# ja-sha256: ab206d6afc825158
kidney__name = Practical Research Project for Renal Diseases

# ja-sha256: 0adeccbbb30ff483
women-health__name = Practical Research Project for Comprehensive Support of Women's Health

# ja-sha256: bb5f9384857c4dee
chronic-pain__name = Research Program for Elucidating Chronic Pain

# ja-sha256: f9a864ec4fe58d21
longevity__name = Research and Development Project on Longevity Science

# source: https://www.amed.go.jp/en/program/list/16/02/001.html
# ja-sha256: bb5288f3493cd57f
advanced-research__name = Advanced Research & Development Programs for Medical Innovation

# ja-sha256: 2ca2497d9da85114
brain-science__name = Integrated Program for Brain and Neuroscience

# source: https://www.amed.go.jp/en/program/list/18/03/001.html
# ja-sha256: b94ebdffa166285f
moonshot__name = Moonshot Research and Development Program

# ja-sha256: 9900226db6c05067
international-collaboration__name = Project for Promoting International Collaborative Research and Development in Science and Technology in the Medical Field

# source: https://www.hfsp.org/hfsp-news-events/30-years-support-frontier-life-science-research
# ja-sha256: 76aad4eddbcbdbf4
hfsp__name = Human Frontier Science Program

# source: https://www.amed.go.jp/en/news/program/0301B_00012.html
# ja-sha256: c6150c6eeee77460
global-health__name = Research Program on the Challenges of Global Health Issues

# ja-sha256: f8eca9f1b15fe07b
global-health-international__name = Research Program on the Challenges of Global Health Issues (International)

# ja-sha256: b0442cf7029e77f2
global-health-japan-us__name = Research Program on the Challenges of Global Health Issues (U.S.-Japan Cooperative Medical Sciences)

# ja-sha256: 47459d7825adaff3
translational-research__name = Translational Research Program

# ja-sha256: cdbada0685fd5603
translational-support__name = Translational Research Support Program

# ja-sha256: f7f683bd30071d35
university-startups__name = Program for Supporting University-Launched Medical Startups

# ja-sha256: 10dd49a58cbac4a3
university-startups__note = Also shown in the Innovation Ecosystem Project diagram, marked "PJ7, listed again".

# ja-sha256: b16d0b2edbae3843
clinical-rd-promotion__name = Project for Promoting Clinical Research and Development

# ja-sha256: 0ce10461839f2550
medical-tech-practical__name = Comprehensive Project for Promoting the Practical Application of Medical Technologies

# ja-sha256: cc3fd41583063813
rd-network__name = Research and Development Promotion Network Project

# ja-sha256: 476e72d0f704af98
medical-research-support__name = Medical Research Support Program

# source: https://www.amed.go.jp/en/program/list/19/02/005.html
# ja-sha256: 27e381c61841194d
drug-venture-ecosystem__name = Strengthening Program for Pharmaceutical Startup Ecosystem

# source: https://www.amed.go.jp/en/program/list/17/01/001.html
# ja-sha256: 80ce278f2f4d3463
cicle__name = Cyclic Innovation for Clinical Empowerment

# ja-sha256: db53ab45a0779077
aimgain__name = Project for Promoting Research and Development of Innovative Medical Technologies (Industry-Academia-Government Collaboration Type)

# ja-sha256: 9d2081aea70d8f7b
rare-disease-global__name = Project for Supporting Global Research and Development of Treatments for Intractable and Rare Diseases

# ja-sha256: d86579d1960a5090
infection-monitoring__name = Strengthening of Infectious Disease Monitoring Systems

# ja-sha256: ca1bd7d85216a6c6
infection-monitoring__note = Shown in the Infectious Disease Project diagram as a related program.

# ja-sha256: 2b954f2786d18d61
core-hospital-trials__name = Development and Expansion of the Clinical Trial Environment at Core Clinical Research Hospitals and Other Institutions

# ja-sha256: ca1bd7d85216a6c6
core-hospital-trials__note = Shown in the Infectious Disease Project diagram as a related program.

# ja-sha256: 237f94f14ef124af
vaccine-biomanufacturing__name = Project for Developing Biopharmaceutical Manufacturing Centers and Related Facilities to Strengthen Vaccine Production Systems

# ja-sha256: ca1bd7d85216a6c6
vaccine-biomanufacturing__note = Shown in the Infectious Disease Project diagram as a related program.

# ja-sha256: 1ce8b71904f2fda5
vaccine-large-trials__name = Project for Supporting Large-Scale Clinical Studies of Vaccines and Related Activities

# ja-sha256: ca1bd7d85216a6c6
vaccine-large-trials__note = Shown in the Infectious Disease Project diagram as a related program.
