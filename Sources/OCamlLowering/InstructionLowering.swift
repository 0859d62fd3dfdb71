import OCamlFrontend

extension FunctionLowering {
    /// Lowers one instruction into the current block. Returns false when the instruction ends
    /// the block (branch, return, raise, tail call, switch): its successors were recorded.
    /// Semantics follow `runtime/interp.c` of OCaml 4.13 instruction by instruction.
    func lower(_ instruction: Instruction, _ state: inout StackState) throws(LoweringError) -> Bool {
        // Unboxed float temporaries (FloatUnboxing.swift) get their boxes before an
        // instruction that could see them as values, and before control falls into a join.
        // Boxing pending doubles allocates: a tupled parameter's fields are no longer readable.
        if !pendingDoubles.isEmpty { tupleFieldsClosed = true }
        if !pendingDoubles.isEmpty && !keepsDoublesUnboxed(instruction) { try boxPendingDoubles(&state) }
        if let field = tupledField(instruction, state) {
            state.accu = field
            return true
        }
        if FunctionLowering.callingOpcodes.contains(instruction.opcode) { tupleFieldsClosed = true }
        let continues = try lowerInstruction(instruction, &state)
        if continues && !pendingDoubles.isEmpty && leaders.contains(instruction.position + instruction.length) {
            try boxPendingDoubles(&state)
        }
        return continues
    }

