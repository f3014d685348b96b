next-gen-cancer__name = Research Program for Accelerating Next-Generation Cancer Medicine

# source: https://www.amed.go.jp/en/program/list/15/01/010.html
innovative-cancer__name = Practical Research for Innovative Cancer Control

# source: https://vdocuments.pub/2-f-research-proposal-fy2020-second-call-for-research-proposal-fy2020.html
intractable-diseases__name = Practical Research Project for Rare/Intractable Diseases

clinical-trials-promotion__name = Research Program for Promoting Clinical Research and Clinical Trials

asia-clinical-network__name = Project for Building a Clinical Research and Clinical Trial Network in Asia

smart-bio__name = Project for Supporting Research on Smart Bio Drug Discovery and Related Fields

drug-discovery-platform-tech__name = Project for Developing Drug Discovery Platform Technologies to Realize Next-Generation Therapeutics and Diagnostics

drug-discovery-basis__name = Research Program for Promoting Drug Discovery Platforms

gapfree__name = Collaborative Drug Discovery Research Project

gapfree__note = Listed as an initiative of the Research Program for Promoting Drug Discovery Platforms.

life-science-platform__name = Project for Research Support Platforms for Life Science and Drug Discovery

drug-discovery-support__name = Project for Promoting Drug Discovery Support

daiia__name = Development of Next-Generation AI for Drug Discovery through Industry-Academia Collaboration

daiia__note = Listed as the predecessor program of the Project for Promoting Drug Discovery Support.

device-outcomes__name = Project for Deploying Research Outcomes on Medical Devices and Related Technologies

device-development__name = Research Program for Promoting Medical Device Development

device-industry-hubs__name = Project for Strengthening Industrial Promotion Hubs for the Creation of Excellent Medical Devices

medtech-global__name = Project for Global Expansion of Medical-Engineering Collaboration

next-gen-devices__name = Project for Promoting the Development of Next-Generation Medical Devices and Related Activities

healthtech-startups__name = Project for Supporting the Fostering of Next-Generation Healthtech Startups

prevention-rd-base__name = Project for Developing R&D Infrastructure for the Social Implementation of Prevention and Health Promotion

prevention-acceleration__name = Project for Accelerating the Social Implementation of Prevention and Health Promotion

regen-acceleration__name = Program for Accelerating the Realization of Regenerative and Cell Medicine and Gene Therapy

regen-practical__name = Practical Research Project for Regenerative Medicine and Related Therapies

regen-infrastructure__name = Project for Promoting Infrastructure Development for the Practical Application of Regenerative Medicine and Related Therapies

regen-industrialisation__name = Project for Developing Platform Technologies for the Industrialization of Regenerative Medicine and Gene Therapy

# source: https://www.amed.go.jp/en/program/list/15/01/001.html
emerging-infection-base__name = Japan Program for Infectious Diseases Research and Infrastructure

emerging-infection-drugs__name = Research Program for Promoting the Development of Innovative Drugs and Related Products against Emerging and Re-emerging Infectious Diseases

hepatitis__name = Practical Research Project for Overcoming Hepatitis and Related Diseases

hepatitis-emergency__name = Research Program on Emergency Measures for Overcoming Hepatitis and Related Diseases

hepatitis-b__name = Research Program on Drug Discovery and Practical Application for Hepatitis B

aids__name = Practical Research Project for AIDS Control

# source: https://www.amed.go.jp/en/program/list/21/02/001.html
vaccine-modality__name = Program on R&D of New Generation Vaccine including New Modality Application

vaccine-modality__note = Shown in the Infectious Disease Project diagram as a program of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA).

# source: https://www.amed.go.jp/en/program/list/21/02/002.html
vaccine-hubs__name = Japan Initiative for World-leading Vaccine Research and Development Centers

vaccine-hubs__note = Shown in the Infectious Disease Project diagram as a program of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA).

therapeutics-diagnostics-hubs__name = Project for Establishing World-Leading Research and Development Centers for Therapeutics and Diagnostics in Preparation for Infectious Disease Emergencies

biobank__name = Program for Utilizing Biobanks to Realize Next-Generation Medicine

biobank-platform__name = Platform for Promoting the Realization of Next-Generation Medicine

# source: https://www.amed.go.jp/en/seika/fy2017-06.html
tmm__name = Tohoku Medical Megabank Project

genome-biobank__name = Genome Research Biobank

