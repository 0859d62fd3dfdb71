import ELFKit
import Foundation
import KilnLinker
import KilnTestSupport
import OCamlFuzzCheck
import SoftFloatCheck
import Testing
import XtensaAssembler

/// Damaged real objects never crash or hang the linker: each is read by ELFReader and, when
/// it reads, linked with startup code by `Linker.link`; a refusal is one `file: error: ...`
/// message naming the damaged object. In-process, so a trap here is a crash of `kiln link`.
@Suite struct ObjectFuzzTests {
    /// A program with what the reader folds and the linker resolves: literal pools, calls
    /// and jumps across sections, data with addresses in it, bss, a weak and a local symbol.
    static let source = """
        .section .literal.main, "ax"
        .p2align 2
    .Lvalue:
        .long counter
        .section .text.main, "ax"
        .global main
        .p2align 2
    main:
        entry a1, 32
        l32r a2, .Lvalue
        l32i a3, a2, 0
        beqz a3, 1f
        call8 helper
    1:  j tail
        .section .text.helper, "ax"
        .weak helper
        .p2align 2
    helper:
        entry a1, 32
    tail:
        movi a2, 3
        retw
        .data
        .p2align 2
    table:
        .long helper, main + 3, table
        .bss
        .global counter
        .p2align 2
    counter:
        .space 8

    """

    /// The seed objects: the program from Kiln's assembler and from llvm-mc-22 (another
    /// writer, another layout of the same contents).
    static let seeds: Result<[(name: String, bytes: [UInt8])], Error> = Result {
        let kiln = try Assembler.assemble(source: source, path: "seed.S", profile: .qemu)
        let llvm = try TestTools.llvmMC(source)
        return [("kiln-as", try ELFWriter.bytes(of: kiln)), ("llvm-mc", try ELFWriter.bytes(of: llvm))]
    }

    /// What became of one damaged object.
    enum Outcome: String { case linked, linkError, readError }

    @Test func damagedObjectsNeverCrashOrHang() throws {
        let seeds = try Self.seeds.get()
        let start = LinkInput(path: "start.o", object: try Assembler.assemble(source: TestTools.startAssembly, path: "start.S", profile: .qemu))
        // The undamaged seeds link: what the damage breaks worked before.
        for seed in seeds {
            _ = try Linker.link([start, LinkInput(path: seed.name, object: try ELFReader.read(bytes: seed.bytes))], layout: .qemu)
        }
        let watchdog = Watchdog(limit: 30)
        defer { watchdog.stop() }
        let cases = Int(ProcessInfo.processInfo.environment["KILN_OBJECT_FUZZ_CASES"] ?? "") ?? 3000
        var outcomes: [Outcome: Int] = [:]
        let started = Date()
        for index in 0..<cases {
            var random = SplitMix64(seed: 0x454C_4646 &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
            let seed = seeds[random.below(seeds.count)]
            let mutation = Mutation.formatFree[random.below(Mutation.formatFree.count)]
            let bytes = ObjectDamage.apply(mutation, to: seed.bytes, &random)
            let path = "\(seed.name)#\(index)"
            watchdog.begin(path)
            defer { watchdog.end() }
            let object: ELFFile
            do throws(ELFError) {
                object = try ELFReader.read(bytes: bytes, path: path)
            } catch {
                #expect(error.description.hasPrefix("\(path): error: "), "case \(index) (\(mutation)): \(error)")
                outcomes[.readError, default: 0] += 1
                continue
            }
            do throws(LinkError) {
                _ = try Linker.link([start, LinkInput(path: path, object: object)], layout: .qemu)
                outcomes[.linked, default: 0] += 1
            } catch {
                // Every message names the object (or, for a missing entry or a full region,
                // says what is missing) and is one line.
                #expect(error.description.contains("error: ") && !error.description.contains("\n"), "case \(index) (\(mutation)): \(error)")
                outcomes[.linkError, default: 0] += 1
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print("object fuzz: \(cases) cases in \(String(format: "%.1f", seconds)) s: \(outcomes.map { "\($0.key.rawValue) \($0.value)" }.sorted().joined(separator: ", "))")
        // Each outcome occurs: the mutations are neither all harmless nor all fatal.
        for outcome in [Outcome.linked, .linkError, .readError] {
            #expect((outcomes[outcome] ?? 0) > cases / 50, "\(outcome): \(outcomes[outcome] ?? 0) of \(cases)")
        }
    }
}

/// How a case damages an object: a format-free mutation (OCamlFuzzCheck's `Mutation`) aimed
/// at a part with structure — the ELF header, the section header table, one section's
/// contents (symbols, relocations, strings, code) — or anywhere in the file.
enum ObjectDamage {
    static func apply(_ mutation: Mutation, to original: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        let regions = regions(of: original)
        let region = regions[random.below(regions.count)]
        guard mutation == .extremeWord else { return mutation.apply(to: original, in: region, &random) }
        // Counts, sizes, offsets and indices are little-endian 32-bit words at 4-byte offsets
        // (16-bit fields of the ELF header included, then two at a time).
        var bytes = original
        let values: [UInt32] = [0, 1, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, UInt32(truncatingIfNeeded: random.next())]
        let value = values[random.below(values.count)]
        let at = (region.lowerBound + random.below(max(1, region.count))) & ~3
        for index in 0..<4 where at + index < bytes.count { bytes[at + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
        return bytes
    }

    /// The ELF header, the section header table and each section's contents, as file ranges
    /// (from the header fields of the undamaged object), and the whole file.
    static func regions(of bytes: [UInt8]) -> [Range<Int>] {
        func u32(_ offset: Int) -> Int { (0..<4).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) } }
        func u16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        let tableOffset = u32(32), count = u16(48)
        var regions = [0..<52, tableOffset..<tableOffset + 40 * count, 0..<bytes.count]
        for index in 1..<count {
            let header = tableOffset + 40 * index
            let offset = u32(header + 16), size = u32(header + 20)
            if u32(header + 4) != 8 /* SHT_NOBITS */, size > 0 { regions.append(offset..<offset + size) }
        }
        return regions
    }
}
