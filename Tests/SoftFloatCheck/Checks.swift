import SoftFloat
#if canImport(Glibc)
import Glibc
#endif

/// Every soft-float operation, run on generated operands and compared bit for bit with
/// the host's hardware. `SoftFloatTests` runs each with a small sample count;
/// `softfloat-long-run` with millions.
public enum SoftFloatChecks {
    /// The operations, by name, in a stable order.
    public static var names: [String] { table.map(\.name) }

    /// Runs the check called `name` on `samples` operand tuples drawn from `seed`.
    public static func run(_ name: String, samples: Int, seed: UInt64 = 0x4B494C4E) -> CheckResult {
        guard let check = table.first(where: { $0.name == name }) else {
            preconditionFailure("no soft-float check named \(name)")
        }
        // Each operation gets its own stream, so adding a check does not change others.
        let stream = seed ^ UInt64(truncatingIfNeeded: name.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) })
        return check.run(samples, stream)
    }

    struct Check {
        var name: String
        var run: (Int, UInt64) -> CheckResult
    }

    // Computed, not stored: a global table of closures would have to be Sendable.
    static var table: [Check] {
        formatChecks(Float.self, suffix: "sf") + formatChecks(Double.self, suffix: "df") + [
            Check(name: "extendsfdf2") { n, seed in
                unary(Binary32.self, Binary64.self, "extendsfdf2", n, seed,
                      soft: { Binary64.convert($0, from: Binary32.self) },
                      hard: { Double(Float(bitPattern: $0)).bitPattern })
            },
            Check(name: "truncdfsf2") { n, seed in
                unary(Binary64.self, Binary32.self, "truncdfsf2", n, seed,
                      soft: { Binary32.convert($0, from: Binary64.self) },
                      hard: { Float(Double(bitPattern: $0)).bitPattern })
            },
        ]
    }

    static func formatChecks<H: HardwareFloat>(_ type: H.Type, suffix: String) -> [Check] {
        typealias F = H.Format
        func h(_ x: F.Bits) -> H { H(softBits: x) }
        return [
            Check(name: "add" + suffix) { binary(H.self, "add" + suffix, $0, $1, soft: F.add, hard: { h($0) + h($1) }) },
            Check(name: "sub" + suffix) { binary(H.self, "sub" + suffix, $0, $1, soft: F.subtract, hard: { h($0) - h($1) }) },
            Check(name: "mul" + suffix) { binary(H.self, "mul" + suffix, $0, $1, soft: F.multiply, hard: { h($0) * h($1) }) },
            Check(name: "div" + suffix) { binary(H.self, "div" + suffix, $0, $1, soft: F.divide, hard: { h($0) / h($1) }) },
            Check(name: "sqrt" + suffix) { n, seed in
                unary(F.self, F.self, "sqrt" + suffix, n, seed, soft: F.squareRoot,
                      hard: { h($0).squareRoot().softBits }, squares: true)
            },
            Check(name: "fma" + suffix) { fused(H.self, "fma" + suffix, $0, $1) },
            Check(name: "compare" + suffix) { compare(H.self, "compare" + suffix, $0, $1) },
            Check(name: "fix" + suffix + "si") { toInteger(H.self, Int32.self, "fix" + suffix + "si", $0, $1) },
            Check(name: "fixuns" + suffix + "si") { toInteger(H.self, UInt32.self, "fixuns" + suffix + "si", $0, $1) },
            Check(name: "fix" + suffix + "di") { toInteger(H.self, Int64.self, "fix" + suffix + "di", $0, $1) },
            Check(name: "fixuns" + suffix + "di") { toInteger(H.self, UInt64.self, "fixuns" + suffix + "di", $0, $1) },
            Check(name: "floatsi" + suffix) { fromInteger(H.self, Int32.self, "floatsi" + suffix, $0, $1) },
            Check(name: "floatunsi" + suffix) { fromInteger(H.self, UInt32.self, "floatunsi" + suffix, $0, $1) },
            Check(name: "floatdi" + suffix) { fromInteger(H.self, Int64.self, "floatdi" + suffix, $0, $1) },
            Check(name: "floatundi" + suffix) { fromInteger(H.self, UInt64.self, "floatundi" + suffix, $0, $1) },
        ]
    }

    static func binary<H: HardwareFloat>(
        _ type: H.Type, _ name: String, _ samples: Int, _ seed: UInt64,
        soft: (H.Format.Bits, H.Format.Bits) -> H.Format.Bits, hard: (H.Format.Bits, H.Format.Bits) -> H
    ) -> CheckResult {
        typealias F = H.Format
        var generator = OperandGenerator<F>(seed: seed)
        var result = CheckResult(name: name, samples: samples)
        for _ in 0..<samples {
            let (a64, b64) = generator.pair()
            let a = F.Bits(truncatingIfNeeded: a64), b = F.Bits(truncatingIfNeeded: b64)
            let ours = UInt64(soft(a, b)), hardware = UInt64(hard(a, b).softBits)
            if !agrees(F.self, ours: ours, hardware: hardware, operands: [a64, b64]) {
                result.record([a64, b64], ours: ours, hardware: hardware)
            }
        }
        return result
    }

    /// A one-operand operation from format `S` to format `D`. With `squares`, a third of
    /// the operands are squares of random values (and their neighbours), where a square
    /// root is exact or nearly so.
    static func unary<S: BinaryFormat, D: BinaryFormat>(
        _ source: S.Type, _ destination: D.Type, _ name: String, _ samples: Int, _ seed: UInt64,
        soft: (S.Bits) -> D.Bits, hard: (S.Bits) -> D.Bits, squares: Bool = false
    ) -> CheckResult {
        var generator = OperandGenerator<S>(seed: seed)
        var result = CheckResult(name: name, samples: samples)
        for _ in 0..<samples {
            var a64 = generator.operand()
            if squares && generator.random.below(3) == 0 {
                let root = generator.operand() & ~FormatShape<S>.signBit
                let square = UInt64(truncatingIfNeeded: S.multiply(S.Bits(truncatingIfNeeded: root), S.Bits(truncatingIfNeeded: root)))
                a64 = square &+ UInt64(generator.random.within(0...2)) &- 1
            }
            let a = S.Bits(truncatingIfNeeded: a64)
            let ours = UInt64(soft(a)), hardware = UInt64(hard(a))
            if !agrees(D.self, ours: ours, hardware: hardware, operands: [a64]) {
                result.record([a64], ours: ours, hardware: hardware)
            }
        }
        return result
    }

    /// fma(a, b, c). `c` is independent, near the product's magnitude (cancellation), or
    /// the negated rounded product itself (the result is then exactly the rounding error).
    static func fused<H: HardwareFloat>(_ type: H.Type, _ name: String, _ samples: Int, _ seed: UInt64) -> CheckResult {
        typealias F = H.Format
        var generator = OperandGenerator<F>(seed: seed)
        var result = CheckResult(name: name, samples: samples)
        for _ in 0..<samples {
            let (a64, b64) = generator.pair()
            let a = F.Bits(truncatingIfNeeded: a64), b = F.Bits(truncatingIfNeeded: b64)
            let product = UInt64(F.multiply(a, b))
            let c64: UInt64
            switch generator.random.below(4) {
            case 0: c64 = product ^ FormatShape<F>.signBit
            case 1: c64 = generator.operand(relatedTo: product)
            default: c64 = generator.operand()
            }
            let c = F.Bits(truncatingIfNeeded: c64)
            let ours = UInt64(F.fusedMultiplyAdd(a, b, c))
            // addingProduct is `self + x × y` rounded once (llvm.fma: FMA3 or glibc fma).
            let hardware = UInt64(H(softBits: c).addingProduct(H(softBits: a), H(softBits: b)).softBits)
            if !agrees(F.self, ours: ours, hardware: hardware, operands: [a64, b64, c64]) {
                result.record([a64, b64, c64], ours: ours, hardware: hardware)
            }
        }
        return result
    }

    /// The three compiler-rt comparison results against the hardware's predicates.
    static func compare<H: HardwareFloat>(_ type: H.Type, _ name: String, _ samples: Int, _ seed: UInt64) -> CheckResult {
        typealias F = H.Format
        var generator = OperandGenerator<F>(seed: seed)
        var result = CheckResult(name: name, samples: samples)
        for _ in 0..<samples {
            let (a64, b64) = generator.pair()
            let a = F.Bits(truncatingIfNeeded: a64), b = F.Bits(truncatingIfNeeded: b64)
            let x = H(softBits: a), y = H(softBits: b)
            let ordered: Int32 = x < y ? -1 : (x == y ? 0 : 1)
            let unordered = x.isNaN || y.isNaN
            let expected = [unordered ? 1 : ordered, unordered ? -1 : ordered, unordered ? 1 : 0]
            let ours = [F.compareLessOrEqual(a, b), F.compareGreaterOrEqual(a, b), F.compareUnordered(a, b)]
            if ours != expected {
                // Pack the three results into one word for the report: le, ge, unord bytes.
                func packed(_ r: [Int32]) -> UInt64 { r.reduce(0) { $0 << 8 | UInt64(UInt8(bitPattern: Int8($1))) } }
                result.record([a64, b64], ours: packed(ours), hardware: packed(expected))
            }
        }
        return result
    }

    /// Truncation toward zero. In range, the hardware conversion is the reference;
    /// out of range (where Swift would trap and C is undefined) the documented
    /// saturation: NaN and out-of-range values go to `min` or `max` by their sign bit.
    static func toInteger<H: HardwareFloat, I: FixedWidthInteger>(
        _ type: H.Type, _ integer: I.Type, _ name: String, _ samples: Int, _ seed: UInt64
    ) -> CheckResult {
        typealias F = H.Format
        var generator = OperandGenerator<F>(seed: seed)
        var result = CheckResult(name: name, samples: samples)
        // Exclusive bounds, exact in both formats: (min − 1, max + 1).
        let below = I.isSigned ? -Double(sign: .plus, exponent: I.bitWidth - 1, significand: 1) - 1 : -1.0
        let above = Double(sign: .plus, exponent: I.isSigned ? I.bitWidth - 1 : I.bitWidth, significand: 1)
        for _ in 0..<samples {
            let a64 = generator.integerish()
            let a = F.Bits(truncatingIfNeeded: a64)
            let value = Double(H(softBits: a))
            let expected: I
            if value > below && value < above {
                expected = I(H(softBits: a))
            } else {
                expected = a64 & FormatShape<F>.signBit != 0 ? I.min : I.max
            }
            let ours = F.convert(a, toInteger: I.self)
            if ours != expected {
                result.record([a64], ours: UInt64(truncatingIfNeeded: ours), hardware: UInt64(truncatingIfNeeded: expected))
            }
        }
        return result
    }

    static func fromInteger<H: HardwareFloat, I: FixedWidthInteger>(
        _ type: H.Type, _ integer: I.Type, _ name: String, _ samples: Int, _ seed: UInt64
    ) -> CheckResult {
        typealias F = H.Format
        var generator = OperandGenerator<F>(seed: seed)
        var result = CheckResult(name: name, samples: samples)
        for _ in 0..<samples {
            var value = I(truncatingIfNeeded: generator.integerBits(width: I.bitWidth))
            if I.isSigned && generator.random.coin() { value = 0 &- value }
            let ours = UInt64(F.convert(fromInteger: value))
            let hardware = UInt64(hardwareConversion(value, to: H.self).softBits)
            if ours != hardware {
                result.record([UInt64(truncatingIfNeeded: value)], ours: ours, hardware: hardware)
            }
        }
        return result
    }

    /// The compiler's own integer-to-float instruction sequence (cvtsi2sd and friends),
    /// not the generic `BinaryFloatingPoint` initializer.
    static func hardwareConversion<I: FixedWidthInteger, H: HardwareFloat>(_ value: I, to: H.Type) -> H {
        switch (value, H.self) {
        case (let v as Int32, is Double.Type): return Double(v) as! H
        case (let v as UInt32, is Double.Type): return Double(v) as! H
        case (let v as Int64, is Double.Type): return Double(v) as! H
        case (let v as UInt64, is Double.Type): return Double(v) as! H
        case (let v as Int32, is Float.Type): return Float(v) as! H
        case (let v as UInt32, is Float.Type): return Float(v) as! H
        case (let v as Int64, is Float.Type): return Float(v) as! H
        case (let v as UInt64, is Float.Type): return Float(v) as! H
        default: preconditionFailure("no hardware conversion for \(I.self) to \(H.self)")
        }
    }
}
