import ArgumentParser
import ELFKit
import KilnDriver

/// `kiln run`: runs qemu-profile firmware on the emulated core.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run firmware on qemu-system-xtensa (sim machine, dc233c core) and pass its exit code through.",
        discussion: """
            The program's standard output and error pass through; kiln exits with the \
            program's exit code (main's return value, kiln_exit's argument, or a fault code: \
            70 stack overflow, 71 illegal instruction, 72 memory fault, 73 division by zero, \
            74 double exception, 75 other exception; see Docs/usage.md). A program still \
            running after --timeout seconds is killed and kiln exits with 124.
            """)

    @Argument(help: "Firmware linked with `kiln link --target qemu`.")
    var firmware: String

    @Option(help: "Seconds before the program is killed.")
    var timeout: Double = 10

    @Flag(help: "Print the exact number of instructions executed from the start of main (or kiln_icount_start) to exit (or kiln_icount_stop), on standard error.")
    var count = false

    func run() throws {
        // QEMU would hang on a missing file and only complain about memory it lacks: say
        // what is wrong instead.
        let kind: ELFFile.Kind
        do { kind = try ELFReader.read(path: firmware).kind } catch { throw fail(error.description) }
        guard case .executable(let entry) = kind else {
            throw fail("\(firmware): error: not an executable; link it first (kiln link, or kiln build without -c)")
        }
        if entry >= 0x0800_0000 {
            throw fail("\(firmware): error: entry 0x\(String(entry, radix: 16)) is outside the qemu layout's RAM; link with --target qemu to run it")
        }
        let result: QEMURunner.Result
        do {
            result = try QEMURunner.run(elf: firmware, timeout: timeout, echo: true)
        } catch {
            throw fail(error.description)
        }
        if result.timedOut {
            FileHandleOutput.standardError.write("kiln run: \(firmware) still running after \(timeout) s; killed (exit code \(QEMURunner.timeoutStatus))\n")
        } else if count {
            if let instructions = result.instructionCount {
                FileHandleOutput.standardError.write("kiln run: \(instructions) instructions\n")
            } else {
                FileHandleOutput.standardError.write("kiln run: no instruction count (the program did not exit through kiln_exit)\n")
            }
        }
        throw ExitCode(result.status)
    }
}