whole-genome__name = Program for Implementing Whole-Genome Analysis and Related Work for Cancer and Intractable Diseases

whole-genome__note = Listed as an inter-program collaboration between Practical Research for Innovative Cancer Control and the Practical Research Project for Rare/Intractable Diseases.

medical-info-linkage__name = Project for Developing and Promoting the Use of a Healthcare Information Linkage Platform

data-platform__name = Project for an Integrated Platform for Utilizing Health and Medical R&D Data

phr__name = Project for Building a PHR Data Distribution Platform to Advance Medical Care

phr__note = In the diagram, "(Phase 2)" is appended to the name.

cardiovascular-diabetes__name = Practical Research Project for Lifestyle-Related Diseases including Cardiovascular Diseases and Diabetes

immunology-allergy__name = Practical Research Project for Immune and Allergic Diseases

# source: https://www.amed.go.jp/en/program/list/01/04/003.html
dementia__name = Research and Development Grants for Dementia

child-development__name = Comprehensive Research Program for Overcoming Diseases Related to Child Health and Development

medical-arts__name = Medical Arts Research Program

medtech-ai__name = Research Program on Medical-Engineering Collaboration and Artificial Intelligence Implementation

integrative-medicine__name = Research Program for Improving the Quality of Care and Collecting Scientific Evidence on "Integrative Medicine"

transplantation__name = Research Program for Developing Transplantation Medicine Technologies

disability__name = Comprehensive Research and Development Project for Persons with Disabilities

disability-physical__name = Comprehensive Research and Development Project for Persons with Disabilities (Physical, Intellectual and Sensory Disabilities Field)

disability-mental__name = Comprehensive Research and Development Project for Persons with Disabilities (Mental Disabilities Field)

# source: https://ncbiobank.org/en/home.php
ncbn__name = National Center Biobank Network

genome-drug-discovery__name = Research Program for Promoting Genome-Based Drug Discovery Platforms

genome-diagnosis-support__name = Project for Developing and Operating a Genomic Diagnosis Support System

nc-clinical-trials__name = Project for Promoting Clinical Trials and Clinical Research at the NCs

kidney__name = Practical Research Project for Renal Diseases

women-health__name = Practical Research Project for Comprehensive Support of Women's Health

chronic-pain__name = Research Program for Elucidating Chronic Pain

longevity__name = Research and Development Project on Longevity Science

# source: https://www.amed.go.jp/en/program/list/16/02/001.html
advanced-research__name = Advanced Research & Development Programs for Medical Innovation

brain-science__name = Integrated Program for Brain and Neuroscience

# source: https://www.amed.go.jp/en/program/list/18/03/001.html
moonshot__name = Moonshot Research and Development Program

international-collaboration__name = Project for Promoting International Collaborative Research and Development in Science and Technology in the Medical Field

# source: https://www.hfsp.org/hfsp-news-events/30-years-support-frontier-life-science-research
hfsp__name = Human Frontier Science Program

# source: https://www.amed.go.jp/en/news/program/0301B_00012.html
global-health__name = Research Program on the Challenges of Global Health Issues

global-health-international__name = Research Program on the Challenges of Global Health Issues (International)

global-health-japan-us__name = Research Program on the Challenges of Global Health Issues (U.S.-Japan Cooperative Medical Sciences)

translational-research__name = Translational Research Program

translational-support__name = Translational Research Support Program

university-startups__name = Program for Supporting University-Launched Medical Startups

university-startups__note = Also shown in the Innovation Ecosystem Project diagram, marked "PJ7, listed again".

clinical-rd-promotion__name = Project for Promoting Clinical Research and Development

medical-tech-practical__name = Comprehensive Project for Promoting the Practical Application of Medical Technologies

rd-network__name = Research and Development Promotion Network Project

medical-research-support__name = Medical Research Support Program

# source: https://www.amed.go.jp/en/program/list/19/02/005.html
drug-venture-ecosystem__name = Strengthening Program for Pharmaceutical Startup Ecosystem

# source: https://www.amed.go.jp/en/program/list/17/01/001.html
cicle__name = Cyclic Innovation for Clinical Empowerment

aimgain__name = Project for Promoting Research and Development of Innovative Medical Technologies (Industry-Academia-Government Collaboration Type)

rare-disease-global__name = Project for Supporting Global Research and Development of Treatments for Intractable and Rare Diseases
