# ja-sha256: f863988e63eb5732
pj1-next-gen-cancer-1__text = The program aims for the reliable and rapid transfer of results and their early social implementation. To this end, it will explore new drug discovery seeds, including for rare and intractable cancers, and establish and enhance specialized support systems. In particular, it will continue to strategically promote research projects that contribute to basic research toward innovative drugs combining advanced technologies from diverse fields, such as materials engineering, genetic engineering and information science including AI. It will likewise promote research projects that contribute to elucidating the confirmation [probably: causes] and onset mechanisms of cancer, and to developing new therapies, through radiotheranostics using alpha-emitting radionuclides.

# ja-sha256: 8ba30f8176a0a50d
pj1-innovative-cancer-1__text = The program will build a flagship research support framework. It aims to overcome intractable cancers, for which there is strong social demand, and to accelerate the development of new modalities.

# ja-sha256: 4d802594ecdbfd1a
pj1-innovative-cancer-2__text = To develop internationally competitive seeds, the program will build a registry of large-scale clinical and multi-omics data using advanced analytical technologies. It will also streamline each process, such as non-clinical studies and clinical studies, for drugs that use new modality technologies, and strengthen the systems that support their conduct.

# ja-sha256: 17a999f282fda88f
pj1-intractable-diseases-1__text = The program will create innovative drugs and therapies. It will carry out drug development that also considers the characteristics and properties of each modality, covering new modalities such as nucleic acid medicines as well as drug repositioning. Specifically, it will support non-clinical studies and clinical trials to achieve early practical application. It will promote clinical trials of drugs that are needed early, helping to resolve drug loss. It will also support the development of clinical evaluation methods, such as decentralized clinical trials, that let patients with intractable diseases who find hospital visits difficult take part in clinical trials remotely. Through these efforts, it will promote the sustained strengthening of drug discovery capability for intractable diseases.

# ja-sha256: a58b90a624640f3e
pj1-clinical-trials-promotion-1__text = The development of innovative drugs has a low probability of success, while development costs rise year by year. The program will therefore promote clinical research in fields where medical needs are high but companies are not advancing development because they cannot expect a profit, particularly pediatrics and rare diseases.

# ja-sha256: b54da0ce8a51d44c
pj1-smart-bio-1__text = To promote biopharmaceutical drug discovery, the program will link component technologies with research on their application to diseases, leading to the development of innovative drug discovery seeds. It will also strengthen support functions such as collaboration with companies, so that results reliably reach practical application. In this way, it aims to create innovative, highly functional biopharmaceuticals originating in Japan.

# ja-sha256: 1c4db3596dfc68b5
pj1-drug-discovery-platform-tech-1__text = For drug delivery technology (DDS) for new modalities such as nucleic acid medicines, the program will conduct manufacturing studies toward establishing production methods for complexes of active ingredients and DDS formulations. It will also carry out various evaluations to optimize these complexes, including their combinations.

# ja-sha256: add67473f1ea5a54
pj1-drug-discovery-platform-tech-2__text = For drugs directed at hard-to-drug targets, the program will develop analytical and structural analysis technologies and manufacturing methods, which are common bottlenecks. In this way, it will build an environment in which domestically developed seeds can more easily advance to practical application.

# ja-sha256: 1cc1a92d17c15d08
pj1-drug-discovery-basis-1__text = Through the Collaborative Drug Discovery Research Project (GAPFREE), the program will encourage companies to take part and invigorate drug discovery research through academia-industry collaboration, so that companies can accelerate the development of innovative drugs.

# ja-sha256: 963a0157661f720e
pj1-life-science-platform-1__text = The program will develop, maintain and share advanced research infrastructure, such as sophisticated technologies and facilities, that contributes broadly to the advancement of life science research. In this way, it will promote the practical application of the results of basic research at universities and research institutions.

# ja-sha256: 1258f610f1b5889c
pj1-drug-discovery-support-1__text = The program will build new AI for tasks such as predicting drug discovery targets. It will also build a drug discovery AI platform that integrates the multiple AI models built in the predecessor program, Development of Next-Generation AI for Drug Discovery through Industry-Academia Collaboration (DAIIA).

