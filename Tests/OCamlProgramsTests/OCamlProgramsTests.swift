import Foundation
import KilnTestSupport
import OCamlFrontend
import OCamlLowering
import XCTest

/// The lowering on its own: the IR it makes for every corpus program passes LLVM's verifier
/// (llvm-as-22), only reachable functions are compiled, and bad input is reported.
final class OCamlLoweringTests: XCTestCase {
    func testEveryCorpusProgramLowersToValidIR() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        XCTAssertGreaterThanOrEqual(Corpus.all.count, 19)
        for name in Corpus.all {
            let program = try BytecodeExecutable(path: try Corpus.compile(name, in: dir))
            let lowered = try ProgramLowering.lower(program)
            let path = dir.appendingPathComponent("\(name).ll").path
            try lowered.text.write(toFile: path, atomically: true, encoding: .utf8)
            let verify = try TestTools.run("llvm-as-22", [path, "-o", "/dev/null"])
            XCTAssertEqual(verify.status, 0, "\(name): \(verify.stderr.prefix(2000))")
            // Every primitive the IR calls is one the program's code names.
            XCTAssertTrue(Set(lowered.primitives).isSubset(of: Set(program.usedPrimitives)), name)
        }
    }

    /// Functions are those reachable from the main body: never more than CODE's closures
    /// (+ the main body), and every primitive the lowered code calls is one CODE names.
    /// (ocamlc links whole modules whose initialisation builds every top-level closure, so
    /// for its output reachability excludes little; the walk still never compiles a body
    /// that no reachable CLOSURE names.)
    func testOnlyReachableFunctionsAreCompiled() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = try BytecodeExecutable(path: try Corpus.compile("hello", in: dir))
        var entries = Set<Int>()
        for instruction in program.code {
            switch instruction.operands {
            case .intTarget(_, let target) where instruction.opcode == .CLOSURE: entries.insert(target)
            case .closureRec(_, let targets): entries.formUnion(targets)
            default: break
            }
        }
        let lowered = try ProgramLowering.lower(program)
        XCTAssertLessThanOrEqual(lowered.functionCount, entries.count + 1, "reachable \(lowered.functionCount) of \(entries.count)")
        XCTAssertGreaterThan(lowered.functionCount, 10)
        XCTAssertTrue(lowered.primitives.contains("caml_ml_output"))
        XCTAssertTrue(Set(lowered.primitives).isSubset(of: Set(program.usedPrimitives)))
    }

    /// A damaged executable: `file:offset: error:`, exit 1, no output file left.
    func testBadInputIsAnErrorWithNoOutput() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let byte = try Corpus.compile("hello", in: dir)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: byte)))
        bytes.removeLast(3)
        let damaged = dir.appendingPathComponent("damaged.byte").path
        try Data(bytes).write(to: URL(fileURLWithPath: damaged))
        let elf = dir.appendingPathComponent("damaged.elf").path
        let result = try TestTools.run(Corpus.kiln, ["build", damaged, "-o", elf])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("damaged.byte:"), result.stderr)
        XCTAssertTrue(result.stderr.contains(": error: "), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: elf))
    }
}
