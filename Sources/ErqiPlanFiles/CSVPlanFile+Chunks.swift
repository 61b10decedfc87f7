import Dispatch
import ErqiCore
import Foundation

/// What the reader of one chunk of `observations.csv` started from, and which indicators its rows read in a way
/// that rows before the chunk may have changed.
///
/// A chunk is read with the indicators as they stood after `targets.csv`. Rows before it in the same file can
/// change an indicator only by defining it, failing it, or giving the name of one defined without a name. A
/// chunk whose rows named none of the indicators so changed reads exactly as it would serially; any other chunk
/// is read again, serially, once the chunks before it are merged.
struct ChunkBaseline: Sendable {
    /// The indicators when the chunk began.
    let drafts: [Indicator.ID: CSVPlanFile.IndicatorDraft]
    /// The indicators that had failed when the chunk began.
    let failed: Set<Indicator.ID>
    /// The indicators named by the chunk's rows that rows before it could have changed.
    private(set) var dependent: Set<Indicator.ID> = []
    private var lastNoted: Indicator.ID?

    init(drafts: [Indicator.ID: CSVPlanFile.IndicatorDraft], failed: Set<Indicator.ID>) {
        self.drafts = drafts
        self.failed = failed
    }

    /// Notes an indicator named by a row of the chunk.
    mutating func note(_ id: Indicator.ID) {
        guard id != lastNoted else { return }  // rows of one indicator come in runs
        lastNoted = id
        if !failed.isEmpty, failed.contains(id) { return }  // failed before: stays failed
        // Defined before and named: nothing later changes it. Otherwise a row before the chunk may have.
        if let draft = drafts[id], draft.indicator.name.zh != id.rawValue { return }
        dependent.insert(id)
    }

    /// Whether the indicators this chunk depends on stand as they did when it began.
    func holds(drafts current: [Indicator.ID: CSVPlanFile.IndicatorDraft], failed currentFailed: Set<Indicator.ID>)
        -> Bool
    {
        dependent.allSatisfy { id in
            current[id]?.indicator == drafts[id]?.indicator && currentFailed.contains(id) == failed.contains(id)
        }
    }
}

/// The outcome of reading one chunk of `observations.csv` on its own.
struct ObservationChunk: Sendable {
    /// The reader after the chunk: its problems, places, failed indicators and baseline.
    var file: CSVPlanFile
    /// The indicators after the chunk, and those it defined in order.
    var drafts: [Indicator.ID: CSVPlanFile.IndicatorDraft]
    var order: [Indicator.ID]
    var observations: [Observation]
    /// Where the row after the chunk's last row starts.
    var end: Int
    /// The rows read, blank lines included.
    var rows: Int
    /// Whether reading stopped at a syntax error.
    var stoppedAtError: Bool
}

/// The chunks' outcomes, each stored once by its own worker.
private final class ObservationChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [ObservationChunk?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func store(_ result: ObservationChunk, at index: Int) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    var all: [ObservationChunk] {
        lock.lock()
        defer { lock.unlock() }
        return results.compactMap { $0 }
    }
}

