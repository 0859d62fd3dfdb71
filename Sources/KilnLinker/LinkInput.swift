import ELFKit

/// One object file given to the linker: its path (for messages and the map) and contents.
public struct LinkInput: Sendable, Equatable {
    public var path: String
    public var object: ELFFile

    public init(path: String, object: ELFFile) {
        self.path = path
        self.object = object
    }
}

/// An input section: object index and section index in that object.
struct SectionID: Hashable, Comparable {
    var object: Int
    var section: Int
    static func < (a: SectionID, b: SectionID) -> Bool { (a.object, a.section) < (b.object, b.section) }
}

/// Checks what the later passes take for granted: relocatable objects whose symbol and
/// section indices are in range, and relocation sites inside their sections.
func validate(_ inputs: [LinkInput]) throws(LinkError) {
    for input in inputs {
        let file = input.object
        guard file.kind == .relocatable else {
            throw .badInput(object: input.path, message: "not a relocatable object (ET_REL)")
        }
        for symbol in file.symbols {
            if case .section(let index) = symbol.definition, !file.sections.indices.contains(index) {
                throw .badInput(object: input.path, message: "symbol '\(symbol.name)' is defined in section \(index), which does not exist")
            }
            if case .common = symbol.definition {
                throw .badInput(object: input.path, message: "common symbol '\(symbol.name)' is not supported; compile with -fno-common")
            }
        }
        for section in file.sections {
            for relocation in section.relocations {
                guard file.symbols.indices.contains(relocation.symbol) else {
                    throw .badInput(object: input.path, message: "relocation in \(section.name) at 0x\(hex(relocation.offset)) names symbol \(relocation.symbol), which does not exist")
                }
                if case .nobits = section.kind {
                    throw .badInput(object: input.path, message: "relocation in NOBITS section \(section.name)")
                }
                guard UInt64(relocation.offset) < UInt64(section.data.count) || section.data.isEmpty && relocation.type == .none else {
                    throw .badInput(object: input.path, message: "relocation at 0x\(hex(relocation.offset)) lies outside section \(section.name)")
                }
            }
        }
    }
}
