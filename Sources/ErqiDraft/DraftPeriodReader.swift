import ErqiCore

/// Reads the period a figure covers from the phrases around it and the report's year.
struct DraftPeriodReader {
    /// The report's year.
    let year: Int
    /// The report's year as a period, checked when the drafter was made.
    let yearPeriod: Period

    /// The period and the reason for it.
    /// - Parameters:
    ///   - sentence: The sentence before the figure, line breaks removed.
    ///   - kind: Target or observation.
    ///   - indicatorKind: A stock is read as a level on the last day.
    func period(sentence: String, kind: FigureKind, indicatorKind: IndicatorKind) -> (Period, String) {
        if let until = yearAfter("到", in: sentence) ?? yearAfter("至", in: sentence), until > year {
            return (range(year + 1, until), "到\(until)年: from the year after the report to \(until)")
        }
        if sentence.contains("十四五") || sentence.contains("今后五年") || sentence.contains("未来五年") {
            return (range(2021, 2025), "十四五 (the 14th five-year plan, 2021–2025)")
        }
        if sentence.contains("十三五") || sentence.contains("五年来") || sentence.contains("过去五年") {
            return (range(2016, 2020), "十三五 or a five-year review (2016–2020)")
        }
        if sentence.contains("上半年") || sentence.contains("1~6月") || sentence.contains("1-6月") {
            if let half = try? Period.half(year, 1) {
                return (half, "上半年 or 1~6月 of \(year)")
            }
        }
        if indicatorKind == .stock, kind == .observation, let day = try? CalendarDate(year, 12, 31),
            let level = try? Period(start: day, end: day)
        {
            return (level, "a level, read at the end of \(year)")
        }
        return (range(year, year), sentence.contains("全年") ? "全年 of \(year)" : "the report's year, \(year)")
    }

    /// A period of whole years; the report's year when the years are impossible.
    private func range(_ first: Int, _ last: Int) -> Period {
        (try? Period.years(first, through: last)) ?? yearPeriod
    }

    /// The year written as 到2025年 (or 至2025年).
    private func yearAfter(_ word: String, in text: String) -> Int? {
        let characters = Array(text)
        let marker = Array(word)
        var index = 0
        while index + marker.count + 5 <= characters.count {
            if Array(characters[index..<(index + marker.count)]) == marker {
                let digits = characters[(index + marker.count)..<(index + marker.count + 4)]
                if digits.allSatisfy({ $0.isASCII && $0.isNumber }), characters[index + marker.count + 4] == "年",
                    let value = Int(String(digits))
                {
                    return value
                }
            }
            index += 1
        }
        return nil
    }
}
