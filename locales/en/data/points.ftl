# ja-sha256: f863988e63eb5732
pj1-next-gen-cancer-1__text = The program aims to achieve the reliable and rapid transfer of results and their early social implementation by exploring new drug discovery seeds, including those for rare cancers, intractable cancers and other cancers, and by establishing and enhancing specialized support systems. In particular, it will continue to strategically promote research projects that contribute to basic research toward the creation of innovative pharmaceuticals integrating advanced technologies from diverse fields, such as materials engineering, genetic engineering and information science including AI, as well as to the elucidation of the causes and onset mechanisms of cancer and the development of new therapies through radiotheranostics using alpha-emitting radionuclides.

# ja-sha256: 8ba30f8176a0a50d
pj1-innovative-cancer-1__text = Aiming to overcome intractable cancers, for which there is strong societal demand, and to accelerate the development of new modalities, among other goals, the program will establish a research support framework that will serve as a flagship.

# ja-sha256: 4d802594ecdbfd1a
pj1-innovative-cancer-2__text = With the aim of developing internationally competitive seeds, the program will build a registry of large-scale clinical and multi-omics data using advanced analytical technologies, while streamlining each process, such as non-clinical studies and clinical studies, for pharmaceuticals that use new modality technologies and the like, and strengthening the systems that support their conduct.

# ja-sha256: 17a999f282fda88f
pj1-intractable-diseases-1__text = The program will create innovative pharmaceuticals and therapies, and will carry out drug development, covering new modalities such as nucleic acid medicines as well as approaches such as drug repositioning, that also takes into account the characteristics and properties of each modality. Specifically, it aims to achieve early practical application by supporting non-clinical studies and clinical trials. It will promote clinical trials of drugs whose early introduction is needed, thereby helping to resolve drug loss. It will also support the development of clinical evaluation methods, such as decentralized clinical trials, that allow patients with intractable diseases who have difficulty visiting medical institutions to participate in clinical trials remotely. Through these efforts, it will promote the sustained strengthening of drug discovery capability for intractable diseases.

# ja-sha256: a58b90a624640f3e
pj1-clinical-trials-promotion-1__text = While the probability of success in developing innovative pharmaceuticals is low, development costs are increasing year by year. The program will therefore promote clinical research and related activities in fields where medical needs are high but companies are not advancing development because profitability cannot be expected, particularly in areas such as pediatrics and rare diseases.

# ja-sha256: b54da0ce8a51d44c
pj1-smart-bio-1__text = To promote biopharmaceutical drug discovery, the program will link component technologies with research on their application to diseases so as to lead to the development of innovative drug discovery seeds, and will strengthen support functions such as collaboration with companies so that results are reliably connected to practical application and other outcomes, with the aim of creating innovative, highly functional biopharmaceuticals and similar products originating in Japan.

# ja-sha256: 1c4db3596dfc68b5
pj1-drug-discovery-platform-tech-1__text = For drug delivery technology (DDS) for new modalities such as nucleic acid medicines, the program will conduct manufacturing studies toward establishing production methods for complexes of active ingredients and DDS formulations, as well as various evaluations to optimize the combinations and other aspects of these complexes.

# ja-sha256: add67473f1ea5a54
pj1-drug-discovery-platform-tech-2__text = For pharmaceuticals directed at hard-to-drug targets, the program will develop analytical and structural analysis technologies, manufacturing methods and other technologies that represent common bottlenecks, thereby building an environment that makes it easier to advance the practical application of domestically developed seeds.

# ja-sha256: 1cc1a92d17c15d08
pj1-drug-discovery-basis-1__text = As part of the initiatives of the Collaborative Drug Discovery Research Project (GAPFREE), the program will encourage corporate participation and invigorate drug discovery research through academia-industry collaboration, so that companies can accelerate the development of innovative pharmaceuticals.

# ja-sha256: 963a0157661f720e
pj1-life-science-platform-1__text = By developing, maintaining and sharing advanced research infrastructure, such as sophisticated technologies and facilities, that contributes broadly to the advancement of research in the life sciences, the program will promote the practical application of the results of basic research conducted by universities, research institutions and others.

# ja-sha256: 1258f610f1b5889c
pj1-drug-discovery-support-1__text = The program will build new AI for drug discovery target prediction and other tasks, and will construct a drug discovery AI platform that integrates the multiple AI models built in the predecessor program, Development of Next-Generation AI for Drug Discovery through Industry-Academia Collaboration (DAIIA).

