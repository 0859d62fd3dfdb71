import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import KilnDriver
import XtensaISA

/// `kiln bench`: native against interpreted OCaml, by exact instruction counts under QEMU.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Build OCaml bytecode natively and interpreted, run both under QEMU, and compare instruction counts.",
        discussion: """
            For each program, builds two firmwares with `kiln build`'s own code — native \
            (prog.byte) and interpreted (prog.byte --interpret) — runs each with `kiln run`'s \
            QEMU runner counting instructions exactly (ICOUNT, from main to exit), and reports \
            both counts, the speedup (interpreted / native instructions) and each firmware's \
            text, data and bss bytes (as llvm-size counts them), then the geometric mean of the \
            speedups. The two runs must print the same standard output and exit with the same \
            code: a difference is an error naming the program and the first differing line. \
            Builds and runs go -j at a time, each in a process of its own; progress goes to \
            standard error.

            --json prints instead of the table: {"programs": [{"name", "path", "exit_code", \
            "speedup", "native": {"instructions", "text", "data", "bss", "firmware"}, \
            "interpreted": {the same}}], "geometric_mean_speedup"}. Instructions and sizes are \
            integers (sizes in bytes); "firmware" is the kept file (--keep) or null.

            Exit codes: 0 success; 1 a missing or non-bytecode input, a failed build, a run that \
            faulted, timed out or did not exit through kiln_exit, or native and interpreted \
            runs that differ (then no JSON and no chart are written); 64 bad command line.
            """)

    @Argument(help: "OCaml bytecode executables (ocamlc -compat-32 output).")
    var programs: [String]

    @Option(help: ArgumentHelp("Keep the firmwares (NAME.native.elf, NAME.interpreted.elf) and the runs' standard output and error (NAME.MODE.stdout, .stderr) in this directory (created if missing).", valueName: "dir"))
    var keep: String?

    @Flag(help: "Print the results as JSON (fields: see above) instead of a table.")
    var json = false

    @Flag(help: "Print the results as a Markdown table (for Docs/benchmarks.md) instead of an aligned one.")
    var markdown = false

    @Option(help: ArgumentHelp("Also draw the speedups as a bar chart (SVG, log-scale axis) into this file.", valueName: "file.svg"))
    var chart: String?

    @Option(help: ArgumentHelp("OCaml heap size for both firmwares, in bytes (K and M suffixes allowed); default kiln build's.", valueName: "size"))
    var heap: String?

    @Option(help: ArgumentHelp("Seconds each run may take before it is killed and counted as a failure.", valueName: "seconds"))
    var timeout: Double = 300

    @Option(name: .customShort("j"), help: ArgumentHelp("Builds and runs at the same time (default: the number of processors).", valueName: "n"))
    var jobs: Int?

    /// The two ways a program is built.
    enum Mode: String, CaseIterable {
        case native, interpreted
    }

    func validate() throws {
        if json && markdown { throw ValidationError("--json and --markdown: choose one") }
        if let jobs, jobs < 1 { throw ValidationError("-j: expected at least 1, got \(jobs)") }
        if timeout <= 0 { throw ValidationError("--timeout: expected a positive number of seconds") }
        if let heap { _ = try OCamlBuild.parseSize(heap) }
    }

    func run() throws {
        // Every input is checked before anything is built.
        var inputErrors: [String] = []
        for path in programs {
            if access(path, R_OK) != 0 {
                inputErrors.append("\(path): error: cannot read: \(String(cString: strerror(errno)))")
            } else if !OCamlBuild.isBytecode(path) {
                inputErrors.append("\(path): error: not an OCaml bytecode executable (expected ocamlc output)")
            }
        }
        guard inputErrors.isEmpty else { throw fail(inputErrors.joined(separator: "\n")) }

        let directory = try workDirectory()
        let names = Self.names(programs)
        let stems = Self.uniqueStems(names)
        defer { if keep == nil { Self.remove(directory, stems: stems) } }

        // The runtime is built once here, not by every child at the same time.
        do { _ = try RuntimeCache.artifacts(profile: .qemu, backend: .fromEnvironment) } catch { throw fail(error.description) }

        let work = programs.indices.flatMap { index in Mode.allCases.map { (index, $0) } }
        let width = jobs ?? ForkedJobs.processors
        progress("building and running \(work.count) firmwares, \(width) at a time, in \(directory)")
        var done = 0
        let statuses = ForkedJobs.run(work.map { index, mode in
            { Self.job(program: programs[index], base: directory + "/" + stems[index] + "." + mode.rawValue,
                       mode: mode, heap: heap, timeout: timeout) }
        }, width: width) { job, status in
            done += 1
            let (index, mode) = work[job]
            let base = directory + "/" + stems[index] + "." + mode.rawValue
            let outcome = status == 0 ? (Self.readOutcome(base).map(Self.describe) ?? "no result") : "failed"
            progress("[\(done)/\(work.count)] \(names[index]) \(mode.rawValue): \(outcome)")
        }

        var errors: [String] = []
        var report = BenchReport(programs: [])
        for (index, path) in programs.enumerated() {
            var measured: [Mode: (Outcome, BenchReport.Measurement)] = [:]
            for mode in Mode.allCases {
                let base = directory + "/" + stems[index] + "." + mode.rawValue
                guard statuses[index * 2 + (mode == .native ? 0 : 1)] == 0, let outcome = Self.readOutcome(base) else {
                    errors.append("\(path): error: the \(mode.rawValue) build or run failed (see above)")
                    continue
                }
                if outcome.timedOut {
                    errors.append("\(path): error: the \(mode.rawValue) firmware was still running after \(timeout) s")
                } else if let count = outcome.count {
                    do {
                        let size = try FirmwareSize.read(path: base + ".elf")
                        measured[mode] = (outcome, .init(instructions: count, size: size, firmware: keep == nil ? nil : base + ".elf"))
                    } catch {
                        errors.append(error.description)
                    }
                } else {
                    // The program's last words (an uncaught exception, a fault report) say why.
                    let said = ((try? FileIO.read(base + ".stderr")).map { String(decoding: $0, as: UTF8.self) } ?? "")
                        .split(separator: "\n").last.map { ": \($0)" } ?? ""
                    errors.append("\(path): error: the \(mode.rawValue) firmware did not exit through kiln_exit (exit code \(outcome.status)), so it has no instruction count\(said)")
                }
            }
            guard let (native, nativeMeasurement) = measured[.native],
                  let (interpreted, interpretedMeasurement) = measured[.interpreted] else { continue }
            if let difference = OutputDifference.between(nativeStdout: native.stdout, nativeStatus: native.status,
                                                         interpretedStdout: interpreted.stdout, interpretedStatus: interpreted.status) {
                errors.append("\(path): error: \(difference)")
                continue
            }
            report.programs.append(.init(name: names[index], path: path, exitCode: native.status,
                                         native: nativeMeasurement, interpreted: interpretedMeasurement))
        }
        guard errors.isEmpty else { throw fail(errors.joined(separator: "\n")) }

        if let chart {
            guard Self.write(BenchChart.svg(report), to: chart) else {
                throw fail("\(chart): error: cannot write file: \(String(cString: strerror(errno)))")
            }
        }
        FileHandleOutput.standardOutput.write(json ? report.json : markdown ? report.markdown : report.table)
        if let chart { progress("chart written to \(chart)") }
        if let keep { progress("firmwares kept in \(keep)") }
    }

    private func progress(_ line: String) {
        FileHandleOutput.standardError.write("kiln bench: \(line)\n")
    }

    /// The --keep directory (made if missing), or a new temporary one.
    private func workDirectory() throws -> String {
        if let keep {
            var status = stat()
            if stat(keep, &status) != 0 && mkdir(keep, 0o755) != 0 {
                throw fail("\(keep): error: cannot create directory: \(String(cString: strerror(errno)))")
            }
            return keep
        }
        var template = Array("/tmp/kiln-bench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else {
            throw fail("error: cannot create a temporary directory: \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }

    // MARK: - One job, in a child process

    /// What a run left behind: its exit code, count and standard output.
    struct Outcome {
        var status: Int32
        var timedOut: Bool
        var count: UInt64?
        var stdout: [UInt8]
    }

    /// Builds `program` the way `kiln build` does into `base.elf`, runs it the way `kiln run`
    /// does, and leaves the outcome in `base.result` and `base.stdout`. Returns 0 when both
    /// steps could be done (whatever the program's own exit code), else 1.
    static func job(program: String, base: String, mode: Mode, heap: String?, timeout: Double) -> Int32 {
        var arguments = [program, "-o", base + ".elf"]
        if mode == .interpreted { arguments.append("--interpret") }
        if let heap { arguments += ["--heap", heap] }
        do {
            let build = try BuildCommand.parse(arguments)
            try build.run()
        } catch {
            // kiln build's own errors are already on standard error, as `kiln build` prints them.
            if !(error is ExitCode) { FileHandleOutput.standardError.write(BuildCommand.fullMessage(for: error) + "\n") }
            return 1
        }
        do {
            let result = try QEMURunner.run(elf: base + ".elf", timeout: timeout)
            let summary = "status \(result.status)\ntimedout \(result.timedOut ? 1 : 0)\ncount \(result.instructionCount.map(String.init) ?? "none")\n"
            guard write(result.stdout, to: base + ".stdout"), write(result.stderr, to: base + ".stderr"),
                  write(Array(summary.utf8), to: base + ".result") else {
                FileHandleOutput.standardError.write("\(base): error: cannot write file: \(String(cString: strerror(errno)))\n")
                return 1
            }
            return 0
        } catch {
            FileHandleOutput.standardError.write("\(program): error: \(error.description)\n")
            return 1
        }
    }

    /// Reads what `job` left at `base`.
    static func readOutcome(_ base: String) -> Outcome? {
        guard let summary = try? FileIO.read(base + ".result"), let stdout = try? FileIO.read(base + ".stdout") else { return nil }
        var fields: [String: String] = [:]
        for line in String(decoding: summary, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
        }
        guard let status = fields["status"].flatMap({ Int32($0) }), let timedOut = fields["timedout"] else { return nil }
        return Outcome(status: status, timedOut: timedOut == "1", count: fields["count"].flatMap { UInt64($0) }, stdout: stdout)
    }

    static func describe(_ outcome: Outcome) -> String {
        if outcome.timedOut { return "timed out" }
        guard let count = outcome.count else { return "exit code \(outcome.status), no instruction count" }
        return "\(BenchFormat.grouped(count)) instructions, exit code \(outcome.status)"
    }

    // MARK: - Names and files

    /// `dir/fib.byte` → `fib`.
    static func names(_ paths: [String]) -> [String] {
        paths.map { path in
            var name = String(path.split(separator: "/").last ?? Substring(path))
            if name.hasSuffix(".byte") { name.removeLast(5) }
            return name
        }
    }

    /// File stems, one per program: the name, with `-2`, `-3`, ... for repeated names.
    static func uniqueStems(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            seen[name, default: 0] += 1
            return seen[name]! == 1 ? name : "\(name)-\(seen[name]!)"
        }
    }

    /// Removes the temporary directory and what the jobs put in it.
    static func remove(_ directory: String, stems: [String]) {
        for stem in stems {
            for mode in Mode.allCases {
                for suffix in [".elf", ".stdout", ".stderr", ".result"] { unlink(directory + "/" + stem + "." + mode.rawValue + suffix) }
            }
        }
        rmdir(directory)
    }

    /// Writes `text` to `path` through a temporary file and a rename, so that a failure
    /// leaves no partial file.
    static func write(_ text: String, to path: String) -> Bool { write(Array(text.utf8), to: path) }

    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        let temporary = path + ".tmp-\(getpid())"
        guard let file = fopen(temporary, "wb") else { return false }
        let written = bytes.isEmpty ? 0 : fwrite(bytes, 1, bytes.count, file)
        guard fclose(file) == 0, written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
