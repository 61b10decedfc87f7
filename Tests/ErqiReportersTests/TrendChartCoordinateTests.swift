import Foundation
import Testing

@testable import ErqiHTMLReporter

/// The trend chart's coordinates are written without Foundation's formatter (issue #18 point 4: the HTML
/// reporter spent most of its time in `String(format:)`), with the same text.
struct TrendChartCoordinateTests {
    static func printf(_ value: Double) -> String {
        String(format: "%.1f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    @Test(arguments: [
        0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.049999999, 0.15, 0.25, 0.35, 0.45, 1.25, 2.5, 12, 398.75, 176.0, 560,
        -12.34, 1e6 + 0.05, 0x1p52 - 1, 0x1p52, 1e300, -1e300, 1e-300, 9.95, 0.95, 99.95, 999.96, -9.96,
    ])
    func oneDecimalIsPrintfsText(_ value: Double) {
        #expect(HTMLTrendChart.oneDecimal(value) == Self.printf(value))
    }

    @Test func randomCoordinatesMatchPrintf() {
        var random = SeededGenerator(seed: 184)
        for round in 0..<20_000 {
            let scale = [1.0, 10, 560, 1e4, 1e9][round % 5]
            let value = Double.random(in: -scale...scale, using: &random)
            // Halves, quarters and eighths are exact ties in binary: the rounding to even shows there.
            let tie = (value * 8).rounded() / 8
            #expect(HTMLTrendChart.oneDecimal(value) == Self.printf(value), "\(value)")
            #expect(HTMLTrendChart.oneDecimal(tie) == Self.printf(tie), "\(tie)")
        }
    }
}
