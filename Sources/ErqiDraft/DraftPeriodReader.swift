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
            return (range(year, until), "到\(until)年: from the report's year to \(until)")
        }
        if sentence.contains("十四五") || sentence.contains("今后五年") || sentence.contains("未来五年") {
            return (range(2021, 2025), "十四五 (the 14th five-year plan, 2021–2025)")
        }
        if sentence.contains("十三五") || sentence.contains("五年来") || sentence.contains("过去五年") {
            return (range(2016, 2020), "十三五 or a five-year review (2016–2020)")
        }
        let printed = printedYear(in: sentence)
        let year = printed ?? self.year
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
        if let printed {
            return (range(printed, printed), "\(printed)年 printed in the sentence")
        }
        return (range(year, year), sentence.contains("全年") ? "全年 of \(year)" : "the report's year, \(year)")
    }

    /// A period of whole years; the report's year when the years are impossible.
    private func range(_ first: Int, _ last: Int) -> Period {
        (try? Period.years(first, through: last)) ?? yearPeriod
    }

    /// The last year printed in a sentence as 2020年, not as 到2025年 or 2015年的 (a comparison's base year).
    private func printedYear(in text: String) -> Int? {
        let characters = Array(text)
        var found: Int?
        var index = 0
        while index + 5 <= characters.count {
            let digits = characters[index..<(index + 4)]
            let before: Character? = index > 0 ? characters[index - 1] : nil
            let after: Character? = index + 5 < characters.count ? characters[index + 5] : nil
            if characters[index + 4] == "年", digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                before.map({ !"到至比较".contains($0) && !($0.isASCII && $0.isNumber) }) ?? true, after != "的",
                let value = Int(String(digits)), (1949...2100).contains(value)
            {
                found = value
                index += 5
            } else {
                index += 1
            }
        }
        return found
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