# ja-sha256: 7ef62b84a5e71136
pj2-device-outcomes-1__text = Through collaboration among academia, companies and clinical settings, the program will support the development of innovative medical devices and systems based on original technology seeds from academia, and will maximize the effectiveness of this support by conducting stage-gate evaluations. It will also promote and strengthen systems that provide detailed consulting needed for practical application from the early stages of research and development, provide hands-on support, and promote the transfer of results to other AMED programs or their out-licensing to companies. Furthermore, it will promote the exploration of a broad range of seeds, including seeds from other fields, from early-career researchers, new entrants and others.

# ja-sha256: d2fdfe0bf48f456a
pj2-device-development-1__text = The program will focus on promoting the development of medical devices that help make the work of healthcare professionals more efficient and reduce their burden, thereby promoting labor saving in the medical field. It also aims to achieve the practical application of software as a medical device (SaMD) that makes integrated use of digital technologies such as AI and is directly effective in the treatment, diagnosis and prevention of diseases.

# ja-sha256: 2872ab3268879036
pj2-device-industry-hubs-1__text = To create innovative medical devices, the program will establish hubs that provide human resource development and reskilling for medical device development, hands-on support for startups and other services, and will newly expand support for the development of demonstration infrastructure for medical devices, among other measures.

# ja-sha256: 15d60a3c6835274a
pj2-medtech-global-1__text = For small and medium-sized enterprises and startups developing medical devices with a view to international expansion, starting with the United States, the program will provide seamless support covering the "non-clinical" and "clinical research and clinical trials" phases in priority fields where out-licensing to established companies is expected, offering research and development support as well as hands-on support from specialist consultants and other assistance.

# ja-sha256: 956981d1405e7ba3
pj2-medtech-global-2__text = Toward the practical application and global expansion of innovative medical devices originating in Japan, the program will make use of overseas medical institutions, accelerators and others to advance the verification of overseas needs and related activities from the early stages of development, and will build an environment that strengthens collaboration between large companies and domestic startups and promotes acceleration.

# ja-sha256: 39012dbcfce5b361
pj2-medtech-global-3__text = The program will place commercialization personnel and other staff at regional collaboration hubs to promote the matching of seeds and needs scattered across the regions, and will provide development support to small and medium-sized enterprises and startups.

# ja-sha256: b66e6650b4302256
pj2-next-gen-devices-1__text = The program will support the research and development of innovative medical devices and systems that make full use of cutting-edge science and technology, with a view to capturing global markets.

# ja-sha256: 9c7bd55c2e601926
pj2-next-gen-devices-2__text = The program will support improvements aimed at the domestic production of medical devices at high risk of supply disruption, the development of remanufactured medical devices, and development to reduce the use of resources with a high degree of dependence on specific countries, among other efforts.

# ja-sha256: 5437c67355998377
pj2-next-gen-devices-3__text = To develop an environment that promotes the practical application of medical devices, the program will formulate development guidelines and carry out related activities.

# ja-sha256: 52b8a3416cdb65c7
pj2-next-gen-devices-4__text = To promote the development and dissemination of nursing care technologies, the program will provide development support through building evidence and developing infrastructure for social implementation, as well as support for overseas expansion and other assistance.

# ja-sha256: 400231f675631c96
pj2-healthtech-startups-1__text = For researchers and research professionals who are developing innovative healthtech and aiming to start a business, the program will provide, in addition to research and development support, the education needed to start a business and support from a hands-on support consortium, and will support the creation of startup companies through progress management of individual research and development projects and mentoring by experts.

# ja-sha256: 704743ca29db53c0
pj2-prevention-rd-base-1__text = The program will support intervention studies and other research in disease areas where there is a strong need to build evidence, as well as intervention studies using advanced technologies.

# ja-sha256: 6f8648d7cb44f89e
pj2-prevention-rd-base-2__text = The program will support the revision of academic society guidelines that compile the evidence on prevention and health promotion, as well as the formulation of new guidelines. In particular, it will support the development of research designs and evaluation indicators for non-pharmacological interventions, focusing on research methods that use new technologies such as AI.

