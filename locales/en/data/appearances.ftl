# ja-sha256: 974c0b924880c66c
pj1-next-gen-cancer__heading = Research Program for Accelerating Next-Generation Cancer Medicine (MEXT)

# ja-sha256: bb1002516efdf66f
pj1-innovative-cancer__heading = Practical Research for Innovative Cancer Control (MHLW)

# ja-sha256: affbe70ead822157
pj1-intractable-diseases__heading = Practical Research Project for Rare/Intractable Diseases (MHLW)

# ja-sha256: 9628e1a7e090b4a2
pj1-clinical-trials-promotion__heading = Research Program for Promoting Clinical Research and Clinical Trials (MHLW)

# ja-sha256: 87258a8cced9ef08
pj1-smart-bio__heading = Program for Supporting Research on Smart Bio Drug Discovery and Related Fields (MEXT)

# ja-sha256: a172a1578c36be68
pj1-drug-discovery-platform-tech__heading = Program for Developing Drug Discovery Platform Technologies to Realize Next-Generation Therapeutics and Diagnostics (METI)

# ja-sha256: 838909aac3cb6a9f
pj1-drug-discovery-basis__heading = Research Program for Promoting Drug Discovery Platforms (MHLW)

# ja-sha256: 16dfb1d8a8739b4d
pj1-life-science-platform__heading = Program for Research Support Platforms for Life Science and Drug Discovery (MEXT)

# ja-sha256: d36143f011f12f90
pj1-drug-discovery-support__heading = Program for Promoting Drug Discovery Support (MHLW)

# ja-sha256: 7a160b0f24018aca
pj2-device-outcomes__heading = Program for Deploying Research Outcomes on Medical Devices and Related Technologies (MEXT)

# ja-sha256: 1963634794db4ddf
pj2-device-development__heading = Research Program for Promoting Medical Device Development (MHLW)

# ja-sha256: ab087e182e3a27d9
pj2-device-industry-hubs__heading = Program for Strengthening Industrial Promotion Hubs for the Creation of Excellent Medical Devices (MHLW)

# ja-sha256: ae6941f8524d67f1
pj2-medtech-global__heading = Program for Global Expansion of Medical-Engineering Collaboration (METI)

# ja-sha256: 3ea72c43f805fa02
pj2-next-gen-devices__heading = Program for Promoting the Development of Next-Generation Medical Devices and Related Activities (METI)

# ja-sha256: 086224cbceb664e9
pj2-healthtech-startups__heading = Program for Supporting the Fostering of Next-Generation Healthtech Startups (METI)

# ja-sha256: 1f4bd2b7b6b39eea
pj2-prevention-rd-base__heading = Program for Developing R&D Infrastructure for the Social Implementation of Prevention and Health Promotion (METI)

# ja-sha256: 39f0e57bbf8e1dfe
pj2-prevention-acceleration__heading = Program for Accelerating the Social Implementation of Prevention and Health Promotion (METI)

# ja-sha256: aa4ce792ae72cd99
pj3-regen-acceleration__heading = Program for Accelerating the Realization of Regenerative and Cell Medicine and Gene Therapy (MEXT)

# ja-sha256: cfac7b5b397612a7
pj3-regen-practical__heading = Practical Research Program for Regenerative Medicine and Related Therapies (MHLW)

# ja-sha256: ebf09ab013bf93fa
pj3-regen-infrastructure__heading = Program for Promoting Infrastructure Development for the Practical Application of Regenerative Medicine and Related Therapies (MHLW)

# ja-sha256: affbe70ead822157
pj3-intractable-diseases__heading = Practical Research Project for Rare/Intractable Diseases (MHLW)

# ja-sha256: bb1002516efdf66f
pj3-innovative-cancer__heading = Practical Research for Innovative Cancer Control (MHLW)

# ja-sha256: 13aba53b599e7394
pj3-regen-industrialisation__heading = Program for Developing Platform Technologies for the Industrialization of Regenerative Medicine and Gene Therapy (METI)

# ja-sha256: 7404b94eba08ac01
pj4-emerging-infection-base__heading = Japan Program for Infectious Diseases Research and Infrastructure (MEXT)

# ja-sha256: bd0f1378d33aefa9
pj4-emerging-infection-drugs__heading = Research Program for Promoting the Development of Innovative Drugs and Related Products against Emerging and Re-emerging Infectious Diseases (MHLW)

