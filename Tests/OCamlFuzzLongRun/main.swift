#if canImport(Glibc)
import Glibc
#endif
import Foundation
import OCamlFrontend
import OCamlFuzzCheck

// The long fuzz run of the OCaml reader and lowering (Scripts/ocaml-fuzz.sh drives it):
//
//   ocaml-fuzz [--seed S] [--from N] [--count N] [--sample K] [--progress FILE] [--save N FILE] prog.byte...
//
// Runs cases from..<from+count of the run seeded with S over the given executables, in
// this process; of the programs after the first, only 1 in K cases is lowered (all are read). A trap kills the process: FILE of --progress then holds the index of the
// case that trapped, and `--save N FILE` writes that case as a regression file. Exit 0 when
// every case was read and lowered or refused with a `file:offset: error:` diagnostic, 1 if
// any diagnostic had another form.

func main() throws -> Int32 {
    var arguments = CommandLine.arguments.dropFirst()
    var seed: UInt64 = 0x4B69_6C6E
    var from = 0
    var count = 100_000
    var progressPath: String?
    var save: (index: Int, path: String)?
    var paths: [String] = []
    var sample = 1
    func value(_ option: String) -> String {
        guard let next = arguments.popFirst() else {
            FileHandle.standardError.write(Data("ocaml-fuzz: \(option) needs a value\n".utf8))
            exit(2)
        }
        return next
    }
    while let argument = arguments.popFirst() {
        switch argument {
        case "--seed": seed = UInt64(value(argument)) ?? seed
        case "--from": from = Int(value(argument)) ?? 0
        case "--count": count = Int(value(argument)) ?? count
        case "--progress": progressPath = value(argument)
        case "--sample": sample = Int(value(argument)) ?? 1
        case "--save": save = (Int(value(argument)) ?? 0, value(argument))
        default: paths.append(argument)
        }
    }

    let programs = try paths.map { path in
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return try FuzzSeedProgram(name: name, bytes: BytecodeExecutable.bytes(of: path))
    }
    guard !programs.isEmpty else {
        FileHandle.standardError.write(Data("ocaml-fuzz: no executables given\n".utf8))
        exit(2)
    }

    if let save {
        let fuzzCase = FuzzCase(seed: seed, index: save.index, programs: programs)
        let regression = RegressionCase(program: fuzzCase.program.name, original: fuzzCase.program.bytes, damaged: fuzzCase.bytes,
                                        note: "ocaml-fuzz --seed \(seed) case \(save.index) (\(fuzzCase.mutation.rawValue)) crashed kiln")
        try regression.text.write(toFile: save.path, atomically: true, encoding: .utf8)
        return 0
    }

    // The index of the case about to run, rewritten in place (one pwrite per case).
    let progress = progressPath.map { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) } ?? -1
    let watchdog = Watchdog(limit: 60)
    var outcomes: [String: Int] = [:]
    var bad = 0
    let start = Date()
    for index in from..<from + count {
        if progress >= 0 {
            let text = Array(String(index).utf8) + Array(repeating: UInt8(ascii: " "), count: 20)
            _ = text.withUnsafeBytes { pwrite(progress, $0.baseAddress, 20, 0) }
        }
        let fuzzCase = FuzzCase(seed: seed, index: index, programs: programs)
        watchdog.begin(fuzzCase.path)
        let outcome = fuzzCase.run(lower: fuzzCase.isLowered(sample: sample))
        watchdog.end()
        switch outcome {
        case .lowered: outcomes["lowered", default: 0] += 1
        case .read: outcomes["read, not lowered", default: 0] += 1
        case .rejected(let kind): outcomes["rejected: \(kind)", default: 0] += 1
        case .badDiagnostic(let message):
            bad += 1
            FileHandle.standardOutput.write(Data("case \(index) (\(fuzzCase.mutation.rawValue)): diagnostic not in file:offset: error: form: \(message)\n".utf8))
        }
        if (index - from + 1) % 10_000 == 0 {
            FileHandle.standardOutput.write(Data("\(index - from + 1) cases, \(Int(Date().timeIntervalSince(start))) s\n".utf8))
        }
    }
    watchdog.stop()
    let seconds = Date().timeIntervalSince(start)
    FileHandle.standardOutput.write(Data(("seed \(seed), cases \(from)..<\(from + count): " + outcomes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
          + ", \(bad) bad diagnostics, \(String(format: "%.1f", seconds)) s\n").utf8))
    return bad == 0 ? 0 : 1
}

exit(try main())
