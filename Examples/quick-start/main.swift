import ErqiCore
print("placeholder")
