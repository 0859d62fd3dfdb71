import OCamlFrontend

/// Lowers one bytecode function to one LLVM function (text) of the uniform type of
/// Docs/abi.md, by executing the stack machine symbolically (js_of_ocaml's approach): the
/// accumulator and the stack words are SSA values; at a join every predecessor has the same
/// stack shape and the words become phis.
///
/// Rooting: a function that calls anything may reserve a frame on the root stack at entry:
/// word -1 (from the old `caml_root_sp`) holds `env` (only if read after a call), then the
/// accumulator's word (if used), then the bytecode stack from its bottom up, only as deep as
/// the deepest word a store or load uses (`deepestFrameSlot`). So the top n stack words are
/// n ascending words in memory, first argument lowest: APPLY's generic path and C_CALLN
/// pass them as an array without copying. Before each call, the words that changed since
/// the last store are stored (values are never reloaded: the collector does not move them),
/// except values that need no root (integers, static data: `IntegerEvidence`), which stay
/// in registers across calls and joins. Which those are is known only once the whole
/// program was seen, so a function that calls anything is lowered again
/// (`ProgramLowering.definitions`): the earlier lowerings gather the evidence
/// (`LoweringFacts`, `ProgramEvidence`), the last uses it.
final class FunctionLowering {
    let program: BytecodeExecutable
    let context: ProgramContext
    let function: BytecodeFunction

    /// Positions where a block starts.
    private(set) var leaders: Set<Int> = []
    /// The entry state's shape of each block reached so far, and its phis' incoming values.
    private var blockShapes: [Int: [Slot]] = [:]
    private var incoming: [Int: [(label: String, accu: String, values: [String])]] = [:]
    private var work: [Int] = []
    private var chunks: [Int: [String]] = [:]
    private var lines: [String] = []
    private var counter = 0
    /// The LLVM block now being filled (phi incoming labels name it).
    private var label = "start"
    /// What each frame word holds now, as far as this block knows (avoids repeated stores).
    private var stored: [Int: String] = [:]
    private var storedAccu: String?
    /// The stack depths the frame holds a word for (any store or load of it), and whether
    /// the accumulator's word is used: the frame has only those words (Docs/abi.md).
    private var usedDepths: Set<Int> = []
    private var accuSlotUsed = false
    /// A function that calls anything keeps its stack words in its root frame at joins
    /// (stored before each branch, loaded at the block's entry) instead of phis, and reloads
    /// them after each call: short live ranges, whatever the depth of the bytecode stack
    /// (a module's initialisation code holds hundreds of values).
    private(set) var memoryJoins = false
    /// Whether the function can return the exception sentinel: a stack test at entry, a
    /// raise not caught in the function, or a tail call (`NeverRaising`).
    private(set) var mayReturnSentinel = false
    /// Set by `root`: the current instruction called something.
    private var called = false
    /// Set while lowering the runtime call of a fast path's other side or a bounds check's
    /// raise: calls that run seldom (`FrameWordFlow.Point.slow`).
    private var onSlowPath = false
    /// Values known to be closures of a given function entry (CLOSURE, CLOSUREREC,
    /// OFFSETCLOSURE results): applying one to as many arguments as its arity calls the
    /// native function directly. SSA names are unique, so an entry stays true.
    var knownClosures: [String: Int] = [:]
    /// Values read by GETGLOBAL of a sealed slot, and the known closures of the sealed blocks
    /// this function builds, by slot and field (`ModuleFields`).
    var sealedBlocks: [String: Int] = [:]
    var moduleFieldsFound: [Int: [Int: Int]] = [:]
    /// The known closure a frame token stands for (set when `reload` turns a known value
    /// into its depth's token, cleared at block entries).
    private var knownTokens: [Int: Int] = [:]
    /// The sites that need no root, from the first lowering (nil during the first).
    private let unrooted: Set<ValueSite>?
    /// The evidence this lowering found (`IntegerEvidence`).
    var evidence = IntegerEvidence()
    /// Block entry words that are one constant (`ConstantJoins`), from an earlier lowering.
    private let constants: [ValueSite: String]
    /// What the edges bring into block entry words, for the next lowering's `constants`.
    private(set) var constantJoins = ConstantJoins()
    /// Direct calls of known functions and the sites of returned values (`LoweringFacts`).
    private var calls: [KnownCall] = []
    private var returns: [ValueSite?] = []
    /// The site of each SSA value that the stack or the accumulator held, and of what each
    /// frame token stands for.
    private var sites: [String: ValueSite] = [:]
    private var tokenSites: [Int: ValueSite] = [:]
    /// The instruction being lowered (the site of what it makes).
    private(set) var position = 0
    /// Whether `env` must be stored in the frame (`EnvironmentUse`).
    private var rootsEnvironment = false
    /// The bytecode block being lowered, what this path did to the frame's words so far,
    /// and what every edge and call saw (`FrameWordFlow`: entry initialisation, stale words).
    private(set) var block = 0
    private var frameWords = FrameWordState()
    private var frameFlow = FrameWordFlow()
    /// Unboxed float temporaries: token → double (FloatUnboxing.swift).
    var pendingDoubles: [String: String] = [:]
    /// Tuples built as their fields only, by marker (`TupledParameters`).
    var pendingTuples: [String: [String]] = [:]
    /// Set once the body's first block lowered an instruction that may collect: the tupled
    /// parameter's fields can no longer be read from their registers.
    var tupleFieldsClosed = false

    init(program: BytecodeExecutable, context: ProgramContext, function: BytecodeFunction,
         constants: [ValueSite: String] = [:], unrooted: Set<ValueSite>? = nil) {
        self.program = program
        self.context = context
        self.function = function
        self.constants = constants
        self.unrooted = unrooted
    }

    /// What this lowering found, for the program-wide evidence (`ProgramEvidence`).
    var facts: LoweringFacts {
        let own = evidence.facts
        return LoweringFacts(proven: own.proven, incoming: own.incoming, calls: calls, returns: returns)
    }