extension CSVPlanFile {
    /// Reads the rows of `observations.csv`: serially, or in chunks on up to ``parallelism`` cores, merged in
    /// file order so that the observations, indicators, places and problems are those of the serial reading.
    ///
    /// The observations go straight into `observations`, reserved once for every line of the file. The chunks
    /// are read in waves of ``parallelism`` chunks of at most ``maximumChunkSize`` bytes, and each wave's
    /// observations are moved into `observations` before the next wave starts, so that the rows read in chunks
    /// never stand beside the whole array a second time.
    mutating func readObservations(
        _ reader: inout RowReader, drafts: inout [Indicator.ID: IndicatorDraft], order: inout [Indicator.ID],
        into observations: inout [Observation]
    ) {
        guard readHeader(&reader) else { return }
        let source = reader.source
        let rows = reader.csv.position..<source.bytes.count
        // One row per line at most, plus a last row without a line feed; a file of lone CRs grows as it must.
        observations.reserveCapacity(observations.count + CSVWhitespace.lineCount(source.bytes, in: rows) + 1)
        let wanted = max(parallelism, (rows.count + maximumChunkSize - 1) / maximumChunkSize)
        let chunks =
            parallelism > 1
            ? CSVChunks.split(source.bytes, rows: rows, count: wanted, minimumSize: minimumChunkSize) : [rows]
        guard chunks.count > 1 else {
            readObservationRows(&reader, drafts: &drafts, order: &order, into: &observations)
            return
        }
        var rowNumber = reader.csv.rowNumber
        var position = rows.lowerBound
        for waveStart in stride(from: 0, to: chunks.count, by: parallelism) {
            let wave = Array(chunks[waveStart..<min(waveStart + parallelism, chunks.count)])
            var results = readChunks(wave, reader: reader, drafts: drafts)
            for index in results.indices {
                let chunk = wave[index]
                guard chunk.lowerBound == position,
                    results[index].file.chunkBaseline?.holds(drafts: drafts, failed: failedIndicators) == true
                else {
                    // The split guessed wrong (broken quotes: read on serially from where the last row ended), or
                    // rows before the chunk changed an indicator it names (read it again).
                    results[index].observations = []
                    var serial = reader
                    let end = chunk.lowerBound == position ? chunk.upperBound : source.bytes.count
                    serial.csv = CSVTable(source, rows: position..<end, rowNumber: rowNumber)
                    lastIndicator = nil
                    readObservationRows(&serial, drafts: &drafts, order: &order, into: &observations)
                    if serial.stoppedAtError || end == source.bytes.count { return }
                    position = serial.csv.position
                    rowNumber = serial.csv.rowNumber
                    continue
                }
                merge(&results[index], rowNumber: rowNumber, drafts: &drafts, order: &order, into: &observations)
                if results[index].stoppedAtError { return }
                position = results[index].end
                rowNumber += results[index].rows
            }
        }
    }

    /// Reads rows until the reader's end.
    private mutating func readObservationRows(
        _ reader: inout RowReader, drafts: inout [Indicator.ID: IndicatorDraft], order: inout [Indicator.ID],
        into observations: inout [Observation]
    ) {
        while let row = next(&reader) {
            if let observation = observation(row, drafts: &drafts, order: &order) {
                observations.append(observation)
            }
        }
    }

    /// Reads each chunk on its own, concurrently, each from the indicators as they stand now.
    private func readChunks(_ chunks: [Range<Int>], reader: RowReader, drafts: [Indicator.ID: IndicatorDraft])
        -> [ObservationChunk]
    {
        var base = self
        base.problems = []
        base.fieldCountProblems = []
        base.locations = locations.textsOnly
        base.lastIndicator = nil
        base.chunkBaseline = ChunkBaseline(drafts: drafts, failed: failedIndicators)
        let start = base
        let source = reader.source
        let results = ObservationChunkResults(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            var file = start
            var chunkReader = reader
            chunkReader.csv = CSVTable(source, rows: chunks[index], rowNumber: 0)
            var chunkDrafts = drafts
            var chunkOrder: [Indicator.ID] = []
            var observations: [Observation] = []
            observations.reserveCapacity(CSVWhitespace.lineCount(source.bytes, in: chunks[index]) + 1)
            file.readObservationRows(&chunkReader, drafts: &chunkDrafts, order: &chunkOrder, into: &observations)
            results.store(
                ObservationChunk(
                    file: file, drafts: chunkDrafts, order: chunkOrder, observations: observations,
                    end: chunkReader.csv.position, rows: chunkReader.csv.rowNumber,
                    stoppedAtError: chunkReader.stoppedAtError),
                at: index)
        }
        return results.all
    }

    /// Adds a chunk read on its own after what is read so far.
    private mutating func merge(
        _ result: inout ObservationChunk, rowNumber: Int, drafts: inout [Indicator.ID: IndicatorDraft],
        order: inout [Indicator.ID], into observations: inout [Observation]
    ) {
        var chunkProblems = result.file.problems
        for fix in result.file.fieldCountProblems where chunkProblems.indices.contains(fix.problem) {
            chunkProblems[fix.problem].message = Self.fieldCountMessage(
                row: rowNumber + fix.row, fields: fix.fields, header: fix.header)
        }
        problems += chunkProblems
        locations.appendPlaces(of: result.file.locations)
        observations += result.observations
        result.observations = []  // freed now, before the next chunk is merged
        for id in result.file.chunkBaseline?.dependent ?? [] {
            if let draft = result.drafts[id] { drafts[id] = draft }
        }
        order += result.order
        failedIndicators.formUnion(result.file.failedIndicators)
        lastIndicator = nil
        if result.stoppedAtError { stoppedEarly = true }
    }
}
