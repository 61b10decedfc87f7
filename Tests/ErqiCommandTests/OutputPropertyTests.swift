import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--output` over random destinations in a temporary folder (issue #13, points 2, 3, 11 and 12): for each, the
/// exit code, that nothing but the named file changed, that no temporary file is left, and the file's bytes and
/// mode. Seeded, so a failure replays from its case number.
@Suite(.serialized) struct OutputPropertyTests {
    enum Destination: CaseIterable {
        case newFile, existingFile, missingFolder, symlinkToFile, danglingSymlink, fifoWithReader, readOnlyFile
        case readOnlyFolder, directory, sameAsInput, symlinkToInput
    }

    static let seed: UInt64 = 20_201_231
    static let caseCount = 66

    /// A random element of a list that is never empty.
    func pick<Element>(_ list: [Element], _ random: inout SplitMix64) -> Element {
        list[Int.random(in: 0..<list.count, using: &random)]
    }

    @Test func randomDestinations() throws {
        let expected = try OutputTests.expectedReport()
        let isRoot = geteuid() == 0
        var random = SplitMix64(seed: Self.seed)
        var seen = Set<String>()
        for number in 0..<Self.caseCount {
            // Every kind of destination at least five times, in a random order, with random details.
            let all = Destination.allCases
            let destination = number < all.count * 5 ? all[number % all.count] : pick(all, &random)
            seen.insert("\(destination)")
            let folder = try CommandRunner.temporaryFolder()
            let plan = folder.appendingPathComponent("plan.json").path
            try FileManager.default.copyItem(atPath: OutputTests.seeds.path, toPath: plan)
            // Bystanders: files the run must not touch.
            for index in 0..<Int.random(in: 0...3, using: &random) {
                try TestFiles.write(
                    String(repeating: "b", count: Int.random(in: 0...50, using: &random)),
                    to: folder.appendingPathComponent("bystander-\(index).txt").path,
                    mode: pick([0o600, 0o644, 0o664], &random))
            }
            let oldMode: mode_t = pick([0o600, 0o640, 0o644, 0o664], &random)
            let relative = Bool.random(using: &random)
            var name = "report.csv"
            var written: String? = "report.csv"  // the path whose bytes the run replaces, relative to the folder
            var status: Int32 = 0
            var mode: mode_t? = TestFiles.newFileMode(in: folder)
            var cleanup: () -> Void = {}
            switch destination {
            case .newFile:
                break
            case .existingFile:
                try TestFiles.write("old\n", to: folder.appendingPathComponent(name).path, mode: oldMode)
                mode = oldMode
            case .missingFolder:
                name = "missing/report.csv"
                (written, status) = (nil, 74)
            case .symlinkToFile:
                try TestFiles.write("old\n", to: folder.appendingPathComponent("target.csv").path, mode: oldMode)
                let target = relative ? "target.csv" : folder.appendingPathComponent("target.csv").path
                #expect(symlink(target, folder.appendingPathComponent(name).path) == 0)
                (written, mode) = ("target.csv", oldMode)
            case .danglingSymlink:
                #expect(symlink("new-target.csv", folder.appendingPathComponent(name).path) == 0)
                written = "new-target.csv"
            case .fifoWithReader:
                #expect(mkfifo(folder.appendingPathComponent(name).path, 0o640) == 0)
                (written, mode) = (nil, nil)
            case .readOnlyFile:
                try TestFiles.write("old\n", to: folder.appendingPathComponent(name).path, mode: 0o444)
                mode = 0o444
                if !isRoot { (written, status) = (nil, 74) }
            case .readOnlyFolder:
                let locked = folder.appendingPathComponent("locked")
                try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
                name = "locked/report.csv"
                written = name
                chmod(locked.path, 0o555)
                cleanup = { chmod(locked.path, 0o755) }
                if !isRoot { (written, status) = (nil, 74) }
            case .directory:
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(name), withIntermediateDirectories: false)
                (written, status) = (nil, 74)
            case .sameAsInput:
                name = "plan.json"
                (written, status) = (nil, 64)
            case .symlinkToInput:
                #expect(symlink(relative ? "plan.json" : plan, folder.appendingPathComponent(name).path) == 0)
                (written, status) = (nil, 64)
            }
            defer { cleanup() }
            let before = FolderSnapshot(folder)
            let output = relative ? name : folder.appendingPathComponent(name).path
            let arguments =
                ["--data", relative ? "plan.json" : plan] + OutputTests.csvArguments + ["--output", output]
            var result: CommandRunner.Result?
            if destination == .fifoWithReader {
                let received = try TestFiles.readingFIFO(folder.appendingPathComponent(name).path) {
                    result = try CommandRunner.run(arguments, in: folder)
                }
                #expect(received == expected, "case \(number)")
            } else {
                result = try CommandRunner.run(arguments, in: folder)
            }
            let label = "case \(number) (\(destination), relative \(relative)): \(result?.standardError ?? "")"
            #expect(result?.status == status, "\(label)")
            let after = FolderSnapshot(folder)
            #expect(after.temporaryFiles.isEmpty, "\(label)")
            let changed: Set<String> = written.map { [$0] } ?? []
            #expect(after.removing(changed) == before.removing(changed), "\(label)")
            if let written {
                let path = folder.appendingPathComponent(written).path
                #expect(FileManager.default.contents(atPath: path) == expected, "\(label)")
                #expect(TestFiles.type(path) == S_IFREG, "\(label)")
                #expect(TestFiles.mode(path) == mode, "\(label)")
            }
            if status != 0 {
                #expect(result?.standardError.hasPrefix("erqi: ") == true, "\(label)")
                #expect(result?.standardError.contains("Error") == false, "\(label)")
            }
        }
        #expect(seen.count == Destination.allCases.count)
    }
}