    /// The function's LLVM definition.
    func lower() throws(LoweringError) -> String {
        let positions = try FunctionTable.positions(of: function, program, context.table.indexOfPosition)
        leaders = [function.bodyStart]
        for position in positions {
            let instruction = instruction(at: position)
            if instruction.opcode == .CLOSURE || instruction.opcode == .CLOSUREREC { continue }
            leaders.formUnion(instruction.targets)
        }
        // A tail call (musttail) leaves nothing behind to root: only other calls count.
        let tailCalls: Set<Opcode> = context.tailCallKeyword == "musttail" ? [.APPTERM, .APPTERM1, .APPTERM2, .APPTERM3] : []
        let rootingCalls = Self.callingOpcodes.subtracting(tailCalls)
        memoryJoins = positions.contains { rootingCalls.contains(instruction(at: $0).opcode) && !callsNothing(instruction(at: $0)) }
        rootsEnvironment = memoryJoins && context.staticClosures[function.entry] == nil
            && EnvironmentUse.afterCall(positions, instruction(at:))
        let tupleSize = context.tupled[function.entry]
        if tupleSize != nil && TupledParameters.bodyStartIsTarget(function, positions, instruction(at:)) {
            throw program.error(at: function.entry, "internal: a function with a tupled parameter whose body's first block is a join")
        }
        let arguments = tupleSize.map { tupledEntryArguments(size: $0) }
            ?? (0..<function.arity).map { $0 < 5 ? "%a\($0 + 1)" : "%x\($0 + 1)" }
        let entryState = StackState(slots: arguments.reversed().map { .value($0) }, accu: "1")
        edge(to: function.bodyStart, entryState, fromEntry: true)
        while let position = work.popLast() {
            if chunks[position] != nil { continue }
            try lowerBlock(at: position)
        }
        return assemble(arguments: arguments)
    }

    // MARK: - Blocks and edges

    private func instruction(at position: Int) -> Instruction {
        program.code[context.table.indexOfPosition[position]!]
    }

    /// Instructions that call a function (OCaml code, a primitive or the allocator).
    static let callingOpcodes: Set<Opcode> = [
        .APPLY, .APPLY1, .APPLY2, .APPLY3, .APPTERM, .APPTERM1, .APPTERM2, .APPTERM3,
        .C_CALL1, .C_CALL2, .C_CALL3, .C_CALL4, .C_CALL5, .C_CALLN,
        .MAKEBLOCK, .MAKEBLOCK1, .MAKEBLOCK2, .MAKEBLOCK3, .MAKEFLOATBLOCK, .GETFLOATFIELD,
        .CLOSURE, .CLOSUREREC,
    ]

    /// Records the edge from the current LLVM block to the block at `target` (no branch emitted).
    private func edge(to target: Int, _ state: StackState, fromEntry: Bool = false) {
        if !fromEntry { registerSites(state) }
        for (depth, slot) in state.slots.enumerated() {
            guard case .value(let v) = slot else { continue }
            evidence.edge(into: .entry(block: target, depth: depth), from: fromEntry ? .parameter(depth: depth) : site(of: v))
            constantJoins.edge(into: .entry(block: target, depth: depth), value: v, site: fromEntry ? nil : site(of: v),
                               isStaticClosure: context.staticClosureEntries[v] != nil || v == TupledParameters.parameterMarker)
        }
        evidence.edge(into: .entry(block: target, depth: -1), from: fromEntry ? .constant : site(of: state.accu))
        var state = state
        let holding = Set(state.slots.indices.filter { d in
            if case .value(let v) = state.slots[d] { stored[d] == v } else { false }
        })
        let carried = Set(state.slots.indices.filter { d in
            if case .value(let v) = state.slots[d] { v == "%p\(block)_\(d)" && !frameWords.isSettled(d) } else { false }
        })
        if memoryJoins && !fromEntry { storeForEdge(to: target, &state) }
        frameFlow.edge(from: fromEntry ? nil : block, to: target, frameWords, agreeing: fromEntry ? [] : holding, carried: fromEntry ? [] : carried)
        if blockShapes[target] == nil {
            blockShapes[target] = state.shape
            work.append(target)
        }
        let values = state.slots.map { slot -> String in if case .value(let v) = slot { v } else { "" } }
        incoming[target, default: []].append((label, state.accu, values))
    }

    func branch(to target: Int, _ state: StackState) throws(LoweringError) {
        try checkShapeAndEdge(target, state)
        emit("br label %L\(target)")
    }

    /// Records an edge to `target` after checking that the stack shapes agree.
    func checkShapeAndEdge(_ target: Int, _ state: StackState) throws(LoweringError) {
        try checkShape(target, state)
        edge(to: target, state)
    }

    private func checkShape(_ target: Int, _ state: StackState) throws(LoweringError) {
        if let shape = blockShapes[target], shape != state.shape {
            throw program.error(at: target, "stack shapes disagree where control joins at word \(target) (\(shape.count) vs \(state.slots.count) words)")
        }
    }

    private func lowerBlock(at position: Int) throws(LoweringError) {
        let shape = blockShapes[position]!
        label = "L\(position)"
        lines = []
        stored = [:]
        storedAccu = nil
        block = position
        frameWords = FrameWordState()
        var state = StackState(slots: [], accu: "%p\(position)_a")
        sites[state.accu] = .entry(block: position, depth: -1)
        knownTokens = [:]
        tokenSites = [:]
        for (depth, slot) in shape.enumerated() {
            guard case .value = slot else { state.slots.append(slot); continue }
            if let constant = constants[.entry(block: position, depth: depth)] {
                state.slots.append(.value(constant))
                if let entry = context.staticClosureEntries[constant] { knownClosures[constant] = entry }
                continue
            }
            let name = "%p\(position)_\(depth)"
            state.slots.append(.value(name))
            sites[name] = .entry(block: position, depth: depth)
            // The predecessors stored it (a join through memory): load it where used.
            if memoryJoins && !inRegister(position, depth) { stored[depth] = name }
        }
        reload(&state)
        var current = position
        while true {
            let instruction = instruction(at: current)
            called = false
            self.position = current
            if let marker = context.debug?.marker(current) { lines.append(marker) }
            try checkStackDepth(instruction, state)
            for operand in IntegerEvidence.integerOperands(of: instruction.opcode) {
                evidence.insert(site(of: operand < 0 ? state.accu : state.peek(operand)))
            }
            guard try lower(instruction, &state) else { break }
            registerSites(state)
            if IntegerEvidence.integerResults.contains(instruction.opcode) { evidence.insert(site(of: state.accu)) }
            if called { reload(&state) }
            current = instruction.position + instruction.length
            if leaders.contains(current) {
                try branch(to: current, state)
                break
            }
        }
        chunks[position] = lines
    }