# ja-sha256: 7ef62b84a5e71136
pj2-device-outcomes-1__text = Through collaboration among academia, companies and clinical settings, the program will support the development of innovative medical devices and systems based on original technology seeds from academia. It will maximize the effect of this support through stage-gate evaluation. It will also promote and strengthen systems that provide detailed consulting for practical application from the early stages of R&D. It will provide hands-on support and promote transfer to other AMED programs or out-licensing to companies. Furthermore, it will promote a broad search for seeds from early-career researchers and new entrants, including seeds from other fields.

# ja-sha256: d2fdfe0bf48f456a
pj2-device-development-1__text = The program will prioritize the development of medical devices that make the work of healthcare professionals more efficient and less burdensome, promoting labor saving in the medical field. It also aims at the practical application of software as a medical device (SaMD) that combines digital technologies such as AI and acts directly in treating, diagnosing and preventing disease.

# ja-sha256: 2872ab3268879036
pj2-device-industry-hubs-1__text = To create innovative medical devices, the program will establish hubs that provide training and reskilling for medical device development and hands-on support for startups. It will also newly expand support for developing demonstration infrastructure for medical devices.

# ja-sha256: 15d60a3c6835274a
pj2-medtech-global-1__text = The program targets small and medium-sized enterprises and startups developing medical devices with a view to international expansion, starting with the United States. In priority fields where out-licensing to established companies is expected, it will provide seamless support in the "non-clinical" and "clinical research and clinical trials" phases. This includes R&D support and hands-on support from specialist consultants.

# ja-sha256: 956981d1405e7ba3
pj2-medtech-global-2__text = Toward the practical application and global expansion of innovative medical devices from Japan, the program will use overseas medical institutions and accelerators to verify overseas needs from the early stages of development. It will also build an environment that strengthens collaboration between large companies and domestic startups and promotes acceleration.

# ja-sha256: 39012dbcfce5b361
pj2-medtech-global-3__text = The program will place commercialization specialists at regional collaboration hubs to promote the matching of seeds and needs scattered across the regions. It will also provide development support to small and medium-sized enterprises and startups.

# ja-sha256: b66e6650b4302256
pj2-next-gen-devices-1__text = The program will support R&D of innovative medical devices and systems that make full use of cutting-edge science and technology, with a view to capturing global markets.

# ja-sha256: 9c7bd55c2e601926
pj2-next-gen-devices-2__text = The program will support improvements aimed at the domestic production of medical devices at high risk of supply disruption, the development of remanufactured medical devices, and development that reduces the use of resources highly dependent on specific countries.

# ja-sha256: 5437c67355998377
pj2-next-gen-devices-3__text = To create an environment that promotes the practical application of medical devices, the program will formulate development guidelines.

# ja-sha256: 52b8a3416cdb65c7
pj2-next-gen-devices-4__text = To promote the development and spread of long-term care technologies, the program will support development by building evidence and infrastructure for social implementation. It will also support overseas expansion.

# ja-sha256: 400231f675631c96
pj2-healthtech-startups-1__text = The program targets researchers and research staff who are developing innovative healthtech and aim to start a business. Besides R&D support, it will provide the education needed to start a business and support from a hands-on support consortium. Through progress management of individual R&D projects and mentoring by experts, it will support the creation of startups.

# ja-sha256: 704743ca29db53c0
pj2-prevention-rd-base-1__text = The program will support intervention studies in disease areas with a strong need for evidence building, and intervention studies that use advanced technologies.

# ja-sha256: 6f8648d7cb44f89e
pj2-prevention-rd-base-2__text = The program will support the revision of academic society guidelines that compile the evidence on prevention and health promotion, and the formulation of new ones. In particular, it will support the development of research designs and evaluation indicators for non-pharmacological interventions, focusing on research methods that use new technologies such as AI.

# ja-sha256: 6a676ef4d91c7928
pj2-prevention-rd-base-3__text = The program will conduct demonstrations on the use of health data obtained with IoT technologies, and will support evidence building and service development to promote social implementation. With institutional rollout also in view, it will expand R&D projects to build the evidence that payers require.

