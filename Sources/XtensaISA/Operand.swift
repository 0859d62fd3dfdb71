/// Where an operand's encoded value sits in the instruction word: a list of bit pieces,
/// each copying `width` bits starting at `valueBit` of the value to `wordBit` of the word.
public struct Placement: Sendable, Hashable {
    public struct Piece: Sendable, Hashable {
        public let valueBit: Int, width: Int, wordBit: Int
    }
    public let pieces: [Piece]

    /// Total number of value bits.
    public var width: Int { pieces.map(\.width).reduce(0, +) }

    /// The instruction bits this operand occupies.
    public var mask: UInt32 {
        pieces.reduce(0) { $0 | (((1 << UInt32($1.width)) - 1) << UInt32($1.wordBit)) }
    }

    public func insert(_ value: UInt32, into word: UInt32) -> UInt32 {
        pieces.reduce(word & ~mask) { w, p in
            w | (((value >> UInt32(p.valueBit)) & ((1 << UInt32(p.width)) - 1)) << UInt32(p.wordBit))
        }
    }

    public func extract(from word: UInt32) -> UInt32 {
        pieces.reduce(0) { v, p in
            v | (((word >> UInt32(p.wordBit)) & ((1 << UInt32(p.width)) - 1)) << UInt32(p.valueBit))
        }
    }

    /// One contiguous field: `width` bits at `low`.
    public static func bits(_ low: Int, _ width: Int) -> Placement {
        Placement(pieces: [Piece(valueBit: 0, width: width, wordBit: low)])
    }

    /// Several pieces, listed from the value's low bits to its high bits: each `(wordBit, width)`.
    public static func split(_ parts: (Int, Int)...) -> Placement {
        var next = 0
        return Placement(pieces: parts.map { part in
            defer { next += part.1 }
            return Piece(valueBit: next, width: part.1, wordBit: part.0)
        })
    }

    // The named fields of the ISA manual's formats.
    public static let t = bits(4, 4), s = bits(8, 4), r = bits(12, 4)
    public static let imm8 = bits(16, 8), imm12 = bits(12, 12), imm16 = bits(8, 16)
    public static let offset18 = bits(6, 18), sr = bits(8, 8)
}

/// Register files addressed by 4-bit fields.
public enum RegisterClass: String, Sendable, Hashable {
    /// Address registers a0–a15 (the current window).
    case ar = "a"
    /// Floating-point registers f0–f15.
    case fr = "f"
    /// Boolean registers b0–b15.
    case br = "b"
}

/// How an immediate's value maps to its field.
public enum ImmediateCoding: Sendable, Hashable {
    /// field = value / scale, two's complement when the range is signed.
    case plain
    /// field = value / scale − bias.
    case offset(Int)
    /// field = base − value (SLLI's 32 − shift).
    case complement(Int)
    /// field = index of value in the table (B4CONST, ADDI.N's −1, 1…15).
    case table([Int])
}

/// An immediate operand: the values it accepts and how they are coded.
public struct Immediate: Sendable, Hashable {
    public let range: ClosedRange<Int>
    public let scale: Int
    public let coding: ImmediateCoding

    public init(_ range: ClosedRange<Int>, scale: Int = 1, coding: ImmediateCoding = .plain) {
        self.range = range
        self.scale = scale
        self.coding = coding
    }

    /// Field value for `value`, or nil when the value cannot be coded.
    func field(for value: Int, width: Int) -> UInt32? {
        let mask = (1 << width) - 1
        switch coding {
        case .table(let values):
            return values.firstIndex(of: value).map(UInt32.init)
        case .plain, .offset, .complement:
            guard range.contains(value), value % scale == 0 else { return nil }
            let raw: Int
            switch coding {
            case .offset(let bias): raw = value / scale - bias
            case .complement(let base): raw = base - value
            default: raw = value / scale
            }
            return UInt32(raw & mask)
        }
    }

