// The model is built on Erqi's numbers: `import ErqiCore` brings `ExactDecimal`, `Quantity`, `Language` and
// the quantity language with it, as swift-collections' `Collections` module re-exports its parts.
@_exported public import ErqiNumbers
