# ja-sha256: 548fbca4e9148009
single__label = Amount for a single program

# ja-sha256: 0944f95407a9a6bc
combined__label = Combined amount for several programs

# ja-sha256: 423b3f8e7b4ead78
shared__label = Amount shared by several programs (included within)

# ja-sha256: 7ef04a827d9ef826
unattributed__label = Amount not attributable to a specific program
