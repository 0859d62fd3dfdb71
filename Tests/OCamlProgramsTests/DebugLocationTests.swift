import Foundation
import KilnTestSupport
import OCamlFrontend
import OCamlLowering
import XCTest

/// `ocamlc -g` programs: DBUG's debug events become `!dbg` locations in the IR, and Kiln's
/// listing names `file.ml:LINE` above each function's code. The oracle for the lines is
/// ocamlc's own debug events as `ocamldumpobj` prints them.
final class DebugLocationTests: XCTestCase {
    static let source = """
        let rec fib n =
          if n < 2 then n
          else fib (n - 1) + fib (n - 2)

        let square x =
          x * x

        let () =
          print_int (fib 10);
          print_newline ();
          print_int (square 7);
          print_newline ()
        """

    /// `locs.byte` built with and without `-g` in `dir`.
    func compile(in dir: URL) throws -> (debug: String, plain: String) {
        try Self.source.write(to: dir.appendingPathComponent("locs.ml"), atomically: true, encoding: .utf8)
        for (flags, output) in [(["-g"], "locs.byte"), ([], "plain.byte")] {
            let result = try TestTools.run("ocamlc", ["-compat-32"] + flags + ["locs.ml", "-o", output], in: dir)
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        return (dir.appendingPathComponent("locs.byte").path, dir.appendingPathComponent("plain.byte").path)
    }

    /// The IR of the -g build is valid, survives LLVM's optimiser, and is the IR of the plain
    /// build once its debug attachments and metadata are taken out.
    func testDebugIRIsValidAndOnlyAddsLocations() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (debug, plain) = try compile(in: dir)
        let debugIR = try ProgramLowering.lower(try BytecodeExecutable(path: debug)).text
        let plainIR = try ProgramLowering.lower(try BytecodeExecutable(path: plain)).text
        let path = dir.appendingPathComponent("locs.ll").path
        try debugIR.write(toFile: path, atomically: true, encoding: .utf8)
        let verify = try TestTools.run("opt-22", ["-passes=verify", "-disable-output", path])
        XCTAssertEqual(verify.status, 0, String(verify.stderr.prefix(2000)))
        let optimised = try TestTools.run("opt-22", ["-O2", "-S", path, "-o", "-"])
        XCTAssertEqual(optimised.status, 0, String(optimised.stderr.prefix(2000)))
        XCTAssertTrue(optimised.stdout.contains("!DILocation(line: 3,"), "locations lost by the optimiser")
        XCTAssertTrue(debugIR.contains("\"Debug Info Version\""))

        let stripped = debugIR.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            if line.hasPrefix("!") { return nil }
            var text = String(line)
            if let range = text.range(of: ", !dbg !", options: .backwards) { text = String(text[..<range.lowerBound]) }
            if let range = text.range(of: " !dbg !") { text = String(text[..<range.lowerBound]) + " {" }
            // Functions are named after their definitions (`Locs.fib_E`, `Stdlib.print_int_E`)
            // where plain code has `caml_fun_E`.
            return text.replacingOccurrences(of: #"@[A-Z][A-Za-z0-9_]*\.[A-Za-z0-9_.]*_([0-9]+)\b"#, with: "@caml_fun_$1", options: .regularExpression)
        }
        XCTAssertTrue(debugIR.contains("define internal i32 @Locs.fib_"), "fib is not named")
        let plainLines = plainIR.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The first line names the executable; -g does not change CODE, so the rest is equal.
        XCTAssertEqual(Array(stripped.dropFirst()), Array(plainLines.dropFirst()))
    }

    /// The listing names the lines of each function of locs.ml that ocamlc's debug events
    /// give for its code; it reassembles; the firmware prints what the plain build prints.
    func testListingNamesTheSourceLines() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (debug, plain) = try compile(in: dir)

