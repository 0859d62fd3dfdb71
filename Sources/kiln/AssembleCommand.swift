import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import ELFKit
import KilnDriver
import XtensaAssembler
import XtensaISA

/// `kiln as`: Kiln's own assembler.
struct AssembleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "as",
        abstract: "Assemble a GNU-syntax Xtensa source into an ELF relocatable object.",
        discussion: """
            Accepts the instructions of Kiln's instruction table and the directives .text .data \
            .bss .rodata .section .align (2^n, as llvm-mc) .p2align .balign .byte .short .word \
            .long .ascii .asciz .space .org .global .local .weak .type .size .set .literal \
            .literal_position. `movi` of a symbol or of a constant outside -2048..2047 becomes \
            `l32r` from a literal. On any error nothing is written.
            """)

    @Argument(help: "The assembly source (.S or .s).")
    var source: String

    @Option(name: .short, help: "The object file to write.")
    var output: String

    @Option(help: "Target profile: \(Profile.all.map(\.name).joined(separator: ", ")). Instructions the profile lacks are errors.")
    var target = "qemu"

    @Option(help: "Also write the object's listing to this file.")
    var listing: String?

    func run() throws {
        guard let profile = Profile.named(target) else {
            throw ValidationError("unknown target '\(target)'; expected one of \(Profile.all.map(\.name).joined(separator: ", "))")
        }
        let object: ELFFile
        do {
            object = try Firmware.assemble(path: source, profile: profile)
        } catch {
            throw fail(error.description)
        }
        do {
            try ELFWriter.write(object, to: output)
        } catch {
            throw fail(error.description)
        }
        if let listing {
            let text = Listing.format(object, title: "kiln as \(source)")
            try writeText(text, to: listing)
        }
    }
}
