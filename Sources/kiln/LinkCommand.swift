import ArgumentParser
import ELFKit
import KilnDriver
import KilnLinker

/// `kiln link`: Kiln's static linker.
struct LinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link ELF32 Xtensa relocatable objects with Kiln's startup code into firmware.",
        discussion: """
            The startup code (reset stub, vectors, _start, fault reporter, platform layer) is \
            assembled from Runtime/Start by Kiln's own assembler and linked first, the runtime \
            (Runtime/Core, Runtime/OCaml; built on first use and cached) last, its definitions weak so \
            that the objects' own win; set \
            KILN_RUNTIME to use another Runtime folder. Unreferenced sections are dropped. \
            On any error (undefined or duplicate symbol, relocation out of range, bad input) \
            the message names the symbol and the object, the exit code is 1 and nothing is written.
            """)

    @Argument(help: "Relocatable objects (.o), from kiln as, llvm-mc-22 or Kiln's back end.")
    var objects: [String]

    @Option(name: .short, help: "The executable to write.")
    var output: String

    @Option(help: "Memory layout: qemu or esp32.")
    var target = "qemu"

    @Option(help: "Write the link map (sections, inputs and symbols with addresses and sizes) to this file; '-' for standard output.")
    var map: String?

    @Option(help: "Stack size in bytes (default: 1 MiB on qemu, 32 KiB on esp32).")
    var stackSize: UInt32?

    @Flag(help: "Do not link Kiln's startup code (the objects must define _start and the vectors).")
    var noStartup = false

    @OptionGroup var runtime: RuntimeOptions

    func run() throws {
        guard var layout = MemoryLayout.named(target) else {
            throw ValidationError("unknown target '\(target)'; expected qemu or esp32")
        }
        if let stackSize { layout.stackSize = stackSize }
        let result: LinkResult
        do {
            result = try Firmware.link(objects: objects, layout: layout, startup: !noStartup, runtime: try runtime.objects(for: layout))
        } catch {
            throw fail(error.description)
        }
        // The map before the executable, so that an unwritable map leaves no executable.
        if let map { try writeText(result.map.text, to: map) }
        do {
            try ELFWriter.write(result.executable, to: output)
        } catch {
            if let map { removePartialOutput(map) }
            throw fail(error.description)
        }
    }
}

/// Writes `text` to `path`, or to standard output for "-". A file that cannot be written
/// whole (no directory, no permission, a full disk) is an error, and is removed.
func writeText(_ text: String, to path: String) throws {
    if path == "-" { return FileHandleOutput.standardOutput.write(text) }
    guard let file = fopen(path, "w") else { throw fail("\(path): error: cannot write file: \(String(cString: strerror(errno)))") }
    let written = fputs(text, file) >= 0
    if fclose(file) != 0 || !written {
        let reason = String(cString: strerror(errno))
        removePartialOutput(path)
        throw fail("\(path): error: cannot write file: \(reason)")
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// Removes an output file a failed command left behind, if it is a regular file: never a
/// device, pipe or link such as `/dev/null` or `/dev/stdout` (run as root, unlinking one
/// would delete it from the system).
func removePartialOutput(_ path: String) {
    var info = stat()
    guard path != "-", lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
    unlink(path)
}
