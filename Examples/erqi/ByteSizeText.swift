/// A size in bytes as a command line writes it: `2GiB`, `512MiB`, `64KiB`, `1TiB` or a plain number of bytes.
///
/// The number is whole and above zero, the unit (a power of 1024) follows it without a space, and the result
/// fits in an `Int`. Anything else is refused with a sentence that shows the part that is wrong.
enum ByteSizeText {
    /// The units, each with the power of two it multiplies by.
    static let units: [(name: String, shift: Int)] = [("KiB", 10), ("MiB", 20), ("GiB", 30), ("TiB", 40)]

    /// Parses a size.
    /// - Parameters:
    ///   - text: The text after the flag.
    ///   - option: The flag, for the message (`--max-input-size`).
    /// - Returns: The number of bytes, at least 1.
    /// - Throws: `CommandLineOptions.UsageError` saying what is wrong with the text.
    static func bytes(_ text: String, option: String) throws(CommandLineOptions.UsageError) -> Int {
        func refuse(_ why: String) -> CommandLineOptions.UsageError {
            CommandLineOptions.UsageError(
                message: "\(option) takes a size such as 512MiB, 2GiB or a number of bytes, not '\(text)': \(why)")
        }
        let digits = text.unicodeScalars.prefix { ("0"..."9").contains($0) }
        let unit = String(text.unicodeScalars.dropFirst(digits.count))
        guard !digits.isEmpty else {
            if text.hasPrefix("-") { throw refuse("a size is not negative") }
            throw refuse(text.isEmpty ? "it is empty" : "it does not start with a digit")
        }
        if unit.hasPrefix(".") || unit.hasPrefix(",") {
            throw refuse("the number must be whole (write 1536MiB for 1.5GiB)")
        }
        if unit.hasPrefix(" ") { throw refuse("write the unit right after the number, without a space (2GiB)") }
        let shift: Int
        if unit.isEmpty {
            shift = 0
        } else if let known = units.first(where: { $0.name == unit }) {
            shift = known.shift
        } else {
            throw refuse("'\(unit)' is not a unit; use KiB, MiB, GiB or TiB (powers of 1024), or none for bytes")
        }
        // Digit by digit with overflow checks: a number too large for an Int is refused, never wrapped or trapped.
        var number = 0
        for digit in digits {
            let (times10, overflowA) = number.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = times10.addingReportingOverflow(Int(digit.value - 48))
            if overflowA || overflowB { throw refuse("it is more than \(Int.max) bytes, the most erqi can count") }
            number = sum
        }
        guard number > 0 else { throw refuse("the limit must be at least 1 byte") }
        guard number <= Int.max >> shift else {
            throw refuse("it is more than \(Int.max) bytes, the most erqi can count")
        }
        return number << shift
    }
}