# ja-sha256: 6a676ef4d91c7928
pj2-prevention-rd-base-3__text = The program will conduct demonstrations and other activities on the utilization of health data and other data obtained using IoT technologies, and will support evidence building and service development to promote social implementation. In addition, with institutional rollout also in view, it will expand research and development projects to build the evidence that payers require.

# ja-sha256: d9f4504190a1241d
pj2-prevention-acceleration-1__text = Toward the creation and promotion of high-quality, evidence-based healthcare services, the program will provide seamless support by developing an environment in which outputs such as academic society guidelines in the field of prevention and health promotion are utilized by developers and users, and by providing hands-on consulting for service development, among other measures.

# ja-sha256: 3cf22f15d14e1c6e
pj3-regen-acceleration-1__text = The program will conduct common foundational research through core centers, build a research network and create synergies through its hub function, carry out research on disease mechanisms and drug discovery using disease-specific iPS cells, and provide strategic hands-on support with the end goal in view from the early stages of development.

# ja-sha256: 0d573c1d50ea9171
pj3-regen-acceleration-2__text = The program will promote cross-disciplinary collaboration (between researchers in medicine and the life sciences and researchers in engineering, informatics and other fields) and reverse translational research, which goes back from the manufacturing stage of cell products and the like to basic research.

# ja-sha256: eebd0fd0d9d992b9
pj3-regen-practical-1__text = Toward the practical application of new modalities and other advances in regenerative medicine and related therapies (regenerative and cell medicine and gene therapy, including in vivo gene therapy), the program will support integrated research combining regenerative and cell medicine with gene therapy and research through cross-disciplinary collaboration; research to develop manufacturing methods that use groundbreaking, innovative technologies or that have a clear path to practical application and are expected to be highly feasible; clinical research, investigator-initiated clinical trials and the like; and research to solve problems that arise during the conduct of clinical research and related activities. It will also support human resource development, including early-career and female researchers.

# ja-sha256: 2bddd4fceb4dd182
pj3-regen-infrastructure-1__text = The program has promoted the practical application of regenerative medicine through a consortium centered on the relevant academic societies (the National Consortium), and has developed research infrastructure systems with model hospitals for promoting clinical research in regenerative medicine, which have knowledge and experience in regenerative medicine, serving as hubs. Further strengthening of the research infrastructure, including support for clinical research on regenerative medicine and related therapies, is now required. The program will therefore continue to support the expansion of the functions and scale of the model hospitals for promoting clinical research in regenerative medicine, vector manufacturing support institutions and others, so that they can also handle the clinical research and related activities in regenerative and cell medicine and gene therapy that are expected to grow.

# ja-sha256: b026d98eea87c6c9
pj3-intractable-diseases-1__text = The program will support the discovery and nurturing of innovative seeds based on an understanding of the pathological mechanisms of intractable diseases, and will support the research and development of therapies, including new modalities such as regenerative and cell medicine and gene therapy, based on the results of seed exploration research. It will also strengthen the promotion of clinical research and clinical trials using these therapies, as well as support for research and development toward commercialization.

# ja-sha256: f77176f446b5215b
pj3-innovative-cancer-1__text = The program will strengthen efforts to accelerate non-clinical studies and investigator-initiated clinical trials of genetically modified CAR-T cell therapy and other therapies, aimed at reducing costs and developing treatments for oncology areas with unmet medical needs, as well as support for matching with pharmaceutical companies toward out-licensing and other assistance, with the aim of achieving early practical application.

# ja-sha256: ba17ae9ece6604cc
pj3-regen-industrialisation-1__text = Applying regenerative medicine technologies, the program will accelerate the development of drug discovery support tools that use cells from various organs to evaluate the safety and other properties of pharmaceuticals.

# ja-sha256: b4103d1c0393811c
pj3-regen-industrialisation-2__text = The program will establish the manufacturing technologies for domestically produced therapeutic vectors and genetically modified cells that are needed to produce high-quality, low-cost gene therapy products, and will further advance the packaging of culture media and reagents and other efforts toward the wider use of these cells. It will also support the development of human resources involved in the manufacture of gene therapy products.

# ja-sha256: 44b9d2d8cc3e5373
pj3-regen-industrialisation-3__text = The program will support the building of manufacturing processes, the development of evaluation methods and the capture of new markets in product development for regenerative and cell medicine and gene therapy. It will likewise support consumables, such as culture media and filters, as well as equipment and the like.

