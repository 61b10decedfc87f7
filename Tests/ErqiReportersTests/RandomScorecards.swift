import ErqiCore
import Foundation

/// A seeded generator (SplitMix64), so that a failing case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random scorecards for property tests: every field filled or left out at random, with random text and values.
struct RandomScorecards {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    mutating func bool() -> Bool { Bool.random(using: &random) }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    mutating func maybe<T>(_ make: (inout RandomScorecards) -> T) -> T? { bool() ? make(&self) : nil }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
    mutating func list<T>(_ count: ClosedRange<Int>, _ make: (inout RandomScorecards) -> T) -> [T] {
        (0..<int(count)).map { _ in make(&self) }
    }

    mutating func text() -> String {
        let pieces = ReporterFixtures.hostileTexts.filter { $0.count < 100 } + ["二七", "a", "Ω", "😀", "\u{0}", "x y"]
        return (0..<int(0...3)).map { _ in pick(pieces) }.joined()
    }

    mutating func decimal() -> ExactDecimal {
        let significand = Int128(UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64(int(0...60)))
        let exponent = int(-20...12)
        // At most 20 digits and an exponent in −20…12: always in range.
        return (try? ExactDecimal(significand: bool() ? -significand : significand, exponent: exponent)) ?? 0
    }

    mutating func unit() -> QuantityUnit {
        pick([
            .yuan, .count(measureWord: "个"), .count(measureWord: text().isEmpty ? nil : "户,\""), .percent, .kilometres,
        ])
    }

    mutating func quantity(_ unit: QuantityUnit) -> Quantity { Quantity(value: decimal(), unit: unit) }

    mutating func date() -> CalendarDate {
        (try? CalendarDate(int(1990...2030), int(1...12), int(1...28))) ?? (try? CalendarDate(2020, 1, 1))
            ?? preconditionFailureDate()
    }

    mutating func period() -> Period {
        let first = date()
        let days = int(0...2000)
        let last = (try? first.adding(days: days)) ?? first
        return (try? Period(start: first, end: last)) ?? (try? Period.year(2020)) ?? preconditionFailurePeriod()
    }

    mutating func localized() -> LocalizedText { LocalizedText(zh: text(), en: maybe { $0.text() }) }

    mutating func citation() -> SourceCitation {
        SourceCitation(source: Source.ID(text()), line: maybe { $0.int(1...9999) }, literal: maybe { $0.text() })
    }

    mutating func requirement(_ unit: QuantityUnit) -> Requirement {
        let value = quantity(unit)
        switch int(0...5) {
        case 0: return .atMost(value)
        case 1:
            let other = quantity(unit)
            let (lower, upper) = value.value <= other.value ? (value, other) : (other, value)
            return (try? Requirement(between: lower, and: upper)) ?? .atLeast(value)
        case 2: return (try? Requirement(.exactly, value)) ?? .atLeast(value)
        case 3: return (try? Requirement(.greaterThan, value)) ?? .atLeast(value)
        default: return .atLeast(value)
        }
    }

    mutating func observation(_ unit: QuantityUnit) -> Observation {
        Observation(
            id: Observation.ID(text()), indicator: Indicator.ID(text()), period: period(), value: quantity(unit),
            approximation: pick(Approximation.allCases), quality: pick(ObservationQuality.allCases),
            citation: maybe { $0.citation() }, comparabilityNote: maybe { LocalizedText(zh: $0.text()) },
            note: maybe { LocalizedText(zh: $0.text()) })
    }

    mutating func indicator() -> Indicator {
        Indicator(
            id: Indicator.ID(text()), name: localized(), unit: unit(), direction: pick(Direction.allCases),
            kind: pick(IndicatorKind.allCases))
    }

    mutating func target() -> Target {
        let unit = unit()
        return Target(
            id: Target.ID(text()), title: localized(), indicator: Indicator.ID(text()), period: period(),
            requirement: requirement(unit),
            baseline: maybe {
                Baseline(value: $0.quantity(unit), date: $0.maybe { $0.date() }, citation: $0.maybe { $0.citation() })
            },
            deadline: maybe { $0.date() },
            revisions: list(0...2) {
                TargetRevision(
                    effectiveOn: $0.date(), requirement: $0.requirement(unit), citation: $0.maybe { $0.citation() },
                    reason: $0.maybe { LocalizedText(zh: $0.text()) })
            },
            trajectory: maybe {
                Trajectory(checkpoints: $0.list(0...2) { .init(date: $0.date(), share: $0.decimal()) })
            },
            weight: decimal(), citation: maybe { $0.citation() },
            note: maybe { LocalizedText(zh: $0.text()) })
    }

