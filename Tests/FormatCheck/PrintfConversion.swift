import Format

/// One printf conversion written as text (`%-+08.3e`), taken apart into Kiln's
/// `FormatSpec` and style, so a check can give the same conversion to both Kiln and glibc.
public struct PrintfConversion {
    /// The conversion as glibc reads it.
    public let text: String
    /// Flags, width and precision.
    public let spec: FormatSpec
    /// The conversion letter, lower case (`f e g a d u o x`).
    public let letter: Character

    /// Parses `%[flags][width][.precision][ll]letter`.
    public init(_ text: String) {
        self.text = text
        var spec = FormatSpec()
        var characters = Array(text.dropFirst())
        while let flag = characters.first, "-+ #0".contains(flag) {
            switch flag {
            case "-": spec.leftAlign = true
            case "+": spec.forceSign = true
            case " ": spec.spaceSign = true
            case "#": spec.alternate = true
            default: spec.zeroPad = true
            }
            characters.removeFirst()
        }
        func number() -> Int {
            var value = 0
            while let digit = characters.first?.wholeNumberValue { value = value * 10 + digit; characters.removeFirst() }
            return value
        }
        spec.width = number()
        if characters.first == "." { characters.removeFirst(); spec.precision = number() }
        characters.removeAll { $0 == "l" }
        let letter = characters.first!
        spec.uppercase = letter.isUppercase
        self.spec = spec
        self.letter = Character(letter.lowercased())
    }

    /// Kiln's text for a double.
    public func kiln(_ value: Double) -> String {
        let style: FloatFormatting.Style =
            letter == "f" ? .fixed : letter == "e" ? .exponential : letter == "a" ? .hexadecimal : .general
        var out: [UInt8] = []
        FloatFormatting.append(bits: value.bitPattern, style: style, spec: spec, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Kiln's text for an integer (`d i` signed, `u o x` unsigned).
    public func kiln(integer value: Int64) -> String {
        var out: [UInt8] = []
        let base = letter == "o" ? 8 : letter == "x" ? 16 : 10
        if letter == "d" || letter == "i" {
            IntegerFormatting.append(signed: value, base: base, spec: spec, to: &out)
        } else {
            IntegerFormatting.append(unsigned: UInt64(bitPattern: value), base: base, spec: spec, to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