# ja-sha256: 265d1015fe6dbc48
pj4-hepatitis__heading = Practical Research Program for Overcoming Hepatitis and Related Diseases (MHLW)

# ja-sha256: e924338ffd95a172
pj4-aids__heading = Practical Research Program for AIDS Control (MHLW)

# ja-sha256: 0209d3f47bcbf892
pj4-therapeutics-diagnostics-hubs__heading = Program for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies (MEXT)

# ja-sha256: 03ad7459bc9a45f8
pj5-biobank-platform__heading = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Platform for Promoting the Realization of Next-Generation Medicine) (MEXT)

# ja-sha256: 93a7140ca1d4a90b
pj5-whole-genome__heading = "Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases" (Inter-program collaboration between Practical Research for Innovative Cancer Control and the Practical Research Project for Rare/Intractable Diseases) (MHLW)

# ja-sha256: bb1002516efdf66f
pj5-innovative-cancer__heading = Practical Research for Innovative Cancer Control (MHLW)

# ja-sha256: affbe70ead822157
pj5-intractable-diseases__heading = Practical Research Project for Rare/Intractable Diseases (MHLW)

# ja-sha256: a5848ea0b455f6bc
pj5-medical-info-linkage__heading = Program for Developing and Promoting the Use of a Healthcare Information Linkage Platform (MHLW)

# ja-sha256: b7d27dfb24dba1eb
pj5-data-platform__heading = Program for an Integrated Platform for Utilizing Health and Medical R&D Data (MEXT, MHLW, METI)

# ja-sha256: 16966501e6d2aac5
pj5-biobank__heading = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Tohoku Medical Megabank (TMM) Project, Genome Research Biobank) (MEXT)

# ja-sha256: b22dfe591be645f7
pj5-phr__heading = Program for Building a PHR Data Distribution Platform to Advance Medical Care (MIC)

# ja-sha256: 1d6c84095e6641c9
pj5-cardiovascular-diabetes__heading = Practical Research Program for Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes (MHLW)

# ja-sha256: 2cb06552bd1190a2
pj5-immunology-allergy__heading = Practical Research Program for Immune and Allergic Diseases (MHLW)

# ja-sha256: 53d3b2c2c3c0f031
pj5-dementia__heading = Research and Development Grants for Dementia (MHLW)

# ja-sha256: 41558ff675d4a099
pj5-child-development__heading = Comprehensive Research Program for Overcoming Diseases Related to Child Health and Development (Children and Families Agency)

# ja-sha256: ea58595fc387b1c1
pj6-advanced-research__heading = Advanced Research & Development Programs for Medical Innovation (MEXT)

# ja-sha256: 40b0b6e77c93ca73
pj6-brain-science__heading = Brain/MINDS 2.0 Program (MEXT)

# ja-sha256: 4002c9fc38f86ebd
pj6-moonshot__heading = Moonshot Research and Development Program (Fund Program) (Healthcare and Medical Strategy Promotion Secretariat, Cabinet Office)

# ja-sha256: 5b1db2a785d820d3
pj6-international-collaboration__heading = Program for Promoting International Collaborative Research and Development in Science and Technology in the Medical Field (MEXT)

# ja-sha256: 4b5c82083ddc12c4
pj6-hfsp__heading = Human Frontier Science Program (MEXT, METI)

# ja-sha256: 25be0836d526631b
pj6-global-health-international__heading = Research Program on the Challenges of Global Health Issues (International) (MHLW)

# ja-sha256: 01d7f920eade8d5d
pj6-global-health-japan-us__heading = Research Program on the Challenges of Global Health Issues (U.S.-Japan Cooperative Medical Sciences Program) (MHLW)

# ja-sha256: c1ef59828f257f99
pj7-translational-research__heading = Translational Research Program (MEXT)

# ja-sha256: 0b3b1156b65fcd1b
pj7-medical-tech-practical__heading = Program for Promoting Clinical Research and Development (Comprehensive Program for Promoting the Practical Application of Medical Technologies) (MHLW)

# ja-sha256: 6067ffc5807a5254
pj7-asia-clinical-network__heading = Research Program for Promoting Clinical Research and Clinical Trials (Program for Building a Clinical Research and Clinical Trial Network in Asia) (MHLW)

# ja-sha256: a4f832d46f885a95
pj8-rare-disease-global__heading = Program for Supporting Global Research and Development of Treatments for Intractable and Rare Diseases (Cabinet Office)