# ja-sha256: d9f4504190a1241d
pj2-prevention-acceleration-1__text = Toward the creation and promotion of high-quality, evidence-based healthcare services, the program will provide seamless support. It will develop an environment in which outputs such as academic society guidelines on prevention and health promotion are used by developers and users, and will provide hands-on consulting for service development.

# ja-sha256: 3cf22f15d14e1c6e
pj3-regen-acceleration-1__text = The program will conduct common foundational research at core centers, build a research network and create synergies through its hub function. It will also carry out research on disease mechanisms and drug discovery research using disease-specific iPS cells, and provide strategic hands-on support with the end goal in view from the early stages of development.

# ja-sha256: 0d573c1d50ea9171
pj3-regen-acceleration-2__text = The program will promote cross-disciplinary collaboration (for example, between researchers in medicine and the life sciences and researchers in engineering and informatics). It will also promote reverse translational research, which goes back from the manufacturing stage of cell products to basic research.

# ja-sha256: eebd0fd0d9d992b9
pj3-regen-practical-1__text = The program aims at the practical application of new modalities in regenerative medicine and related therapies (regenerative and cell medicine and gene therapy, including in vivo gene therapy). It will support integrated research combining regenerative and cell medicine with gene therapy, and research through cross-disciplinary collaboration. It will support research to develop manufacturing methods that use groundbreaking, innovative technologies or that have a clear path to practical application and high expected feasibility. It will also support clinical research, investigator-initiated clinical trials, and research to solve problems that arise during clinical research. In addition, it will support human resource development, including early-career and women researchers.

# ja-sha256: 2bddd4fceb4dd182
pj3-regen-infrastructure-1__text = The program has promoted the practical application of regenerative medicine through a consortium centered on the relevant academic societies (the National Consortium). It has also developed research infrastructure with model hospitals for promoting clinical research in regenerative medicine, which have knowledge and experience in regenerative medicine, serving as hubs. Further strengthening of the research infrastructure, including support for clinical research on regenerative medicine and related therapies, is now needed. The program will therefore continue to support the expansion of the functions and scale of these model hospitals and of vector manufacturing support institutions. This will allow them to handle the expected growth in clinical research in regenerative and cell medicine and gene therapy.

# ja-sha256: b026d98eea87c6c9
pj3-intractable-diseases-1__text = The program will support the discovery and nurturing of innovative seeds based on an understanding of the pathological mechanisms of intractable diseases. Building on seed exploration results, it will support R&D of therapies, including new modalities such as regenerative and cell medicine and gene therapy. It will also strengthen support for clinical research and clinical trials using these therapies and for R&D toward commercialization.

# ja-sha256: f77176f446b5215b
pj3-innovative-cancer-1__text = To achieve early practical application, the program will strengthen efforts to accelerate non-clinical studies and investigator-initiated clinical trials of genetically modified CAR-T cell therapies, aimed at lower costs and at treatments for oncology areas with unmet medical needs. It will also strengthen support for matching with pharmaceutical companies toward out-licensing.

# ja-sha256: ba17ae9ece6604cc
pj3-regen-industrialisation-1__text = Applying regenerative medicine technologies, the program will accelerate the development of drug discovery support tools that use cells from various organs to evaluate the safety of drugs.

# ja-sha256: b4103d1c0393811c
pj3-regen-industrialisation-2__text = The program will establish manufacturing technologies for domestically produced therapeutic vectors and genetically modified cells, which are needed to produce high-quality, low-cost gene therapy products. It will also package culture media and reagents to help these cells come into wider use. In addition, it will support human resource development for the manufacture of gene therapy products.

# ja-sha256: 44b9d2d8cc3e5373
pj3-regen-industrialisation-3__text = The program will support the building of manufacturing processes, the development of evaluation methods and the capture of new markets in product development for regenerative and cell medicine and gene therapy. It will give similar support for consumables, such as culture media and filters, and for equipment.

