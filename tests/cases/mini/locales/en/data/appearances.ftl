# ja-sha256: 974c0b924880c66c
pj1-next-gen-cancer__heading = Research Program for Accelerating Next-Generation Cancer Medicine (MEXT)

# ja-sha256: bb1002516efdf66f
pj1-innovative-cancer__heading = Practical Research for Innovative Cancer Control (MHLW)

# ja-sha256: 838909aac3cb6a9f
pj1-drug-discovery-basis__heading = Research Program for Promoting Drug Discovery Platforms (MHLW)

# ja-sha256: 7404b94eba08ac01
pj4-emerging-infection-base__heading = Japan Program for Infectious Diseases Research and Infrastructure (MEXT)
