import ErqiCore

/// One figure on its way to a draft: its quantity, its context and the cue words that speak for each kind.
struct Candidate {
    /// How strongly the cues speak for a target and for an achievement, and the cues found.
    struct Score {
        var target = 0
        var achievement = 0
        var targetCues: [String] = []
        var achievementCues: [String] = []
    }

    let found: ParsedQuantity
    let context: FigureContext
    let score: Score

    init(found: ParsedQuantity, context: FigureContext) {
        self.found = found
        self.context = context
        score = Self.score(found, context)
    }

    private static func score(_ found: ParsedQuantity, _ context: FigureContext) -> Score {
        var score = Score()
        if let commitment = found.commitment {
            score.target += 3
            score.targetCues.append(commitment == .ensure ? "确保" : "力争")
        }
        if let comparator = found.comparator, comparator == .atLeast || comparator == .atMost {
            score.target += 3
            score.targetCues.append(comparator == .atLeast ? "以上" : "以内")
        }
        if let change = found.change, change.isYearOnYear {
            score.achievement += 3
            score.achievementCues.append("同比")
        }
        let farSentence = String(context.sentence.dropLast(context.clause.count))
        for cue in CueWords.found(CueWords.strongTarget, in: context.clause) {
            score.target += 3
            score.targetCues.append(cue)
        }
        for cue in CueWords.found(CueWords.strongTarget, in: farSentence) {
            score.target += 2
            score.targetCues.append(cue)
        }
        for cue in CueWords.found(CueWords.weakTarget, in: context.clause) {
            score.target += 1
            score.targetCues.append(cue)
        }
        for cue in CueWords.found(CueWords.strongAchievement, in: context.clause) {
            score.achievement += 3
            score.achievementCues.append(cue)
        }
        for cue in CueWords.found(CueWords.strongAchievement, in: farSentence) {
            score.achievement += 2
            score.achievementCues.append(cue)
        }
        for cue in CueWords.found(CueWords.weakAchievement, in: context.clause) {
            score.achievement += 1
            score.achievementCues.append(cue)
        }
        if score.target == 0, score.achievement == 0 {
            for cue in CueWords.found(CueWords.weakTarget, in: farSentence) {
                score.target += 1
                score.targetCues.append(cue)
            }
            for cue in CueWords.found(CueWords.weakAchievement, in: farSentence) {
                score.achievement += 1
                score.achievementCues.append(cue)
            }
        }
        if context.after.contains("任务") || context.after.contains("目标") {
            score.target += 2
            score.targetCues.append("…任务")
        }
        return score
    }

    /// The cue margin for a target (positive) or an achievement (negative), clipped to ±3.
    var lean: Int { max(-3, min(3, score.target - score.achievement)) }