    private func lowerInstruction(_ instruction: Instruction, _ state: inout StackState) throws(LoweringError) -> Bool {
        let next = instruction.position + instruction.length
        let operand: Int
        switch instruction.operands {
        case .int(let n): operand = n
        default: operand = 0
        }
        switch instruction.opcode {
        // Stack and accumulator.
        case .ACC0, .ACC1, .ACC2, .ACC3, .ACC4, .ACC5, .ACC6, .ACC7:
            state.accu = materialize(state.peek(Int(instruction.opcode.rawValue - Opcode.ACC0.rawValue)))
        case .ACC:
            state.accu = materialize(state.peek(operand))
        case .PUSH:
            state.push(state.accu)
        case .PUSHACC0, .PUSHACC1, .PUSHACC2, .PUSHACC3, .PUSHACC4, .PUSHACC5, .PUSHACC6, .PUSHACC7:
            state.push(state.accu)
            state.accu = materialize(state.peek(Int(instruction.opcode.rawValue - Opcode.PUSHACC0.rawValue)))
        case .PUSHACC:
            state.push(state.accu)
            state.accu = materialize(state.peek(operand))
        case .POP:
            state.pop(operand)
        case .ASSIGN:
            state.slots[state.slots.count - 1 - operand] = .value(state.accu)
            state.accu = "1"
        case .ENVACC1, .ENVACC2, .ENVACC3, .ENVACC4:
            state.accu = environmentField(Int(instruction.opcode.rawValue - Opcode.ENVACC1.rawValue) + 1)
        case .ENVACC:
            state.accu = environmentField(operand)
        case .PUSHENVACC1, .PUSHENVACC2, .PUSHENVACC3, .PUSHENVACC4:
            state.push(state.accu)
            state.accu = environmentField(Int(instruction.opcode.rawValue - Opcode.PUSHENVACC1.rawValue) + 1)
        case .PUSHENVACC:
            state.push(state.accu)
            state.accu = environmentField(operand)

        // Application.
        case .PUSH_RETADDR:
            guard case .target(let target) = instruction.operands else { break }
            state.slots += [.returnAddress(target), .filler, .filler]
        case .APPLY:
            let depth = state.slots.count - operand - 3
            guard depth >= 0, case .returnAddress(let target) = state.slots[depth] else {
                throw program.error(at: instruction.position, "APPLY without the return address of a PUSH_RETADDR below its arguments")
            }
            let checked = !callNeverRaises(state.accu, argumentCount: operand)
            let result = try apply(state.accu, argumentCount: operand, state, tail: false)!
            state.pop(operand + 3)
            if checked { try checkException(result, state) }
            state.accu = result
            try branchTo(target, state)
            return false
        case .APPLY1, .APPLY2, .APPLY3:
            let n = Int(instruction.opcode.rawValue - Opcode.APPLY1.rawValue) + 1
            let checked = !callNeverRaises(state.accu, argumentCount: n)
            let result = try apply(state.accu, argumentCount: n, state, tail: false)!
            state.pop(n)
            if checked { try checkException(result, state) }
            state.accu = result
        case .APPTERM, .APPTERM1, .APPTERM2, .APPTERM3:
            let n = instruction.opcode == .APPTERM
                ? { if case .twoInts(let n, _) = instruction.operands { n } else { 0 } }()
                : Int(instruction.opcode.rawValue - Opcode.APPTERM1.rawValue) + 1
            _ = try apply(state.accu, argumentCount: n, state, tail: true)
            return false
        case .RETURN, .STOP:
            returnValue(state.accu)
            return false
        case .RESTART, .GRAB:
            throw program.error(at: instruction.position, "\(instruction.opcode.name) inside a function body (only at a closure's entry)")

        // Closures.
        case .CLOSURE:
            guard case .intTarget(let variables, let target) = instruction.operands else { break }
            if let closure = context.staticClosures[target] {
                state.accu = closure
                knownClosures[closure] = target
                break
            }
            if variables > 0 { state.push(state.accu) }
            let block = try allocate(2 + variables, tag: 247, &state)
            recordEnvironment(of: [target], fieldsFrom: 2, variables, state)
            store("ptrtoint (ptr @\(context.symbol(ofEntry: target)) to i32)", into: block, 0)
            store(String(context.arity(ofEntry: target) << 24 | 2 << 1 | 1), into: block, 1)
            storeFields(of: block, from: 2, count: variables, state)
            state.pop(variables)
            state.accu = block
            knownClosures[block] = target
        case .CLOSUREREC:
            guard case .closureRec(let variables, let targets) = instruction.operands else { break }
            if targets.allSatisfy({ context.staticClosures[$0] != nil }) {
                for target in targets {
                    knownClosures[context.staticClosures[target]!] = target
                    state.push(context.staticClosures[target]!)
                }
                state.accu = context.staticClosures[targets[0]]!
                break
            }
            if variables > 0 { state.push(state.accu) }
            let environment = targets.count * 3 - 1
            let block = try allocate(environment + variables, tag: 247, &state)
            recordEnvironment(of: targets, fieldsFrom: environment, variables, state)
            storeFields(of: block, from: environment, count: variables, state)
            state.pop(variables)
            for (i, target) in targets.enumerated() {
                if i > 0 { store(String(3 * i << 10 | 249), into: block, 3 * i - 1) }
                store("ptrtoint (ptr @\(context.symbol(ofEntry: target)) to i32)", into: block, 3 * i)
                store(String(context.arity(ofEntry: target) << 24 | (environment - 3 * i) << 1 | 1), into: block, 3 * i + 1)
                let closure = i == 0 ? block : value("add i32 \(block), \(12 * i)")
                knownClosures[closure] = target
                state.push(closure)
            }
            state.accu = block
        case .OFFSETCLOSUREM3, .OFFSETCLOSURE0, .OFFSETCLOSURE3, .OFFSETCLOSURE:
            state.accu = offsetClosure(instruction)
        case .PUSHOFFSETCLOSUREM3, .PUSHOFFSETCLOSURE0, .PUSHOFFSETCLOSURE3, .PUSHOFFSETCLOSURE:
            state.push(state.accu)
            state.accu = offsetClosure(instruction)

        // Globals.
        case .GETGLOBAL, .PUSHGETGLOBAL:
            guard case .global(let slot) = instruction.operands else { break }
            if instruction.opcode == .PUSHGETGLOBAL { state.push(state.accu) }
            state.accu = global(slot)
            if context.sealedSlots[slot] != nil { sealedBlocks[state.accu] = slot }
        case .GETGLOBALFIELD, .PUSHGETGLOBALFIELD:
            guard case .globalField(let slot, let field) = instruction.operands else { break }
            if instruction.opcode == .PUSHGETGLOBALFIELD { state.push(state.accu) }
            if let constant = context.constantGlobalField(slot, field) {
                state.accu = constant
            } else if let known = moduleField(slot, field, block: nil) {
                state.accu = known
            } else {
                state.accu = load(global(slot), field)
            }
        case .SETGLOBAL:
            guard case .setGlobal(let slot) = instruction.operands else { break }
            // No instruction reads the slot: storing into it would only keep the value alive.
            if !context.unreadSlots.contains(slot) {
                let address = value("getelementptr [\(context.globalCount) x i32], ptr @caml_globals, i32 0, i32 \(slot)")
                emit("store i32 \(state.accu), ptr \(address)")
            }
            state.accu = "1"

        // Blocks.
        case .ATOM0, .PUSHATOM0, .ATOM, .PUSHATOM:
            if instruction.opcode == .PUSHATOM0 || instruction.opcode == .PUSHATOM { state.push(state.accu) }
            state.accu = context.atom(instruction.opcode == .ATOM || instruction.opcode == .PUSHATOM ? operand : 0)
        case .MAKEBLOCK, .MAKEBLOCK1, .MAKEBLOCK2, .MAKEBLOCK3:
            let (size, blockTag): (Int, Int)
            if case .twoInts(let n, let t) = instruction.operands { (size, blockTag) = (n, t) } else {
                (size, blockTag) = (Int(instruction.opcode.rawValue - Opcode.MAKEBLOCK1.rawValue) + 1, operand)
            }
            recordModuleBlock(size: size, state)
            if isDeadExport(instruction) {
                state.pop(size - 1)
                state.accu = "1"
                break
            }
            if context.tupleBlocks.contains(instruction.position) {
                makeTupleWithoutBlock(size: size, &state)
                break
            }
            let block = try allocate(size, tag: blockTag, &state)
            store(state.accu, into: block, 0)
            storeFields(of: block, from: 1, count: size - 1, state)
            state.pop(size - 1)
            state.accu = block
        case .MAKEFLOATBLOCK:
            let block = try allocate(2 * operand, tag: 254, &state)
            copyDouble(from: state.accu, 0, to: block, 0)
            for i in 1..<max(operand, 1) { copyDouble(from: state.peek(i - 1), 0, to: block, 2 * i) }
            state.pop(operand - 1)
            state.accu = block
        case .GETFIELD0, .GETFIELD1, .GETFIELD2, .GETFIELD3, .GETFIELD:
            let field = instruction.opcode == .GETFIELD ? operand : Int(instruction.opcode.rawValue - Opcode.GETFIELD0.rawValue)
            if let slot = sealedBlocks[state.accu], let known = moduleField(slot, field, block: state.accu) {
                state.accu = known
            } else {
                state.accu = load(state.accu, field)
            }
        case .GETFLOATFIELD:
            state.accu = unboxedFloat(doubleOf(state.accu, field: 2 * operand))
        case .SETFIELD0, .SETFIELD1, .SETFIELD2, .SETFIELD3, .SETFIELD:
            let field = instruction.opcode == .SETFIELD ? operand : Int(instruction.opcode.rawValue - Opcode.SETFIELD0.rawValue)
            store(state.peek(0), into: state.accu, field)
            state.pop(1)
            state.accu = "1"
        case .SETFLOATFIELD:
            storeDouble(doubleOf(state.peek(0)), into: state.accu, 2 * operand)
            state.pop(1)
            state.accu = "1"
        case .VECTLENGTH:
            let header = load(state.accu, -1)
            let size = value("lshr i32 \(header), 10")
            let blockTag = value("and i32 \(header), 255")
            let isFloats = value("icmp eq i32 \(blockTag), 254")
            let half = value("lshr i32 \(size), 1")
            state.accu = tag(value("select i1 \(isFloats), i32 \(half), i32 \(size)"))
        case .GETVECTITEM:
            state.accu = load(state.accu, untag(state.peek(0)))
            state.pop(1)
        case .SETVECTITEM:
            store(state.peek(1), into: state.accu, untag(state.peek(0)))
            state.pop(2)
            state.accu = "1"
        case .GETBYTESCHAR, .GETSTRINGCHAR:
            let address = byteAddress(state.accu, state.peek(0))
            let byte = value("load i8, ptr \(address)" + MemoryTag.field.attachment)
            state.accu = tag(value("zext i8 \(byte) to i32"))
            state.pop(1)
        case .SETBYTESCHAR:
            let address = byteAddress(state.accu, state.peek(0))
            let byte = value("trunc i32 \(untag(state.peek(1))) to i8")
            emit("store i8 \(byte), ptr \(address)" + MemoryTag.field.attachment)
            state.pop(2)
            state.accu = "1"
        case .OFFSETREF:
            let old = load(state.accu, 0)
            store(value("add i32 \(old), \(2 * operandSigned(instruction))"), into: state.accu, 0)
            state.accu = "1"
        case .ISINT:
            state.accu = bool(value("trunc i32 \(state.accu) to i1"))

        // Control.
        case .BRANCH:
            guard case .target(let target) = instruction.operands else { break }
            try branchTo(target, state)
            return false
        case .BRANCHIF, .BRANCHIFNOT:
            guard case .target(let target) = instruction.operands else { break }
            let isTrue = value("icmp ne i32 \(state.accu), 1")
            try conditional(isTrue, instruction.opcode == .BRANCHIF ? target : next,
                            instruction.opcode == .BRANCHIF ? next : target, state)
            return false
        case .BEQ, .BNEQ, .BLTINT, .BLEINT, .BGTINT, .BGEINT, .BULTINT, .BUGEINT:
            guard case .intTarget(let wide, let target) = instruction.operands else { break }
            let constant = Int32(truncatingIfNeeded: wide)
            let condition: String
            switch instruction.opcode {
            case .BEQ: condition = value("icmp eq i32 \(constant), \(untag(state.accu))")
            case .BNEQ: condition = value("icmp ne i32 \(constant), \(untag(state.accu))")
            case .BLTINT: condition = value("icmp slt i32 \(constant), \(untag(state.accu))")
            case .BLEINT: condition = value("icmp sle i32 \(constant), \(untag(state.accu))")
            case .BGTINT: condition = value("icmp sgt i32 \(constant), \(untag(state.accu))")
            case .BGEINT: condition = value("icmp sge i32 \(constant), \(untag(state.accu))")
            case .BULTINT: condition = value("icmp ult i32 \(constant), \(untag(state.accu))")
            default: condition = value("icmp uge i32 \(constant), \(untag(state.accu))")
            }
            try conditional(condition, target, next, state)
            return false
        case .SWITCH:
            guard case .switchTable(let ints, let tags) = instruction.operands else { break }
            try lowerSwitch(ints: ints, tags: tags, state)
            return false
        case .BOOLNOT:
            state.accu = value("sub i32 4, \(state.accu)")

        // Exceptions.
        case .PUSHTRAP:
            guard case .target(let handler) = instruction.operands else { break }
            state.slots += [.trap(handler: handler), .filler, .filler, .filler]
        case .POPTRAP:
            state.pop(4)
        case .RAISE, .RERAISE, .RAISE_NOTRACE:
            emit("store i32 \(state.accu), ptr @caml_exn_bucket" + MemoryTag.global.attachment)
            try raise(state)
            return false
        case .CHECK_SIGNALS:
            break

        // Primitives.
        case .C_CALL1, .C_CALL2, .C_CALL3, .C_CALL4, .C_CALL5:
            guard case .primitive(let index) = instruction.operands else { break }
            let n = Int(instruction.opcode.rawValue - Opcode.C_CALL1.rawValue) + 1
            let arguments = [state.accu] + (0..<n - 1).map { state.peek($0) }
            let name = program.primitives[index]
            let result: String
            if let inline = try inlinePrimitive(name, arguments, &state) {
                result = inline
            } else {
                result = try callRuntime(name, arguments, state, primitive: true)
            }
            state.pop(n - 1)
            state.accu = result
        case .C_CALLN:
            guard case .countPrimitive(let n, let index) = instruction.operands else { break }
            state.push(state.accu)
            root(state, accu: true)
            let array = rootedArray(state, from: state.slots.count - 1)
            collectionPoint(state)
            let name = program.primitives[index]
            context.declareArray(name)
            let result = value("call i32 @\(name)(ptr \(array), i32 \(n))")
            try checkException(result, state)
            state.pop(n)
            state.accu = result

        // Integer constants and arithmetic on tagged integers.
        case .CONST0, .CONST1, .CONST2, .CONST3:
            state.accu = String(2 * Int(instruction.opcode.rawValue - Opcode.CONST0.rawValue) + 1)
        case .PUSHCONST0, .PUSHCONST1, .PUSHCONST2, .PUSHCONST3:
            state.push(state.accu)
            state.accu = String(2 * Int(instruction.opcode.rawValue - Opcode.PUSHCONST0.rawValue) + 1)
        case .CONSTINT, .PUSHCONSTINT:
            if instruction.opcode == .PUSHCONSTINT { state.push(state.accu) }
            state.accu = String(Int32(truncatingIfNeeded: 2 * operandSigned(instruction) + 1))
        case .NEGINT:
            state.accu = value("sub i32 2, \(state.accu)")
        case .ADDINT, .SUBINT, .MULINT, .DIVINT, .MODINT, .ANDINT, .ORINT, .XORINT, .LSLINT, .LSRINT, .ASRINT:
            let other = state.peek(0)
            state.pop(1)
            state.accu = try arithmetic(instruction.opcode, state.accu, other, state)
        case .EQ, .NEQ, .LTINT, .LEINT, .GTINT, .GEINT, .ULTINT, .UGEINT:
            let predicate: String = switch instruction.opcode {
            case .EQ: "eq"
            case .NEQ: "ne"
            case .LTINT: "slt"
            case .LEINT: "sle"
            case .GTINT: "sgt"
            case .GEINT: "sge"
            case .ULTINT: "ult"
            default: "uge"
            }
            state.accu = bool(value("icmp \(predicate) i32 \(state.accu), \(state.peek(0))"))
            state.pop(1)
        case .OFFSETINT:
            state.accu = value("add i32 \(state.accu), \(2 * operandSigned(instruction))")

        // Objects.
        case .GETMETHOD:
            let methods = load(state.peek(0), 0)
            state.accu = load(methods, untag(state.accu))
        case .GETPUBMET:
            guard case .publicMethod(let methodTag, _) = instruction.operands else { break }
            state.push(state.accu)
            state.accu = dynamicMethod(state.peek(0), String(Int32(truncatingIfNeeded: 2 * methodTag + 1)))
        case .GETDYNMET:
            state.accu = dynamicMethod(state.peek(0), state.accu)

        case .EVENT, .BREAK:
            throw program.error(at: instruction.position, "\(instruction.opcode.name) (a debugger patch) cannot be compiled")
        }
        return true
    }

