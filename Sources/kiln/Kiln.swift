import ArgumentParser

/// `kiln`: bytecode to native Xtensa firmware.
@main
struct Kiln: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiln",
        abstract: "Compile OCaml bytecode and BEAM modules to native Xtensa firmware.",
        discussion: """
            Exit codes: 0 success; 1 bad input (diagnostics on standard error as \
            file:line:column: error: message); 64 bad command line.
            """,
        subcommands: [AssembleCommand.self, BuildCommand.self, ObjdumpCommand.self, LinkCommand.self, RunCommand.self, BenchCommand.self, ImageCommand.self, RuntimeCommand.self])
}

/// Prints a failure to standard error and exits with code 1 (bad input, as opposed to 64
/// for a bad command line).
func fail(_ message: String) -> ExitCode {
    FileHandleOutput.standardError.write(message.hasSuffix("\n") ? message : message + "\n")
    return ExitCode(1)
}
