pj1-s1__heading = Promoting R&D for the practical application of pharmaceuticals using modality technologies

pj1-s2__heading = R&D on the creation of new modalities and on the design, optimization, activity evaluation, efficacy and safety evaluation methods, manufacturing technologies and related aspects of each modality

pj1-s3__heading = Building the support platforms needed for drug discovery R&D, such as drug design technologies, compound libraries and the shared use of analytical instruments

pj2-s1__heading = Developing innovative medical devices and related products using technologies such as AI and robotics, based on the needs of clinical settings

pj2-s2__heading = R&D and social implementation of healthcare contributing to prevention and related areas

pj3-s1__heading = Supporting diverse R&D that contributes to realizing regenerative and cell medicine, gene therapy and drug discovery, and promoting the transition to the clinical research stage

pj3-s2__heading = Promoting practical application by advancing clinical research and related work in regenerative and cell medicine and gene therapy, and developing the technology, human resources and other infrastructure that contribute to it

pj3-s3__heading = Establishing manufacturing technology platforms for the practical application of regenerative and cell medicine, gene therapy products and related products

pj4-s1__heading = Infectious disease control

pj5-s1__heading = Promoting R&D using medical data such as genome data and registries

pj5-s2__heading = Developing and promoting the use of biobanks, cohorts and related resources for healthy individuals and patients

pj5-s3__heading = Promoting R&D from a life-course perspective

pj6-s1__heading = Nurturing academic seeds

pj6-s2__heading = International programs

pj7-s1__heading = Developing research infrastructure

pj8-s1__heading = Building an ecosystem by promoting R&D
