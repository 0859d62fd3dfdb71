import Testing
@testable import XtensaISA

/// Every special and user register name we know must be a name llvm-mc-22 accepts for
/// esp32, with the number we give it; where LLVM refuses a name for one of RSR/WSR/XSR, it
/// must be for the access rule `SpecialRegisterAccess` records, and for no other reason.
@Suite struct SpecialRegisterTests {
    @Test func specialRegisterNamesMatchLLVM() throws {
        var lines: [(text: String, ours: [UInt8], op: Opcode, number: Int, name: String)] = []
        for (name, number) in SpecialRegisters.special {
            for op in [Opcode.rsr, .wsr, .xsr] {
                let ours = try Encoder.encode(Instruction(op, [2, number]))
                lines.append(("\(op.mnemonic)\ta2, \(name)", ours, op, number, name))
            }
        }
        let results = try LLVMMC.assemble(lines.map { ($0.text, 3) })
        for (line, result) in zip(lines, results) {
            let expectedAccess = LLVMSyntax.acceptsSpecialRegister(Instruction(line.op, [2, line.number]))
            switch result {
            case .bytes(let theirs):
                #expect(expectedAccess, "llvm-mc accepts `\(line.text)`, which SpecialRegisterAccess says it refuses")
                #expect(theirs == line.ours, "`\(line.text)`: llvm-mc \(hexBytes(theirs)), ours (number \(line.number)) \(hexBytes(line.ours))")
            case .error(let message):
                #expect(!expectedAccess, "llvm-mc rejects `\(line.text)`: \(message)")
            }
        }
        // Each name must be usable by at least one of RSR/WSR/XSR.
        for (name, _) in SpecialRegisters.special {
            let usable = zip(lines, results).contains { line, result in
                if line.name == name, case .bytes = result { true } else { false }
            }
            #expect(usable, "llvm-mc accepts \(name) with none of rsr/wsr/xsr on esp32")
        }
    }

    @Test func userRegisterNamesMatchLLVM() throws {
        var lines: [(text: String, ours: [UInt8])] = []
        for (name, number) in SpecialRegisters.user {
            lines.append(("rur\ta2, \(name)", try Encoder.encode(Instruction(.rur, [2, number]))))
            lines.append(("wur\ta2, \(name)", try Encoder.encode(Instruction(.wur, [2, number]))))
        }
        for (line, result) in zip(lines, try LLVMMC.assemble(lines.map { ($0.text, 3) })) {
            #expect(result == .bytes(line.ours), "`\(line.text)`: ours \(hexBytes(line.ours)), llvm-mc \(result)")
        }
    }

    @Test func namesAndNumbersAreUnique() {
        for table in [SpecialRegisters.special, SpecialRegisters.user] {
            #expect(Set(table.map(\.name)).count == table.count)
            #expect(Set(table.map(\.number)).count == table.count)
            for (name, number) in table {
                #expect(SpecialRegisters.number(of: name.uppercased(), in: table) == number)
                #expect(SpecialRegisters.name(of: number, in: table) == name)
            }
        }
    }
}
