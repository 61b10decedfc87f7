import Foundation
import Testing

@testable import ErqiCore
@testable import ErqiPlanFiles

/// Reading `observations.csv` in chunks on several cores gives exactly the dataset and the problems of the
/// serial reading, for any number of cores (issue #18, point 3).
struct ChunkedCSVLoadingTests {
    typealias Files = [CSVPlanFile.Table: SourceText]

    static let parallelisms = [1, 2, 3, 8]

    static func files(_ tables: [CSVPlanFile.Table: String]) -> Files {
        tables.reduce(into: Files()) { files, table in
            files[table.key] = SourceText(file: table.key.fileName, bytes: Array(table.value.utf8))
        }
    }

    /// The whole loader (reading, the dataset's checks, the second pass with places) with chunks of any size.
    static func load(_ files: Files, parallelism: Int) -> Result<Dataset, PlanFileError> {
        do {
            return .success(try PlanFileLoader.load(.csv(files), parallelism: parallelism, minimumChunkSize: 1))
        } catch {
            return .failure(error)
        }
    }

    /// The whole loader reading `observations.csv` in waves of chunks of at most `maximumChunkSize` bytes.
    static func load(_ files: Files, parallelism: Int, maximumChunkSize: Int) -> Result<Dataset, PlanFileError> {
        do {
            return .success(
                try PlanFileLoader.load(
                    .csv(files), parallelism: parallelism, minimumChunkSize: 1, maximumChunkSize: maximumChunkSize))
        } catch {
            return .failure(error)
        }
    }

    /// The reader alone: the dataset and its problems in the order found.
    static func decode(_ files: Files, parallelism: Int) -> (Dataset?, [PlanFileProblem]) {
        var reader = CSVPlanFile(parallelism: parallelism, minimumChunkSize: 1)
        let dataset = reader.decode(files)
        return (dataset, reader.problems)
    }

    /// How many chunks `observations.csv` is read in at this parallelism (its header is one row).
    static func chunkCount(_ files: Files, parallelism: Int) -> Int {
        guard let text = files[.observations] else { return 0 }
        var table = CSVTable(text)
        var cells: [CSVCell] = []
        _ = table.nextRow(into: &cells)
        let rows = table.position..<text.bytes.count
        return CSVChunks.split(text.bytes, rows: rows, count: parallelism, minimumSize: 1).count
    }

    /// Most of the bytes of the generated plan lie in quoted notes like this one.
    static let longNote = String(repeating: "长的说明,\n", count: 12)

    /// A plan in the shape of `scripts/generate-national-plan`, whose observations carry quoted notes with line
    /// breaks (LF, CRLF and a lone CR), commas and doubled quotes, so that split points fall inside quotes; one
    /// indicator is defined in `observations.csv` itself and one defined without a name is named there.
    static func generatedPlan(units: Int) -> Files {
        var targets = "plan,plan_period,theme,id,title,indicator,indicator_name,unit,period,requirement,source\n"
        var observations = "id,indicator,indicator_name,unit,period,value,source,note\r\n"
        for unit in 1...units {
            for indicator in 1...3 {
                let name = indicator == 3 && unit == 1 ? "" : "指标\(indicator)"
                targets += "p,2025,u\(unit),u\(unit)-t\(indicator),目标 \(indicator),u\(unit)-i\(indicator),\(name),"
                targets += "count:个,2025,\(100 * indicator),u\(unit)-stats\n"
            }
        }
        for unit in 1...units {
            for indicator in 1...3 {
                for month in 1...12 {
                    let id = "u\(unit)-i\(indicator)-\(month)"
                    let period = "2025-\(month < 10 ? "0" : "")\(month)"
                    let note: String
                    switch (unit + indicator + month) % 4 {
                    case 0: note = "\"第\(month)月,\n说明 \"\"初步\"\"\r\n第二行\r\(longNote)\""
                    case 1: note = "\"a,b,\n\n\(longNote)\""
                    case 2: note = "plain note"
                    default: note = ""
                    }
                    let named = unit == 1 && indicator == 3 && month == 2 ? "后来的名字" : ""
                    observations +=
                        "\(id),u\(unit)-i\(indicator),\(named),,\(period),\(month * indicator).5,u\(unit)-stats,\(note)"
                    observations += month % 3 == 0 ? "\r\n" : "\n"
                }
                // An indicator that only observations.csv defines, on its first row, then used without a unit.
                let unitCell = unit == 1 && indicator == 1 ? "percent" : ""
                observations += "x\(unit)-\(indicator),extra,,\(unitCell),2025,\(unit).\(indicator),u\(unit)-stats,\n"
            }
        }
        return files([.targets: targets, .observations: observations])
    }

    // MARK: - (a) The bundled dataset

