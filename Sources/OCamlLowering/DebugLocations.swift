import OCamlFrontend

/// DBUG's debug events (`ocamlc -g`) as LLVM debug metadata, so that Kiln's listing prints
/// `# file.ml:LINE:COLUMN` above the code of each OCaml expression, as it does for C built
/// with `clang -g`.
///
/// An event at word p gives its location to the instruction at p and to the ones after it
/// up to the next event. An `Event_after` event (it follows a call) also gives its location
/// to the call just before it: that call is the expression the event describes. The range
/// stops early where a function starts or a unit's initialisation code ends (after its
/// SETGLOBAL), so that code of a unit without debug events does not take its neighbour's.
///
/// The lowering marks the start of each bytecode instruction's IR with a comment line
/// (`marker`); `attach` replaces the markers by `!dbg` attachments on every instruction but
/// phis, and gives the function a `DISubprogram` (named by `ev_defname`). Code before the
/// first event (the prologue) has the function's first line; code no event covers, line 0.
/// Without DBUG, the context has no `DebugLocations` and the IR is unchanged.
final class DebugLocations {
    /// A source position; line 0 means none (`_none_` events, code after a reset).
    private struct Place: Hashable {
        var file: String
        var line: Int
        var column: Int
    }

    /// Positions where a location starts, ascending, and the location from there on.
    private let starts: [Int]
    private let places: [Place?]
    /// The `ev_defname` of each start's event.
    private let definitions: [String]
    /// Metadata definitions, `!n` being `nodes[n]`; `!0` is the compile unit.
    private var nodes: [String] = []
    private var fileNodes: [String: Int] = [:]
    private let subroutineType: Int

    private static let markerPrefix = "  ;kiln.pos "

    /// Nil when the program has no debug events (built without `-g`).
    init?(_ program: BytecodeExecutable, table: FunctionTable) {
        var entries: [(position: Int, rank: Int, place: Place?, definition: String)] = []
        for unit in program.debugUnits {
            for location in unit.locations {
                let located = location.line > 0 && location.file != "_none_"
                let place = Place(file: located ? location.file : "", line: located ? location.line : 0,
                                  column: located ? location.columns.lowerBound + 1 : 0)
                entries.append((location.position, 1, place, location.definition))
                if location.isAfterCall, let index = table.indexOfPosition[location.position], index > 0 {
                    entries.append((program.code[index - 1].position, 2, place, location.definition))
                }
            }
        }
        guard !entries.isEmpty else { return nil }
        for function in table.functions { entries.append((function.entry, 0, nil, "")) }
        for instruction in program.code where instruction.opcode == .SETGLOBAL {
            entries.append((instruction.position + instruction.length, 0, nil, ""))
        }
        // At one position: a reset first, then before-events, then the call's after-event.
        entries.sort { ($0.position, $0.rank) < ($1.position, $1.rank) }
        starts = entries.map(\.position)
        places = entries.map(\.place)
        definitions = entries.map(\.definition)
        nodes = [""]  // the compile unit, once its file node exists
        subroutineType = nodes.count
        nodes.append("!DISubroutineType(types: !{})")
        let programFile = node(forFile: program.file.path)
        nodes[0] = "distinct !DICompileUnit(language: DW_LANG_OCaml, file: !\(programFile), producer: \"Kiln\", "
            + "isOptimized: true, runtimeVersion: 0, emissionKind: LineTablesOnly)"
    }

    /// The comment line that tells `attach` where the IR of the instruction at `position` starts.
    func marker(_ position: Int) -> String { Self.markerPrefix + String(position) }

    /// The index of the start in force at `position`, if its event has a source line.
    private func entry(at position: Int) -> Int? {
        var (low, high) = (0, starts.count)  // first start > position
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= position { low = middle + 1 } else { high = middle }
        }
        guard low > 0, let place = places[low - 1], place.line > 0 else { return nil }
        return low - 1
    }

    private func node(_ text: String) -> Int {
        nodes.append(text)
        return nodes.count - 1
    }

    private func node(forFile path: String) -> Int {
        if let known = fileNodes[path] { return known }
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let directory = slash.map { String(path[..<$0]) } ?? ""
        let index = node("!DIFile(filename: \(Self.quoted(name)), directory: \(Self.quoted(directory)))")
        fileNodes[path] = index
        return index
    }

    /// `function`'s IR (from `FunctionLowering`) with its markers turned into `!dbg` attachments.
    func attach(_ text: String, to function: BytecodeFunction) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let positions = lines.map { line in
            line.hasPrefix(Self.markerPrefix) ? Int(line.dropFirst(Self.markerPrefix.count)) : nil
        }
        // The function's place and name: its first located instruction's.
        guard let firstEntry = positions.lazy.compactMap({ $0.flatMap(self.entry(at:)) }).first,
              let first = places[firstEntry] else {
            return zip(lines, positions).filter { $0.1 == nil }.map { String($0.0) }.joined(separator: "\n")
        }
        let file = node(forFile: first.file)
        let name = definitions[firstEntry].isEmpty ? function.symbol : definitions[firstEntry]
        let subprogram = node("distinct !DISubprogram(name: \(Self.quoted(name)), linkageName: \"\(function.symbol)\", "
            + "scope: !\(file), file: !\(file), line: \(first.line), type: !\(subroutineType), scopeLine: \(first.line), "
            + "spFlags: DISPFlagDefinition, unit: !0)")
        var scopes = [first.file: subprogram]
        var locations: [Place: Int] = [:]
        func location(_ place: Place?) -> Int {
            let key = place ?? Place(file: first.file, line: 0, column: 0)
            if let known = locations[key] { return known }
            if scopes[key.file] == nil {
                scopes[key.file] = node("!DILexicalBlockFile(scope: !\(subprogram), file: !\(node(forFile: key.file)), discriminator: 0)")
            }
            let made = node("!DILocation(line: \(key.line), column: \(key.column), scope: !\(scopes[key.file]!))")
            locations[key] = made
            return made
        }
        var current = location(Place(file: first.file, line: first.line, column: 0))
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for (line, position) in zip(lines, positions) {
            if let position {
                current = location(entry(at: position).flatMap { places[$0] })
            } else if line.hasPrefix("define "), line.hasSuffix(" {") {
                out.append(String(line.dropLast(2)) + " !dbg !\(subprogram) {")
            } else if line.hasPrefix("  "), !line.contains(" = phi ") {
                out.append(line + ", !dbg !\(current)")
            } else {
                out.append(String(line))
            }
        }
        return out.joined(separator: "\n")
    }

    /// The module-level metadata: every node, the compile unit list and the module flags.
    var metadata: [String] {
        var out = nodes.enumerated().map { "!\($0.offset) = \($0.element)" }
        let flags = nodes.count
        out.append("!\(flags) = !{i32 7, !\"Dwarf Version\", i32 5}")
        out.append("!\(flags + 1) = !{i32 2, !\"Debug Info Version\", i32 3}")
        out.append("!llvm.dbg.cu = !{!0}")
        out.append("!llvm.module.flags = !{!\(flags), !\(flags + 1)}")
        return out
    }

    /// An LLVM string literal (quotes, backslashes and control characters escaped as `\XX`).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte >= 0x7F {
                let hex = Array("0123456789ABCDEF")
                out += "\\" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            } else {
                out.append(Character(Unicode.Scalar(byte)))
            }
        }
        return out + "\""
    }
}
