# ja-sha256: 4565a184ad7dddf8
pj1-next-gen-cancer-1__text = The program aims to achieve the reliable and rapid transfer of results and their early social implementation by exploring new drug discovery seeds, including those for rare cancers, intractable cancers and other cancers, and by establishing and enhancing specialized support systems. In particular, it will continue to strategically promote research projects that contribute to basic research toward the creation of innovative pharmaceuticals integrating advanced technologies from diverse fields, such as materials engineering, genetic engineering and information science including AI, as well as to the elucidation of the causes and onset mechanisms of cancer and the development of new therapies through radiotheranostics using alpha-emitting radionuclides.

# ja-sha256: 8ba30f8176a0a50d
pj1-innovative-cancer-1__text = Aiming to overcome intractable cancers, for which there is strong societal demand, and to accelerate the development of new modalities, among other goals, the program will establish a research support framework that will serve as a flagship.

# ja-sha256: 4d802594ecdbfd1a
pj1-innovative-cancer-2__text = With the aim of developing internationally competitive seeds, the program will build a registry of large-scale clinical and multi-omics data using advanced analytical technologies, while streamlining each process, such as non-clinical studies and clinical studies, for pharmaceuticals that use new modality technologies and the like, and strengthening the systems that support their conduct.

# ja-sha256: 1cc1a92d17c15d08
pj1-drug-discovery-basis-1__text = As part of the initiatives of the Collaborative Drug Discovery Research Project (GAPFREE), the program will encourage corporate participation and invigorate drug discovery research through academia-industry collaboration, so that companies can accelerate the development of innovative pharmaceuticals.

# ja-sha256: 162d960172bb2b9c
pj4-emerging-infection-base-1__text = In collaboration with the Japan Institute for Health Security (JIHS) and other organizations, the program will contribute to strengthening government-wide infectious disease intelligence by building the foundation of a monitoring system that makes use of the overseas research centers established in Asia, Africa and South America. Through support for research using these overseas research centers, multidisciplinary integrated research and other activities, it will also promote basic research covering a wide range of infectious diseases and secure the necessary human resources.