# ja-sha256: ca44d0761b0627aa
pj3-regen-industrialisation-4__text = The program will support the development of automation platforms that can be widely used in manufacturing process development and manufacturing for regenerative medicine and gene therapy.
# ja-sha256: 162d960172bb2b9c
pj4-emerging-infection-base-1__text = Working with the Japan Institute for Health Security (JIHS) and other organizations, the program will lay the foundation of a monitoring system that uses the overseas research centers established in Asia, Africa and South America. This will help strengthen government-wide infectious disease intelligence. Through support for research using these centers and for multidisciplinary integrated research, it will also promote basic research on a wide range of infectious diseases and secure human resources.

# ja-sha256: 3c4348c430cb6888
pj4-emerging-infection-drugs-1__text = The program will support research that contributes to comprehensive countermeasures against priority infectious diseases, in preparation for future infectious disease crises. It will also support research to develop new treatments for antimicrobial resistance (AMR), and research to develop prevention, diagnosis and treatment for infectious diseases with confirmed community transmission in Japan.

# ja-sha256: 73c0882e4939c8dd
pj4-hepatitis-1__text = The program will conduct comprehensive basic, clinical and epidemiological research on hepatitis. It will support research such as analyses of the infection cycle of hepatitis viruses and of how their pathogenicity is expressed, and studies of the mechanisms of carcinogenesis while the virus is under control. It will also advance the elucidation of the mechanisms of liver fibrosis and the development of drugs and therapies that can improve it. In addition, it will promote research using new technologies on metabolic dysfunction-associated steatotic liver disease.

# ja-sha256: 8729ea99f2e0e8e9
pj4-hepatitis-2__text = With the aim of creating innovative drugs specific to the hepatitis B virus, the program will search for and identify drug discovery targets using experimental viral infection models and new technologies. It will also support the establishment of treatments for practical application in society.

# ja-sha256: c05b8e7f7aaec623
pj4-aids-1__text = Through immunological analyses of HIV-host interaction and the elucidation of infection mechanisms, the program will search for seeds. These are seeds for preventing and treating HIV infection, for immunotherapies such as new vaccines, and for making existing anti-HIV therapy more effective. They also cover new anti-HIV drugs with novel mechanisms of action that help overcome drug resistance and side effects and contribute to a cure.

# ja-sha256: 8881d5517621f3c0
pj4-aids-2__text = The program will advance the elucidation of the pathology of HIV infection and its complications and the development of treatments. It will also conduct research that helps improve patients' quality of life (QOL) and prognosis.

# ja-sha256: cbc0b531e289e0dd
pj4-therapeutics-diagnostics-hubs-1__text = To prepare for infectious disease emergencies and contribute to the development of therapeutics and diagnostics, the program will establish centers that promote R&D and human resource development through strategic collaboration between academia and industry.

# ja-sha256: 1f2c24dc5b89d86d
pj4-therapeutics-diagnostics-hubs-2__text = In the event of an infectious disease emergency, these centers will promptly work on the development of therapeutics and diagnostics in line with government policy.

# ja-sha256: 0fc123c27dcca71e
pj5-biobank-platform-1__text = With drug discovery and other end goals in view, the program will promote data-driven research using biobank samples and information, including genome and omics data and clinical information. It will also build and enhance a cross-biobank search system for searching the samples and information of biobanks in Japan at once, and develop research infrastructure for next-generation medicine.

# ja-sha256: f9815e192d667282
pj5-whole-genome-1__text = The program is based on the "Action Plan for Whole-Genome Analysis 2022" (formulated in September 2022). It follows the patient-centered, return-to-patients principle and incorporates the perspectives of patients' families and citizens. To promote drug discovery for cancer and intractable diseases, it will build an information platform that links and stores clinical information and the results of whole-genome analysis. It will urgently put in place an environment for using this platform. It will advance its use in research and drug discovery and the introduction of new personalized medicine, and will steadily work toward returning results to patients earlier.

