import OCamlFrontend

/// Primitives whose common case native code does inline (Docs/ocaml-frontend.md, "Inline
/// primitives"): a test picks the fast path, and anything else (a bound violated, a float
/// array, a structured comparison) calls the runtime's primitive itself, so the runtime
/// stays the one definition of every corner case (and raises the exceptions).
enum InlinePrimitive {
    /// Polymorphic comparison returning a boolean: when both operands are integers, the
    /// tagged words compare as the integers do.
    case compare(predicate: String)
    /// `compare` (total, -1/0/1) on two integers; `caml_int_compare` needs no test at all.
    case threeWay(alwaysIntegers: Bool)
    /// `Bytes.get`/`String.get` with the bound from the string's padding byte.
    case byteGet
    case byteSet
    /// `a.(i)`: `addr` arrays need only the bound; generic ones also not a float array.
    case arrayGet(generic: Bool, checked: Bool)
    case arraySet(generic: Bool)
    /// Float arithmetic and comparisons on doubles; results stay unboxed while they can
    /// (FloatUnboxing.swift).
    case floatArithmetic(instruction: String)
    case floatCompare(predicate: String)
    case floatOfInt
    /// `String.length`/`Bytes.length`: from the header and the padding byte, no call.
    case byteLength
    /// `Bytes.blit`'s primitive (the OCaml side checked the bounds): LLVM's memmove.
    case blit
    /// `Bytes.create` of a short string: allocated inline like a block of known size.
    case createBytes
    /// A runtime primitive that can neither run the collector nor raise (it allocates
    /// nothing, on the OCaml heap or through `Roots`, and calls nothing that does): a plain
    /// call, with nothing rooted before it, nothing reloaded after it and no exception test
    /// (`leafPrimitives` says how each was checked).
    case leafCall
    /// `Bytes.unsafe_of_string`/`unsafe_to_string`: the runtime's functions return their
    /// argument (strings and bytes are the same blocks).
    case identity

    static let table: [String: InlinePrimitive] = [
        "caml_equal": .compare(predicate: "eq"), "caml_notequal": .compare(predicate: "ne"),
        "caml_lessthan": .compare(predicate: "slt"), "caml_lessequal": .compare(predicate: "sle"),
        "caml_greaterthan": .compare(predicate: "sgt"), "caml_greaterequal": .compare(predicate: "sge"),
        "caml_compare": .threeWay(alwaysIntegers: false), "caml_int_compare": .threeWay(alwaysIntegers: true),
        "caml_string_get": .byteGet, "caml_bytes_get": .byteGet, "caml_bytes_set": .byteSet,
        "caml_array_get_addr": .arrayGet(generic: false, checked: true),
        "caml_array_get": .arrayGet(generic: true, checked: true),
        "caml_array_unsafe_get": .arrayGet(generic: true, checked: false),
        "caml_array_set_addr": .arraySet(generic: false), "caml_array_set": .arraySet(generic: true),
        "caml_add_float": .floatArithmetic(instruction: "fadd"), "caml_sub_float": .floatArithmetic(instruction: "fsub"),
        "caml_mul_float": .floatArithmetic(instruction: "fmul"), "caml_div_float": .floatArithmetic(instruction: "fdiv"),
        "caml_neg_float": .floatArithmetic(instruction: "fneg"),
        "caml_eq_float": .floatCompare(predicate: "oeq"), "caml_neq_float": .floatCompare(predicate: "une"),
        "caml_lt_float": .floatCompare(predicate: "olt"), "caml_le_float": .floatCompare(predicate: "ole"),
        "caml_gt_float": .floatCompare(predicate: "ogt"), "caml_ge_float": .floatCompare(predicate: "oge"),
        "caml_float_of_int": .floatOfInt,
        "caml_ml_string_length": .byteLength, "caml_ml_bytes_length": .byteLength,
        "caml_blit_bytes": .blit, "caml_blit_string": .blit, "caml_create_bytes": .createBytes,
        "caml_bytes_of_string": .identity, "caml_string_of_bytes": .identity,
    ].merging(leafPrimitives.map { ($0, .leafCall) }, uniquingKeysWith: { inline, _ in inline })

