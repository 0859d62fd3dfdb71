import Foundation

/// QEMU's Xtensa disassembler, which decodes with the Tensilica-generated ISA tables of the
/// emulated core (for `dc233c`: exactly the core the `qemu` profile runs on). The code is
/// placed in a minimal ELF at `address`, QEMU is started paused, and its monitor's `xp/Ni`
/// lists the instructions, all in one run.
enum QEMUDisassembler {
    static let executable = "/usr/bin/qemu-system-xtensa"

    /// The text QEMU prints for each instruction address ("???" for what the core lacks),
    /// listing `count` instructions from `address`.
    static func disassemble(_ code: [UInt8], at address: Int, count: Int, cpu: String) throws -> [Int: String] {
        try disassemble(code, at: address, cpu: cpu, commands: ["xp/\(count)i \(hex(address))"])
    }

    private static func disassemble(_ code: [UInt8], at address: Int, cpu: String, commands: [String]) throws -> [Int: String] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kiln-qemu-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let elf = dir.appendingPathComponent("code.elf")
        try Data(executable(code, at: UInt32(address))).write(to: elf)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-M", "sim", "-cpu", cpu, "-nographic", "-S", "-monitor", "stdio", "-serial", "none", "-kernel", elf.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Send `quit` only once the listing is complete (the monitor's next prompt): QEMU
        // may exit without flushing monitor output that is still buffered.
        input.fileHandleForWriting.write(Data(commands.map { $0 + "\n" }.joined().utf8))
        var data = Data()
        let prompt = Data("(qemu) ".utf8)
        var prompts = 0, searchFrom = 0
        while prompts <= commands.count {   // the first prompt, then one after each command
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }   // QEMU exited
            data.append(chunk)
            while let found = data.range(of: prompt, in: searchFrom..<data.endIndex) {
                prompts += 1
                searchFrom = found.upperBound
            }
        }
        input.fileHandleForWriting.write(Data("quit\n".utf8))
        data.append(output.fileHandleForReading.readDataToEndOfFile())
        process.waitUntilExit()

        var lines: [Int: String] = [:]
        // The monitor ends lines with "\r\n", one Character in Swift: split on any newline.
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            // "0xfe000003:  l32ai\ta2, a3, 4"
            guard line.hasPrefix("0x"), let colon = line.firstIndex(of: ":"),
                  let pc = Int(line[line.index(line.startIndex, offsetBy: 2)..<colon], radix: 16) else { continue }
            lines[pc] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        return lines
    }

    /// A little-endian ELF32 executable for Xtensa (EM_XTENSA = 94) with one loadable,
    /// executable segment holding `code` at `address`, which is also the entry point.
    static func executable(_ code: [UInt8], at address: UInt32) -> [UInt8] {
        var bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 1, 1, 1, 0] + [UInt8](repeating: 0, count: 8)
        func half(_ value: UInt16) { bytes += [UInt8(value & 0xFF), UInt8(value >> 8)] }
        func word(_ value: UInt32) { for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(value >> UInt32(shift) & 0xFF)) } }
        let headerSize: UInt16 = 52, segmentSize: UInt16 = 32
        half(2); half(94); word(1)                       // ET_EXEC, EM_XTENSA, EV_CURRENT
        word(address); word(UInt32(headerSize)); word(0)  // entry, program headers, no sections
        word(0); half(headerSize); half(segmentSize); half(1); half(40); half(0); half(0)
        let offset = UInt32(headerSize + segmentSize)
        word(1); word(offset); word(address); word(address)  // PT_LOAD at its address
        word(UInt32(code.count)); word(UInt32(code.count)); word(5); word(4)  // R+X, aligned 4
        return bytes + code
    }
}
