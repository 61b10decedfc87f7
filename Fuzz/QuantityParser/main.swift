// libFuzzer target for the quantity language. Built and run by `scripts/fuzz quantity-parser SECONDS`.
//
// Every input goes through `parse`, `parseNumber` and `extract`; none may trap. On top of that it checks:
// - extraction ranges lie inside the input, ascend without overlapping, and `text` is the input at `range`;
// - every quantity that was read, formatted exactly in one of the four styles (zh report, zh plain, en plain,
//   en report), parses back to the same value, unit and approximation. The style turns with each quantity,
//   starting from one chosen by the input's first byte, so that every style gets its share of the
//   executions without writing and reading each quantity four times on every one of them.
// A violated check is a deliberate trap, so libFuzzer records the input as a crash.

import ErqiNumbers

@_cdecl("LLVMFuzzerTestOneInput")
public func quantityParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var style = size > 0 ? Int(data[0]) : 0
    if let parsed = try? QuantityLanguage.parse(text) {
        checkRoundTrip(parsed, style: style)
        style += 1
    }
    _ = try? QuantityLanguage.parseNumber(text)

    let characters = Array(text)
    var previousEnd = 0
    for found in QuantityLanguage.extract(from: text) {
        guard found.range.lowerBound >= previousEnd, found.range.upperBound <= characters.count,
            !found.range.isEmpty
        else { preconditionFailure("bad range \(found.range) for \(characters.count) characters") }
        guard String(characters[found.range]) == found.text else {
            preconditionFailure("text '\(found.text)' is not the input at \(found.range)")
        }
        previousEnd = found.range.upperBound
        checkRoundTrip(found, style: style)
        style += 1
    }
    return 0
}

private let formatters = [
    QuantityFormatter(style: .report, language: .zh),
    QuantityFormatter(style: .plain, language: .zh),
    QuantityFormatter(style: .plain, language: .en),
    QuantityFormatter(style: .report, language: .en),
]

private func checkRoundTrip(_ parsed: ParsedQuantity, style: Int) {
    let formatter = formatters[style % formatters.count]
    let written = formatter.string(parsed.quantity, approximation: parsed.approximation)
    let again: ParsedQuantity
    do {
        again = try QuantityLanguage.parse(written)
    } catch {
        preconditionFailure("'\(written)' (from '\(parsed.text)') does not parse: \(error)")
    }
    guard again.quantity == parsed.quantity, again.approximation == parsed.approximation else {
        preconditionFailure(
            "'\(parsed.text)' → \(parsed.quantity) \(parsed.approximation) → '\(written)' → "
                + "\(again.quantity) \(again.approximation)")
    }
}