    mutating func issue() -> EvaluationIssue {
        switch int(0...5) {
        case 0:
            return .conflictingFigures(used: Observation.ID(text()), others: list(0...2) { Observation.ID($0.text()) })
        case 1: return .observationUnitMismatch(observation: Observation.ID(text()), expected: unit(), found: unit())
        case 2: return .requirementUnitMismatch(expected: unit(), found: unit())
        case 3: return .unknownIndicator(Indicator.ID(text()))
        case 4: return .coverageGap(observations: list(0...2) { Observation.ID($0.text()) })
        default: return .calculation(.targetEqualsBaseline(target: decimal(), baseline: decimal()))
        }
    }

    mutating func evaluation() -> TargetEvaluation {
        let target = target()
        var evaluation = TargetEvaluation(target: target, indicator: maybe { $0.indicator() }, asOf: date())
        evaluation.status = pick(EvaluationStatus.allCases)
        evaluation.reason = maybe { $0.pick(StatusReason.allCases) }
        evaluation.actual = maybe { $0.decimal() }
        evaluation.actualApproximation = pick(Approximation.allCases)
        evaluation.actualQuality = maybe { $0.pick(ObservationQuality.allCases) }
        evaluation.actualDate = maybe { $0.date() }
        evaluation.check = maybe { $0.pick([RequirementCheck.holds, .fails, .undetermined]) }
        let unit = target.requirement.unit
        evaluation.observationsUsed = list(0...2) { $0.observation(unit) }
        evaluation.observationsSuperseded = list(0...1) { $0.observation(unit) }
        evaluation.observationsNotComparable = list(0...1) { $0.observation(unit) }
        var figures = EvaluationFigures()
        figures.completion = maybe { $0.decimal() }
        figures.completionOfOriginal = maybe { $0.decimal() }
        figures.gapClosed = maybe { $0.decimal() }
        figures.expectedProgress = maybe { $0.decimal() }
        figures.paceRatio = maybe { $0.decimal() }
        figures.projection = maybe { $0.decimal() }
        figures.shortfall = maybe { $0.decimal() }
        figures.requiredPerYear = maybe { $0.decimal() }
        figures.requiredPerMonth = maybe { $0.decimal() }
        if bool() {
            figures.growth = try? GrowthAssessment(
                observedRate: Double(int(-500...500)) / 1000, requiredRate: Double(int(1...500)) / 1000)
        }
        evaluation.figures = figures
        evaluation.issues = list(0...2) { $0.issue() }
        return evaluation
    }

    mutating func milestone() -> MilestoneEvaluation {
        let milestone = Milestone(
            id: Milestone.ID(text()), title: localized(), due: date(),
            evidence: list(0...2) { .init(date: $0.date(), isDone: $0.bool(), citation: $0.maybe { $0.citation() }) },
            weight: decimal(), citation: maybe { $0.citation() })
        return MilestoneEvaluation(milestone: milestone, asOf: date())
    }

    mutating func rollup() -> Rollup {
        var rollup = Rollup()
        for status in EvaluationStatus.allCases { rollup.counts[status] = int(0...5) }
        rollup.meanProgress = maybe { $0.decimal() }
        rollup.progressCount = int(0...10)
        rollup.excluded = list(0...2) { Rollup.Exclusion(item: $0.text(), reason: $0.pick(Rollup.Reason.allCases)) }
        return rollup
    }

    mutating func theme(depth: Int) -> ThemeScorecard {
        ThemeScorecard(
            id: Theme.ID(text()), title: localized(), rollup: rollup(),
            themes: depth > 0 ? list(0...2) { $0.theme(depth: depth - 1) } : [],
            targets: list(0...3) { $0.evaluation() }, milestones: list(0...2) { $0.milestone() })
    }

    mutating func scorecard() -> Scorecard {
        let policy = EvaluationPolicy(
            aheadThreshold: decimal(), onTrackThreshold: decimal(), atRiskThreshold: decimal(),
            approximationTolerance: decimal(), growthOnTrackRatio: Double(int(0...100)) / 100,
            growthAccelerationRatio: Double(int(0...100)) / 100)
        let plans = list(0...2) {
            PlanScorecard(
                id: Plan.ID($0.text()), title: $0.localized(), period: $0.period(),
                source: $0.maybe { Source.ID($0.text()) },
                rollup: $0.rollup(), themes: $0.list(0...3) { $0.theme(depth: 2) })
        }
        let sources = list(0...2) {
            Source(
                id: Source.ID($0.text()), title: $0.localized(), publishedOn: $0.maybe { $0.date() },
                locator: $0.text(),
                note: $0.maybe { LocalizedText(zh: $0.text()) })
        }
        return Scorecard(
            asOf: date(), policy: policy, plans: plans, rollup: rollup(), sources: sources,
            indicators: list(0...3) { $0.indicator() }, achievements: list(0...3) { $0.observation($0.unit()) })
    }
}

private func preconditionFailureDate() -> CalendarDate { preconditionFailure("no valid date") }
private func preconditionFailurePeriod() -> Period { preconditionFailure("no valid period") }