    /// Primitives that never allocate and never raise, each checked in its runtime source
    /// (Runtime/OCaml): `caml_hash` (Hash.swift: mixes words; the breadth-first walk's queue
    /// is the static `kiln_hash_queue`, no OCaml allocation, no `Roots`, no raise), and the
    /// string and bytes comparisons (Strings.swift: `stringsEqual`/`compareStrings` read
    /// the two blocks' lengths and bytes and return `valBool`/`valInt`). A wrong entry here
    /// lets the collector miss or move nothing it should see: a value held in a register
    /// across a collection (GC corruption), or an exception sentinel taken for a result. Not
    /// listed, on purpose: `caml_compare`/`caml_equal` & co. (raise `Invalid_argument` on
    /// functional values, which allocates the exception), `caml_string_get` & co. (raise on
    /// a bad index).
    static let leafPrimitives: [String] = [
        "caml_hash",
        "caml_string_equal", "caml_string_notequal", "caml_string_compare",
        "caml_string_lessthan", "caml_string_lessequal", "caml_string_greaterthan", "caml_string_greaterequal",
        "caml_bytes_equal", "caml_bytes_notequal", "caml_bytes_compare",
        "caml_bytes_lessthan", "caml_bytes_lessequal", "caml_bytes_greaterthan", "caml_bytes_greaterequal",
    ]
}

extension InlinePrimitive {
    /// True when the inline form has no slow path that can collect: it calls nothing, or
    /// only a primitive that cannot collect, so it is no reason for a root frame
    /// (Int.compare's closure body, a string's length, a float comparison, a hash).
    var neverCalls: Bool {
        switch self {
        case .threeWay(alwaysIntegers: true), .byteLength, .floatCompare, .leafCall, .identity: true
        default: false
        }
    }
}

extension FunctionLowering {
    /// True for a C_CALL whose primitive is inlined without any call (`neverCalls`).
    func callsNothing(_ instruction: Instruction) -> Bool {
        guard case .primitive(let index) = instruction.operands else { return false }
        return InlinePrimitive.table[program.primitives[index]]?.neverCalls ?? false
    }

    /// The primitive `name` applied to `arguments` (accumulator first) inline, or nil when
    /// it has no inline form. The state's values may be reloaded (see `fastPath`).
    func inlinePrimitive(_ name: String, _ arguments: [String], _ state: inout StackState) throws(LoweringError) -> String? {
        guard let primitive = InlinePrimitive.table[name] else { return nil }
        let a = materialize(arguments[0]), b = arguments.count > 1 ? materialize(arguments[1]) : ""
        switch primitive {
        case .compare(let predicate):
            return try polymorphicComparison(name, a, b, integers: { self.bool(self.value("icmp \(predicate) i32 \(a), \(b)")) }, &state)
        case .threeWay(let alwaysIntegers):
            let ordered = { () -> String in
                let greater = self.value("zext i1 \(self.value("icmp sgt i32 \(a), \(b)")) to i32")
                let less = self.value("zext i1 \(self.value("icmp slt i32 \(a), \(b)")) to i32")
                return self.tag(self.value("sub i32 \(greater), \(less)"))
            }
            if alwaysIntegers { return ordered() }
            return try polymorphicComparison(name, a, b, integers: ordered, &state)
        case .byteGet, .byteSet:
            let index = untag(b)
            let inBounds = value("icmp ult i32 \(index), \(byteLength(a))")
            let address = { self.value("getelementptr i8, ptr \(self.value("inttoptr i32 \(a) to ptr")), i32 \(index)") }
            if case .byteGet = primitive {
                return try boundsChecked(inBounds, { self.tag(self.value("zext i8 \(self.value("load i8, ptr \(address())" + MemoryTag.field.attachment)) to i32")) }, state)
            }
            let c = materialize(arguments[2])
            return try boundsChecked(inBounds, {
                let byte = self.value("trunc i32 \(self.untag(c)) to i8")
                self.emit("store i8 \(byte), ptr \(address())" + MemoryTag.field.attachment)
                return "1"
            }, state)
        case .arrayGet(let generic, let checked):
            let condition = arrayCondition(a, untag(b), generic: generic, checked: checked)
            let get = { self.load(a, self.untag(b)) }
            // A generic access's other path reads a float array; a typed one's only raises.
            return try generic ? fastPath(condition, get, orCall: name, [a, b], &state) : boundsChecked(condition, get, state)
        case .arraySet(let generic):
            let c = materialize(arguments[2])
            let condition = arrayCondition(a, untag(b), generic: generic, checked: true)
            let set = { () -> String in
                self.store(c, into: a, self.untag(b))
                return "1"
            }
            return try generic ? fastPath(condition, set, orCall: name, [a, b, c], &state) : boundsChecked(condition, set, state)
        case .floatArithmetic(let instruction):
            return unboxedFloat(instruction == "fneg" ? value("fneg double \(doubleOf(a))")
                : value("\(instruction) double \(doubleOf(a)), \(doubleOf(b))"))
        case .floatCompare(let predicate):
            return bool(value("fcmp \(predicate) double \(doubleOf(a)), \(doubleOf(b))"))
        case .floatOfInt:
            return unboxedFloat(value("sitofp i32 \(untag(a)) to double"))
        case .byteLength:
            return tag(byteLength(a))
        case .blit:
            // caml_blit_bytes(src, srcoff, dst, dstoff, len): nothing when len <= 0.
            let (c, d, e) = (materialize(arguments[2]), materialize(arguments[3]), materialize(arguments[4]))
            let length = untag(e)
            let copy = newLabel(), done = newLabel()
            emit("br i1 \(value("icmp sgt i32 \(length), 0")), label %\(copy), label %\(done)")
            begin(copy)
            let source = value("getelementptr i8, ptr \(value("inttoptr i32 \(a) to ptr")), i32 \(untag(b))")
            let destination = value("getelementptr i8, ptr \(value("inttoptr i32 \(c) to ptr")), i32 \(untag(d))")
            context.declare("llvm.memmove.p0.p0.i32", line: "declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)")
            emit("call void @llvm.memmove.p0.p0.i32(ptr \(destination), ptr \(source), i32 \(length), i1 false)")
            emit("br label %\(done)")
            begin(done)
            return "1"
        case .createBytes:
            return try createBytes(a, &state)
        case .leafCall:
            context.declarePrimitive(name, arguments.count)
            let values = arguments.indices.map { $0 == 0 ? a : $0 == 1 ? b : materialize(arguments[$0]) }
            return value("call i32 @\(name)(" + values.map { "i32 \($0)" }.joined(separator: ", ") + ")")
        case .identity:
            return a
        }
    }