    /// The whole definition: prologue, then each block with its phis.
    private func assemble(arguments: [String]) -> String {
        var releaseCount = 0
        var out = ["define internal i32 @\(function.symbol)(i32 %env, i32 %a1, i32 %a2, i32 %a3, i32 %a4, i32 %a5) #0 {", "entry:"]
        // Arguments beyond the fifth are read before anything else can call.
        for n in stride(from: 6, through: function.arity, by: 1) {
            out.append("  %x\(n)p = getelementptr [64 x i32], ptr @caml_extra_args, i32 0, i32 \(n - 6)")
            out.append("  %x\(n) = load i32, ptr %x\(n)p")
        }
        let usesFrame = frameSize > 0
        let wordIndex = frameWordIndex
        // The arguments' words the body's first block loads are written at entry.
        let loadedArguments = memoryJoins ? (0..<function.arity).filter { usedDepths.contains($0) && !inRegister(function.bodyStart, $0) } : []
        let frameWordSet = usedDepths.union(accuSlotUsed ? [-1] : [])
        let flow = frameFlow.solve(words: frameWordSet, entryWritten: Set(loadedArguments),
                                   entryDirty: Set(loadedArguments))
        // A function that calls anything but tail calls may recurse: it checks the native
        // stack (and the root stack, if it has a big frame: `StackCheck`) at entry. So does
        // one whose generic tail application passes its arguments from a frame.
        if memoryJoins || usesFrame {
            mayReturnSentinel = true
            out.append(context.stackProbe)
            out += StackCheck.lines(frameWords: usesFrame ? frameSize : 0)
            out += ["  br i1 %ovf, label %overflow, label %start0, !prof !{!\"branch_weights\", i32 1, i32 1000}", "start0:"]
            if usesFrame {
                // The words are addressed upwards from this base (Xtensa's loads and stores
                // take positive offsets only); until the first call, from this value itself.
                out += [
                    "  %frame = inttoptr i32 %framei to ptr",
                    "  store ptr %frame, ptr @caml_root_sp" + MemoryTag.global.attachment,
                ]
            }
            // Words a collection could see before this activation writes them must hold
            // values (`FrameWordFlow`); most are stored before the first call.
            for word in flow.initialised.map({ wordIndex[$0]! }).sorted() {
                out.append("  %init\(word) = getelementptr i32, ptr %frame, i32 \(word)")
                out.append("  store i32 1, ptr %init\(word)" + MemoryTag.frame.attachment)
            }
            if rootsEnvironment {
                out.append("  %envslot = getelementptr i32, ptr %frame, i32 \(frameSize - 1)")
                out.append("  store i32 %env, ptr %envslot" + MemoryTag.frame.attachment)
            }
            for depth in loadedArguments {
                out.append("  %argslot\(depth) = getelementptr i32, ptr %frame, i32 \(wordIndex[depth]!)")
                out.append("  store i32 \(arguments[function.arity - 1 - depth]), ptr %argslot\(depth)" + MemoryTag.frame.attachment)
            }
        }
        out.append("  br label %start")
        out.append("start:")
        out.append("  br label %L\(function.bodyStart)")
        for position in chunks.keys.sorted() {
            out.append("L\(position):")
            let edges = incoming[position] ?? []
            // The body's first block is entered from `start` only; others may have many.
            out.append("  %p\(position)_a = phi i32 " + edges.map { "[\($0.accu), %\($0.label)]" }.joined(separator: ", "))
            for (depth, slot) in blockShapes[position]!.enumerated() where !memoryJoins || inRegister(position, depth) {
                guard case .value = slot, constants[.entry(block: position, depth: depth)] == nil else { continue }
                out.append("  %p\(position)_\(depth) = phi i32 " + edges.map { "[\($0.values[depth]), %\($0.label)]" }.joined(separator: ", "))
            }
            let size = frameSize
            // The frame's top from caml_root_sp rather than %rsp0: no register held throughout.
            // Words set to Val_unit where a placeholder stands (a clearing, a slow call's inits).
            func unitStores(_ words: [Int], named prefix: String) -> [String] {
                words.enumerated().flatMap { index, word in
                    let name = "%\(prefix)_\(index)"
                    return ["  \(name) = load ptr, ptr @caml_root_sp" + MemoryTag.global.attachment,
                            "  \(name)a = getelementptr i32, ptr \(name), i32 \(wordIndex[word]!)",
                            "  store i32 1, ptr \(name)a" + MemoryTag.frame.attachment]
                }
            }
            out += chunks[position]!.flatMap { line -> [String] in
                if line.hasPrefix(Self.clearPlaceholder(0).dropLast()) {
                    let clearing = Int(line.split(separator: " ").last!)!
                    return unitStores(flow.clears[clearing], named: "clr\(clearing)")
                }
                if line.hasPrefix(Self.initPlaceholder(0).dropLast()) {
                    let call = Int(line.split(separator: " ").last!)!
                    return unitStores(flow.callInits[call], named: "cin\(call)")
                }
                if line.hasPrefix(Self.basePlaceholder("").dropLast()) {
                    let name = line.split(separator: " ").last!
                    return [flow.callFree.contains(position) ? "  \(name) = getelementptr i8, ptr %frame, i32 0" : "  \(name) = load ptr, ptr @caml_root_sp" + MemoryTag.global.attachment]
                }
                guard line == Self.releasePlaceholder || line == Self.callFreeReleasePlaceholder else { return [Self.resolveSlots(line, wordIndex)] }
                guard usesFrame else { return [] }
                releaseCount += 1
                if line == Self.callFreeReleasePlaceholder && flow.callFree.contains(position) {
                    return ["  %relt\(releaseCount) = getelementptr i32, ptr %frame, i32 \(size)",
                            "  store ptr %relt\(releaseCount), ptr @caml_root_sp" + MemoryTag.global.attachment]
                }
                return ["  %rel\(releaseCount) = load ptr, ptr @caml_root_sp" + MemoryTag.global.attachment,
                        "  %relt\(releaseCount) = getelementptr i32, ptr %rel\(releaseCount), i32 \(size)",
                        "  store ptr %relt\(releaseCount), ptr @caml_root_sp" + MemoryTag.global.attachment]
            }
        }
        // Last, so that the entry falls through into the body (blocks keep the IR's order).
        if memoryJoins || usesFrame { out += ["overflow:", "  %ovr = call i32 @caml_raise_stack_overflow()", "  ret i32 2"] }
        out.append("}")
        return out.joined(separator: "\n")
    }

