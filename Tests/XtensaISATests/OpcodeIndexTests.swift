import Testing
import XtensaISA

/// `Opcode.index` reads the enum's stored case number instead of hashing the mnemonic; the
/// instruction table depends on it being the position in `allCases`.
@Suite struct OpcodeIndexTests {
    @Test func indexIsThePositionInAllCasesAndTheTableRow() {
        #expect(MemoryLayout<Opcode>.size == 1)
        for (position, opcode) in Opcode.allCases.enumerated() {
            #expect(opcode.index == position, "\(opcode.mnemonic)")
            #expect(opcode.definition.opcode == opcode, "\(opcode.mnemonic)")
        }
    }
}
