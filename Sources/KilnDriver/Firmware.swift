import ELFKit
import KilnLinker
import XtensaAssembler
import XtensaISA

/// Links firmware: the user's objects plus Kiln's startup code, assembled from
/// Runtime/Start by Kiln's own assembler.
public enum Firmware {
    /// The startup objects for `layout`'s profile, assembled in memory.
    public static func startupObjects(for layout: MemoryLayout) throws(DriverError) -> [LinkInput] {
        guard let profile = Profile.named(layout.name) else {
            throw .tool(name: "kiln", message: "no instruction profile named '\(layout.name)'")
        }
        var inputs: [LinkInput] = []
        for path in try RuntimeLocation.startupSources(profile: layout.name, knownProfiles: Profile.all.map(\.name)) {
            inputs.append(LinkInput(path: path, object: try assemble(path: path, profile: profile)))
        }
        return inputs
    }

    /// Reads and assembles one source file with Kiln's assembler (`kiln as`, startup code).
    public static func assemble(path: String, profile: Profile) throws(DriverError) -> ELFFile {
        let source = try FileIO.read(path)
        do {
            return try Assembler.assemble(source: String(decoding: source, as: UTF8.self), path: path, profile: profile)
        } catch {
            throw .assembly(path: path, message: error.description)
        }
    }

    /// Links, for `layout`, the startup code (unless `startup` is false), `compiled` (objects
    /// made in memory, named for their source), the objects read from `objects`, and last
    /// `runtime` (usually `runtimeObjects(for:)`); returns the executable and its map.
    /// Writes nothing.
    public static func link(objects: [String] = [], compiled: [LinkInput] = [], layout: MemoryLayout, startup: Bool = true,
                            runtime: [LinkInput] = []) throws(DriverError) -> LinkResult {
        var inputs = (startup ? try startupObjects(for: layout) : []) + compiled
        for path in objects {
            do {
                inputs.append(LinkInput(path: path, object: try ELFReader.read(path: path)))
            } catch {
                throw .link(.badInput(object: path, message: error.message))
            }
        }
        inputs += runtime
        do {
            return try Linker.link(inputs, layout: layout)
        } catch {
            throw .link(error)
        }
    }
}
