/// Texts for the parser: glibc's own output at many precisions (`%.Ne`, `%a`), exact
/// halfway points between adjacent doubles (the hardest decimal inputs: the answer hangs on
/// the last of hundreds of digits) and their near neighbours, random digit strings, and
/// strtod's special forms.
enum ParseInputs {
    static func next(_ generator: inout DoubleGenerator) -> String {
        let value = generator.nextDouble()
        switch generator.below(8) {
        case 0: return HostLibc.format("%.\(generator.below(26))e", value)
        case 1: return HostLibc.format(generator.below(2) == 0 ? "%a" : "%.\(generator.below(14))a", value)
        case 2, 3, 4: return halfway(value, &generator)
        case 5:
            var text = generator.below(2) == 0 ? "" : "-"
            for _ in 0..<(1 + generator.below(30)) { text += String(generator.below(10)) }
            if generator.below(2) == 0 { text.insert(".", at: text.index(text.startIndex, offsetBy: generator.below(text.count + 1))) }
            if generator.below(3) != 0 { text += "e" + String(generator.below(701) - 350) }
            return text
        case 6 where generator.below(2) == 0:
            // A tie between two doubles in hexadecimal, then maybe a far non-zero digit.
            let fraction = String(generator.next() >> 12 | 1 << 52, radix: 16).dropFirst()
            let tail = generator.below(2) == 0 ? "" : String(repeating: "0", count: generator.below(20)) + "1"
            return "0x1." + fraction + "8" + tail + "p" + String(generator.below(2101) - 1100)
        case 6:
            var text = "0x"
            for _ in 0..<(1 + generator.below(20)) { text += String(generator.below(16), radix: 16) }
            return text + "p" + String(generator.below(2301) - 1150)
        default:
            let forms = ["  inf", "-Infinity", "infinit", "nan", "-NaN", "nan()", "nan(abc_1)", "nan(", "nan(0x12345)", "-nan(4095)", "0x", "0x.p1",
                         ".e5", "1e", "1e+", "-.5E-1x", "0x1p", "0X1P-1074", "1e-400", "1e400", "\t\n+7"]
            return forms[generator.below(forms.count)]
        }
    }

    /// The exact midpoint between `value` and the next double up (as x86's 80-bit long
    /// double holds it exactly), printed with all its digits, or nudged just below or above.
    static func halfway(_ value: Double, _ generator: inout DoubleGenerator) -> String {
        guard value.isFinite, value.nextUp.isFinite else { return "1" }
        let midpoint = (Float80(value) + Float80(value.nextUp)) / 2
        let exact = HostLibc.format("%.780Le", longDouble: midpoint)
        guard let e = exact.firstIndex(of: "e") else { return exact }
        var mantissa = String(exact[..<e])
        while mantissa.hasSuffix("0") { mantissa.removeLast() }
        let exponent = exact[e...]
        switch generator.below(3) {
        case 0: return mantissa + exponent
        case 1:
            // Just above: the 1 lands before digit 800 or, after many zeros, beyond the
            // digits the parser keeps exactly (there only its sticky digit saves the day).
            let zeros = generator.below(2) == 0 ? 9 : 1000
            return mantissa + String(repeating: "0", count: zeros) + "1" + exponent
        default:
            // Just below when cut short (still above the double below it).
            let keep = min(mantissa.count, 18 + generator.below(40))
            return String(mantissa.prefix(keep)) + exponent
        }
    }
}