    /// Fields `first...` of `block` from the top `count` stack words (top first). Beyond a
    /// few, the words are copied from the root frame, where they were stored before the
    /// allocation, in one loop: no register holds them all at once.
    private func storeFields(of block: String, from first: Int, count: Int, _ state: StackState) {
        if count <= 4 {
            for i in 0..<count { store(state.peek(i), into: block, first + i) }
            return
        }
        let array = rootedArray(state, from: state.slots.count - count)
        let pointer = value("inttoptr i32 \(block) to ptr")
        let fields = value("getelementptr i32, ptr \(pointer), i32 \(first)")
        emit("call void @caml_copy_words(ptr \(fields), ptr \(array), i32 \(count))")
    }

    /// Field `n` of the environment, known to be a closure when the creator said so.
    private func environmentField(_ n: Int) -> String {
        let known = context.table.groups[function.entry] != nil ? context.environmentClosures[function.entry]?[n] : nil
        // Every closure of a function with a static closure is that block: no load.
        if let known, let closure = context.staticClosures[known] {
            knownClosures[closure] = known
            return closure
        }
        let field = load("%env", n)
        if let known { knownClosures[field] = known }
        return field
    }

    /// Records which captured variables (the top `variables` stack words, stored from field
    /// `first` of the block on) are known closures, for the ENVACCs of each function of
    /// `entries` (function i's closure pointer is at field 3i of the block).
    private func recordEnvironment(of entries: [Int], fieldsFrom first: Int, _ variables: Int, _ state: StackState) {
        for k in 0..<variables {
            guard let known = knownClosure(atDepth: state.slots.count - 1 - k, state) else { continue }
            for (i, entry) in entries.enumerated() {
                context.environmentClosures[entry, default: [:]][first + k - 3 * i] = known
            }
        }
    }