    /// The drafted figure. Strong cues (a margin of 3 or more) decide. Otherwise its weak cues, the frame of the part
    /// of the report it stands in (`localFrame`: +1 after 下半年 or 区将, −1 after 一年来 or 上半年, counted twice) and
    /// the strong cues of the figures around it (`neighbourhood`, by its sign) add up; the report's frame breaks a tie.
    func figure(neighbourhood: Int, localFrame: Int, frame: FigureKind, reader: DraftPeriodReader) -> DraftedFigure {
        let kind: FigureKind
        let confidence: DraftConfidence
        var review: String?
        let margin = score.target - score.achievement
        var reason: String
        let cues = margin >= 0 ? score.targetCues : score.achievementCues
        let against = margin >= 0 ? score.achievementCues : score.targetCues
        func words(_ list: [String]) -> String {
            var unique: [String] = []
            for word in list where !unique.contains(word) { unique.append(word) }
            return unique.isEmpty ? "none" : unique.joined(separator: ", ")
        }
        let total = margin + 2 * localFrame + neighbourhood.signum()
        if abs(margin) >= 3 {
            kind = margin > 0 ? .target : .observation
            confidence = .high
            reason = "\(kind == .target ? "target" : "achievement") cues: \(words(cues))"
            if !against.isEmpty { reason += "; against: \(words(against))" }
        } else if total != 0 {
            kind = total > 0 ? .target : .observation
            let agrees = margin != 0 && (margin > 0) == (total > 0)
            confidence = agrees ? .medium : .low
            let part = localFrame > 0 ? "a plan" : localFrame < 0 ? "a review" : "no marked part"
            reason =
                "weak cues (\(words(score.targetCues)) for a target; \(words(score.achievementCues)) for an "
                + "achievement), in \(part), beside figures that read as "
                + (neighbourhood > 0 ? "targets" : neighbourhood < 0 ? "achievements" : "either")
            if !agrees {
                review =
                    "Target or achievement? The cue words are weak or disagree with the part of the report it "
                    + "stands in; confirm the kind."
            }
        } else {
            kind = frame
            confidence = .low
            reason = "no cue word decides; the report reads mostly as \(frame == .target ? "a plan" : "a review")"
            review = "Target or achievement? No cue word decides; confirm the kind."
        }
        var quantity = found.quantity
        var upperQuantity = found.upperQuantity
        var approximation = found.approximation
        if quantity.unit == .count(measureWord: nil) {
            quantity = Quantity(value: quantity.value, unit: .count(measureWord: "人"))
            review = "The number has no unit; read as a count of people (人) from the word after it. Confirm the unit."
        }
        let changeWords = ["增加", "增长", "提高", "扩大"]
        let beforeNumber = String(context.near.reversed().drop(while: { "了近约".contains($0) }).reversed())
        if quantity.unit == .multiple, changeWords.contains(where: { beforeNumber.hasSuffix($0) }) {
            // 增加一倍 is a growth of 100%, not a multiple of 1.
            quantity = Quantity(value: quantity.value, unit: .percent)
        }
        if kind == .target, let change = found.change, change.direction == .decrease,
            let magnitude = try? Quantity(0, quantity.unit).subtracting(quantity)
        {
            // A target to cut (压缩15%) asks for a cut of at least 15%: the indicator is the cut.
            quantity = magnitude
            upperQuantity = nil
        }
        let unit = quantity.unit
        let indicatorKind: IndicatorKind
        switch unit {
        case .percent, .percentagePoints, .multiple: indicatorKind = .rate
        default:
            let levelWords = ["达到", "总数", "总量", "主体", "现有", "保有", "总面积", "建成区"]
            // Amounts of money in these reports are flows (output, investment, revenue), even after 达到.
            let isLevel = unit != .yuan && levelWords.contains(where: { context.near.contains($0) })
            indicatorKind = isLevel ? .stock : .flow
        }
        let (period, periodReason) = reader.period(
            sentence: context.sentence, kind: kind, indicatorKind: indicatorKind)
        var comparator = found.comparator
        if kind == .target, comparator == nil {
            let capWords = ["控制在", "以内", "不超过", "不高于"]
            comparator = capWords.contains(where: { context.near.contains($0) }) ? .atMost : .atLeast
        }
        if kind == .target, found.approximation != .exact {
            review = "An approximate target (\(context.literal)): write the band or the bound it means."
        }
        if kind == .observation, let written = found.comparator {
            switch written {
            case .greaterThan where approximation == .exact:
                approximation = .moreThan
                comparator = nil
            case .lessThan where approximation == .exact:
                approximation = .nearly
                comparator = nil
            default:
                review = "An achievement written with a comparator (\(context.literal)): give the figure reached."
            }
        }
        let quality: ObservationQuality = context.sentence.contains("预计") ? .preliminary : .final
        let name = IndicatorNamer.name(context: context, unit: unit)
        if name.isEmpty, review == nil {
            review = "No words name this figure; name the indicator."
        }
        return DraftedFigure(
            kind: kind, literal: context.literal, line: context.line, quantity: quantity,
            upperQuantity: upperQuantity, comparator: comparator, approximation: approximation,
            period: period, periodReason: periodReason, indicatorName: name.isEmpty ? "未命名指标" : name,
            indicatorKind: indicatorKind, quality: quality, confidence: confidence, reason: reason, review: review)
    }
}
