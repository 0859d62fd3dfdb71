/// Decoders for the small sections of an executable. Each takes the located file and
/// section, and fails with an error at the section when its contents make no sense.
enum Sections {
    /// A list of NUL-terminated strings (PRIM, DLLS, DLPT), as `caml_build_primitive_table`
    /// splits it: every terminated string is one entry, so indices match the runtime's.
    static func strings(_ file: ExecutableFile, _ section: ExecutableFile.Section) throws(BytecodeError) -> [String] {
        var pieces = file.body(section).split(separator: 0, omittingEmptySubsequences: false)
        // After the last NUL comes an empty piece; anything else is a name cut short.
        let last = pieces.removeLast()
        guard last.isEmpty else {
            throw BytecodeError(path: file.path, offset: last.startIndex, kind: .corrupt,
                                message: "section \(section.name) ends with an unterminated name")
        }
        return pieces.map { String(decoding: $0, as: UTF8.self) }
    }

    /// One marshalled value filling the whole section (DATA, SYMB, CRCS).
    static func marshalled(_ file: ExecutableFile, _ section: ExecutableFile.Section) throws(BytecodeError) -> MarshalledValue {
        var cursor = file.cursor(section)
        let value = try MarshalReader.read(&cursor)
        if !cursor.atEnd {
            throw cursor.error(.corrupt, "\(cursor.remaining) bytes in section \(section.name) after its marshalled value")
        }
        return value
    }

    static func corrupt(_ file: ExecutableFile, _ section: ExecutableFile.Section, _ message: String) -> BytecodeError {
        BytecodeError(path: file.path, offset: section.offset, kind: .corrupt, message: "section \(section.name): \(message)")
    }

    /// SYMB: `Symtable.global_map`, a record `{cnt; tbl}` whose `tbl` maps `Ident.t` to the
    /// global's slot. Every constructor of `Ident.t` has the name as field 0.
    static func globalNames(_ file: ExecutableFile, _ section: ExecutableFile.Section) throws(BytecodeError) -> [Int: String] {
        let value = try marshalled(file, section)
        guard let record = value.fields(value.root), record.count == 2,
              let bindings = value.mapBindings(record[1]) else {
            throw corrupt(file, section, "not a global map ({cnt; tbl})")
        }
        var names: [Int: String] = [:]
        for (key, data) in bindings {
            guard let ident = value.fields(key), let first = ident.first, let name = value.string(first),
                  let slot = value.int(data), slot >= 0, slot <= Int64(Int32.max) else {
                throw corrupt(file, section, "a global map entry is not (Ident.t, int)")
            }
            names[Int(slot)] = name
        }
        return names
    }

    /// CRCS: `(unit name, digest option) list`, the units linked in and their interface digests.
    static func importedUnits(_ file: ExecutableFile, _ section: ExecutableFile.Section) throws(BytecodeError) -> [BytecodeExecutable.ImportedUnit] {
        let value = try marshalled(file, section)
        guard let items = value.list(value.root) else { throw corrupt(file, section, "not a list") }
        var units: [BytecodeExecutable.ImportedUnit] = []
        for item in items {
            guard let pair = value.fields(item), pair.count == 2, let name = value.string(pair[0]) else {
                throw corrupt(file, section, "an entry is not (string, digest option)")
            }
            var digest: [UInt8]?
            if pair[1] != .int(0) {
                guard let some = value.fields(pair[1]), some.count == 1,
                      case .string(let bytes)? = value.object(some[0]) else {
                    throw corrupt(file, section, "a digest is not a string option")
                }
                digest = bytes
            }
            units.append(.init(name: name, digest: digest))
        }
        return units
    }

    /// DBUG: a big-endian count, then per compilation unit its code offset (big-endian)
    /// and two marshalled values: the debug events and the source directories.
    static func debugInfo(_ file: ExecutableFile, _ section: ExecutableFile.Section) throws(BytecodeError) -> [BytecodeExecutable.DebugUnit] {
        var cursor = file.cursor(section)
        let count = Int(try cursor.u32be("the DBUG unit count"))
        // Each unit takes at least 4 bytes plus two 20-byte headers.
        guard count <= cursor.remaining / 44 else {
            throw cursor.error(.corrupt, at: section.offset, "DBUG declares \(count) units, more than fit in \(section.length) bytes")
        }
        var units: [BytecodeExecutable.DebugUnit] = []
        for _ in 0..<count {
            let origin = Int(try cursor.u32be("a DBUG code offset"))
            let eventsOffset = cursor.offset
            let events = try MarshalReader.read(&cursor)
            let directories = try MarshalReader.read(&cursor)
            guard let locations = sourceLocations(events, codeOffset: origin) else {
                throw cursor.error(.corrupt, at: eventsOffset, "DBUG events are not a list of debug_event records")
            }
            units.append(.init(codeOffset: origin, events: events, directories: directories, locations: locations))
        }
        if !cursor.atEnd {
            throw cursor.error(.corrupt, "\(cursor.remaining) bytes in section DBUG after its last unit")
        }
        return units
    }

    /// `ev_pos` (field 0), `ev_module` (1), `ev_loc` (2: `{loc_start; loc_end; loc_ghost}`,
    /// positions being `{pos_fname; pos_lnum; pos_bol; pos_cnum}`), `ev_kind` (3) and
    /// `ev_defname` (4) of each event.
    static func sourceLocations(_ value: MarshalledValue, codeOffset: Int) -> [BytecodeExecutable.SourceLocation]? {
        guard let events = value.list(value.root) else { return nil }
        var locations: [BytecodeExecutable.SourceLocation] = []
        for event in events {
            guard let fields = value.fields(event), fields.count >= 3,
                  let position = value.int(fields[0]), let module = value.string(fields[1]),
                  let location = value.fields(fields[2]), location.count == 3,
                  let start = value.fields(location[0]), start.count == 4,
                  let end = value.fields(location[1]), end.count == 4,
                  let file = value.string(start[0]), let line = value.int(start[1]),
                  let lineStart = value.int(start[2]), let first = value.int(start[3]), let last = value.int(end[3]),
                  // Bounds keep the arithmetic below from overflowing on corrupt input.
                  abs(position) < 1 << 40, abs(line) < 1 << 40, abs(lineStart) < 1 << 40,
                  abs(first) < 1 << 40, abs(last) < 1 << 40
            else { return nil }
            let from = Int(first - lineStart), to = Int(last - lineStart)
            // ev_kind: Event_before and Event_pseudo are constants, Event_after a block.
            let isAfterCall = fields.count > 3 && value.fields(fields[3]) != nil
            let definition = fields.count > 4 ? value.string(fields[4]) ?? "" : ""
            locations.append(.init(position: (codeOffset + Int(position)) / 4, module: module, file: file, line: Int(line),
                                   columns: from..<max(from, to), isAfterCall: isAfterCall, definition: definition))
        }
        return locations
    }
}
