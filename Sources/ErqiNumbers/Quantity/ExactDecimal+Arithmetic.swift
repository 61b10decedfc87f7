// MARK: - Exact arithmetic

extension ExactDecimal {
    /// The exact sum.
    /// - Parameter other: The value to add.
    /// - Returns: `self + other`.
    /// - Throws: ``QuantityError/overflow(operation:)`` when the sum needs more than 38 significant digits.
    public func adding(_ other: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        try ExactDecimal.sum(self, other, operation: "addition")
    }

    /// The exact difference.
    /// - Parameter other: The value to subtract.
    /// - Returns: `self − other`.
    /// - Throws: ``QuantityError/overflow(operation:)`` when the difference needs more than 38 significant digits.
    public func subtracting(_ other: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        try ExactDecimal.sum(self, -other, operation: "subtraction")
    }

    /// The exact product.
    /// - Parameter other: The factor.
    /// - Returns: `self × other`.
    /// - Throws: ``QuantityError/overflow(operation:)`` when the product needs more than 38 significant digits
    ///   or an exponent outside −128…127.
    public func multiplied(by other: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        if isZero || other.isZero { return .zero }
        let negative = isNegative != other.isNegative
        var (high, low) = significand.magnitude.multipliedFullWidth(by: other.significand.magnitude)
        var exponent = self.exponent + other.exponent
        // A product wider than 128 bits still fits when it ends in enough zeros (2^100 × 5^50).
        while high != 0 {
            let upper = high.quotientAndRemainder(dividingBy: 10)
            let lower = UInt128(10).dividingFullWidth((upper.remainder, low))
            guard lower.remainder == 0 else { throw .overflow(operation: "multiplication") }
            (high, low) = (upper.quotient, lower.quotient)
            exponent += 1
        }
        return try ExactDecimal.make(
            negative: negative, magnitude: low, exponent: exponent, operation: "multiplication")
    }

    /// The quotient, rounded to ``divisionSignificantDigits`` (20) significant digits, ties to even.
    ///
    /// It is exact whenever the exact quotient has at most 20 significant digits. A quotient below 10^−128 is
    /// rounded at that exponent (to zero when it is less than half of 10^−128).
    /// - Parameter divisor: The divisor.
    /// - Returns: `self ÷ divisor`, rounded.
    /// - Throws: ``QuantityError/divisionByZero(operation:)`` when the divisor is zero;
    ///   ``QuantityError/overflow(operation:)`` when the quotient's exponent would pass 127.
    public func divided(by divisor: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        if divisor.isZero { throw .divisionByZero(operation: "division") }
        if isZero { return .zero }
        let precision = ExactDecimal.divisionSignificantDigits
        let negative = isNegative != divisor.isNegative
        var denominator = divisor.significand.magnitude
        // Scale so that the integer quotient has `precision` or `precision + 1` digits: first the numerator to
        // 38 digits, then whichever side the remaining shift asks for.
        let widening = ExactDecimal.maximumSignificantDigits - ExactDecimal.digitCount(significand.magnitude)
        let numerator = significand.magnitude * ExactDecimal.powerOfTen(widening)
        let rest = precision - ExactDecimal.maximumSignificantDigits + ExactDecimal.digitCount(denominator)
        var quotient: UInt128
        var remainder: UInt128
        if rest >= 0 {
            // A 256-bit dividend whose quotient stays below 10^(precision + 1).
            let wide = numerator.multipliedFullWidth(by: ExactDecimal.powerOfTen(rest))
            (quotient, remainder) = denominator.dividingFullWidth(wide)
        } else {
            // The denominator grows to 38 − precision digits.
            denominator *= ExactDecimal.powerOfTen(-rest)
            (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        }
        let shift = widening + rest
        var exponent = self.exponent - divisor.exponent - shift
        // How the dropped part compares with half a unit of the last digit kept (−1 less, 0 equal, 1 more), and
        // whether anything non-zero was dropped at all.
        var half: Int
        var inexact = remainder != 0
        if quotient >= ExactDecimal.powerOfTen(precision) {
            let digit = quotient % 10
            quotient /= 10
            exponent += 1
            inexact = inexact || digit != 0
            half = digit > 5 ? 1 : digit < 5 ? -1 : remainder != 0 ? 1 : 0
        } else {
            let twice = remainder << 1
            half = twice > denominator ? 1 : twice < denominator ? -1 : 0
        }
        if exponent < ExactDecimal.minimumExponent {
            // Too small for the exponent range: round once, at 10^−128 instead.
            quotient = ExactDecimal.roundedHalfEven(
                quotient, droppingDigits: ExactDecimal.minimumExponent - exponent, sticky: inexact)
            exponent = ExactDecimal.minimumExponent
        } else if half > 0 || (half == 0 && quotient & 1 == 1) {
            quotient += 1
        }
        return try ExactDecimal.make(negative: negative, magnitude: quotient, exponent: exponent, operation: "division")
    }

    /// `value` with its last `count` digits dropped, rounded ties to even; `sticky` says that something non-zero
    /// was already dropped below them.
    static func roundedHalfEven(_ value: UInt128, droppingDigits count: Int, sticky: Bool) -> UInt128 {
        if count <= 0 { return value }
        if count > maximumSignificantDigits { return 0 }
        let unit = powerOfTen(count)
        let (quotient, dropped) = value.quotientAndRemainder(dividingBy: unit)
        var kept = quotient
        let half = unit / 2
        if dropped > half || (dropped == half && (sticky || kept & 1 == 1)) { kept += 1 }
        return kept
    }

    /// The exact sum of two values.
    private static func sum(_ lhs: ExactDecimal, _ rhs: ExactDecimal, operation: String) throws(QuantityError)
        -> ExactDecimal
    {
        if rhs.isZero { return lhs }
        if lhs.isZero { return rhs }
        // Line both up at the smaller exponent; a shift that overflows 128 bits gives a sum beyond 38 digits.
        let exponent = min(lhs.exponent, rhs.exponent)
        guard let left = aligned(lhs, to: exponent), let right = aligned(rhs, to: exponent) else {
            throw .overflow(operation: operation)
        }
        if lhs.isNegative == rhs.isNegative {
            let (total, overflow) = left.addingReportingOverflow(right)
            if overflow { throw .overflow(operation: operation) }
            return try make(negative: lhs.isNegative, magnitude: total, exponent: exponent, operation: operation)
        }
        if left == right { return .zero }
        return left > right
            ? try make(negative: lhs.isNegative, magnitude: left - right, exponent: exponent, operation: operation)
            : try make(negative: rhs.isNegative, magnitude: right - left, exponent: exponent, operation: operation)
    }

    /// The magnitude of a value in units of 10^exponent (at most its own exponent), or `nil` past 128 bits.
    private static func aligned(_ value: ExactDecimal, to exponent: Int) -> UInt128? {
        let shift = value.exponent - exponent
        let magnitude = value.significand.magnitude
        if shift == 0 { return magnitude }
        if shift > maximumSignificantDigits { return nil }
        let (scaled, overflow) = magnitude.multipliedReportingOverflow(by: powerOfTen(shift))
        return overflow ? nil : scaled
    }
}

// MARK: - Operators

extension ExactDecimal {
    /// The exact sum; see ``adding(_:)``.
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: The value to add.
    /// - Returns: `lhs + rhs`.
    /// - Throws: ``QuantityError/overflow(operation:)`` instead of losing a digit.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        try lhs.adding(rhs)
    }

