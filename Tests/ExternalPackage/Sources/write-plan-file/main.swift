// Reads a plan file (JSON, or a folder of CSV files) and writes it to standard output as a JSON plan file,
// with Erqi's public API only. Every problem of the input goes to standard error, and nothing is written.
//
//     swift run --package-path Tests/ExternalPackage write-plan-file seeds/erqi-district.json > plan.json
import ErqiCore
import ErqiPlanFiles
import Foundation

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: write-plan-file PLAN.json|FOLDER\n".utf8))
    exit(2)
}
do {
    let dataset = try PlanFileLoader.load(path: path)
    FileHandle.standardOutput.write(Data(PlanFileWriter.json(dataset)))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