    // MARK: - Emission helpers

    func emit(_ line: String) {
        let resolved = line.contains("#") ? resolveTokens(line) : line
        lines.append(resolved.hasSuffix(":") ? resolved : "  " + resolved)
    }

    func fresh() -> String {
        counter += 1
        return "%t\(counter)"
    }

    func newLabel() -> String {
        counter += 1
        return "X\(counter)"
    }

    /// Starts a new LLVM block inside the current bytecode block.
    func begin(_ name: String) {
        emit("\(name):")
        label = name
    }

    /// `v op w` (or any instruction text) into a fresh value.
    func value(_ text: String) -> String {
        let name = fresh()
        emit("\(name) = \(text)")
        return name
    }

    /// The address of word `index` of the block at value `base`.
    func fieldAddress(_ base: String, _ index: String) -> String {
        let pointer = value("inttoptr i32 \(base) to ptr")
        return value("getelementptr i32, ptr \(pointer), i32 \(index)")
    }

    func load(_ base: String, _ index: Int) -> String { load(base, String(index)) }

    func load(_ base: String, _ index: String) -> String {
        value("load i32, ptr \(fieldAddress(base, index))" + MemoryTag.word(index).attachment)
    }

    func store(_ v: String, into base: String, _ index: Int) { store(v, into: base, String(index)) }

    func store(_ v: String, into base: String, _ index: String) {
        emit("store i32 \(v), ptr \(fieldAddress(base, index))" + MemoryTag.word(index).attachment)
    }

    /// `Val_bool(condition)`.
    func bool(_ condition: String) -> String { value("select i1 \(condition), i32 3, i32 1") }

    /// `Long_val(v)`.
    func untag(_ v: String) -> String { value("ashr i32 \(v), 1") }

    /// `Val_long(v)`.
    func tag(_ v: String) -> String {
        let shifted = value("shl i32 \(v), 1")
        return value("or i32 \(shifted), 1")
    }

    // MARK: - Frames, calls and exceptions

    /// The frame word holding stack depth `depth` (see the type's comment).
    private func slotAddress(_ depth: Int) -> String {
        usedDepths.insert(depth)
        return value("getelementptr i32, ptr \(frameBase()), i32 \(Self.slotMarker)\(depth)\(Self.slotMarker)")
    }

    /// The frame word of the accumulator.
    private func accuAddress() -> String {
        accuSlotUsed = true
        return value("getelementptr i32, ptr \(frameBase()), i32 \(Self.slotMarker)-1\(Self.slotMarker)")
    }

    /// Words of the root frame: the stack words it holds, the accumulator's if used, `env`.
    private var frameSize: Int { usedDepths.count + (accuSlotUsed ? 1 : 0) + (rootsEnvironment ? 1 : 0) }

    /// The word of each used stack depth (-1: the accumulator): the depths from the bottom
    /// up, top of the stack lowest, then the accumulator's word (`env`'s is the last).
    /// Depths the function never stores or loads (integers, traps) have none, so a run of
    /// stack words stored as an argument array stays contiguous (`rootedArray`).
    private var frameWordIndex: [Int: Int] {
        let depths = usedDepths.sorted()
        var index: [Int: Int] = [-1: depths.count]
        for (rank, depth) in depths.enumerated() { index[depth] = depths.count - 1 - rank }
        return index
    }

    /// Stores the stack words below `depthLimit` (all by default) that changed since the last
    /// store, and the accumulator when it must outlive or be passed to the call.
    func root(_ state: StackState, below depthLimit: Int? = nil, accu: Bool) {
        called = true
        for depth in 0..<min(depthLimit ?? state.slots.count, state.slots.count) {
            guard case .value(let v) = state.slots[depth], stored[depth] != v, !needsNoRoot(v) else { continue }
            storeWord(v, depth)
        }
        if accu, storedAccu != state.accu, !needsNoRoot(state.accu) {
            let address = accuAddress()
            emit("store i32 \(state.accu), ptr \(address)" + MemoryTag.frame.attachment)
            storedAccu = state.accu
            frameWords.store(-1, pointer: true)
        }
    }

    /// Stores `v` into the frame word of stack depth `depth`.
    private func storeWord(_ v: String, _ depth: Int) {
        emit("store i32 \(v), ptr \(slotAddress(depth))" + MemoryTag.frame.attachment)
        stored[depth] = v
        frameWords.store(depth, pointer: !needsNoRoot(v))
    }

    /// A point where a collection can happen (a call, after its values were stored): every
    /// frame word holds the value its stack word holds now, or no pointer this activation
    /// stored. A word above the stack's top, or under a value that is not in it (an integer,
    /// which needs no word, or an argument passed in a register: below `rootedBelow`
    /// all the others were stored), would keep what it points to alive (ocamlrun does not
    /// scan above its sp; corpus program gc_closures): the ones this block stored are
    /// cleared here, and a placeholder stands for those its predecessors may have left
    /// (`assemble` resolves it from `FrameWordFlow`). Nor may a word be unwritten: what the
    /// calls observe decides the entry's stores.
    func collectionPoint(_ state: StackState, rootedBelow: Int? = nil) {
        // On a slow path, the words whose content nothing reads any more (above the top, or
        // under a value not in them) may be set there instead of at entry (`callInits`);
        // the fast path's join forgets what they held (`fastPath`), a raise never joins.
        var dead: Set<Int> = []
        if onSlowPath {
            dead = mismatchedWords(state, rootedBelow: rootedBelow).filter { !isEntryInteger($0, state) }
            if storedAccu != state.accu { dead.insert(-1) }
        }
        clearStaleWords(state, rootedBelow: rootedBelow)
        let call = frameFlow.call(in: block, atDepth: state.slots.count, frameWords, slow: onSlowPath, dead: dead)
        if onSlowPath { lines.append(Self.initPlaceholder(call)) }
        frameWords.called = true
    }

