cancer__name = Cancer

rare-intractable__name = Intractable and Rare Diseases

life-course__name = Life Course
