import ArgumentParser
import ELFKit
import XtensaAssembler

/// `kiln objdump`: the listing of an object or executable.
struct ObjdumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objdump",
        abstract: "Print an ELF file's sections as an annotated assembly listing.",
        discussion: """
            Each line holds an instruction or datum, then a comment with its address, its bytes \
            and its relocation. The listing is GNU syntax that `kiln as` and llvm-mc-22 \
            assemble back to the same bytes and relocations.
            """)

    @Argument(help: "The ELF file to list.")
    var file: String

    func run() throws {
        do {
            let elf = try ELFReader.read(path: file)
            FileHandleOutput.standardOutput.write(Listing.format(elf, title: "kiln objdump \(file)"))
        } catch {
            throw fail(error.description)
        }
    }
}
