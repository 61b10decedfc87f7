public import ErqiCore

extension PlanFileLoader {
    /// Loads several plan files (JSON files or CSV folders) as one dataset.
    ///
    /// Each file is read and checked on its own first, and every problem of every file is reported. The datasets
    /// are then merged in the order given: sources, indicators, plans and observations one after the other. A
    /// source or indicator that two files define identically (an office's shared list) is kept once; any other id
    /// used in two files is a `duplicateID` problem placed where the later file writes it, and references across
    /// files (an observation in one file of an indicator defined in another) are checked on the merged dataset.
    /// - Parameters:
    ///   - paths: The files or folders, at least one.
    ///   - options: How to read the files: the largest file accepted, by default ``defaultMaximumFileSize``.
    /// - Returns: The merged dataset.
    /// - Throws: ``PlanFileError`` with every problem found.
    public static func load(paths: [String], options: Options = Options()) throws(PlanFileError) -> Dataset {
        var sources: [FileSource] = []
        var datasets: [Dataset] = []
        var problems: [PlanFileProblem] = []
        for path in paths {
            do {
                let source = try source(of: path, options: options)
                sources.append(source)
                datasets.append(try load(source))
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw PlanFileError(problems: problems) }
        guard var merged = datasets.first else { return Dataset(indicators: [], plans: [], observations: []) }
        for dataset in datasets.dropFirst() { merged = merged.appending(dataset) }
        if DatasetValidator(dataset: merged, locations: PlanFileLocations()).problems().isEmpty { return merged }
        // Place the problems: read each file again, recording where each item was written.
        var locations = PlanFileLocations()
        for source in sources { locations.append(self.locations(of: source)) }
        throw PlanFileError(problems: sorted(DatasetValidator(dataset: merged, locations: locations).problems()))
    }

    /// Where each item of one plan file was written.
    private static func locations(of source: FileSource) -> PlanFileLocations {
        switch source {
        case .json(let text):
            guard case .success(let root) = JSONDocumentParser.parse(text) else { return PlanFileLocations() }
            var decoder = PlanFileJSONDecoder(text: text)
            _ = decoder.decode(root)
            return decoder.locations
        case .csv(let files):
            var reader = CSVPlanFile()
            _ = reader.decode(files)
            return reader.locations
        }
    }
}

extension Dataset {
    /// This dataset followed by another: sources and indicators that the other defines identically are kept once.
    fileprivate func appending(_ other: Dataset) -> Dataset {
        let knownSources = Set(sources)
        let knownIndicators = Set(indicators)
        return Dataset(
            sources: sources + other.sources.filter { !knownSources.contains($0) },
            indicators: indicators + other.indicators.filter { !knownIndicators.contains($0) },
            plans: plans + other.plans, observations: observations + other.observations)
    }
}
