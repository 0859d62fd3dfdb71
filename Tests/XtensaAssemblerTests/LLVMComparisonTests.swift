import ELFKit
import Foundation
import KilnTestSupport
import Testing
@testable import XtensaAssembler
import XtensaISA

/// `kiln as` against llvm-mc-22, llvm-readelf-22 and llvm-objdump-22 on a program that uses
/// every directive the assembler supports.
@Suite struct LLVMComparisonTests {
    let path = TestTools.fixtures.appendingPathComponent("directives.S").path
    var source: String { get throws { try String(contentsOfFile: path, encoding: .utf8) } }

    func kiln() throws -> ELFFile { try Assembler.assemble(source: try source, path: path, profile: .esp32) }

    @Test func sectionBytesAndRelocationsEqualLLVM() throws {
        let ours = TestTools.contents(try kiln())
        let theirs = TestTools.contents(try TestTools.llvmMC(TestTools.llvmDialect(try source)))
        #expect(Set(ours.keys) == Set(theirs.keys))
        for (name, expected) in theirs {
            #expect(ours[name] == expected, "section \(name)")
        }
    }

    @Test func llvmReadelfAcceptsTheObject() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let object = dir.appendingPathComponent("directives.o").path
        try ELFWriter.write(try kiln(), to: object)
        let result = try TestTools.run("llvm-readelf-22", ["-a", object])
        #expect(result.status == 0)
        #expect(!result.stderr.contains("warning"), "\(result.stderr)")
        // The symbols the source defines are there with their bindings and types.
        for expected in ["FUNC    GLOBAL DEFAULT     1 main", "OBJECT  GLOBAL DEFAULT", "NOTYPE  GLOBAL DEFAULT   UND external_function"] {
            #expect(result.stdout.contains(expected), "missing '\(expected)'")
        }
    }

    /// llvm-objdump's disassembly and our listing agree on every instruction: address, bytes,
    /// mnemonic and operands (targets as addresses, as objdump prints them).
    @Test func llvmObjdumpMatchesListing() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let object = dir.appendingPathComponent("directives.o").path
        let file = try kiln()
        try ELFWriter.write(file, to: object)
        let dump = try TestTools.run("llvm-objdump-22", ["--mcpu=esp32", "-d", "--no-show-raw-insn", "-j", ".text", "-j", ".text.cold", object])
        #expect(dump.status == 0)
        var theirs: [String: [String]] = [:]
        var section = ""
        for line in dump.stdout.split(separator: "\n") {
            if line.hasPrefix("Disassembly of section ") { section = String(line.dropFirst(23).dropLast()); continue }
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, let address = Int(parts[0].trimmingCharacters(in: .whitespaces), radix: 16) else { continue }
            theirs[section, default: []].append("\(address): " + normalize(String(parts[1])))
        }
        for name in [".text", ".text.cold"] {
            let s = file.sectionIndex(named: name)!
            let ours = Listing.decode(file.sections[s], isCode: true, relocationsAt: [:], breaks: [])
                .compactMap { item -> String? in
                    guard case .instruction(let inst) = item.kind else { return nil }
                    return "\(item.offset): " + normalize(Printer.format(inst) { target in
                        // LLVM's disassembler sign-extends L32R's imm16 where the ISA one-extends it
                        // (offsets are always negative), so fields below 0x8000 print 256 KiB higher.
                        let base = (item.offset + 3) & ~3
                        let shown = inst.opcode == .l32r && target < base - 131072 ? target + 262144 : target
                        return "0x" + String(UInt32(truncatingIfNeeded: shown), radix: 16)
                    })
                }
            #expect(ours == theirs[name], "section \(name)")
        }
    }

    /// The listing is source: llvm-mc and `kiln as` assemble it back to the same object.
    @Test func listingReassemblesToTheSameObject() throws {
        let original = try kiln()
        let listing = Listing.format(original)
        let expected = TestTools.contents(original)
        #expect(TestTools.contents(try TestTools.llvmMC(listing)) == expected)
        #expect(TestTools.contents(try Assembler.assemble(source: listing, path: "listing.s", profile: .esp32)) == expected)
    }

    /// Objects from llvm-mc list and reassemble too (the listing is not tied to our own output).
    @Test func listingOfLLVMObjectReassembles() throws {
        let theirs = try TestTools.llvmMC(TestTools.llvmDialect(try source))
        let again = try Assembler.assemble(source: Listing.format(theirs), path: "listing.s", profile: .esp32)
        #expect(TestTools.contents(again) == TestTools.contents(theirs))
    }

    private func normalize(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }
}
