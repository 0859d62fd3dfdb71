import ELFKit
import Foundation
import KilnTestSupport
import Testing

/// Executables: program headers a loader (QEMU, esptool) can trust, and code a disassembler
/// finds where the symbols say it is.
@Suite struct ExecutableTests {
    @Test func programHeadersDescribeTheSegments() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/firmware.elf"
        try ELFWriter.write(Fixtures.executable, to: path)

        let all = try TestTools.run("llvm-readelf-22", ["-a", path])
        #expect(all.status == 0 && all.stderr.isEmpty, "llvm-readelf-22 -a: \(all.stderr)")
        try ReadelfView.expect(path, shows: Fixtures.executable)

        let json = try TestTools.readelfJSON(path, ["-h", "-l"])
        #expect(json.object("ElfHeader").int("Entry") == Int(Fixtures.codeAddress + 8))
        #expect(json.object("ElfHeader").string("Type").hasPrefix("Executable"))
        let headers = json.array("ProgramHeaders").map { $0.object("ProgramHeader") }
        try #require(headers.count == 2)
        let code = headers[0], data = headers[1]
        for header in headers { #expect(header.value("Type") == 1, "PT_LOAD") }

        #expect(code.int("VirtualAddress") == Int(Fixtures.codeAddress))
        #expect(code.int("PhysicalAddress") == Int(Fixtures.codeAddress))
        #expect(code.int("FileSize") == 8 + Fixtures.code.count)
        #expect(code.int("MemSize") == 8 + Fixtures.code.count)
        #expect(code.object("Flags").int("Value") == 5, "R+X")

        #expect(data.int("VirtualAddress") == Int(Fixtures.dataAddress))
        #expect(data.int("FileSize") == 6, ".bss takes no file space")
        #expect(data.int("MemSize") == 8 + 0x20, ".data, padding to .bss's alignment, .bss")
        #expect(data.object("Flags").int("Value") == 6, "R+W")

        // What a loader copies: the file bytes at p_offset are the sections' bytes at their
        // addresses (here .literal then .text, back to back).
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        for (header, expected) in [(code, Fixtures.executable.sections[0].data + Fixtures.code),
                                   (data, Fixtures.executable.sections[2].data)] {
            let offset = header.int("Offset")
            #expect(offset % header.int("Alignment") == header.int("VirtualAddress") % header.int("Alignment"))
            #expect(Array(bytes[offset..<offset + header.int("FileSize")]) == expected)
        }
    }

    @Test func objdumpDisassemblesTheCode() throws {
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/firmware.elf"
        try ELFWriter.write(Fixtures.executable, to: path)

        let result = try TestTools.run("llvm-objdump-22", ["--mcpu=esp32", "-d", "-j", ".text", path])
        #expect(result.status == 0 && result.stderr.isEmpty, "llvm-objdump-22: \(result.stderr)")
        #expect(result.stdout.contains("40080008 <_start>:"))
        // Address and mnemonic of each instruction line ("40080008: 36 41 00 \tentry\ta1, 32").
        let instructions = result.stdout.split(separator: "\n").compactMap { line -> String? in
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, !fields[0].contains(path), let colon = fields[0].firstIndex(of: ":") else { return nil }
            return "\(fields[0][...colon]) \(fields[1])"
        }
        #expect(instructions == ["40080008: entry", "4008000b: movi", "4008000e: mov.n", "40080010: add", "40080013: retw.n"])
    }

    /// Gaps between sections of one segment are zeros in the file, so the segment's image
    /// is exactly memory.
    @Test func gapsInsideASegmentAreZeroFilled() throws {
        var model = Fixtures.executable
        model.sections[1].address = Fixtures.codeAddress + 16  // 8 bytes of gap after .literal
        model.kind = .executable(entry: Fixtures.codeAddress + 16)
        model.symbols[0].value = Fixtures.codeAddress + 16
        let bytes = try ELFWriter.bytes(of: model)
        #expect(try ELFReader.read(bytes: bytes) == model)

        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/gap.elf"
        try ELFWriter.write(model, to: path)
        let code = try #require(TestTools.readelfJSON(path, ["-l"]).array("ProgramHeaders").first?.object("ProgramHeader"))
        #expect(code.int("FileSize") == 16 + Fixtures.code.count)
        let offset = code.int("Offset")
        #expect(Array(bytes[offset..<offset + 16]) == model.sections[0].data + [UInt8](repeating: 0, count: 8))
    }