    /// Clears the frame words that may hold a stale pointer (`collectionPoint`); a no-op
    /// where they are clear already.
    func clearStaleWords(_ state: StackState, rootedBelow: Int? = nil) {
        let depth = state.slots.count
        let mismatched = mismatchedWords(state, rootedBelow: rootedBelow)
        let known = frameWords.dirtyWords(from: depth, mismatched)
        guard frameWords.settledFrom > depth || mismatched.contains(where: { !frameWords.isSettled($0) }) || !known.isEmpty else { return }
        // An integer the block received in a register, unchanged, whose word held it on
        // every path in, is in its word: not stale (`FrameWordFlow`).
        let entryIntegers = mismatched.filter { isEntryInteger($0, state) }
        let clearing = frameFlow.clearing(in: block, atDepth: depth, mismatched: mismatched, entryIntegers: entryIntegers, frameWords)
        frameWords.clearings.insert(clearing)
        for word in known {
            emit("store i32 1, ptr \(slotAddress(word))" + MemoryTag.frame.attachment)
        }
        lines.append(Self.clearPlaceholder(clearing))
        // Entry integers stay unsettled: whether they agree is decided at the end, and a
        // settled one would no longer carry its agreement to the next block.
        frameWords.clear(from: depth, mismatched.subtracting(entryIntegers))
        forgetClearable(state)
    }

    /// The words below the stack's top whose stack word's value is not in them: an integer
    /// (needs no word), a non-value slot, or, from `rootedBelow` up, an argument passed in a
    /// register.
    private func mismatchedWords(_ state: StackState, rootedBelow: Int?) -> Set<Int> {
        Set(state.slots.indices.filter { d in
            guard case .value(let v) = state.slots[d] else { return true }
            return stored[d] != v && (needsNoRoot(v) || d >= (rootedBelow ?? state.slots.count))
        })
    }

    /// An integer the block received in a register, unchanged, whose word may hold it on
    /// every path in (`FrameWordFlow`'s agreement).
    private func isEntryInteger(_ d: Int, _ state: StackState) -> Bool {
        if case .value(let v) = state.slots[d] { v == "%p\(block)_\(d)" && needsNoRoot(v) && !frameWords.isSettled(d) } else { false }
    }

    /// Forgets what the frame held at the words that do not hold their stack word's value
    /// now: a clear (here, or on a slow path that joins) may have overwritten them, and a
    /// record kept would skip the store of the same value pushed there again.
    private func forgetClearable(_ state: StackState) {
        for (depth, v) in stored {
            let current: String? = if depth < state.slots.count, case .value(let x) = state.slots[depth] { x } else { nil }
            if current != v { stored[depth] = nil }
        }
    }

    /// The address of the stack word at `depth`, stored first if needed (array arguments).
    func rootedArray(_ state: StackState, from depth: Int) -> String {
        usedDepths.formUnion(depth..<state.slots.count)
        for d in depth..<state.slots.count {
            guard case .value(let v) = state.slots[d], stored[d] != v else { continue }
            storeWord(v, d)
        }
        return slotAddress(state.slots.count - 1)
    }

    /// The frame's lowest word, read from `caml_root_sp` (which callees restore) rather than
    /// kept in a register: LLVM reuses one load between two calls, and no frame address lives
    /// across the whole function (hundreds of them would not fit the registers).
    /// Until the first call, the entry's `%frame` (`basePlaceholder`): LLVM then sees the
    /// same base for a word's store and its loads, and forwards the one to the others (a
    /// frame word's store might otherwise alias `caml_root_sp`, so each load would reload
    /// the base and the word), e.g. on the leaf path of a recursive function.
    private func frameBase() -> String {
        guard !frameWords.called else { return value("load ptr, ptr @caml_root_sp" + MemoryTag.global.attachment) }
        let name = fresh()
        lines.append(Self.basePlaceholder(name))
        return name
    }

    /// The entry of the function whose closure the stack word at `depth` holds, if known.
    func knownClosure(atDepth depth: Int, _ state: StackState) -> Int? {
        guard case .value(let v) = state.slots[depth] else { return nil }
        return v == Self.frameToken(depth) ? knownTokens[depth] : knownClosures[v]
    }

    /// Replaces the stack words the frame holds by loads from it, so that no value lives in a
    /// register across a call or a join (the loads nobody uses, LLVM deletes).
    func reload(_ state: inout StackState) {
        for depth in state.slots.indices {
            guard case .value(let v) = state.slots[depth], v.hasPrefix("%"), stored[depth] == v else { continue }
            let token = Self.frameToken(depth)
            knownTokens[depth] = knownClosures[v]
            tokenSites[depth] = site(of: v)
            state.slots[depth] = .value(token)
            stored[depth] = token
        }
    }

    /// A stack word that lives in its frame word: `#d#` in the state, loaded by `emit` where
    /// an instruction uses it. Such a token only ever sits at its own depth (ACC loads it
    /// into an SSA value first), so no store can overwrite a word a token still stands for.
    static func frameToken(_ depth: Int) -> String { "#\(depth)#" }

    /// `v` as an SSA value or constant (a frame token is loaded).
    func materialize(_ v: String) -> String {
        guard v.hasPrefix("#") else { return v }
        return resolveTokens(v)
    }

    private func resolveTokens(_ line: String) -> String {
        let parts = line.split(separator: "#", omittingEmptySubsequences: false)
        var out = ""
        for (index, part) in parts.enumerated() {
            if index % 2 == 1, let depth = Int(part) {
                let address = slotAddress(depth)
                let name = fresh()
                lines.append("  \(name) = load i32, ptr \(address)" + MemoryTag.frame.attachment)
                knownClosures[name] = knownTokens[depth]
                sites[name] = tokenSites[depth]
                out += name
            } else {
                out += part
            }
        }
        return out
    }