    /// Strings up to this many bytes are allocated inline (longer ones, and bad lengths,
    /// by caml_create_bytes, which also raises).
    static let inlineStringLimit = 256

    /// A string block for `length` (tagged) bytes, as caml_alloc_string makes it: the last
    /// word zero but for its last byte, the padding count. The bump-pointer fast path of
    /// `allocate` with the size computed at run time.
    private func createBytes(_ length: String, _ state: inout StackState) throws(LoweringError) -> String {
        let n = untag(length)
        let short = value("icmp ult i32 \(n), \(Self.inlineStringLimit)")
        let wosize = value("lshr i32 \(value("add i32 \(n), 4")), 2")
        let room = bumpTest(bytes: value("shl i32 \(value("add i32 \(wosize), 1")), 2"))
        return try fastPath(value("and i1 \(short), \(room.fits)"), {
            let block = self.bump(room, header: self.value("or i32 \(self.value("shl i32 \(wosize), 10")), 252"))
            self.store("0", into: block, self.value("add i32 \(wosize), -1"))
            let last = self.value("add i32 \(self.value("shl i32 \(wosize), 2")), -1")
            let padding = self.value("trunc i32 \(self.value("sub i32 \(last), \(n)")) to i8")
            let address = self.value("getelementptr i8, ptr \(self.value("inttoptr i32 \(block) to ptr")), i32 \(last)")
            self.emit("store i8 \(padding), ptr \(address)")
            return block
        }, orCall: "caml_create_bytes", [length], &state)
    }

    func bothIntegers(_ a: String, _ b: String) -> String {
        value("trunc i32 \(value("and i32 \(a), \(b)")) to i1")
    }

    /// An OCaml string's length: its words' bytes less 1 and less the last byte.
    private func byteLength(_ s: String) -> String {
        let bytes = value("shl i32 \(value("lshr i32 \(load(s, -1)), 10")), 2")
        let last = value("getelementptr i8, ptr \(value("inttoptr i32 \(s) to ptr")), i32 \(value("add i32 \(bytes), -1"))")
        let padding = value("zext i8 \(value("load i8, ptr \(last)" + MemoryTag.padding.attachment)) to i32")
        return value("sub i32 \(value("add i32 \(bytes), -1")), \(padding)")
    }

    /// Index within the array's words (unsigned: negative indices fail too), and for a
    /// generic access also not a float array (tag 254, whose elements are unboxed).
    private func arrayCondition(_ array: String, _ index: String, generic: Bool, checked: Bool) -> String {
        let header = load(array, -1)
        var condition = "true"
        if checked { condition = value("icmp ult i32 \(index), \(value("lshr i32 \(header), 10"))") }
        if generic {
            let notFloats = value("icmp ne i32 \(value("and i32 \(header), 255")), 254")
            condition = checked ? value("and i1 \(condition), \(notFloats)") : notFloats
        }
        return condition
    }
}
