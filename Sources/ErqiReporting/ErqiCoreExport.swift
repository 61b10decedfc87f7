// A reporter reads a Scorecard and words it with this kit: `import ErqiReporting` brings the model (`ErqiCore`,
// and through it `ErqiNumbers`) with it, so a reporter in another package needs one import.
@_exported public import ErqiCore
