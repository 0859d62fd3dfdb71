/// The sections of an OCaml bytecode executable, located from the trailer at the end of
/// the file (`bytecomp/bytesections.ml`). Nothing here looks inside a section.
///
/// Layout: anything (a `#!` line, or a whole ELF runtime for `-custom`), the section bodies
/// back to back, a table of contents of 8 bytes per section (4-character name, big-endian
/// u32 length), a big-endian u32 section count, and the 12-byte magic `Caml1999X030`.
public struct ExecutableFile: Sendable {
    /// One section: its name and where its body lies in the file.
    public struct Section: Equatable, Sendable {
        /// Four characters: `CODE`, `DATA`, `PRIM`, ...
        public let name: String
        /// File offset of the first byte of the body.
        public let offset: Int
        /// Length of the body in bytes.
        public let length: Int
    }

    /// The magic of the executables this reader understands (OCaml 4.13).
    public static let magic = "Caml1999X030"
    /// The part of the magic shared by every version, to tell "other version" from "not OCaml".
    static let magicPrefix = "Caml1999X"
    /// Magic plus section count.
    static let trailerLength = 16

    /// The file, for error messages.
    public let path: String
    /// The whole file.
    public let bytes: [UInt8]
    /// Sections in file order.
    public let sections: [Section]

    /// Bytes before the first section: 0, a `#!` line, or an ELF runtime (`-custom`).
    public var prefixLength: Int { sections.first?.offset ?? tableOfContentsOffset }
    /// Where the table of contents starts.
    public let tableOfContentsOffset: Int

    /// Locates the sections of `bytes`, read from `path`.
    public init(bytes: [UInt8], path: String = "<memory>") throws(BytecodeError) {
        self.path = path
        self.bytes = bytes
        let size = bytes.count
        func fail(_ kind: BytecodeError.Kind, _ offset: Int, _ message: String) -> BytecodeError {
            BytecodeError(path: path, offset: offset, kind: kind, message: message)
        }
        guard size >= Self.trailerLength else {
            throw fail(.truncated, 0, "file of \(size) bytes is too short for an OCaml executable's trailer (\(Self.trailerLength) bytes)")
        }
        let magicOffset = size - 12
        let found = String(decoding: bytes[magicOffset...], as: UTF8.self)
        if found != Self.magic {
            if found.hasPrefix(Self.magicPrefix) {
                throw fail(.unsupportedVersion, magicOffset, "OCaml executable of another version (magic \(found)); Kiln reads \(Self.magic) (OCaml 4.13)")
            }
            // An ELF without the trailer is what -output-complete-exe and ocamlopt produce.
            let hint = bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46])
                ? "; this ELF file has no bytecode appended (build with plain ocamlc, or ocamlc -custom)" : ""
            throw fail(.notAnExecutable, magicOffset, "not an OCaml bytecode executable (no \(Self.magic) magic at the end of the file)\(hint)")
        }
        var trailer = ByteCursor(bytes: bytes, path: path, start: size - 16, end: magicOffset, what: "trailer")
        let count = Int(try trailer.u32be("the section count"))
        // Compared before multiplying: a corrupt count must not overflow or allocate.
        guard count <= (size - Self.trailerLength) / 8 else {
            throw fail(.corrupt, size - 16, "section count \(count) needs a table of contents larger than the file")
        }
        let tocOffset = size - Self.trailerLength - 8 * count
        tableOfContentsOffset = tocOffset
        var toc = ByteCursor(bytes: bytes, path: path, start: tocOffset, end: size - 16, what: "table of contents")
        var entries: [(name: String, length: Int, entryOffset: Int)] = []
        for _ in 0..<count {
            let entryOffset = toc.offset
            let name = String(decoding: try toc.bytes(4, "a section name"), as: UTF8.self)
            let length = Int(try toc.u32be("a section length"))
            entries.append((name, length, entryOffset))
        }
        // Bodies lie back to back just before the table of contents, last section last.
        var end = tocOffset
        var located: [Section] = []
        for entry in entries.reversed() {
            guard entry.length <= end else {
                throw fail(.corrupt, entry.entryOffset, "section \(entry.name) of \(entry.length) bytes does not fit before offset \(end)")
            }
            end -= entry.length
            located.append(Section(name: entry.name, offset: end, length: entry.length))
        }
        sections = located.reversed()
    }

    /// The first section named `name` (as `Bytesections.seek_section` finds it), if any.
    public func section(_ name: String) -> Section? {
        sections.first { $0.name == name }
    }

    /// A cursor over the body of `section`.
    func cursor(_ section: Section) -> ByteCursor {
        ByteCursor(bytes: bytes, path: path, start: section.offset, end: section.offset + section.length,
                   what: "section \(section.name)")
    }

    /// The body of `section`.
    public func body(_ section: Section) -> ArraySlice<UInt8> {
        bytes[section.offset..<section.offset + section.length]
    }

    /// A section every executable has; its absence is an error at the table of contents.
    func required(_ name: String) throws(BytecodeError) -> Section {
        guard let section = section(name) else {
            throw BytecodeError(path: path, offset: tableOfContentsOffset, kind: .corrupt,
                                message: "the table of contents has no \(name) section")
        }
        return section
    }
}