    @Test func theBundledDatasetLoadsTheSameOnAnyNumberOfCores() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds/erqi-district.json")
        let text = SourceText(file: "erqi-district.json", bytes: try [UInt8](Data(contentsOf: seeds)))
        let serial = try PlanFileLoader.load(.json(text), parallelism: 1, minimumChunkSize: 1)
        #expect(serial.observations.count > 50)
        for parallelism in Self.parallelisms {
            #expect(try PlanFileLoader.load(.json(text), parallelism: parallelism, minimumChunkSize: 1) == serial)
        }
    }

    // MARK: - (b) A generated plan with quoted fields across the split points

    @Test func aGeneratedPlanWithQuotedLineBreaksLoadsTheSameOnAnyNumberOfCores() throws {
        let files = Self.generatedPlan(units: 12)
        let serial = try Self.load(files, parallelism: 1).get()
        #expect(serial.observations.count == 12 * 3 * 13)
        #expect(serial.indicators.count == 12 * 3 + 1)
        #expect(serial.indicators.first { $0.id == "u1-i3" }?.name.zh == "后来的名字")
        #expect(serial.indicators.last?.id == "extra")
        let note = try #require(serial.observations.first { $0.id == "u1-i1-2" }?.note)
        #expect(note.zh == "第2月,\n说明 \"初步\"\r\n第二行\r" + Self.longNote)
        for parallelism in Self.parallelisms {
            #expect(Self.chunkCount(files, parallelism: parallelism) == parallelism)
            let parallel = try Self.load(files, parallelism: parallelism).get()
            #expect(parallel == serial, "parallelism \(parallelism)")
            let (dataset, problems) = Self.decode(files, parallelism: parallelism)
            #expect(dataset == serial && problems.isEmpty, "parallelism \(parallelism)")
        }
    }

    @Test func theGeneratedPlanHasSplitPointsInsideQuotes() throws {
        // The chunks are split near equal shares of the rows; several of those points lie inside a quoted note,
        // so the test above reads chunks whose natural split falls in the middle of a multi-line field.
        let text = try #require(Self.generatedPlan(units: 12)[.observations])
        var insideQuotes = 0
        for parts in [2, 3, 8] {
            let total = text.bytes.count
            for part in 1..<parts where text.bytes[0..<(total / parts * part)].count(where: { $0 == 0x22 }) % 2 == 1 {
                insideQuotes += 1
            }
        }
        #expect(insideQuotes >= 3)
    }

    // MARK: - (c) Invalid plans

    static var invalidCSVFixtures: [String] {
        InvalidPlanTests.fixtureNames.filter { $0.hasPrefix("csv-") && $0 != "csv-missing-file" }
    }

    static func fixture(_ name: String) -> Files {
        let folder = InvalidPlanTests.folder.appendingPathComponent(name)
        var files = Files()
        for table in CSVPlanFile.Table.allCases {
            if let data = try? Data(contentsOf: folder.appendingPathComponent(table.fileName)) {
                files[table] = SourceText(file: "\(name)/\(table.fileName)", bytes: [UInt8](data))
            }
        }
        return files
    }

    @Test(arguments: invalidCSVFixtures)
    func anInvalidFixtureGivesTheSameProblemsOnAnyNumberOfCores(_ name: String) {
        let files = Self.fixture(name)
        let serial = Self.load(files, parallelism: 1)
        guard case .failure(let error) = serial else {
            Issue.record("\(name) must be rejected")
            return
        }
        #expect(!error.problems.isEmpty)
        for parallelism in Self.parallelisms.dropFirst() {
            #expect(Self.load(files, parallelism: parallelism) == serial, "\(name), parallelism \(parallelism)")
        }
    }

    @Test func invalidFixturesAreReadInSeveralChunks() {
        // Otherwise the test above would compare the serial reading with itself.
        let split = Self.invalidCSVFixtures.filter { Self.chunkCount(Self.fixture($0), parallelism: 3) > 1 }
        #expect(split.count >= 7)
    }

    // MARK: - Rows whose reading depends on rows in earlier chunks

    /// Observations, one per row after the first few, so that every parallelism splits between them.
    static func dependentRows(_ rows: [String]) -> Files {
        let targets =
            "plan,plan_period,theme,id,title,indicator,unit,period,requirement,source\n"
            + "p,2025,t,t1,目标,known,count:个,2025,10,s\n"
        let padding = (1...24).map { "pad\($0),known,,2025-01,1,s,\n" }.joined()
        return files([
            .targets: targets,
            .observations: "id,indicator,unit,period,value,source,note\n" + rows.joined() + padding,
        ])
    }

    @Test func problemsThatDependOnEarlierChunksAreFoundOnceAndInOrder() throws {
        let rows = [
            "o1,new,count:个,2025-01,1,s,\n",  // defines 'new' in observations.csv
            "o2,bad\u{200B}id,count:个,2025-01,1,s,\n",  // an id that breaks the rule: reported once
            "o3,nounit,,2025-01,1,s,\n",  // no unit on its first row: reported once
            "o4,new,percent,2025-01,1,s,\n",  // another unit than on its first row
            "o5,known,,2025-13,1,s,\n",  // no such month
            "o6,known,,2025-01,1,s\n",  // one field short: the row number counts from the file's start
            "o7,bad\u{200B}id,count:个,2025-01,1,s,\n",
            "o8,nounit,,2025-01,1,s,\n",
            "o9,new,,2025-01,1,s,\"a note\nover two lines\"\n",
            "o10,new,,2025-01,1,s,\n",
            "o11,known,,2025-01,1,s,x,y\n",
        ]
        let files = Self.dependentRows(rows)
        let serial = Self.load(files, parallelism: 1)
        guard case .failure(let error) = serial else {
            Issue.record("the plan must be rejected")
            return
        }
        #expect(
            error.problems.map(\.description) == [
                "observations.csv:3:4: indicator: the id holds U+200B ZERO WIDTH SPACE; ids hold visible characters only, without control, zero-width or direction characters",
                "observations.csv:4:11: unit: the first row of indicator 'nounit' must give its unit",
                "observations.csv:5:8: unit: indicator 'new' is in count:个 on an earlier row, not percent",
                "observations.csv:6:11: period: 2025-13-01 does not exist in the Gregorian calendar",
                "observations.csv:7:1: row 7 has 6 fields; the header has 7",
                "observations.csv:13:1: row 12 has 8 fields; the header has 7",
            ])
        for parallelism in Self.parallelisms.dropFirst() {
            #expect(Self.chunkCount(files, parallelism: parallelism) == parallelism)
            #expect(Self.load(files, parallelism: parallelism) == serial, "parallelism \(parallelism)")
        }
    }

    @Test func aQuotedFieldNeverClosedStopsTheReadingInEveryChunking() {
        let rows = [
            "o1,new,count:个,2025-01,1,s,\n",
            "o2,known,,2025-01,1,s,\"an open quote\n",
        ]
        let files = Self.dependentRows(rows + ["o3,known,,2025-13,1,s,\n"])
        let serial = Self.load(files, parallelism: 1)
        guard case .failure(let error) = serial else {
            Issue.record("the plan must be rejected")
            return
        }
        #expect(
            error.problems.map(\.description) == [
                "observations.csv:3:23: a quoted field is never closed; add the closing double quote"
            ])
        for parallelism in Self.parallelisms.dropFirst() {
            #expect(Self.load(files, parallelism: parallelism) == serial, "parallelism \(parallelism)")
        }
    }

    @Test func aStrayQuoteStopsTheReadingInEveryChunking() {
        // The quote in an unquoted field flips the quote count: the split points after it are guessed inside and
        // outside the quoted notes the wrong way round. The reading stops at the stray quote, as serially, and
        // nothing the later chunks made of their rows is kept.
        let rows =
            (1...5).map { "o\($0),known,,2025-01,\($0),s,\n" } + ["o6,known,,2025-01,1,s,say \"hi\n"]
            + (7...20).map { "o\($0),known,,2025-13,\($0),s,\"n,\nx\"\n" }
        let files = Self.dependentRows(rows)
        let serial = Self.load(files, parallelism: 1)
        guard case .failure(let error) = serial else {
            Issue.record("the plan must be rejected")
            return
        }
        #expect(error.problems.count == 1)
        for parallelism in Self.parallelisms.dropFirst() {
            #expect(Self.load(files, parallelism: parallelism) == serial, "parallelism \(parallelism)")
        }
    }

    // MARK: - Waves of chunks

    @Test func aPlanReadInWavesOfSmallChunksLoadsAsSerially() throws {
        // A file larger than the largest chunk is read in more chunks than cores, a wave at a time, each wave's
        // observations moved into the dataset before the next starts: the dataset and the problems stay those of
        // the serial reading, valid plans and invalid ones alike.
        var cases: [(String, Files)] = [
            ("generated", Self.generatedPlan(units: 12)),
            (
                "dependent",
                Self.dependentRows([
                    "o1,new,count:个,2025-01,1,s,\n", "o2,bad\u{200B}id,count:个,2025-01,1,s,\n",
                    "o3,nounit,,2025-01,1,s,\n", "o4,new,percent,2025-01,1,s,\n", "o5,known,,2025-01,1,s\n",
                    "o6,nounit,,2025-01,1,s,\n", "o7,known,,2025-01,1,s,x,y\n",
                ])
            ),
        ]
        cases += Self.invalidCSVFixtures.map { ($0, Self.fixture($0)) }
        for (name, files) in cases {
            let serial = Self.load(files, parallelism: 1)
            for parallelism in [2, 3] {
                for maximum in [40, 97, 1000] {
                    #expect(
                        Self.load(files, parallelism: parallelism, maximumChunkSize: maximum) == serial,
                        "\(name), parallelism \(parallelism), chunks of at most \(maximum) bytes")
                }
            }
        }
        let generated = try #require(Self.generatedPlan(units: 12)[.observations])
        var table = CSVTable(generated)
        var cells: [CSVCell] = []
        _ = table.nextRow(into: &cells)
        let rows = table.position..<generated.bytes.count
        // Many waves: the generated observations are split in dozens of chunks of 1000 bytes.
        #expect(CSVChunks.split(generated.bytes, rows: rows, count: rows.count / 1000, minimumSize: 1).count > 20)
    }
}
