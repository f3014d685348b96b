pj1-next-gen-cancer__heading = Research Program for Accelerating Next-Generation Cancer Medicine (MEXT)

pj1-innovative-cancer__heading = Practical Research for Innovative Cancer Control (MHLW)

pj1-intractable-diseases__heading = Practical Research Project for Rare/Intractable Diseases (MHLW)

pj1-clinical-trials-promotion__heading = Research Program for Promoting Clinical Research and Clinical Trials (MHLW)

pj1-smart-bio__heading = Project for Supporting Research on Smart Bio Drug Discovery and Related Fields (MEXT)

pj1-drug-discovery-platform-tech__heading = Project for Developing Drug Discovery Platform Technologies to Realize Next-Generation Therapeutics and Diagnostics (METI)

pj1-drug-discovery-basis__heading = Research Program for Promoting Drug Discovery Platforms (MHLW)

pj1-life-science-platform__heading = Project for Research Support Platforms for Life Science and Drug Discovery (MEXT)

pj1-drug-discovery-support__heading = Project for Promoting Drug Discovery Support (MHLW)

pj2-device-outcomes__heading = Project for Deploying Research Outcomes on Medical Devices and Related Technologies (MEXT)

pj2-device-development__heading = Research Program for Promoting Medical Device Development (MHLW)

pj2-device-industry-hubs__heading = Project for Strengthening Industrial Promotion Hubs for the Creation of Excellent Medical Devices (MHLW)

pj2-medtech-global__heading = Project for Global Expansion of Medical-Engineering Collaboration (METI)

pj2-next-gen-devices__heading = Project for Promoting the Development of Next-Generation Medical Devices and Related Activities (METI)

pj2-healthtech-startups__heading = Project for Supporting the Fostering of Next-Generation Healthtech Startups (METI)

pj2-prevention-rd-base__heading = Project for Developing R&D Infrastructure for the Social Implementation of Prevention and Health Promotion (METI)

pj2-prevention-acceleration__heading = Project for Accelerating the Social Implementation of Prevention and Health Promotion (METI)

pj3-regen-acceleration__heading = Program for Accelerating the Realization of Regenerative and Cell Medicine and Gene Therapy (MEXT)

pj3-regen-practical__heading = Practical Research Project for Regenerative Medicine and Related Therapies (MHLW)

pj3-regen-infrastructure__heading = Project for Promoting Infrastructure Development for the Practical Application of Regenerative Medicine and Related Therapies (MHLW)

pj3-intractable-diseases__heading = Practical Research Project for Rare/Intractable Diseases (MHLW)

pj3-innovative-cancer__heading = Practical Research for Innovative Cancer Control (MHLW)

pj3-regen-industrialisation__heading = Project for Developing Platform Technologies for the Industrialization of Regenerative Medicine and Gene Therapy (METI)

pj4-emerging-infection-base__heading = Japan Program for Infectious Diseases Research and Infrastructure (MEXT)

pj4-emerging-infection-drugs__heading = Research Program for Promoting the Development of Innovative Drugs and Related Products against Emerging and Re-emerging Infectious Diseases (MHLW)

pj4-hepatitis__heading = Practical Research Project for Overcoming Hepatitis and Related Diseases (MHLW)

pj4-aids__heading = Practical Research Project for AIDS Control (MHLW)

pj4-therapeutics-diagnostics-hubs__heading = Project for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies (MEXT)

pj5-biobank-platform__heading = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Platform for Promoting the Realization of Next-Generation Medicine) (MEXT)

pj5-whole-genome__heading = "Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases" (Inter-program collaboration between Practical Research for Innovative Cancer Control and the Practical Research Project for Rare/Intractable Diseases) (MHLW)

pj5-innovative-cancer__heading = Practical Research for Innovative Cancer Control (MHLW)

pj5-intractable-diseases__heading = Practical Research Project for Rare/Intractable Diseases (MHLW)

pj5-medical-info-linkage__heading = Project for Developing and Promoting the Use of a Healthcare Information Linkage Platform (MHLW)

pj5-data-platform__heading = Project for an Integrated Platform for Utilizing Health and Medical R&D Data (MEXT, MHLW, METI)

pj5-biobank__heading = Program for Utilizing Biobanks to Realize Next-Generation Medicine (Tohoku Medical Megabank (TMM) Project, Genome Research Biobank) (MEXT)

pj5-phr__heading = Project for Building a PHR Data Distribution Platform to Advance Medical Care (MIC)

pj5-cardiovascular-diabetes__heading = Practical Research Project for Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes (MHLW)

pj5-immunology-allergy__heading = Practical Research Project for Immune and Allergic Diseases (MHLW)

pj5-dementia__heading = Research and Development Grants for Dementia (MHLW)

pj5-child-development__heading = Comprehensive Research Program for Overcoming Diseases Related to Child Health and Development (CFA)

pj6-advanced-research__heading = Advanced Research & Development Programs for Medical Innovation (MEXT)

pj6-brain-science__heading = Integrated Program for Brain and Neuroscience (MEXT)

pj6-moonshot__heading = Moonshot Research and Development Program (Fund Program) (HMSD)

pj6-international-collaboration__heading = Project for Promoting International Collaborative Research and Development in Science and Technology in the Medical Field (MEXT)

pj6-hfsp__heading = Human Frontier Science Program (MEXT, METI)

pj6-global-health-international__heading = Research Program on the Challenges of Global Health Issues (International) (MHLW)

pj6-global-health-japan-us__heading = Research Program on the Challenges of Global Health Issues (U.S.-Japan Cooperative Medical Sciences) (MHLW)

pj7-translational-research__heading = Translational Research Program (MEXT)

pj7-medical-tech-practical__heading = Project for Promoting Clinical Research and Development (Comprehensive Project for Promoting the Practical Application of Medical Technologies) (MHLW)

pj7-asia-clinical-network__heading = Research Program for Promoting Clinical Research and Clinical Trials (Project for Building a Clinical Research and Clinical Trial Network in Asia) (MHLW)

pj8-rare-disease-global__heading = Project for Supporting Global Research and Development of Treatments for Intractable and Rare Diseases (Cabinet Office)