# ja-sha256: 58f11ead0a020ec5
pj5-innovative-cancer-1__text = The program will promote research using large multi-component databases to help establish new methods of cancer prevention and cancer risk assessment. It will build a clinical research system that anticipates more complex treatment choices as personalized medicine advances. It will also strengthen support for research using new science and technology such as AI and for research that solves clinical problems.

# ja-sha256: 897604c37b310701
pj5-intractable-diseases-1__text = The program will build a system for using clinical information and the results of whole-genome analysis, and will develop new genome analysis technologies. Through international collaboration and functional analysis research, it will link these to the development of drug discovery seeds. It will accelerate research on nucleic acid medicines for diseases with very few patients, aiming to administer them to patients in Japan. In clinical research, it will promote the generation of real-world evidence that contributes to drug discovery research. It will also develop medical devices using innovative technologies, including software as a medical device (SaMD). In research on disease mechanisms, it will strengthen support for research leading to future drug discovery seeds.

# ja-sha256: 81f8057d7667ccc7
pj5-medical-info-linkage-1__text = The program will demonstrate use cases with public medical and long-term care databases (DB) held by the Minister of Health, Labour and Welfare and others, and with databases held by certified producers under the Next-Generation Medical Infrastructure Act.

# ja-sha256: c832cc40202bc5fe
pj5-data-platform-1__text = While linking with data platforms that already exist in Japan, the program will continue to operate a secure platform that lets third parties, including industry, use the R&D data generated by AMED programs. Beyond the genome data currently available, it will also consider linkage with clinical research data and other data in strong social demand.

# ja-sha256: 50d40ffcaa6822bf
pj5-biobank-1__text = The program will develop biobanks and cohorts that serve as the foundation for next-generation medical research, including genomic research.

# ja-sha256: fcb444e754397e3e
pj5-biobank-2__text = To help realize next-generation medicine, such as innovative drug discovery, the program will strengthen a cohort system with rich clinical information that allows participants to be recontacted. It will also strengthen and enhance the biobank infrastructure, building on Japan's strengths, and promote all-Japan utilization through collaboration among biobanks and cohorts in Japan.

# ja-sha256: f2db178c654360f7
pj5-phr-1__text = The program aims to improve residents' health and provide seamless, high-quality medical care by using PHR (personal health record) data, including lifelog data, in settings such as regional coordination of medical and long-term care. To this end, it will conduct field demonstrations with multiple stakeholders, using the PHR data distribution platform built in the first period of the program. Through these, it will verify effective use cases, improve the platform, and prepare the implementation and operation manuals needed for social implementation.

# ja-sha256: 00e373b4f28bc970
pj5-cardiovascular-diabetes-1__text = The program will promote consistent R&D, from basic research to practical application, across a wide range of themes. These include elucidating the pathology of lifestyle-related diseases such as cardiovascular disease and diabetes, establishing treatments, maintaining and improving patients' quality of life, managing lifestyle habits, and health checkups and health guidance.

# ja-sha256: 224ed540153903b9
pj5-immunology-allergy-1__text = Based on the 10-Year Strategy for Immune and Allergic Disease Research, the program will promote research on the development of therapeutic drugs for severe, intractable or treatment-resistant immune and allergic diseases, and groundbreaking research by early-career researchers.

# ja-sha256: f59d9fc01d0b99fb
pj5-dementia-1__text = The program will promote cohort studies to stratify the pathologies (lesions) in the brains of people with dementia and people at risk of developing it, and will elucidate the pathology of hereditary dementia. It will also collect data using a decentralized clinical trial (DCT) scheme centered on core hospitals across Japan. In addition, it will apply informatics analysis techniques to existing, shareable genome and omics analysis information accumulated through research to date, such as whole-genome analysis data from Japanese people. With these, it will promote the search for disease-modifying drug candidates, including new therapeutic drugs.

# ja-sha256: 09a58636a8c92c62
pj5-child-development-1__text = To overcome health challenges, the program will promote R&D to elucidate pathology and to prevent and treat disease, and the practical application of its results. It takes the perspective of each life stage, from fertilization and pregnancy through the fetal period, the neonatal period, infancy and early childhood, school age, adolescence, sexual maturity and the reproductive period. It also takes the perspective of the "growth and development cycle", the continuous cycle through which the next generation is born and raised.

