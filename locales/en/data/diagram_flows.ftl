# ja-sha256: ade94c226fbe05d1
pj4-f1__label = Collaboration with other PJs

# ja-sha256: bc020923ed6354b2
pj4-f1__note = In the diagram, this label appears after the box for the Japan Program for Infectious Diseases Research and Infrastructure. The arrow points to other projects, which have no box in this diagram.

# ja-sha256: 9cc8aed006264665
pj4-f2__label = Transfer to other PJs

# ja-sha256: bc020923ed6354b2
pj4-f2__note = In the diagram, this label appears after the box for the Japan Program for Infectious Diseases Research and Infrastructure. The arrow points to other projects, which have no box in this diagram.

# ja-sha256: 2c161e9cdea0df98
pj4-f3__label = Collaboration and cooperation

# ja-sha256: cd2425b272f3edb5
pj4-f3__note = In the diagram, this label appears between the two fund programs in the box of the Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA). It marks a mutual relationship; the start and end follow the order printed.

# ja-sha256: 4cc6d9a78a322327
pj5-f1__label = Promotion of research

# ja-sha256: 4d0a6f41e0e0503c
pj5-f1__note = In the diagram, this label appears between the box for research using genomic and medical information infrastructure and the box for the development of the integrated data utilization platform. Which boxes the arrow joins cannot be determined from the extracted text.

# ja-sha256: 7aef6199c4993189
pj5-f2__label = Promotion of the utilization of research infrastructure

# ja-sha256: 4d0a6f41e0e0503c
pj5-f2__note = In the diagram, this label appears between the box for research using genomic and medical information infrastructure and the box for the development of the integrated data utilization platform. Which boxes the arrow joins cannot be determined from the extracted text.

# ja-sha256: 17a54ea6327a4130
pj5-f3__label = Usability feedback

# ja-sha256: 4d0a6f41e0e0503c
pj5-f3__note = In the diagram, this label appears between the box for research using genomic and medical information infrastructure and the box for the development of the integrated data utilization platform. Which boxes the arrow joins cannot be determined from the extracted text.

# ja-sha256: ebc591ba4a8cb0d2
pj5-f4__label = Registration of analysis data

# ja-sha256: 4d0a6f41e0e0503c
pj5-f4__note = In the diagram, this label appears between the box for research using genomic and medical information infrastructure and the box for the development of the integrated data utilization platform. Which boxes the arrow joins cannot be determined from the extracted text.

# ja-sha256: 2b504927d52da0a3
pj5-f5__label = Extension to and collaboration with research in other projects

# ja-sha256: be0c1b3d8064fd9b
pj5-f5__note = In the diagram, this label appears after the boxes for projects 1 to 4. Which boxes the arrow joins cannot be determined from the extracted text.

# ja-sha256: 2fbf55a4d52770f2
pj7-f1__label = Collaboration with other integrated projects

# ja-sha256: c24b63792ceec312
pj7-f1__note = In the diagram, this label appears between the box for the Innovative Medical Technology Creation Centers and the boxes for the Translational Research Program. Which boxes the arrow joins cannot be determined from the extracted text.

# ja-sha256: 2c161e9cdea0df98
pj7-f2__label = Collaboration and cooperation

# ja-sha256: 69d53628f793a147
pj7-f2__note = In the diagram, this label appears after the title of the box for the development of systems for conducting clinical research and related activities, and human resource development. Which boxes the arrow joins cannot be determined from the extracted text.

# ja-sha256: 7be905b7d5738a5a
pj7-f3__label = Out-licensing and transfer

# ja-sha256: 48a721e12389f0ca
pj7-f3__note = In the diagram, this label appears between the box for the development of systems for conducting clinical research and related activities, and human resource development, and the boxes for companies (pharmaceutical and medical device companies, startups and others) and for other integrated projects. Which boxes the arrow joins cannot be determined from the extracted text.
