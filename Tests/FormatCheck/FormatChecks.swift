import Format

/// What one check found.
public struct FormatCheckResult: Sendable {
    public var name: String
    public var samples = 0
    public var mismatches = 0
    /// The first few mismatches, with the input in hex and both texts.
    public var examples: [String] = []
    /// Hexadecimal inputs where glibc's strtod is off by one ulp and Kiln is exact (see
    /// `checkParse`), with a few examples.
    public var glibcMisroundings = 0
    public var glibcExamples: [String] = []

    mutating func record(_ example: @autoclosure () -> String) {
        mismatches += 1
        if examples.count < 8 { examples.append(example()) }
    }
}

/// The named comparisons with glibc, each over generated doubles: formatting (the text
/// must be identical) and parsing (glibc's text and Kiln's must read back to the same bits).
public enum FormatChecks {
    public static let names = ["%.17g", "%.12g", "%g", "%f", "%e", "%a", "flags", "integers", "shortest", "parse"]

    /// Runs check `name` on `samples` generated inputs.
    public static func run(_ name: String, samples: Int, seed: UInt64 = 0x4B494C4E) -> FormatCheckResult {
        var result = FormatCheckResult(name: name)
        var generator = DoubleGenerator(seed: seed &+ UInt64(names.firstIndex(of: name) ?? 0))
        for index in 0..<samples {
            result.samples += 1
            switch name {
            case "%.17g", "%.12g", "%g":
                compare(PrintfConversion(name), generator.nextDouble(), &result)
            case "%f", "%e":
                // Every precision 0...20 in turn.
                let conversion = PrintfConversion("%.\(index % 21)" + name.dropFirst())
                compare(conversion, generator.nextDouble(), &result)
            case "%a":
                // The exact form, then every precision 0...15 in turn.
                let precision = index % 17
                compare(PrintfConversion(precision == 16 ? "%a" : "%.\(precision)a"), generator.nextDouble(), &result)
            case "flags":
                compare(PrintfConversion(randomConversion(&generator, letters: "feEgGaA")), generator.nextDouble(), &result)
            case "integers":
                let conversion = PrintfConversion(randomConversion(&generator, letters: "diouxX", length: "ll"))
                let value = Int64(bitPattern: generator.next() >> UInt64(generator.below(64)))
                let signed = generator.below(2) == 0 ? value : -value
                let ours = conversion.kiln(integer: signed), theirs = HostLibc.format(conversion.text, integer: signed)
                if ours != theirs { result.record("\(conversion.text) \(signed): kiln \"\(ours)\", glibc \"\(theirs)\"") }
            case "shortest":
                checkShortest(generator.nextDouble(), &result)
            default:
                checkParse(ParseInputs.next(&generator), &result)
            }
        }
        return result
    }

    /// Same text from Kiln and glibc; and glibc's text must parse back (by Kiln) to what
    /// glibc's strtod reads from it (the value itself when the precision round-trips).
    static func compare(_ conversion: PrintfConversion, _ value: Double, _ result: inout FormatCheckResult) {
        let ours = conversion.kiln(value), theirs = HostLibc.format(conversion.text, value)
        if ours != theirs {
            result.record("\(conversion.text) 0x\(String(value.bitPattern, radix: 16)): kiln \"\(ours)\", glibc \"\(theirs)\"")
        }
        checkParse(theirs, &result)
    }

    /// Kiln's parse of `text` agrees with glibc's strtod, bits and length — except where
    /// glibc 2.36 itself is wrong: it misrounds some hexadecimal inputs whose value is
    /// subnormal (`0x32ae7113308b4bp-1076` is …d2.C × 2^−1074 and must round up to …d3,
    /// as Python's `float.fromhex` and the x87 hardware agree; glibc gives …d2). For
    /// hexadecimal text of at most 16 significant digits the value is exact in an 80-bit
    /// long double, so the hardware's long double → double conversion is the oracle there;
    /// such cases are counted apart, not as mismatches.
    static func checkParse(_ text: String, _ result: inout FormatCheckResult) {
        let ours = FloatParsing.parse(Array(text.utf8)), theirs = HostLibc.parse(text)
        if ours.bits != theirs.bits, ours.consumed == theirs.consumed, let exact = HostLibc.exactHexadecimal(text),
           ours.bits == exact.bitPattern {
            result.glibcMisroundings += 1
            if result.glibcExamples.count < 4 {
                result.glibcExamples.append("glibc misrounds \"\(text)\": 0x\(String(theirs.bits, radix: 16)), exact 0x\(String(exact.bitPattern, radix: 16))")
            }
            return
        }
        if ours.bits != theirs.bits || ours.consumed != theirs.consumed {
            result.record("parse \"\(text)\": kiln 0x\(String(ours.bits, radix: 16)) (\(ours.consumed) bytes), glibc 0x\(String(theirs.bits, radix: 16)) (\(theirs.consumed) bytes)")
        }
    }

    /// A random conversion `%[flags][width][.precision]<letter>`.
    static func randomConversion(_ generator: inout DoubleGenerator, letters: String, length: String = "") -> String {
        var text = "%"
        for flag in ["-", "+", " ", "#", "0"] where generator.below(4) == 0 { text += flag }
        if generator.below(2) == 0 { text += String(generator.below(30)) }
        if generator.below(3) != 0 { text += "." + String(generator.below(22)) }
        let letters = Array(letters)
        return text + length + String(letters[generator.below(letters.count)])
    }
}

extension FormatChecks {
    /// Kiln's shortest digits read back (by glibc) as the same double, and are the digits
    /// and exponent of Swift's own `description`, which is shortest-and-closest too.
    static func checkShortest(_ value: Double, _ result: inout FormatCheckResult) {
        guard value.isFinite else { return }
        let ours = ShortestDecimal(bits: value.bitPattern)
        let text = (ours.negative ? "-" : "") + (ours.digits.isEmpty ? "0" : ours.digits.map(String.init).joined())
            + "e" + String(ours.exponent - max(ours.digits.count - 1, 0))
        let back = HostLibc.parse(text).bits
        let swift = swiftDigits(value.magnitude.description)
        let digitsAgree = ours.digits == swift.digits && (ours.digits.isEmpty || ours.exponent == swift.exponent)
        if back != value.bitPattern || !digitsAgree {
            result.record("shortest 0x\(String(value.bitPattern, radix: 16)): kiln \(text), Swift \(value)")
        }
    }

    /// The significant digits and the exponent of the first one, from Swift's text.
    static func swiftDigits(_ text: String) -> (digits: [UInt8], exponent: Int) {
        let parts = text.split(separator: "e")
        var exponent = parts.count > 1 ? Int(parts[1])! : 0
        let mantissa = parts[0]
        let point = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count
        var digits = mantissa.filter { $0 != "." }.map { UInt8($0.wholeNumberValue!) }
        exponent += point - 1
        while digits.first == 0 { digits.removeFirst(); exponent -= 1 }
        while digits.last == 0 { digits.removeLast() }
        return (digits, exponent)
    }
}