    @Test func inconsistentSegmentsAreRejected() throws {
        var bssFirst = Fixtures.executable
        bssFirst.sections[3].address = Fixtures.dataAddress
        bssFirst.sections[2].address = Fixtures.dataAddress + 0x20
        bssFirst.segments[1].sections = [3, 2]
        expectELFError("put NOBITS sections last") { () throws(ELFError) in try ELFWriter.bytes(of: bssFirst) }

        var overlapping = Fixtures.executable
        overlapping.sections[1].address = Fixtures.codeAddress + 4
        expectELFError("overlaps") { () throws(ELFError) in try ELFWriter.bytes(of: overlapping) }

        var belowSegment = Fixtures.executable
        belowSegment.segments[0].address = Fixtures.codeAddress + 4
        expectELFError("starts below") { () throws(ELFError) in try ELFWriter.bytes(of: belowSegment) }

        var twice = Fixtures.executable
        twice.segments[1].sections = [1, 2, 3]
        expectELFError("more than one segment") { () throws(ELFError) in try ELFWriter.bytes(of: twice) }

        var missing = Fixtures.executable
        missing.segments[1].sections = [2, 3, 9]
        expectELFError("but there are 5 sections") { () throws(ELFError) in try ELFWriter.bytes(of: missing) }

        var misaligned = Fixtures.executable
        misaligned.sections[3].address = Fixtures.dataAddress + 12
        expectELFError("not aligned") { () throws(ELFError) in try ELFWriter.bytes(of: misaligned) }
    }

    /// The real consumer: QEMU's `sim` machine loads the PT_LOAD segments and resets into
    /// ROM at 0xFE000000. The code there adds two words from the data segment in RAM and
    /// exits through semihosting with the sum, so the exit status shows both segments landed.
    @Test func qemuLoadsTheSegments() throws {
        let rom: UInt32 = 0xFE00_0000, ram: UInt32 = 0x400
        let code: [UInt8] = [
            0x42, 0xA4, 0x00,  // movi a4, 0x400
            0x32, 0x24, 0x00,  // l32i a3, a4, 0
            0x52, 0x24, 0x01,  // l32i a5, a4, 4
            0x50, 0x33, 0x80,  // add a3, a3, a5
            0x22, 0xA0, 0x01,  // movi a2, 1 (exit)
            0x00, 0x51, 0x00,  // simcall
        ]
        let firmware = ELFFile(
            kind: .executable(entry: rom),
            sections: [
                Section(name: ".text", flags: [.alloc, .execute], address: rom, alignment: 4, data: code),
                Section(name: ".data", flags: [.alloc, .write], address: ram, alignment: 4, data: [40, 0, 0, 0, 2, 0, 0, 0]),
                Section(name: ".bss", kind: .nobits(size: 64), flags: [.alloc, .write], address: ram + 8, alignment: 8),
            ],
            symbols: [Symbol(name: "_reset", value: rom, binding: .global, type: .function, definition: .section(0))],
            segments: [
                Segment(address: rom, flags: [.read, .execute], sections: [0]),
                Segment(address: ram, flags: [.read, .write], sections: [1, 2]),
            ])
        let directory = try TestTools.scratchDirectory().path
        defer { TestTools.remove(directory) }
        let path = directory + "/exit42.elf"
        try ELFWriter.write(firmware, to: path)
        let run = try TestTools.run("timeout", ["30", "qemu-system-xtensa", "-M", "sim", "-cpu", "dc233c", "-semihosting",
                                            "-nographic", "-monitor", "none", "-kernel", path])
        #expect(run.status == 42, "qemu: status \(run.status), \(run.stderr)")
    }
}
