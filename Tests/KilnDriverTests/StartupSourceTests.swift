import ELFKit
import Foundation
import KilnTestSupport
import KilnDriver
import Testing
import XtensaAssembler
import XtensaISA

/// The startup sources are written in the dialect both Kiln's assembler and llvm-mc-22
/// accept, and the two must produce the same sections: same sizes and bytes (outside the
/// fields relocations overwrite) and the same relocations.
@Suite("Startup sources")
struct StartupSourceTests {
    static let sources: [String] = {
        let folder = TestTools.packageRoot.appendingPathComponent("Runtime/Start")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".S") }.sorted()
    }()

    @Test(arguments: sources)
    func kilnAsAndLLVMAgree(_ name: String) throws {
        let path = TestTools.packageRoot.appendingPathComponent("Runtime/Start/\(name)").path
        let profile: Profile = name.hasSuffix("-esp32.S") ? .esp32 : .qemu
        let ours = try Assembler.assemble(source: try String(contentsOfFile: path, encoding: .utf8), path: path, profile: profile)
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let object = dir.appendingPathComponent("llvm.o").path
        let mc = try TestTools.run("llvm-mc-22", ["-triple=xtensa", "-mcpu=esp32", "-filetype=obj", path, "-o", object])
        #expect(mc.status == 0, "\(mc.stderr)")
        let theirs = try ELFReader.read(path: object)

        func loaded(_ file: ELFFile) -> [String: Section] {
            Dictionary(file.sections.filter { $0.flags.contains(.alloc) && $0.size > 0 }.map { ($0.name, $0) },
                       uniquingKeysWith: { a, _ in a })
        }
        let a = loaded(ours), b = loaded(theirs)
        #expect(Set(a.keys) == Set(b.keys))
        for (sectionName, mine) in a {
            guard let other = b[sectionName] else { continue }
            #expect(mine.size == other.size, "\(sectionName)")
            func relocations(_ section: Section, _ file: ELFFile) -> [String] {
                section.relocations.map { relocation in
                    // Section symbols by their section's name (unnamed in memory, named by the reader).
                    let symbol = file.symbols[relocation.symbol]
                    var name = symbol.name
                    if symbol.type == .section, case .section(let index) = symbol.definition { name = file.sections[index].name }
                    return "\(relocation.offset) \(relocation.type) \(name)+\(relocation.addend)"
                }.sorted()
            }
            #expect(relocations(mine, ours) == relocations(other, theirs), "\(sectionName)")
            // Bytes, except the 3-byte (instruction) or 4-byte (word) fields relocations fill.
            var mask = Set<Int>()
            for relocation in mine.relocations + other.relocations {
                let width = relocation.type == .r32 ? 4 : 3
                for i in 0..<width { mask.insert(Int(relocation.offset) + i) }
            }
            let differing = zip(mine.data, other.data).enumerated().filter { !mask.contains($0.offset) && $0.element.0 != $0.element.1 }
            #expect(differing.isEmpty, "\(sectionName): first difference at offset \(differing.first?.offset ?? 0)")
        }
    }
}
