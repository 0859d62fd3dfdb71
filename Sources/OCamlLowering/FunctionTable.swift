import OCamlFrontend

/// One bytecode function that becomes one native function.
struct BytecodeFunction: Equatable {
    /// The code position closures point at (the GRAB, or the first instruction for arity 1;
    /// word 0 for the main program).
    var entry: Int
    /// Where the body proper starts (after GRAB).
    var bodyStart: Int
    /// Parameters; 0 for the main program.
    var arity: Int
    /// The source definition the code belongs to (`FunctionNames`), when DBUG says.
    var name: String? = nil
    /// The LLVM name of the native function.
    var symbol: String {
        if entry == 0 { return "caml_program" }
        return name.map { FunctionNames.symbol($0, entry: entry) } ?? "caml_fun_\(entry)"
    }
}

/// The functions reachable from the main body: only those are compiled (dead code stays
/// out of the firmware). The walk follows control flow inside each function and enters a
/// function only through a CLOSURE/CLOSUREREC met in reachable code.
struct FunctionTable {
    /// Reachable functions, the main program first.
    var functions: [BytecodeFunction]
    /// Index of each instruction in `program.code`, by position.
    var indexOfPosition: [Int: Int]
    /// For each function entry, the entries of the one CLOSURE/CLOSUREREC that builds its
    /// closures (in block order) and its place among them: OFFSETCLOSURE inside it then
    /// names a statically known sibling. Absent when several instructions name the entry.
    var groups: [Int: (entries: [Int], index: Int)] = [:]

    init(_ program: BytecodeExecutable) throws(LoweringError) {
        var index: [Int: Int] = [:]
        for (i, instruction) in program.code.enumerated() { index[instruction.position] = i }
        indexOfPosition = index
        functions = [BytecodeFunction(entry: 0, bodyStart: 0, arity: 0)]
        var known: Set<Int> = [0]
        var next = 0
        let definitions = FunctionNames.definitions(program)
        while next < functions.count {
            let function = functions[next]
            next += 1
            let positions = try Self.positions(of: function, program, index)
            if function.entry != 0 { functions[next - 1].name = FunctionNames.name(positions, definitions) }
            for position in positions {
                let instruction = program.code[index[position]!]
                let entries: [Int]
                switch instruction.operands {
                case .intTarget(_, let target) where instruction.opcode == .CLOSURE: entries = [target]
                case .closureRec(_, let targets): entries = targets
                default: entries = []
                }
                var ambiguous: Set<Int> = []
                for (i, entry) in entries.enumerated() {
                    if known.insert(entry).inserted {
                        functions.append(try Self.function(at: entry, program, index))
                        groups[entry] = (entries, i)
                    } else {
                        ambiguous.insert(entry)
                    }
                }
                for entry in ambiguous { groups[entry] = nil }
            }
        }
    }

    /// Arity from the GRAB at the entry (a function of arity n+1 starts with GRAB n).
    static func function(at entry: Int, _ program: BytecodeExecutable, _ index: [Int: Int]) throws(LoweringError) -> BytecodeFunction {
        guard let i = index[entry] else { throw program.error(at: entry, "closure code pointer \(entry) is not at an instruction") }
        let first = program.code[i]
        if first.opcode == .GRAB, case .int(let n) = first.operands {
            // Arguments beyond the fifth travel in caml_extra_args[64].
            guard n + 1 <= 69 else { throw program.error(at: entry, "a function of \(n + 1) parameters (Kiln passes at most 69)") }
            return BytecodeFunction(entry: entry, bodyStart: entry + first.length, arity: n + 1)
        }
        return BytecodeFunction(entry: entry, bodyStart: entry, arity: 1)
    }

    /// Positions of the instructions reachable inside `function` (closure bodies excluded).
    static func positions(of function: BytecodeFunction, _ program: BytecodeExecutable, _ index: [Int: Int]) throws(LoweringError) -> [Int] {
        var seen: Set<Int> = [function.bodyStart]
        var work = [function.bodyStart]
        var order: [Int] = []
        while let position = work.popLast() {
            guard let i = index[position] else { throw program.error(at: position, "control reaches word \(position), which is not an instruction") }
            order.append(position)
            let instruction = program.code[i]
            for successor in successors(of: instruction) where seen.insert(successor).inserted {
                work.append(successor)
            }
        }
        return order.sorted()
    }

    /// Where control can go next inside the same function.
    static func successors(of instruction: Instruction) -> [Int] {
        let next = instruction.position + instruction.length
        switch instruction.opcode {
        case .BRANCH: return instruction.targets
        case .RETURN, .APPTERM, .APPTERM1, .APPTERM2, .APPTERM3, .RAISE, .RERAISE, .RAISE_NOTRACE, .STOP: return []
        case .SWITCH: return instruction.targets
        case .CLOSURE, .CLOSUREREC: return [next]
        // APPLY after PUSH_RETADDR returns to the address pushed, which PUSH_RETADDR names.
        case .APPLY: return []
        default: return [next] + instruction.targets
        }
    }
}