    /// The exact difference; see ``subtracting(_:)``.
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: The value to subtract.
    /// - Returns: `lhs − rhs`.
    /// - Throws: ``QuantityError/overflow(operation:)`` instead of losing a digit.
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        try lhs.subtracting(rhs)
    }

    /// The exact product; see ``multiplied(by:)``.
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: The factor.
    /// - Returns: `lhs × rhs`.
    /// - Throws: ``QuantityError/overflow(operation:)`` instead of losing a digit.
    public static func * (lhs: ExactDecimal, rhs: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        try lhs.multiplied(by: rhs)
    }

    /// The quotient rounded to 20 significant digits, ties to even; see ``divided(by:)``.
    /// - Parameters:
    ///   - lhs: The dividend.
    ///   - rhs: The divisor.
    /// - Returns: `lhs ÷ rhs`, rounded.
    /// - Throws: ``QuantityError/divisionByZero(operation:)`` or ``QuantityError/overflow(operation:)``.
    public static func / (lhs: ExactDecimal, rhs: ExactDecimal) throws(QuantityError) -> ExactDecimal {
        try lhs.divided(by: rhs)
    }
}

// MARK: - Rounding for display

extension ExactDecimal {
    /// The value rounded to a number of decimal places, halves away from zero, for display only.
    ///
    /// Keep the unrounded value for further arithmetic.
    /// - Parameter places: The decimal places to keep (negative to round to tens, hundreds, …).
    /// - Returns: The rounded value; the value itself when it has no more places than that, or when rounding
    ///   would carry past 38 digits.
    public func rounded(places: Int) -> ExactDecimal {
        let drop = -places - exponent
        if drop <= 0 || isZero { return self }
        let magnitude = significand.magnitude
        var kept: UInt128 = 0
        if drop <= ExactDecimal.maximumSignificantDigits {
            let unit = ExactDecimal.powerOfTen(drop)
            let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: unit)
            kept = remainder >= unit - remainder ? quotient + 1 : quotient
        }
        return (try? ExactDecimal.make(negative: isNegative, magnitude: kept, exponent: -places, operation: "rounding"))
            ?? self
    }
}