    /// Stores what a join will load, before control splits into several edges.
    func storeForJoin(_ state: StackState) {
        if memoryJoins { root(state, accu: false) }
    }

    /// Before an edge into `target` (a join through memory): stores every word the target
    /// loads (integers too: it loads them all), and loads the frame tokens of the words it
    /// receives as phis.
    private func storeForEdge(to target: Int, _ state: inout StackState) {
        called = true
        for depth in state.slots.indices {
            guard case .value(let v) = state.slots[depth], constants[.entry(block: target, depth: depth)] == nil else { continue }
            if inRegister(target, depth) {
                if v.hasPrefix("#") { state.slots[depth] = .value(materialize(v)) }
            } else if stored[depth] != v {
                storeWord(v, depth)
            }
        }
    }

    // MARK: - Values that need no root

    /// Whether the block at `block` receives its stack word at `depth` as a phi even though
    /// the function joins through memory (the word needs no root).
    private func inRegister(_ block: Int, _ depth: Int) -> Bool {
        unrooted?.contains(.entry(block: block, depth: depth)) ?? false
    }

    /// Constants, and values whose site the first lowering proved to need no root.
    private func needsNoRoot(_ v: String) -> Bool {
        if v.hasPrefix("#") { return false }
        guard v.hasPrefix("%") else { return true }
        return sites[v].map { unrooted?.contains($0) ?? false } ?? false
    }

    /// The site of a stack word or accumulator value (nil: not known).
    func site(of v: String) -> ValueSite? {
        if v.hasPrefix("#") { return Int(v.dropFirst().dropLast()).flatMap { tokenSites[$0] } }
        return v.hasPrefix("%") ? sites[v] : .constant
    }

    /// Gives the values the current instruction left on top of the stack and in the
    /// accumulator their site (new values are only ever on top: pushes).
    private func registerSites(_ state: StackState) {
        if state.accu.hasPrefix("%"), sites[state.accu] == nil { sites[state.accu] = .result(position: position, depth: -1) }
        for depth in state.slots.indices.reversed() {
            guard case .value(let v) = state.slots[depth], v.hasPrefix("%"), sites[v] == nil else { break }
            sites[v] = .result(position: position, depth: depth)
        }
    }

    /// Forgets what the frame holds at `depth` and above (paths that did not store it joined).
    func forgetStored(from depth: Int) {
        for key in stored.keys where key >= depth { stored[key] = nil }
    }

    /// Returns `result` (RETURN, STOP): its site is one of the function's results.
    func returnValue(_ result: String) {
        returns.append(site(of: result))
        leave("ret i32 \(result)")
    }

    /// Restores `caml_root_sp` before leaving the function. Whether the function has a frame
    /// is known only at the end, so this is a placeholder line that `assemble` resolves.
    func releaseFrame() {
        lines.append(frameWords.called ? Self.releasePlaceholder : Self.callFreeReleasePlaceholder)
    }

    /// Emits `line` (a `ret` or the tail call before one) after releasing the frame. Frame
    /// words the line names are loaded before the release, while the frame is still this
    /// function's: afterwards `caml_root_sp` points at the caller's.
    func leave(_ line: String) {
        let resolved = line.contains("#") ? resolveTokens(line) : line
        releaseFrame()
        emit(resolved)
    }

    private static let releasePlaceholder = "  ;release"
    /// A release on a path that may not have called anything since the entry (from `%frame`
    /// if it surely has not: `FrameWordFlow.Solution.callFree`).
    private static let callFreeReleasePlaceholder = "  ;release-call-free"
    /// `name` = the frame's base: `%frame` in a block entered only from call-free paths,
    /// else loaded from `caml_root_sp`.
    private static func basePlaceholder(_ name: String) -> String { "  ;base \(name)" }
    /// Stands for the stale words call `n` clears (`collectionPoint`), known at the end.
    private static func clearPlaceholder(_ n: Int) -> String { "  ;clear \(n)" }
    /// Stands for the words slow call `n` sets before it (`FrameWordFlow.Solution.callInits`).
    private static func initPlaceholder(_ n: Int) -> String { "  ;init \(n)" }
    /// Frame words are addressed upwards from `%frame` (Xtensa loads take positive offsets
    /// only), which needs the frame's size, known at the end: `$d$` stands for the word of
    /// stack depth d until `assemble` knows it (`$-1$` is the accumulator's word).
    static let slotMarker = "$"

    /// Replaces the `$d$` markers of `line` with word offsets (`frameWordIndex`; the
    /// accumulator's word, `$-1$`, comes right after the stack's).
    private static func resolveSlots(_ line: String, _ wordIndex: [Int: Int]) -> String {
        guard line.contains(slotMarker) else { return line }
        let parts = line.split(separator: Character(slotMarker), omittingEmptySubsequences: false)
        return parts.enumerated().map { index, part in index % 2 == 1 ? String(wordIndex[Int(part)!]!) : String(part) }.joined()
    }

    /// After a call that may return the exception sentinel: branch to the handler (or return
    /// the sentinel) when `result == 2`, else continue in a fresh block.
    func checkException(_ result: String, _ state: StackState) throws(LoweringError) {
        let isException = value("icmp eq i32 \(result), 2")
        let raising = newLabel(), normal = newLabel()
        emit("br i1 \(isException), label %\(raising), label %\(normal)")
        begin(raising)
        try raise(state)
        begin(normal)
    }

    /// The exception is in `caml_exn_bucket`: go to the innermost handler with the stack as
    /// at its PUSHTRAP and the exception as accumulator, or return the sentinel.
    func raise(_ state: StackState) throws(LoweringError) {
        if let trap = state.innermostTrap {
            let bucket = value("load i32, ptr @caml_exn_bucket" + MemoryTag.global.attachment)
            let handlerState = StackState(slots: Array(state.slots[..<trap.depth]), accu: bucket)
            // The stores on this side path are not on the path that goes on.
            let before = (stored, frameWords)
            try branch(to: trap.handler, handlerState)
            (stored, frameWords) = before
        } else {
            mayReturnSentinel = true
            leave("ret i32 2")
        }
    }

