single__label = Amount for a single program

combined__label = Combined amount for several programs

shared__label = Amount shared by several programs (included within)

unattributed__label = Amount not attributable to a specific program