# ja-sha256: ca44d0761b0627aa
pj3-regen-industrialisation-4__text = The program will support the development of automation platforms that can be widely used for manufacturing process development and manufacturing in regenerative medicine and gene therapy.
# ja-sha256: 162d960172bb2b9c
pj4-emerging-infection-base-1__text = In collaboration with the Japan Institute for Health Security (JIHS) and other organizations, the program will contribute to strengthening government-wide infectious disease intelligence by building the foundation of a monitoring system that makes use of the overseas research centers established in Asia, Africa and South America. Through support for research using these overseas research centers, multidisciplinary integrated research and other activities, it will also promote basic research covering a wide range of infectious diseases and secure the necessary human resources.

# ja-sha256: 3c4348c430cb6888
pj4-emerging-infection-drugs-1__text = The program will support research that contributes to comprehensive countermeasures against priority infectious diseases in preparation for future infectious disease crises, research to develop new treatments for antimicrobial resistance (AMR), and research to develop methods for the prevention, diagnosis and treatment of infectious diseases for which community-acquired infection has been observed in Japan, among other areas.

# ja-sha256: 73c0882e4939c8dd
pj4-hepatitis-1__text = The program conducts basic, clinical and epidemiological research and other studies on hepatitis in a comprehensive manner. It supports research such as analyses of the infection cycle of hepatitis viruses and the expression of their pathogenicity, and studies of the mechanisms of carcinogenesis while the virus is under control, and it also advances the elucidation of the mechanisms of liver fibrosis and the development of drugs and therapies that can improve it. In addition, it will promote research using new technologies on metabolic dysfunction-associated steatotic liver disease and related conditions.

# ja-sha256: 8729ea99f2e0e8e9
pj4-hepatitis-2__text = With the aim of creating innovative drugs specific to the hepatitis B virus, the program searches for and identifies drug discovery targets using experimental viral infection models and new technologies, and supports the establishment of treatments with a view to their practical application in society.

# ja-sha256: c05b8e7f7aaec623
pj4-aids-1__text = Through immunological analyses of the interaction between HIV and the host, elucidation of the mechanisms of infection and other work, the program will search for seeds for the prevention and treatment of HIV infection, for immunotherapies such as new vaccines, for the creation of anti-HIV drugs with new mechanisms of action that help solve the problems of drug resistance and side effects and contribute to a cure, and for improving the efficacy of existing anti-HIV therapy.

# ja-sha256: 8881d5517621f3c0
pj4-aids-2__text = The program will advance the elucidation of the pathology of HIV infection, its complications and related conditions and the development of treatments for them, and will conduct research that contributes to improving patients' QOL and prognosis.

# ja-sha256: cbc0b531e289e0dd
pj4-therapeutics-diagnostics-hubs-1__text = In preparation for infectious disease emergencies, and to contribute to the development of therapeutics and diagnostics, the program will establish centers that promote research and development, human resource development and other activities through strategic collaboration between academia and industry.

# ja-sha256: 1f2c24dc5b89d86d
pj4-therapeutics-diagnostics-hubs-2__text = In the event of an infectious disease emergency, these centers will promptly work on the development of therapeutics and diagnostics in line with government policy.

# ja-sha256: 0fc123c27dcca71e
pj5-biobank-platform-1__text = With drug discovery and other end goals in view, the program will promote data-driven research that uses biobank samples and information, including genome and omics data and clinical information, as well as the construction and enhancement of a cross-biobank search system that enables the samples and information held by biobanks in Japan to be searched all at once, and it will also develop the research infrastructure that supports next-generation medicine.

# ja-sha256: f9815e192d667282
pj5-whole-genome-1__text = Based on the "Action Plan for Whole-Genome Analysis 2022" (formulated in September 2022), under the patient-centered, return-to-patients principle, and while incorporating the perspectives of patients' families and citizens, the program will build an information platform that links and stores clinical information together with the results of whole-genome analysis and other information, in order to promote drug discovery and other efforts for cancer and intractable diseases. It will urgently put in place the environment for its utilization, advance its use in research, drug discovery and other areas and the introduction of new personalized medicine, and steadily work toward returning results to patients at an earlier stage.