        // The oracle: dumpobj's `File "locs.ml", line L` lines, by code position, and the
        // functions of locs.ml (CLOSURE/CLOSUREREC targets inside its code).
        let dump = try TestTools.run("ocamldumpobj", [debug]).stdout
        var linesAt: [(position: Int, line: Int?)] = []
        var pending: Int??
        var entries: [Int] = []
        for text in dump.split(separator: "\n") {
            if text.hasPrefix("File ") {
                let isLocs = text.hasPrefix("File \"locs.ml\", line ")
                pending = isLocs ? Int(text.split(separator: " ")[3].dropLast()) : .some(nil)
                continue
            }
            let words = text.split(separator: " ")
            guard words.count >= 2, let position = Int(words[0]) else { continue }
            if let line = pending { linesAt.append((position, line)) }
            pending = nil
            if (words[1] == "CLOSUREREC" || words[1] == "CLOSURE"), words.count >= 4, let target = Int(words.last!) {
                entries.append(target)
            }
        }
        let locsStart = try XCTUnwrap(linesAt.first { $0.line != nil }?.position)
        let functions = entries.filter { $0 >= locsStart }.sorted()
        XCTAssertEqual(functions.count, 2, "fib and square")

        let elf = dir.appendingPathComponent("locs.elf").path, listing = dir.appendingPathComponent("locs.S").path
        let build = try TestTools.run(TestTools.kiln, ["build", debug, "-o", elf, "--listing", listing])
        XCTAssertEqual(build.status, 0, build.stderr)
        let assembly = try String(contentsOfFile: listing, encoding: .utf8)
        var named: Set<String> = []
        for (n, entry) in functions.enumerated() {
            let end = n + 1 < functions.count ? functions[n + 1] : Int.max
            let expected = Set(linesAt.filter { $0.position >= entry && $0.position < end }.compactMap(\.line))
            // The symbol is the definition's name (ev_defname) and the entry: the function
            // with line 2's events is Locs.fib_E, the other Locs.square_E.
            let symbol = (expected.contains(2) ? "Locs.fib_" : "Locs.square_") + "\(entry)"
            // A function LLVM inlined into its only caller and deleted (square: its closure is
            // no longer exported, the main module's block of exports is not built) has no body.
            guard let body = assembly.components(separatedBy: "\n\(symbol):\n").dropFirst().first?
                .components(separatedBy: "\t.size\t\(symbol),").first else {
                XCTAssertFalse(assembly.contains("_\(entry):\n"), "function \(entry) has a body under another name")
                XCTAssertFalse(assembly.contains("caml_fun_\(entry)"), "function \(entry) is not named")
                continue
            }
            named.insert(symbol)
            let listed = Set(body.split(separator: "\n").compactMap { line -> Int? in
                guard line.hasPrefix("\t# locs.ml:") else { return nil }
                return Int(line.split(separator: ":")[1])
            })
            XCTAssertFalse(listed.isEmpty, "\(symbol) has no locs.ml lines in the listing")
            XCTAssertTrue(listed.isSubset(of: expected), "\(symbol): listed \(listed.sorted()), events \(expected.sorted())")
        }
        XCTAssertTrue(named.contains { $0.hasPrefix("Locs.fib_") }, "fib (recursive) cannot be inlined away, and is named Locs.fib_E")
        // fib's comparison (line 2) and its additions (line 3) are both named.
        XCTAssertTrue(assembly.contains("\t# locs.ml:2:"), "no line 2")
        XCTAssertTrue(assembly.contains("\t# locs.ml:3:"), "no line 3")

        // The listing reassembles with Kiln's assembler and with llvm-mc.
        let object = dir.appendingPathComponent("locs.o").path
        let reassembled = try TestTools.run(TestTools.kiln, ["as", listing, "-o", object])
        XCTAssertEqual(reassembled.status, 0, String(reassembled.stderr.prefix(2000)))
        XCTAssertNoThrow(try TestTools.llvmMC(assembly))

        // Same firmware behaviour as the build without -g, and as ocamlrun.
        let plainElf = dir.appendingPathComponent("plain.elf").path
        let plainBuild = try TestTools.run(TestTools.kiln, ["build", plain, "-o", plainElf])
        XCTAssertEqual(plainBuild.status, 0, plainBuild.stderr)
        let runs = try [elf, plainElf].map { try TestTools.run(TestTools.kiln, ["run", $0, "--timeout", "60"]) }
        let reference = try TestTools.run("ocamlrun", [plain])
        for run in runs {
            XCTAssertEqual(run.stdout, reference.stdout)
            XCTAssertEqual(run.status, reference.status)
        }
    }
}
