import ELFKit
import KilnLinker
import XtensaISA

extension Firmware {
    /// The runtime as link inputs for `layout`'s profile: the cached objects built by
    /// `backend` (built first if needed) and the runtime's assembly sources, assembled by
    /// Kiln's assembler like the startup code.
    ///
    /// Their global definitions are made weak, which gives them an archive's semantics: a
    /// program that defines `memcpy` or `malloc` itself keeps its own, and the runtime's
    /// copy — in a section of its own, then unreferenced — is dropped by the linker's garbage
    /// collection.
    public static func runtimeObjects(for layout: MemoryLayout, backend: RuntimeBackend = .fromEnvironment,
                                      progress: Bool = true) throws(DriverError) -> [LinkInput] {
        guard let profile = Profile.named(layout.name) else {
            throw .tool(name: "kiln", message: "no instruction profile named '\(layout.name)'")
        }
        let sources = try RuntimeSources.scan()
        let artifacts = try RuntimeCache.artifacts(profile: profile, backend: backend, progress: progress, sources: sources)
        var inputs: [LinkInput] = []
        for path in artifacts.objects {
            do {
                inputs.append(LinkInput(path: path, object: try ELFReader.read(path: path)))
            } catch {
                throw .link(.badInput(object: path, message: error.message))
            }
        }
        for path in sources.assembly {
            let full = sources.root + "/" + path
            inputs.append(LinkInput(path: full, object: try assemble(path: full, profile: profile)))
        }
        return inputs.map(weakened)
    }

    /// `input` with every global definition weak.
    static func weakened(_ input: LinkInput) -> LinkInput {
        var input = input
        for index in input.object.symbols.indices where input.object.symbols[index].binding == .global {
            if case .undefined = input.object.symbols[index].definition { continue }
            input.object.symbols[index].binding = .weak
        }
        return input
    }
}