# ja-sha256: 58f11ead0a020ec5
pj5-innovative-cancer-1__text = The program will push forward research using large-scale multi-component databases that contributes to establishing new methods of cancer prevention and of assessing the risk of carcinogenesis, as well as the building of a clinical research system that anticipates the increasing complexity of treatment selection as personalized medicine advances. It will also strengthen support for research that uses AI and other new science and technology and for research that leads to solutions to clinical challenges.

# ja-sha256: 897604c37b310701
pj5-intractable-diseases-1__text = The program will advance the building of a system for utilizing clinical information, the results of whole-genome analysis and other data, develop new genome analysis technologies and other technologies, and, through international collaboration and functional analysis research, link these efforts to the development of drug discovery seeds. It will accelerate research on developing nucleic acid medicines for diseases with extremely small numbers of patients, aiming to make it possible to administer them to patients in Japan. In the clinical research area, it will promote the generation of real-world evidence that contributes to drug discovery research and advance the development of medical devices that use innovative technologies, including software as a medical device (SaMD). In the area of research to elucidate disease mechanisms, it will strengthen support for research that leads to the development of future drug discovery seeds.

# ja-sha256: 81f8057d7667ccc7
pj5-medical-info-linkage-1__text = The program will demonstrate use cases using public medical and long-term care databases (DB) held by the Minister of Health, Labour and Welfare and others, databases held by certified producers under the Next-Generation Medical Infrastructure Act, and other databases.

# ja-sha256: c832cc40202bc5fe
pj5-data-platform-1__text = While linking with the data platforms that already exist in Japan, the program will continue to operate a secure platform that enables third parties, including industry, to utilize the research and development data generated by AMED programs. In addition to the genome data currently available for utilization, it will also consider linkage with clinical research data and other data for which there is strong social demand.

# ja-sha256: 50d40ffcaa6822bf
pj5-biobank-1__text = The program will develop biobanks and cohorts that serve as the foundation for next-generation medical research, including genomic research.

# ja-sha256: fcb444e754397e3e
pj5-biobank-2__text = To help realize next-generation medicine such as innovative drug discovery, the program will strengthen a cohort system that holds rich clinical and other information and allows participants to be recontacted, strengthen and enhance the biobank infrastructure by making use of Japan's strengths, and promote utilization on an all-Japan basis through collaboration among biobanks and cohorts in Japan.

# ja-sha256: f2db178c654360f7
pj5-phr-1__text = To promote residents' health and provide seamless, high-quality medical care through the use of PHR (personal health record) data, including lifelog data, in regional coordination of medical and long-term care and other settings, the program will conduct field demonstrations in collaboration with multiple stakeholders, using the PHR data distribution platform built in Phase 1 of the program. Through these demonstrations, it will verify effective use cases, improve the data distribution platform, and prepare the implementation and operation manuals and other materials needed for social implementation.

# ja-sha256: 00e373b4f28bc970
pj5-cardiovascular-diabetes-1__text = The program will promote consistent research and development, from basic research to practical application, across a wide range of themes, including elucidating the pathology of lifestyle-related diseases such as cardiovascular disease and diabetes and establishing treatments for them, maintaining and improving patients' quality of life, managing lifestyle habits, and health checkups and health guidance.

# ja-sha256: 224ed540153903b9
pj5-immunology-allergy-1__text = Based on the 10-Year Strategy for Immune and Allergic Disease Research, the program will promote research on the development of therapeutic drugs for severe, intractable or treatment-resistant immune and allergic diseases, as well as groundbreaking research by early-career researchers.

# ja-sha256: f59d9fc01d0b99fb
pj5-dementia-1__text = The program will promote cohort studies aimed at stratifying the pathologies (lesions) present in the brains of people with dementia and people at risk of developing it, and elucidate the pathology of hereditary dementia, while also collecting data and carrying out other activities using a DCT (Decentralized Clinical Trial) scheme centered on core hospitals across the country. It will also promote the search for disease-modifying drug candidates, including new therapeutic drugs, by applying informatics analysis techniques and other methods to existing, shareable genome and omics analysis information accumulated through research to date, such as whole-genome analysis data from Japanese people.

# ja-sha256: 09a58636a8c92c62
pj5-child-development-1__text = To overcome health challenges, the program will promote research and development to elucidate disease mechanisms and for prevention and treatment, and the practical application of its results, from the perspective of each life stage (fertilization and pregnancy, the fetal period, the neonatal period, infancy and early childhood, school age, adolescence, sexual maturity and the reproductive period) and of the "growth and development cycle", the continuous cycle through which the next generation is born and raised.