    /// The value a field holds, or nil when the field codes no valid value.
    func value(for field: UInt32, width: Int) -> Int? {
        let f = Int(field)
        let value: Int
        switch coding {
        case .table(let values): return f < values.count ? values[f] : nil
        case .offset(let bias): value = (f + bias) * scale
        case .complement(let base): value = base - f
        case .plain:
            // Signed ranges wrap: a field above the largest value is a negative one.
            value = (range.lowerBound < 0 && f > range.upperBound / scale ? f - (1 << width) : f) * scale
        }
        return range.contains(value) ? value : nil
    }

    /// Text for error messages: "-128...127", "0...1020 in steps of 4", "one of -1, 1, 2".
    public var description: String {
        if case .table(let values) = coding {
            return "one of " + values.sorted().map(String.init).joined(separator: ", ")
        }
        return "\(range.lowerBound)...\(range.upperBound)" + (scale > 1 ? " in steps of \(scale)" : "")
    }
}

/// A PC-relative target and the rule that turns (target − PC) into a field.
public enum TargetKind: String, Sendable, Hashable {
    /// Branches and J: target = PC + 4 + signed offset (width of the field).
    case branch
    /// BEQZ.N/BNEZ.N and LOOP*: target = PC + 4 + unsigned offset.
    case forward
    /// CALLn: target = (PC & ~3) + 4 + (signed offset << 2).
    case call
    /// L32R: target = ((PC + 3) & ~3) + (negative offset << 2).
    case literal

    /// The field for a jump from `pc` to `target`, or nil when out of reach or misaligned.
    func field(target: Int64, pc: Int64, width: Int) -> UInt32? {
        let mask = (Int64(1) << width) - 1
        let half = Int64(1) << (width - 1)
        switch self {
        case .branch:
            let d = target - (pc + 4)
            return (-half..<half).contains(d) ? UInt32(d & mask) : nil
        case .forward:
            let d = target - (pc + 4)
            return (0...mask).contains(d) ? UInt32(d) : nil
        case .call:
            let d = target - ((pc & ~3) + 4)
            guard d & 3 == 0, (-half..<half).contains(d >> 2) else { return nil }
            return UInt32((d >> 2) & mask)
        case .literal:
            let d = target - ((pc + 3) & ~3)
            guard d & 3 == 0, (-(Int64(1) << 18)...(-4)).contains(d) else { return nil }
            return UInt32((d >> 2) & mask)
        }
    }

    /// The target a field at `pc` points to.
    func target(field: UInt32, pc: Int64, width: Int) -> Int64 {
        let f = Int64(field)
        let signed = f >= (Int64(1) << (width - 1)) ? f - (Int64(1) << width) : f
        switch self {
        case .branch: return pc + 4 + signed
        case .forward: return pc + 4 + f
        case .call: return (pc & ~3) + 4 + (signed << 2)
        case .literal: return ((pc + 3) & ~3) + ((f - (Int64(1) << width)) << 2)
        }
    }

    /// Reach in bytes, for error messages.
    public var reachDescription: String {
        switch self {
        case .branch: "signed offset from PC + 4"
        case .forward: "forward offset from PC + 4"
        case .call: "±512 KiB of a 4-byte aligned address"
        case .literal: "4 to 262144 bytes before the instruction"
        }
    }
}

/// What an operand is.
public enum OperandKind: Sendable, Hashable {
    case register(RegisterClass)
    /// RSR/WSR/XSR's special register: a name or a number 0–255.
    case specialRegister
    /// RUR/WUR's user register: a name or a number 0–255.
    case userRegister
    case immediate(Immediate)
    case target(TargetKind)
}

/// One operand of an instruction: its kind and where its field lies.
public struct Operand: Sendable, Hashable {
    public let kind: OperandKind
    public let placement: Placement
    /// For a register operand, the register number must be a multiple of this: the manual's
    /// BR4 and BR8 operands (ANY4/ALL4, ANY8/ALL8) name a group of 4 or 8 booleans by its
    /// first register, b0/b4/b8/b12 or b0/b8.
    public var registerMultiple: Int = 1

    /// Whether `value` is a register number this operand can name.
    public func accepts(register value: Int) -> Bool {
        (0...15).contains(value) && value % registerMultiple == 0
    }
}
