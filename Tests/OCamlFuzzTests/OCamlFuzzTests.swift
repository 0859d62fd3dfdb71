import Foundation
import KilnTestSupport
import OCamlFrontend
import OCamlFuzzCheck
import OCamlLowering
import Testing

/// Damaged real executables never crash or hang the reader or the lowering: each is read
/// and lowered, or refused with `file:offset: error: ...` naming a byte inside the file.
/// `Scripts/ocaml-fuzz.sh` runs the same cases by the hundred thousand.
@Suite struct OCamlFuzzTests {
    /// The programs damaged: hello world (built with -g, so DBUG and the debug locations
    /// are fuzzed too), a Printf program and one with objects. Every case is read; every
    /// readable case of hello is lowered, 1 in 20 of the others (each lowering of those
    /// takes ~0.5 s of CPU in a debug build; the long run lowers more).
    static let programs: [(name: String, flags: [String])] = [("hello", ["-g"]), ("printf", []), ("objects", [])]

    static let sources = TestTools.packageRoot.appendingPathComponent("Tests/OCamlFrontendTests/Programs")

    /// The programs compiled once per run by `ocamlc -compat-32`.
    static let compiled: Result<[FuzzSeedProgram], Error> = Result {
        let root = try TestTools.scratchDirectory()
        return try programs.map { program in
            // One directory each: printf.ml's printf.cmi must not hide the Stdlib's Printf.
            let dir = root.appendingPathComponent(program.name)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let source = dir.appendingPathComponent("\(program.name).ml")
            try FileManager.default.copyItem(at: sources.appendingPathComponent("\(program.name).ml"), to: source)
            let output = dir.appendingPathComponent("\(program.name).byte").path
            let result = try TestTools.run("ocamlc", ["-compat-32"] + program.flags + [source.path, "-o", output], in: dir)
            guard result.status == 0 else { throw CompileError(message: result.stderr) }
            return try FuzzSeedProgram(name: program.name, bytes: BytecodeExecutable.bytes(of: output))
        }
    }

    struct CompileError: Error { let message: String }

    @Test func damagedExecutablesNeverCrashOrHang() throws {
        let programs = try Self.compiled.get()
        let watchdog = Watchdog(limit: 30)
        defer { watchdog.stop() }
        let cases = 2000
        var outcomes: [String: Int] = [:]
        let start = Date()
        for index in 0..<cases {
            let fuzzCase = FuzzCase(seed: 0x4B69_6C6E, index: index, programs: programs)
            watchdog.begin(fuzzCase.path)
            let outcome = fuzzCase.run(lower: fuzzCase.isLowered(sample: 20))
            watchdog.end()
            switch outcome {
            case .lowered: outcomes["lowered", default: 0] += 1
            case .read: outcomes["read", default: 0] += 1
            case .rejected(let kind): outcomes[kind, default: 0] += 1
            case .badDiagnostic(let message):
                Issue.record("case \(index) (\(fuzzCase.mutation.rawValue)): \(message)")
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("OCaml fuzz: \(cases) cases in \(String(format: "%.1f", seconds)) s: \(outcomes.sorted { $0.key < $1.key })")
        // Both outcomes occur: the mutations are neither all harmless nor all fatal.
        let accepted = (outcomes["lowered"] ?? 0) + (outcomes["read"] ?? 0)
        #expect((outcomes["lowered"] ?? 0) > cases / 40)
        #expect(accepted > cases / 20 && accepted < cases * 9 / 10)
    }

    /// Every input that once crashed kiln, kept in `Regressions/` (see `RegressionCase`).
    @Test func regressionCasesAreRefusedOrLowered() throws {
        let programs = try Self.compiled.get()
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let regression = try #require(RegressionCase(text: text), "\(file) does not parse")
            let program = try #require(programs.first { $0.name == regression.program }, "\(file): no program \(regression.program)")
            let bytes = try #require(regression.damaged(from: program.bytes), "\(file) does not fit \(regression.program)")
            do {
                let executable = try BytecodeExecutable(bytes: bytes, path: file)
                _ = try ProgramLowering.lower(executable, options: LoweringOptions(musttail: true))
            } catch let error as BytecodeError {
                #expect(error.offset != nil && error.description.hasPrefix("\(file):\(error.offset!): error: "), "\(error)")
            } catch let error as LoweringError {
                #expect(error.offset != nil && error.description.hasPrefix("\(file):\(error.offset!): error: "), "\(error)")
            }
        }
    }

    /// A regression file round-trips and rebuilds the damaged bytes.
    @Test func regressionFilesRebuildTheDamagedBytes() throws {
        let original: [UInt8] = Array(0..<200)
        for damaged in [Array(original.prefix(50)), Array(original[..<10]) + [1, 2, 3] + original[10...], original.reversed()] {
            let regression = RegressionCase(program: "p", original: original, damaged: damaged, note: "test")
            #expect(RegressionCase(text: regression.text) == regression)
            #expect(regression.damaged(from: original) == damaged)
        }
    }
}
