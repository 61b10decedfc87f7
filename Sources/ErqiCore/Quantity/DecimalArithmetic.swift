package import Foundation

/// Checked exact arithmetic on `Decimal`: NaN results become typed errors instead of spreading silently.
package enum DecimalArithmetic {
    package static func add(_ lhs: Decimal, _ rhs: Decimal) throws(QuantityError) -> Decimal {
        try checked(DecimalSum.sum(lhs, rhs), "addition")
    }

    package static func subtract(_ lhs: Decimal, _ rhs: Decimal) throws(QuantityError) -> Decimal {
        try checked(DecimalSum.difference(lhs, rhs), "subtraction")
    }

    package static func multiply(_ lhs: Decimal, _ rhs: Decimal) throws(QuantityError) -> Decimal {
        try checked(lhs * rhs, "multiplication")
    }

    package static func divide(_ lhs: Decimal, _ rhs: Decimal) throws(QuantityError) -> Decimal {
        if rhs.isZero { throw .divisionByZero(operation: "division") }
        return try checked(DecimalQuotient.quotient(lhs, rhs), "division")
    }

    private static func checked(_ value: Decimal, _ operation: String) throws(QuantityError) -> Decimal {
        if value.isNaN { throw .overflow(operation: operation) }
        return value
    }
}
