import OCamlFrontend

/// Calls through module fields (`String.sub`, `List.map`): a compilation unit's global block
/// is built once, by the unit's initialisation code (`MAKEBLOCK` of its closures and values,
/// then `SETGLOBAL`), and bytecode reads it as `GETGLOBALFIELD` (or `GETGLOBAL; GETFIELD`).
/// When a field is known to hold a closure of one function for good, a read of it is that
/// known closure, and applying it is a direct call (`FunctionLowering.apply`), as for a
/// local closure.
///
/// What can change a field of a global block after the `SETGLOBAL`? Writing the block needs
/// a reference to it (SETFIELD, SETVECTITEM, `caml_array_unsafe_set` of `Obj.set_field`,
/// `caml_update_dummy` of recursive modules, `caml_obj_truncate`, a blit, ...), or another
/// `SETGLOBAL` of the slot puts a different block there. A slot is *sealed* (its fields are
/// trusted) only when nothing of that can happen, which the bytecode alone shows:
///
/// * exactly one instruction writes the slot, a `SETGLOBAL` right after the `MAKEBLOCK` that
///   builds the block (a `POP` may come between; neither is a jump target): the new block
///   is only ever in the accumulator, and the `SETGLOBAL` consumes it;
/// * every `GETGLOBAL`/`PUSHGETGLOBAL` of the slot is followed at once by a `GETFIELD` (not
///   a jump target either), so a reference to the block never lives beyond one field read:
///   it is never pushed, passed, stored, captured or returned (a functor argument `F(M)`,
///   `include M`, a first-class module `(module M)` read it otherwise, and unseal it);
/// * no code calls `caml_get_global_data` (the toplevel, Dynlink), which hands out the
///   whole table of globals.
///
/// The closures themselves are trusted as `FunctionLowering.knownClosures` trusts them
/// everywhere: a closure made by CLOSURE/CLOSUREREC (or a static one) keeps its code pointer
/// (`CamlinternalMod.update_mod` writes into the dummies of recursive modules, never into a
/// closure that CLOSURE made).
///
/// Which field holds which closure is what the main program's lowering sees in its stack
/// when it builds each sealed block (`FunctionLowering.knownClosure`). A field may hold a
/// closure read from another unit's sealed field (`let bos = Bytes.unsafe_of_string`), so
/// `discover` lowers the main program until the map stops growing, before any lowering that
/// uses it: every lowering (facts, final) then sees the same known calls.
enum ModuleFields {
    /// The sealed global slots, each with the position of the MAKEBLOCK that builds its block.
    static func sealedSlots(_ program: BytecodeExecutable) -> [Int: Int] {
        sealedSlots(program.code, primitives: program.primitives)
    }

    /// The sealed slots of `code`, whose C_CALLs name `primitives`.
    static func sealedSlots(_ code: [Instruction], primitives: [String]) -> [Int: Int] {
        var targets = Set<Int>()
        for instruction in code { targets.formUnion(instruction.targets) }
        var writers: [Int: Int] = [:]
        var builder: [Int: Int] = [:]
        var unsealed = Set<Int>()
        for (i, instruction) in code.enumerated() {
            switch instruction.operands {
            case .setGlobal(let slot):
                writers[slot, default: 0] += 1
                if let makeBlock = blockBuilder(before: i, code, targets) { builder[slot] = makeBlock } else { unsealed.insert(slot) }
            case .global(let slot):
                guard i + 1 < code.count, !targets.contains(code[i + 1].position), Self.fieldReads.contains(code[i + 1].opcode) else {
                    unsealed.insert(slot)
                    break
                }
            case .primitive(let index), .countPrimitive(_, let index):
                if primitives[index] == "caml_get_global_data" { return [:] }
            default: break
            }
        }
        return builder.filter { slot, _ in writers[slot] == 1 && !unsealed.contains(slot) }
    }

    /// The instructions that read one field of the accumulator's block and nothing else.
    static let fieldReads: Set<Opcode> = [.GETFIELD0, .GETFIELD1, .GETFIELD2, .GETFIELD3, .GETFIELD]

    /// The position of the MAKEBLOCK whose block the SETGLOBAL at index `i` stores, if it is
    /// the instruction before (or the one before a POP), and nothing jumps in between.
    private static func blockBuilder(before i: Int, _ code: [Instruction], _ targets: Set<Int>) -> Int? {
        var j = i - 1
        guard j >= 0, !targets.contains(code[i].position) else { return nil }
        if code[j].opcode == .POP {
            guard !targets.contains(code[j].position) else { return nil }
            j -= 1
        }
        guard j >= 0, [.MAKEBLOCK, .MAKEBLOCK1, .MAKEBLOCK2, .MAKEBLOCK3].contains(code[j].opcode) else { return nil }
        return code[j].position
    }

    /// Lowers the main program (the first function of the table) until the sealed blocks'
    /// known closures stop growing, and leaves them in `context.moduleFields`. Each round
    /// uses only what earlier rounds proved, so every entry of the map is true.
    static func discover(_ table: FunctionTable, _ program: BytecodeExecutable, _ context: ProgramContext) throws(LoweringError) {
        guard !context.sealedSlots.isEmpty, let main = table.functions.first else { return }
        // A bound on the rounds: each round adds what one more level of re-exports shows.
        for _ in 0..<4 {
            let lowering = FunctionLowering(program: program, context: context, function: main)
            _ = try lowering.lower()
            let found = lowering.moduleFieldsFound
            if found == context.moduleFields { return }
            context.moduleFields = found
        }
    }
}

extension FunctionLowering {
    /// The value of field `field` of the sealed block of global slot `slot`, read from
    /// `block` (nil: read the global first) when the field is a known closure: the static
    /// closure itself, or the loaded field, marked known. Nil when the field is not known.
    func moduleField(_ slot: Int, _ field: Int, block: String?) -> String? {
        guard let entry = context.moduleFields[slot]?[field] else { return nil }
        if let closure = context.staticClosures[entry] {
            knownClosures[closure] = entry
            return closure
        }
        let value = load(block ?? global(slot), field)
        knownClosures[value] = entry
        return value
    }

    /// Records the known closures among the fields of the block the MAKEBLOCK at the current
    /// position builds (the accumulator is field 0, the stack's top word field 1, ...), when
    /// it is a sealed slot's block.
    func recordModuleBlock(size: Int, _ state: StackState) {
        guard let slot = context.sealedBuilders[position] else { return }
        var fields: [Int: Int] = [:]
        if let entry = knownClosures[state.accu] { fields[0] = entry }
        for field in 1..<max(size, 1) {
            if let entry = knownClosure(atDepth: state.slots.count - field, state) { fields[field] = entry }
        }
        if !fields.isEmpty { moduleFieldsFound[slot] = fields }
    }
}
