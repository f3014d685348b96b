# source: https://www.amed.go.jp/en/program/list/15/01/010.html
# ja-sha256: efe360fa567aa695
pj1__name = Innovative Drug Discovery and Development Project

# ja-sha256: 4058c5186727bcb8
pj1__summary = To promote the practical application of pharmaceuticals that meet the needs of clinical settings, R&D will be conducted that takes into account the characteristics and properties of each modality, from the search for drug discovery targets through to clinical research. In addition, fundamental R&D on modalities will be carried out with the aim of creating new drugs. Furthermore, efforts will be made to build the support platforms needed for drug discovery R&D.

# status: reviewed 2026-11-20
# ja-sha256: e5e2f8c4af8a78ee
pj4__name = Infectious Disease Project

# ja-sha256: 0f6b5a4f2edcb027
pj4__summary = The project will promote basic research on emerging and re-emerging infectious diseases, gain new knowledge on AIDS and hepatitis, and accelerate the development of preventive and therapeutic methods. Based on the "Healthcare Policy Phase III" (the third-period strategy), discussions are under way on a development strategy that adds diagnostics and therapeutics to the "Strategy for Strengthening Vaccine Development and Production Systems". With rapid development in emergencies based on these strategies in mind, the project will build a system that enables the development and supply of medical countermeasures (MCM) in normal times. It will also promote R&D through industry-academia-government collaboration.