# ja-sha256: 8412061e159b1477
pj6-advanced-research-1__text = Under research and development goals set by the national government, the program will promote cutting-edge research and development aimed at creating and nurturing groundbreaking seeds, and will accelerate and deepen research on promising results.

# ja-sha256: e5e328710532d030
pj6-brain-science-1__text = By strengthening collaboration between basic and clinical research and between academia and industry, the program will further develop the results achieved with innovative technologies and research infrastructure, which are Japan's strengths, and advance the elucidation of brain mechanisms and related work. It will also build a research infrastructure based on mathematical models (the digital brain) and promote research and development of seeds for groundbreaking diagnosis, treatment, drug discovery and other applications for neurological and psychiatric disorders such as dementia.

# ja-sha256: ad1dbc8ff679b3a7
pj6-moonshot-1__text = Looking ahead to the society of the future, the program takes up the creation of a society of healthy longevity as a social challenge that is difficult but is expected to have a major impact if achieved, and has set the ambitious goal of reaching the age of 100 without health concerns. It will promote challenging research and development, while accepting the possibility of failure, in order to realize by 2040 a sustainable medical and long-term care system that prevents and overcomes major diseases and allows people to enjoy life without health concerns until the age of 100.

# ja-sha256: 0d6f1f260f443b46
pj6-international-collaboration-1__text = The program will promote international brain circulation in the medical field with Europe, the United States and other advanced countries, and will strategically promote international joint research and other activities with advanced and emerging countries and with developing countries. By contributing to the provision of the highest standard of medical care and to solving global challenges, it will strengthen the creation of innovation through international cooperation and science and technology diplomacy.

# ja-sha256: 8374b2594ce13ac8
pj6-hfsp-1__text = The program will continue to support innovative, interdisciplinary international joint research by researchers, and to support early-career researchers in taking on new research fields abroad.

# ja-sha256: fc890edd1abea4cd
pj6-global-health-international-1__text = In implementation and clinical research aimed at using pharmaceuticals, medical devices, medical technologies, healthcare systems and the like overseas to help improve health and medical problems in low- and middle-income countries, the program will support the participation of early-career researchers and promote implementation research in Africa and other regions.

# ja-sha256: 4840382c495a7603
pj6-global-health-japan-us-1__text = The program will promote joint research aimed at developing early-career and women researchers in Japan and the United States, among other goals. In addition, it will run a new program that gives early-career researchers the opportunity to receive mentoring from mid-career and more senior researchers in both Japan and the United States.

# ja-sha256: 90105480371b2e2b
pj7-translational-research-1__text = With institutions certified by the Minister of Education, Culture, Sports, Science and Technology (translational research support institutions) at its core, the program will provide seamless support for discovering excellent research seeds from academia and elsewhere and for effective translational research toward clinical research and practical application, while also promoting cross-disciplinary integration, industry-academia collaboration and related efforts.

# ja-sha256: bc2f56ba24aa0ec8
pj7-medical-tech-practical-1__text = The program will build a system in which core clinical research hospitals support startups and others working on the development of innovative drugs and related products, and will promote the conduct of clinical studies, including first-in-human (FIH) trials, by startups and others. It will also promote the development of systems at core clinical research hospitals for conducting clinical studies to international standards.

# ja-sha256: 4c86bcf311aa42b4
pj7-asia-clinical-network-1__text = In order to strengthen Japan-led international joint clinical trials and accelerate the development and supply of therapeutic drugs and other products, the program will advance the building of a network for clinical trials and clinical studies in the Asian region, including establishing centers and developing human resources in the region.

# ja-sha256: 1f39b6ad33312dee
pj8-rare-disease-global-1__text = To resolve drug lag / drug loss, which has become a pressing issue, the program will support the international research and development of drugs and related products for intractable and rare diseases, which in particular, owing to concerns about profitability, are one of the causes of drug loss. Through the conduct of Japan-led international joint clinical trials and other activities, it will also promote the building of a drug discovery ecosystem by establishing a system for conducting clinical trials to international standards, through improved clinical development capabilities and exchanges of personnel with clinical development experience.
