import ELFKit
import KilnLinker
import XtensaAssembler
import XtensaISA

/// Test objects, written in assembly and assembled in memory by Kiln's assembler.
enum Objects {
    static func assemble(_ source: String, path: String = "test.S") throws -> LinkInput {
        LinkInput(path: path.replacingSuffix(".S", with: ".o"), object: try Assembler.assemble(source: source, path: path, profile: .qemu))
    }

    /// The 4 bytes at `address` in the executable.
    static func word(at address: UInt32, in file: ELFFile) -> UInt32? {
        bytes(at: address, count: 4, in: file).map { $0.enumerated().reduce(0) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) } }
    }

    static func bytes(at address: UInt32, count: Int, in file: ELFFile) -> [UInt8]? {
        for section in file.sections where address >= section.address && address + UInt32(count) <= section.address + section.size {
            let start = Int(address - section.address)
            return Array(section.data[start..<start + count])
        }
        return nil
    }

    /// The instruction at `address` in the executable, decoded with the instruction table.
    static func instruction(at address: UInt32, in file: ELFFile) -> Instruction? {
        bytes(at: address, count: 3, in: file).flatMap { Decoder.decode($0, at: Int(address)) }
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