    /// A MAKEBLOCK whose block only goes (after a POP) into a global slot no instruction
    /// reads: a module's block of exported values in the program's last module. Leaving it
    /// out changes nothing observable, and the closures it would hold do not escape
    /// (`ProgramEvidence.knownFunctions`).
    private func isDeadExport(_ instruction: Instruction) -> Bool {
        var next = instruction.position + instruction.length
        guard var following = context.table.indexOfPosition[next].map({ program.code[$0] }) else { return false }
        if following.opcode == .POP {
            next = following.position + following.length
            guard let after = context.table.indexOfPosition[next].map({ program.code[$0] }) else { return false }
            following = after
        }
        guard following.opcode == .SETGLOBAL, case .setGlobal(let slot) = following.operands else { return false }
        return context.unreadSlots.contains(slot)
    }

    private func operandSigned(_ instruction: Instruction) -> Int {
        if case .int(let n) = instruction.operands { return Int(Int32(truncatingIfNeeded: n)) }
        return 0
    }

    private func branchTo(_ target: Int, _ state: StackState) throws(LoweringError) {
        try branch(to: target, state)
    }

    private func conditional(_ condition: String, _ ifTrue: Int, _ ifFalse: Int, _ state: StackState) throws(LoweringError) {
        try checkShapeAndEdge(ifTrue, state)
        try checkShapeAndEdge(ifFalse, state)
        emit("br i1 \(condition), label %L\(ifTrue), label %L\(ifFalse)")
    }

