import Foundation
import OCamlFrontend
import Testing

/// Random truncations and corruptions of real executables never crash or hang the reader:
/// it either reads the file or throws a `BytecodeError` with an offset inside the file.
@Suite struct FuzzTests {
    /// SplitMix64: a fixed seed gives the same cases on every run and machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// One mutation of `bytes`, aimed at the parts with structure: the trailer and table of
    /// contents, DATA and the other marshalled sections, CODE, or anywhere.
    static func mutate(_ original: [UInt8], _ file: ExecutableFile, _ random: inout Random) -> [UInt8] {
        var bytes = original
        let regions: [Range<Int>] = [file.tableOfContentsOffset..<bytes.count]
            + file.sections.filter { $0.name != "CODE" && $0.length > 0 }.map { $0.offset..<$0.offset + $0.length }
            + (file.section("CODE").map { [$0.offset..<$0.offset + $0.length] } ?? [])
            + [0..<bytes.count]
        let region = regions[random.below(regions.count)]
        switch random.below(5) {
        case 0:  // truncate (the trailer moves, so this mostly tests the trailer checks)
            return Array(bytes.prefix(random.below(bytes.count)))
        case 1:  // cut a slice out of the middle of a region
            let start = region.lowerBound + random.below(region.count)
            let end = min(bytes.count, start + 1 + random.below(64))
            bytes.removeSubrange(start..<end)
        case 2:  // flip a few bits
            for _ in 0..<(1 + random.below(4)) {
                bytes[region.lowerBound + random.below(region.count)] ^= UInt8(1 << random.below(8))
            }
        case 3:  // an extreme 32-bit value in either byte order
            let at = region.lowerBound + random.below(max(1, region.count - 4))
            let values: [UInt32] = [0, 1, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, UInt32(truncatingIfNeeded: random.next())]
            let value = values[random.below(values.count)]
            for index in 0..<4 where at + index < bytes.count {
                bytes[at + index] = UInt8(truncatingIfNeeded: value >> (8 * (random.below(2) == 0 ? index : 3 - index)))
            }
        default:  // a random byte
            bytes[region.lowerBound + random.below(region.count)] = UInt8(random.below(256))
        }
        return bytes
    }

    static let cases = 2000

    /// CPU time `body` takes on this thread: the bound is about the reader, and wall-clock
    /// time depends on what else the machine runs (`make test` runs suites in parallel).
    /// The two fuzz tests together stay under 10 s.
    static func cpuTime(_ body: () throws -> Void) rethrows -> Duration {
        func now() -> Duration {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
        }
        let start = now()
        try body()
        return now() - start
    }

    @Test func corruptedExecutablesNeverCrashOrHang() throws {
        // Hello world: every program carries the same Stdlib prologue, and a small file keeps
        // thousands of debug-build reads within the time bound.
        let seeds = ["hello"]
        var random = Random(state: 0x4B69_6C6E)  // "Kiln"
        var (read, rejected) = (0, 0)
        var kinds: [BytecodeError.Kind: Int] = [:]
        let elapsed = try Self.cpuTime {
            for name in seeds {
                let bytes = try BytecodeExecutable.bytes(of: Toolchain.executable(name))
                let file = try ExecutableFile(bytes: bytes)
                for _ in 0..<Self.cases {
                    let mutated = Self.mutate(bytes, file, &random)
                    do {
                        let executable = try BytecodeExecutable(bytes: mutated)
                        // Whatever reads must also print; constants (possibly cyclic now) are
                        // the risky part, and printing only those keeps the test fast.
                        let printer = Disassembler(executable)
                        for instruction in executable.code {
                            switch instruction.operands {
                            case .global, .globalField: _ = printer.line(instruction)
                            default: continue
                            }
                        }
                        read += 1
                    } catch let error as BytecodeError {
                        rejected += 1
                        kinds[error.kind, default: 0] += 1
                        if let offset = error.offset { #expect(offset >= 0 && offset <= mutated.count, "\(error)") }
                    } catch {
                        Issue.record("not a BytecodeError: \(error)")
                    }
                }
            }
        }
        #expect(read + rejected == Self.cases * seeds.count)
        #expect(rejected > Self.cases / 3)
        #expect(elapsed < .seconds(6))
        print("fuzz: \(read) read, \(rejected) rejected \(kinds) in \(elapsed)")
    }

    /// The marshal reader alone, on the DATA of a program rich in constants: DATA is only one
    /// of the regions the whole-file fuzzing hits, and the reader most exposed to bad sizes.
    @Test func corruptedMarshalDataNeverCrashesOrHangs() throws {
        let executable = try BytecodeExecutable(path: Toolchain.executable("constants"))
        let section = try #require(executable.file.section("DATA"))
        let data = Array(executable.file.body(section))
        var random = Random(state: 0x4441_5441)  // "DATA"
        var (read, rejected) = (0, 0)
        let elapsed = Self.cpuTime {
            for _ in 0..<1000 {
                var bytes = data
                switch random.below(3) {
                case 0: bytes = Array(bytes.prefix(random.below(bytes.count)))
                case 1:
                    for _ in 0..<(1 + random.below(3)) { bytes[random.below(bytes.count)] = UInt8(random.below(256)) }
                default:
                    // Object codes and sizes sit after the 20-byte header; aim a large value there.
                    let at = 20 + random.below(bytes.count - 24)
                    for index in 0..<4 { bytes[at + index] = [0x7F, 0xFF, 0xFF, 0xF0][index] }
                }
                do throws(BytecodeError) {
                    let value = try MarshalledValue(bytes: bytes)
                    var printer = ValuePrinter(value)
                    printer.nodeLimit = 10_000
                    _ = printer.text(value.root).count
                    read += 1
                } catch {
                    rejected += 1
                    #expect(error.offset.map { $0 >= 0 && $0 <= bytes.count } ?? false, "\(error)")
                }
            }
        }
        #expect(read + rejected == 1000 && rejected > 250)
        #expect(elapsed < .seconds(4))
        print("marshal fuzz: \(read) read, \(rejected) rejected in \(elapsed)")
    }
}
