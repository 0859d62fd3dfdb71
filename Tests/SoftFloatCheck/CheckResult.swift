/// What one operation's comparison with the hardware found.
public struct CheckResult: Sendable {
    public var name: String
    public var samples: Int
    public var mismatches: Int
    /// The first few mismatches, as "operands → ours, hardware" in hex.
    public var examples: [String]

    public init(name: String, samples: Int) {
        self.name = name
        self.samples = samples
        mismatches = 0
        examples = []
    }

    mutating func record(_ operands: [UInt64], ours: UInt64, hardware: UInt64) {
        mismatches += 1
        if examples.count < 8 {
            let hex = operands.map { "0x" + String($0, radix: 16) }.joined(separator: ", ")
            examples.append("(\(hex)) -> ours 0x\(String(ours, radix: 16)), hardware 0x\(String(hardware, radix: 16))")
        }
    }
}