# ja-sha256: 8412061e159b1477
pj6-advanced-research-1__text = Under R&D goals set by the national government, the program will promote cutting-edge R&D aimed at creating and nurturing groundbreaking seeds, and will accelerate and deepen research on promising results.

# ja-sha256: e5e328710532d030
pj6-brain-science-1__text = By strengthening collaboration between basic and clinical research and between academia and industry, the program will further develop results from innovative technologies and research infrastructure, which are Japan's strengths, and advance the elucidation of brain mechanisms. It will build a mathematical-model research infrastructure (the digital brain) and promote R&D of seeds for groundbreaking diagnosis, treatment and drug discovery for neurological and psychiatric disorders such as dementia.

# ja-sha256: ad1dbc8ff679b3a7
pj6-moonshot-1__text = Looking ahead to the society of the future, the program takes up the creation of a society of healthy longevity as a social challenge. This challenge is difficult, but achieving it is expected to have a major impact. The program has set the ambitious goal of reaching the age of 100 without health concerns. It will promote challenging R&D, accepting the possibility of failure, to realize by 2040 a sustainable medical and long-term care system that prevents and overcomes major diseases and lets people enjoy life without health concerns until the age of 100.

# ja-sha256: 0d6f1f260f443b46
pj6-international-collaboration-1__text = The program will promote international brain circulation in the medical field with Europe, the United States and other advanced countries, and strategically promote international joint research with advanced, emerging and developing countries. By helping to provide the highest standard of medical care and to solve global challenges, it will strengthen innovation through international cooperation and science and technology diplomacy.

# ja-sha256: 8374b2594ce13ac8
pj6-hfsp-1__text = The program will continue to support innovative, interdisciplinary international joint research by researchers, and to support early-career researchers in taking on new research fields abroad.

# ja-sha256: fc890edd1abea4cd
pj6-global-health-international-1__text = In implementation and clinical research toward using drugs, medical devices, medical technologies and healthcare systems overseas to help improve health and medical problems in low- and middle-income countries, the program will support the participation of early-career researchers. It will also promote implementation research in Africa and other regions.

# ja-sha256: 4840382c495a7603
pj6-global-health-japan-us-1__text = The program will promote joint research aimed at developing early-career and women researchers in Japan and the United States. It will also run a new program that gives early-career researchers the opportunity to be mentored by mid-career and more senior researchers in both countries.

# ja-sha256: 90105480371b2e2b
pj7-translational-research-1__text = The program is built around institutions certified by the Minister of Education, Culture, Sports, Science and Technology (translational research support institutions). With these at its core, it will provide seamless support for discovering excellent research seeds from academia and elsewhere and for effective translational research toward clinical research and practical application. It will also promote cross-disciplinary integration and industry-academia collaboration.

# ja-sha256: bc2f56ba24aa0ec8
pj7-medical-tech-practical-1__text = The program will build a system in which core clinical research hospitals support startups working on the development of innovative drugs and related products. It will promote clinical studies by startups, including first-in-human (FIH) trials. It will also promote the development of systems at core clinical research hospitals for conducting clinical studies to international standards.

# ja-sha256: 4c86bcf311aa42b4
pj7-asia-clinical-network-1__text = To strengthen Japan-led international joint clinical trials and accelerate the development and supply of therapeutic drugs, the program will build a network for clinical trials and clinical studies in Asia. This work includes the establishment of centers in the region and human resource development.

# ja-sha256: 1f39b6ad33312dee
pj8-rare-disease-global-1__text = The program will support the resolution of drug lag / drug loss, a pressing issue. In particular, it will support international R&D of drugs and related products for intractable and rare diseases, which for reasons of profitability are one of the causes of drug loss. Through Japan-led international joint clinical trials, it will also promote the building of a drug discovery ecosystem. To this end, it will establish a system for conducting clinical trials to international standards, by improving clinical development capabilities and through exchanges of personnel with clinical development experience.
