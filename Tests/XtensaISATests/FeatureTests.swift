import Testing
@testable import XtensaISA

/// Each row's ISA option, checked against LLVM's own option model: llvm-mc's `generic` CPU
/// has no options, so an instruction must assemble there with exactly its option turned on,
/// and must be refused by `esp32` with that option turned off. A wrong option here would let
/// the `qemu` profile emit an instruction its core traps on.
@Suite struct FeatureTests {
    /// LLVM's `-mattr` name of each option; nil where LLVM has no such option.
    static func llvmName(_ feature: Feature) -> String? {
        switch feature {
        case .core: nil
        case .exceptions: "exception"
        case .interrupts: "interrupt"
        case .highPriorityInterrupts: "highpriinterrupts"
        case .mul32High: "mul32high"
        case .boolean: "bool"
        case .releaseSync: nil   // LLVM 22 has no Multiprocessor Synchronization option
        default: feature.rawValue
        }
    }

    /// One line per opcode LLVM knows, with register operands LLVM accepts on any CPU:
    /// SAR for special registers; THREADPTR for user registers (which needs its option).
    static let lines: [(op: Opcode, text: String, extra: [String])] = Opcode.allCases
        .filter { !ReferenceEncodings.notInLLVM.contains($0) }
        .map { op in
            var placed = Samples.program(include: { $0 == op })[0]
            var extra: [String] = []
            for (index, operand) in op.definition.operands.enumerated() {
                if operand.kind == .specialRegister { placed = placed.with(operand: index, 3) }
                if operand.kind == .userRegister { placed = placed.with(operand: index, 231); extra.append("+threadptr") }
            }
            // Each line in its own section, so it sits at an aligned address as sampled.
            return (op, ".section .text.\(op),\"ax\" ; " + LLVMSyntax.text(placed), extra)
        }

    @Test func eachInstructionNeedsExactlyItsOption() throws {
        // Group lines by the attribute list they need, one llvm-mc run per group.
        var groups: [String: [(Opcode, String)]] = [:]
        for line in Self.lines {
            let own = line.op.definition.features.compactMap(Self.llvmName).map { "+" + $0 }
            groups[(own + line.extra).joined(separator: ","), default: []].append((line.op, line.text))
        }
        for (attributes, group) in groups.sorted(by: { $0.key < $1.key }) {
            let errors = try LLVMMC.errors(group.map(\.1), cpu: "generic", attributes: attributes)
            for ((op, text), error) in zip(group, errors) where error != nil {
                Issue.record("`\(text)` (\(op.definition.feature.rawValue)) needs more than -mattr=\(attributes) in LLVM: \(error!)")
            }
        }
    }

    @Test func esp32WithoutTheOptionRefusesIt() throws {
        let features = Set(Self.lines.flatMap(\.op.definition.features))
        for feature in features.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let name = Self.llvmName(feature) else { continue }
            let lines = Self.lines.filter { $0.op.definition.features.contains(feature) }
            let errors = try LLVMMC.errors(lines.map(\.text), cpu: "esp32", attributes: "-" + name)
            for (line, error) in zip(lines, errors) where error == nil {
                Issue.record("`\(line.text)` is marked \(feature.rawValue), but esp32 with -mattr=-\(name) still accepts it")
            }
        }
    }

    @Test func everyProfileHasTheOptionsItsInstructionsNeed() {
        // An option no profile has would leave its rows untestable on any target.
        let used = Set(Opcode.allCases.flatMap(\.definition.features))
        let offered = Profile.all.reduce(Set<Feature>()) { $0.union($1.features) }
        #expect(used.isSubset(of: offered), "options no profile has: \(used.subtracting(offered))")
    }
}

extension Placed {
    func with(operand index: Int, _ value: Int) -> Placed {
        var instruction = instruction
        instruction.operands[index] = value
        return Placed(instruction: instruction, pc: pc)
    }
}
