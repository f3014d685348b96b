# source: https://www.amed.go.jp/en/program/list/15/01/001.html
# ja-sha256: bb4b02799b584267
pj4-d1__label = Japan Program for Infectious Diseases Research and Infrastructure

# ja-sha256: ca5d99d02ead6038
pj4-d1__description = This program promotes basic research on a wide range of infectious diseases and secures a broad pool of human resources by supporting research that uses overseas research centers, multidisciplinary integrated research and similar work.

# ja-sha256: 324efce1be950b99
pj4-d2__label = Note: Clinical trials from Phase II onward focus mainly on those that play a large social role but are difficult to advance under private-sector leadership, such as orphan drugs and investigator-initiated clinical trials; all others are to be out-licensed to companies at an appropriate time.

# source: https://www.amed.go.jp/en/program/list/21/02/index.html
# ja-sha256: 4769f5086e121e9d
pj4-d6__label = Strategic Center of Biomedical Advanced Vaccine Research and Development for Preparedness and Response (SCARDA)

# source: https://www.amed.go.jp/en/program/list/21/02/001.html
# ja-sha256: 4ac3a306042ca1fe
pj4-d7__label = Program on R&D of New Generation Vaccine including New Modality Application (Fund Program)

# ja-sha256: 39708db72eac2796
pj4-d7__description = The program promotes research and development of vaccines and new modalities, among other work, in preparation for infectious disease emergencies that may pose a threat in the future.

# ja-sha256: 3aa57483e6d053fb
pj4-d10__label = Strengthening of Infectious Disease Monitoring Systems (MEXT and MHLW)