    private func lowerSwitch(ints: [Int], tags: [Int], _ state: StackState) throws(LoweringError) {
        storeForJoin(state)
        let unreachable = newLabel(), onInt = newLabel(), onTag = newLabel()
        let isInt = value("trunc i32 \(state.accu) to i1")
        emit("br i1 \(isInt), label %\(onInt), label %\(onTag)")
        for (name, cases, isTag) in [(onInt, ints, false), (onTag, tags, true)] {
            begin(name)
            let key = isTag ? value("and i32 \(load(state.accu, -1)), 255") : untag(state.accu)
            for target in cases { try checkShapeAndEdge(target, state) }
            emit("switch i32 \(key), label %\(unreachable) [" + cases.enumerated().map { "i32 \($0.offset), label %L\($0.element)" }.joined(separator: " ") + "]")
        }
        begin(unreachable)
        emit("unreachable")
    }

    private func offsetClosure(_ instruction: Instruction) -> String {
        let words: Int = switch instruction.opcode {
        case .OFFSETCLOSUREM3, .PUSHOFFSETCLOSUREM3: -3
        case .OFFSETCLOSURE0, .PUSHOFFSETCLOSURE0: 0
        case .OFFSETCLOSURE3, .PUSHOFFSETCLOSURE3: 3
        default: operandSigned(instruction)
        }
        // Inside a CLOSUREREC group, env ± 3k words is the closure of a sibling.
        let group = context.table.groups[function.entry]
        let sibling = group.flatMap { group in
            words % 3 == 0 && group.entries.indices.contains(group.index + words / 3) ? group.entries[group.index + words / 3] : nil
        }
        if let sibling, let closure = context.staticClosures[sibling] {
            knownClosures[closure] = sibling
            return closure
        }
        let closure = words == 0 ? "%env" : value("add i32 %env, \(4 * words)")
        if let sibling { knownClosures[closure] = sibling }
        return closure
    }