    /// A call of a runtime function that may raise: roots first, checks the sentinel after.
    func callRuntime(_ name: String, _ arguments: [String], _ state: StackState, primitive: Bool = false) throws(LoweringError) -> String {
        root(state, accu: true)
        collectionPoint(state)
        if primitive { context.declarePrimitive(name, arguments.count) } else { context.declare(name, arguments.count) }
        let result = value("call i32 @\(name)(" + arguments.map { "i32 \($0)" }.joined(separator: ", ") + ")")
        try checkException(result, state)
        return result
    }

    /// Unstored values an allocation may leave in registers; beyond this many, they are
    /// stored on both paths and reloaded after, as after a call (module initialisation code
    /// pushes hundreds of closures, which must not all stay in registers).
    static let registerBudget = 6

    /// A block of `wosize` fields and tag `tag`, fields uninitialised (the caller stores
    /// them before anything can collect). Inline fast path: bump `caml_alloc_ptr` within
    /// `caml_alloc_limit` and write the header; only when the chunk is used up,
    /// `caml_alloc_block` (Docs/abi.md, "Allocation").
    func allocate(_ wosize: Int, tag: Int, _ state: inout StackState) throws(LoweringError) -> String {
        let room = bumpTest(bytes: String(4 * (wosize + 1)))
        return try fastPath(room.fits, { self.bump(room, header: String(wosize << 10 | tag)) },
                            orCall: "caml_alloc_block", [String(wosize), String(tag)], &state, primitive: false)
    }

    /// The inline allocation's test (Docs/abi.md, "Allocation"): the chunk's pointer, the
    /// pointer past a block of `bytes` bytes (header included), and whether that fits the chunk.
    func bumpTest(bytes: String) -> (pointer: String, next: String, fits: String) {
        let pointer = value("load i32, ptr @caml_alloc_ptr" + MemoryTag.global.attachment)
        let next = value("add i32 \(pointer), \(bytes)")
        return (pointer, next, value("icmp ule i32 \(next), \(value("load i32, ptr @caml_alloc_limit" + MemoryTag.global.attachment))"))
    }

    /// The fast path's block, where `bumpTest` found room: the chunk's pointer moved past it,
    /// its header written.
    func bump(_ room: (pointer: String, next: String, fits: String), header: String) -> String {
        emit("store i32 \(room.next), ptr @caml_alloc_ptr" + MemoryTag.global.attachment)
        emit("store i32 \(header), ptr \(value("inttoptr i32 \(room.pointer) to ptr"))" + MemoryTag.header.attachment)
        return value("add i32 \(room.pointer), 4")
    }

    /// `inBounds ? access() : raise (Invalid_argument "index out of bounds")`, what the
    /// primitive would do. The raising side never comes back: in a loop, the access's side
    /// path is then not on the way round, and LLVM keeps loads of the block, its length and
    /// the frame out of the loop (a call on the way round would clobber them).
    func boundsChecked(_ inBounds: String, _ access: () -> String, _ state: StackState) throws(LoweringError) -> String {
        let fast = newLabel(), outOfBounds = newLabel()
        emit("br i1 \(inBounds), label %\(fast), label %\(outOfBounds), !prof !{!\"branch_weights\", i32 1000, i32 1}")
        begin(outOfBounds)
        let storedBefore = (stored, storedAccu)
        onSlowPath = true
        defer { onSlowPath = false }
        _ = try callRuntime("caml_raise_index_out_of_bounds", [], state)
        onSlowPath = false
        emit("unreachable")
        (stored, storedAccu) = storedBefore
        called = false
        begin(fast)
        return access()
    }

    /// `condition ? fast() : name(arguments)`: the fast path inline, the runtime's function
    /// on the other, with every held value rooted (`callRuntime`). The fast path stores
    /// nothing in the frame, so what the slow one stores is forgotten at the join, and the
    /// values stay in registers across, unless more than `registerBudget` are unstored: then
    /// they are stored before the test and reloaded after, as after a call.
    func fastPath(_ condition: String, _ fast: () -> String, orCall name: String, _ arguments: [String],
                  _ state: inout StackState, primitive: Bool = true) throws(LoweringError) -> String {
        try fastPath(dispatch: { fastStart, slow in
            self.emit("br i1 \(condition), label %\(fastStart), label %\(slow), !prof !{!\"branch_weights\", i32 1000, i32 1}")
        }, fast, orCall: name, arguments, &state, primitive: primitive)
    }

    /// `fastPath` whose test is `dispatch(fast, slow)`: blocks that end in branches to those
    /// two labels (a test made of several, each guarding the next).
    func fastPath(dispatch: (_ fast: String, _ slow: String) -> Void, _ fast: () -> String, orCall name: String, _ arguments: [String],
                  _ state: inout StackState, primitive: Bool = true) throws(LoweringError) -> String {
        // Values that need no root are never stored: spilling would not move them.
        let unstored = state.slots.indices.filter { depth in
            if case .value(let v) = state.slots[depth] { v.hasPrefix("%") && stored[depth] != v && !needsNoRoot(v) } else { false }
        }.count + (state.accu.hasPrefix("%") && !needsNoRoot(state.accu) ? 1 : 0)
        let spill = unstored > Self.registerBudget
        if spill { root(state, accu: true) }
        // Stale words are cleared on the slow path (a loop's fast path pays nothing), except
        // in the top-level code, which runs once: there before the branch, so that the slow
        // paths of its long runs of allocations do not each clear the same words again (the
        // fast path's state is what the next one starts from).
        if function.entry == 0 { clearStaleWords(state) }
        let fastStart = newLabel(), slow = newLabel(), join = newLabel()
        dispatch(fastStart, slow)
        begin(fastStart)
        let fastResult = fast()
        let fastEnd = label
        emit("br label %\(join)")
        begin(slow)
        let storedBefore = (stored, storedAccu, frameWords)
        onSlowPath = true
        defer { onSlowPath = false }
        let slowResult = try callRuntime(name, arguments, state, primitive: primitive)
        onSlowPath = false
        let slowEnd = label
        emit("br label %\(join)")
        begin(join)
        frameWords = FrameWordState.merge(storedBefore.2, frameWords)
        // The slow path may have set the accumulator's word (`collectionPoint`) when it did
        // not hold the accumulator: only a word that does is remembered.
        (stored, storedAccu) = (storedBefore.0, storedBefore.1 == state.accu ? storedBefore.1 : nil)
        forgetClearable(state)
        let result = value("phi i32 [\(fastResult), %\(fastEnd)], [\(slowResult), %\(slowEnd)]")
        if spill {
            reload(&state)
            if storedAccu == state.accu, state.accu.hasPrefix("%") {
                let address = accuAddress()
                state.accu = value("load i32, ptr \(address)" + MemoryTag.frame.attachment)
                storedAccu = state.accu
            }
        }
        called = false
        return result
    }

