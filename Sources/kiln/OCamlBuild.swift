import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import ELFKit
import KilnLinker
import OCamlFrontend
import OCamlLowering
import XtensaISA

/// The OCaml steps of `kiln build`: bytecode → LLVM IR (then the common path), and the
/// runtime the firmware links with.
enum OCamlBuild {
    /// True when `path` ends with the bytecode trailer's magic (any file name).
    static func isBytecode(_ path: String) -> Bool {
        guard let file = fopen(path, "rb") else { return false }
        defer { fclose(file) }
        var magic = [UInt8](repeating: 0, count: 12)
        guard fseek(file, -12, SEEK_END) == 0, fread(&magic, 1, 12, file) == 12 else { return false }
        return String(decoding: magic.prefix(8), as: UTF8.self) == "Caml1999"
    }

    /// Reads and lowers `input`, writing the IR to `path`; with
    /// `interpret`, the module holds the bytecode for Kiln's interpreter instead of native code.
    /// Returns the primitives the module calls, each with the file offset of its first call.
    static func lower(_ input: String, to path: String, heap: String?, interpret: Bool = false) throws -> [String: Int] {
        let heapSize = try heap.map(parseSize)
        do {
            let program = try BytecodeExecutable(path: input)
            let lowered = interpret
                ? try InterpreterProgram.lower(program, heapSize: heapSize)
                : try ProgramLowering.lower(program, options: LoweringOptions(musttail: true, stackSave: true, heapSize: heapSize))
            try writeText(lowered.text, to: path)
            return firstCalls(of: lowered.primitives, in: program)
        } catch let error as BytecodeError {
            throw fail(error.description)
        } catch let error as LoweringError {
            throw fail(error.description)
        }
    }

    /// `256K`, `1M`, `65536` → bytes.
    static func parseSize(_ text: String) throws -> Int {
        let units: [Character: Int] = ["K": 1024, "k": 1024, "M": 1 << 20, "m": 1 << 20]
        let scale = text.last.flatMap { units[$0] } ?? 1
        guard let number = Int(scale == 1 ? Substring(text) : text.dropLast()), number > 0 else {
            throw ValidationError("--heap: '\(text)' is not a size (bytes, or a number with K or M)")
        }
        return number * scale
    }

    /// The file offset of the first C_CALL/C_CALLN of each of `primitives`.
    static func firstCalls(of primitives: [String], in program: BytecodeExecutable) -> [String: Int] {
        let wanted = Set(primitives)
        let code = program.file.section("CODE")?.offset ?? 0
        var offsets: [String: Int] = [:]
        for instruction in program.code {
            switch instruction.operands {
            case .primitive(let index), .countPrimitive(_, let index):
                let name = program.primitives[index]
                if wanted.contains(name), offsets[name] == nil { offsets[name] = code + 4 * instruction.position }
            default: continue
            }
        }
        for name in primitives where offsets[name] == nil { offsets[name] = code }  // called by the support code only
        return offsets
    }

    /// Every primitive the program calls must be defined by the runtime: one error listing
    /// the missing ones (at the first call of the first), before the linker would name them
    /// one at a time.
    static func checkPrimitives(_ input: String, _ primitives: [String: Int], runtime: [LinkInput]) throws {
        var defined = Set<String>()
        for input in runtime {
            for symbol in input.object.symbols where symbol.binding != .local && symbol.definition != .undefined {
                defined.insert(symbol.name)
            }
        }
        let missing = primitives.filter { !defined.contains($0.key) }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        if let first = missing.first {
            let names = missing.map { "\($0.key) (first called at offset \($0.value))" }
            throw fail("\(input):\(first.value): error: the runtime lacks \(missing.count) primitive(s) this program calls: \(names.joined(separator: ", "))")
        }
    }
}