    func global(_ slot: Int) -> String {
        if let constant = context.constantGlobal(slot) { return constant }
        let address = value("getelementptr [\(context.globalCount) x i32], ptr @caml_globals, i32 0, i32 \(slot)")
        return value("load i32, ptr \(address)")
    }

    private func copyDouble(from source: String, _ sourceField: Int, to destination: String, _ destinationField: Int) {
        store(load(source, sourceField), into: destination, destinationField)
        store(load(source, sourceField + 1), into: destination, destinationField + 1)
    }

    private func byteAddress(_ block: String, _ index: String) -> String {
        let pointer = value("inttoptr i32 \(block) to ptr")
        return value("getelementptr i8, ptr \(pointer), i32 \(untag(index))")
    }

    private func dynamicMethod(_ object: String, _ methodTag: String) -> String {
        value("call i32 @caml_kiln_dynamic_method(i32 \(object), i32 \(methodTag))")
    }

    private func arithmetic(_ opcode: Opcode, _ a: String, _ b: String, _ state: StackState) throws(LoweringError) -> String {
        switch opcode {
        case .ADDINT: return value("add i32 \(value("add i32 \(a), \(b)")), -1")
        case .SUBINT: return value("add i32 \(value("sub i32 \(a), \(b)")), 1")
        case .MULINT: return value("add i32 \(value("mul i32 \(untag(a)), \(value("sub i32 \(b), 1"))")), 1")
        case .ANDINT: return value("and i32 \(a), \(b)")
        case .ORINT: return value("or i32 \(a), \(b)")
        case .XORINT: return value("or i32 \(value("xor i32 \(a), \(b)")), 1")
        case .LSLINT, .LSRINT, .ASRINT:
            // OCaml leaves shifts outside 0..31 unspecified; masking keeps LLVM from poison.
            let count = value("and i32 \(untag(b)), 31")
            switch opcode {
            case .LSLINT: return value("add i32 \(value("shl i32 \(value("sub i32 \(a), 1")), \(count)")), 1")
            case .LSRINT: return value("or i32 \(value("lshr i32 \(a), \(count)")), 1")
            default: return value("or i32 \(value("ashr i32 \(a), \(count)")), 1")
            }
        default:
            // DIVINT, MODINT: Division_by_zero when the divisor is 0.
            let divisor = untag(b)
            let isZero = value("icmp eq i32 \(divisor), 0")
            let zero = newLabel(), nonzero = newLabel()
            emit("br i1 \(isZero), label %\(zero), label %\(nonzero)")
            begin(zero)
            context.declare("caml_raise_zero_divide", 0)
            emit("call i32 @caml_raise_zero_divide()")
            try raise(state)
            begin(nonzero)
            return tag(value("\(opcode == .DIVINT ? "sdiv" : "srem") i32 \(untag(a)), \(divisor)"))
        }
    }
}