    /// Application of the closure `closure` to `arguments` (first argument first), which are
    /// the top words of `state`'s stack. Exact arity: a direct call of field 0; otherwise
    /// `caml_apply_array` (partial and over-application). Returns the result, checked.
    func apply(_ closure: String, argumentCount n: Int, _ state: StackState, tail: Bool) throws(LoweringError) -> String? {
        let argumentDepth = state.slots.count - n
        let arguments = (0..<n).map { state.peek($0) }
        // A tail call outlives nothing of this function (the generic path roots its array).
        if tail { called = true } else {
            root(state, below: argumentDepth, accu: false)
            collectionPoint(state, rootedBelow: argumentDepth)
        }
        if let entry = knownClosures[closure], context.arity(ofEntry: entry) == n {
            var arguments = arguments, tuple = n > 0 ? tupleArgument(arguments[0]) : nil
            if let size = context.tupled[entry] {
                arguments = try tupledArguments(arguments, size: size)
                tuple = nil
            }
            calls.append(KnownCall(callee: entry, arguments: arguments.map(site(of:)),
                                   result: tail ? nil : .result(position: position, depth: -1), tuple: tuple))
            // A tupled function's entry arguments are its fields: its self tail calls stay calls.
            if tail, entry == function.entry, context.tupled[entry] == nil, isOwnClosure(closure), state.innermostTrap == nil {
                try loopToBody(arguments)
                return nil
            }
            return directCall("@\(context.symbol(ofEntry: entry))", closure, arguments, tail: tail)
        }
        // The arity is the info word's top byte, byte 7 of the closure (little-endian): one
        // L8UI and a BNEI. Read as `lshr` of the whole word it became an `and` with
        // 0xFF000000 and a compare with n << 24, two literals more at every such call.
        let arity = value("load i8, ptr \(value("getelementptr i8, ptr \(value("inttoptr i32 \(closure) to ptr")), i32 7"))"
                          + MemoryTag.field.attachment)
        let exact = n < 128 ? value("icmp eq i8 \(arity), \(n)") : "false"
        let direct = newLabel(), generic = newLabel(), join = newLabel()
        emit("br i1 \(exact), label %\(direct), label %\(generic)")

        begin(direct)
        let code = load(closure, 0)
        let pointer = value("inttoptr i32 \(code) to ptr")
        if tail {
            mayReturnSentinel = true
            returns.append(nil)
            _ = directCall(pointer, closure, arguments, tail: true)
            begin(generic)
            let array = rootedArray(state, from: argumentDepth)
            collectionPoint(state)
            let result = value("call i32 @caml_apply_array(i32 \(closure), i32 \(n), ptr \(array))")
            leave("ret i32 \(result)")
            return nil
        }
        let directResult = directCall(pointer, closure, arguments, tail: false)!
        let directLabel = label
        let directWords = frameWords
        emit("br label %\(join)")
        begin(generic)
        let array = rootedArray(state, from: argumentDepth)
        let genericResult = value("call i32 @caml_apply_array(i32 \(closure), i32 \(n), ptr \(array))")
        let genericLabel = label
        emit("br label %\(join)")
        begin(join)
        frameWords = FrameWordState.merge(directWords, frameWords)
        forgetStored(from: argumentDepth)
        return value("phi i32 [\(directResult), %\(directLabel)], [\(genericResult), %\(genericLabel)]")
    }

    /// Whether `closure` is the one this activation runs in (`env`): its own closure, or the
    /// static closure every application of this function passes.
    private func isOwnClosure(_ closure: String) -> Bool {
        closure == "%env" || closure == context.staticClosures[function.entry]
    }

    /// A tail call of this function by itself, with the same `env`: a branch back to the
    /// body's first block with `arguments` (first argument first) as its stack. The entry's
    /// stack test, frame push and word initialisation are not repeated (the stack does not
    /// grow, the frame is the same); the words the previous round left stale are cleared at
    /// the calls that could see them, as for any edge (`FrameWordFlow`).
    private func loopToBody(_ arguments: [String]) throws(LoweringError) {
        let values = arguments.map(materialize)
        try branch(to: function.bodyStart, StackState(slots: values.reversed().map { .value($0) }, accu: "1"))
    }

    /// The call of a native function (`callee`: a symbol or a pointer) with the closure as
    /// environment; a tail call returns its result at once (nil).
    private func directCall(_ callee: String, _ closure: String, _ arguments: [String], tail: Bool) -> String? {
        for (i, argument) in arguments.enumerated().dropFirst(5) {
            let slot = value("getelementptr [64 x i32], ptr @caml_extra_args, i32 0, i32 \(i - 5)")
            emit("store i32 \(argument), ptr \(slot)")
        }
        let registers = (0..<5).map { $0 < arguments.count ? "i32 \(arguments[$0])" : "i32 undef" }.joined(separator: ", ")
        guard tail else { return value("call i32 \(callee)(i32 \(closure), \(registers))") }
        mayReturnSentinel = true
        let result = fresh()
        leave("\(result) = \(context.tailCallKeyword) call i32 \(callee)(i32 \(closure), \(registers))")
        emit("ret i32 \(result)")
        return nil
    }
}
