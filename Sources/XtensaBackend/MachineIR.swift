import XtensaISA

// The Machine IR: plain data between the back end's passes. Selection produces it with
// virtual registers, the allocator replaces them with a0–a15, frame lowering resolves frame
// slots, and emission prints it. Every stage can be printed with `description`.

/// A register: virtual (unbounded, before allocation) or physical (a0–a15 of the current window).
public enum Register: Hashable, Sendable, CustomStringConvertible {
    case virtual(Int)
    case physical(Int)

    public var description: String {
        switch self {
        case .virtual(let n): "%\(n)"
        case .physical(let n): "a\(n)"
        }
    }

    /// The stack pointer of the windowed ABI.
    public static let sp = Register.physical(1)
}

/// One operand of a machine instruction.
public enum MachineOperand: Hashable, Sendable, CustomStringConvertible {
    case register(Register)
    case immediate(Int)
    /// A block of the same function, by `MachineBlock.id`.
    case block(Int)
    /// A symbol plus addend: a call target, or the value of a literal.
    case symbol(String, addend: Int)
    /// An entry of the function's literal pool, by index (the operand of L32R).
    case literal(Int)
    /// A byte offset into a frame object; frame lowering turns it into an SP offset.
    case frame(Int, offset: Int)
    /// The address of jump table n of the function (as a literal's value, or on the `jx`
    /// that uses it, whose following block operands are the table's entries).
    case jumpTable(Int)
    /// A byte offset into the caller's outgoing arguments (the 7th argument word is at 0),
    /// which lie just above this function's frame: frame lowering adds the frame size.
    case incomingArgument(Int)

    public var description: String {
        switch self {
        case .register(let r): r.description
        case .immediate(let n): String(n)
        case .block(let id): "bb\(id)"
        case .symbol(let name, let addend): addend == 0 ? name : "\(name)\(addend > 0 ? "+" : "")\(addend)"
        case .literal(let n): "lit\(n)"
        case .frame(let slot, let offset): "frame\(slot)\(offset == 0 ? "" : "+\(offset)")"
        case .incomingArgument(let offset): "incoming+\(offset)"
        case .jumpTable(let n): "jumptable\(n)"
        }
    }

    var register: Register? {
        if case .register(let r) = self { r } else { nil }
    }
}

/// What a machine instruction does: an Xtensa instruction from the table, or a pseudo
/// instruction that a later pass expands.
public enum MachineOpcode: Hashable, Sendable, CustomStringConvertible {
    case isa(Opcode)
    /// `dst, src`: a register move; the allocator tries to give both the same register and
    /// then deletes it, or emission prints `mov.n`.
    case copy
    /// `dst, frame`: the address of a frame object; becomes ADDI/ADDMI from SP.
    case frameAddress
    /// `target`: a proper tail call (a symbol, or a register holding the callee's address),
    /// its arguments already in a2–a7; `TailCalls` expands it once frame sizes are known.
    case tailCall

    public var description: String {
        switch self {
        case .isa(let op): op.mnemonic
        case .copy: "COPY"
        case .frameAddress: "FRAMEADDR"
        case .tailCall: "TAILCALL"
        }
    }
}

/// One machine instruction. Operands are in assembly order; which register operands are
/// written is a property of the opcode (`definedOperands`). Calls and returns also name the
/// ABI registers they read and write implicitly.
public struct MachineInstruction: Hashable, Sendable, CustomStringConvertible {
    /// What the instruction does.
    public var opcode: MachineOpcode
    /// Operands in assembly order.
    public var operands: [MachineOperand]
    /// Registers read without being operands: a call's argument registers, a return's result.
    public var implicitUses: [Register] = []
    /// Registers written without being operands: everything a call clobbers.
    public var implicitDefs: [Register] = []
    /// The source position (`file:line:column`) of the IR instruction this was selected
    /// from, when the IR carries debug locations; the listing prints it as a comment.
    /// Not part of the instruction's identity.
    public var location: String?

    public static func == (a: MachineInstruction, b: MachineInstruction) -> Bool {
        a.opcode == b.opcode && a.operands == b.operands && a.implicitUses == b.implicitUses && a.implicitDefs == b.implicitDefs
    }

    /// Opcode and operands only: enough to tell instructions apart (equal instructions still
    /// hash equally), without hashing the eight clobbers of every call.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(opcode)
        hasher.combine(operands)
    }

    /// An instruction with explicit operands and, for calls and returns, implicit registers.
    public init(_ opcode: MachineOpcode, _ operands: [MachineOperand],
                implicitUses: [Register] = [], implicitDefs: [Register] = []) {
        self.opcode = opcode
        self.operands = operands
        self.implicitUses = implicitUses
        self.implicitDefs = implicitDefs
    }

    /// An instruction from the table: `MachineInstruction(.addi, .register(r), .register(s), .immediate(4))`.
    public init(_ opcode: Opcode, _ operands: MachineOperand...) {
        self.init(.isa(opcode), operands)
    }

    /// The index of the register operand this instruction writes, if any (at most one).
    public var definedOperand: Int? {
        switch opcode {
        case .copy, .frameAddress: return 0
        case .tailCall: return nil
        case .isa(let op):
            guard !op.writesNoOperand, case .register = operands.first else { return nil }
            return 0
        }
    }

    /// Indices of register operands this instruction writes.
    public var definedOperands: [Int] { definedOperand.map { [$0] } ?? [] }

    /// Indices of register operands this instruction reads (conditional moves read their
    /// destination too: it keeps its value when the condition fails).
    public var usedOperands: [Int] {
        var result: [Int] = []
        forEachUsedOperand { result.append($0) }
        return result
    }

    /// Calls `body` with the index of each register operand read, in order. The passes that
    /// visit every instruction (liveness, allocation) use these visitors rather than `uses`
    /// and `defs`, which build arrays.
    @inline(__always)
    public func forEachUsedOperand(_ body: (Int) throws -> Void) rethrows {
        let defined = definedOperand
        let readsDestination = if case .isa(let op) = opcode { op.isConditionalMove } else { false }
        for i in operands.indices {
            guard case .register = operands[i], readsDestination || i != defined else { continue }
            try body(i)
        }
    }

    /// Calls `body` with each register read, explicit then implicit (the order of `uses`).
    @inline(__always)
    public func forEachUse(_ body: (Register) throws -> Void) rethrows {
        try forEachUsedOperand { i in if case .register(let r) = operands[i] { try body(r) } }
        for r in implicitUses { try body(r) }
    }

    /// Calls `body` with each register written, explicit then implicit (the order of `defs`).
    @inline(__always)
    public func forEachDef(_ body: (Register) throws -> Void) rethrows {
        if let d = definedOperand, case .register(let r) = operands[d] { try body(r) }
        for r in implicitDefs { try body(r) }
    }

    /// All registers read, explicit then implicit.
    public var uses: [Register] {
        var result: [Register] = []
        forEachUse { result.append($0) }
        return result
    }
    /// All registers written, explicit then implicit.
    public var defs: [Register] {
        var result: [Register] = []
        forEachDef { result.append($0) }
        return result
    }

    /// Blocks this instruction may transfer control to.
    public var targets: [Int] {
        operands.compactMap { if case .block(let id) = $0 { id } else { nil } }
    }

    /// True for instructions after which control never falls through.
    public var isBarrier: Bool {
        switch opcode {
        case .tailCall: return true
        case .isa(.j), .isa(.jx), .isa(.retw), .isa(.retwN), .isa(.ret), .isa(.retN), .isa(.ill): return true
        default: return false
        }
    }

    public var description: String {
        var text = opcode.description
        if !operands.isEmpty { text += " " + operands.map(\.description).joined(separator: ", ") }
        if !implicitUses.isEmpty { text += " uses(\(implicitUses.map(\.description).joined(separator: ", ")))" }
        if !implicitDefs.isEmpty { text += " defs(\(implicitDefs.map(\.description).joined(separator: ", ")))" }
        return text
    }
}

extension Opcode {
    /// Instructions whose first register operand is read, not written: stores, branches,
    /// indirect jumps and calls, shift-amount setters.
    var writesNoOperand: Bool { Opcode.writingNoOperand[index] }

    /// `writesNoOperand` by `Opcode.index`: asked for every instruction by every pass.
    private static let writingNoOperand: [Bool] = allCases.map { op in
        switch op {
        case .s8i, .s16i, .s32i, .s32iN, .s32ri, .ssr, .ssl, .ssa8l, .ssa8b, .jx, .callx0, .callx4, .callx8, .callx12,
             .wsr, .wur, .entry, .movsp:
            return true
        default:
            // Everything else with a PC-relative operand but L32R is a branch or LOOP.
            return op.definition.targetOperand != nil && op != .l32r
        }
    }

    /// MOVEQZ and friends: the destination keeps its old value when the test fails.
    var isConditionalMove: Bool {
        switch self {
        case .moveqz, .movnez, .movltz, .movgez: true
        default: false
        }
    }

    var isCall: Bool {
        switch self {
        case .call0, .call4, .call8, .call12: true
        default: false
        }
    }
}

/// A basic block: a label and straight-line code ending in branches, a jump or a return
/// (a block may also end without one and fall through to the next block in layout order).
public struct MachineBlock: Hashable, Sendable {
    /// Stable identity, used by branch operands; independent of layout position.
    public let id: Int
    /// The code, in order.
    public var instructions: [MachineInstruction] = []

    /// An empty block.
    public init(id: Int) { self.id = id }

    /// Successor block ids, in the order their branches appear.
    public var successors: [Int] { instructions.flatMap(\.targets) }
}

/// Memory a function owns in its frame: an `alloca` or a spill slot.
public struct FrameObject: Hashable, Sendable {
    public var size: Int
    public var alignment: Int
    /// A register allocator's spill slot rather than an `alloca`: the first `spillArea`
    /// bytes of them lie nearest SP, in reach of L32I/S32I; the rest above the allocas.
    public var isSpillSlot = false

    /// Bytes reserved for spill slots below the locals: selection counts on locals starting
    /// no higher than this when it decides whether a local is in reach of an immediate offset.
    public static let spillArea = 256
}

/// A function in Machine IR.
public struct MachineFunction: Sendable, CustomStringConvertible {
    /// The symbol name.
    public var name: String
    /// Whether the symbol is visible to other objects.
    public var isGlobal: Bool
    /// Blocks in layout order; the first is the entry.
    public var blocks: [MachineBlock] = []
    /// Allocas and spill slots, indexed by `MachineOperand.frame`.
    public var frameObjects: [FrameObject] = []
    /// The literal pool: values L32R loads (constants too large for MOVI, symbol addresses).
    public var literals: [MachineOperand] = []
    /// Number of virtual registers handed out so far.
    public var virtualCount = 0
    /// Number of jump tables made so far.
    public var jumpTableCount = 0
    /// Bytes at the bottom of the frame (from SP) for arguments beyond the sixth of the calls
    /// this function makes; known before selection, since allocas are placed above it.
    public var outgoingArgumentSize = 0
    /// The ENTRY frame size, once frame lowering has run.
    public var frameSize: Int?
    /// The register holding SP as it was after ENTRY, in functions that move SP (dynamic
    /// allocas): frame objects and incoming arguments are addressed from it. Never allocated.
    public var framePointer: Register?

    /// An empty function.
    public init(name: String, isGlobal: Bool) {
        self.name = name
        self.isGlobal = isGlobal
    }

    /// A fresh virtual register.
    public mutating func newVirtual() -> Register {
        defer { virtualCount += 1 }
        return .virtual(virtualCount)
    }

    /// Index of the literal holding `value`, adding it to the pool if new.
    public mutating func literal(_ value: MachineOperand) -> Int {
        if let index = literals.firstIndex(of: value) { return index }
        literals.append(value)
        return literals.count - 1
    }

    /// Whether any instruction is a call (the frame then needs the callee's save area).
    public var hasCalls: Bool {
        blocks.contains { $0.instructions.contains { !$0.implicitDefs.isEmpty } }
    }

    /// The text form used by tests and `--print-mir` style dumps.
    public var description: String {
        var lines = ["function \(name)\(frameSize.map { " frame \($0)" } ?? ""):"]
        for (i, literal) in literals.enumerated() { lines.append("  lit\(i) = \(literal)") }
        for (i, object) in frameObjects.enumerated() { lines.append("  frame\(i) = \(object.size) bytes, align \(object.alignment)") }
        for block in blocks {
            lines.append("bb\(block.id):")
            lines += block.instructions.map { "  " + $0.description }
        }
        return lines.joined(separator: "\n")
    }
}

/// Initialised data: a global variable's bytes and the symbols its words point to.
public struct MachineData: Sendable {
    /// The symbol name.
    public var name: String
    /// Whether the symbol is visible to other objects.
    public var isGlobal: Bool
    /// Read-only data (`.rodata`) rather than `.data`/`.bss`.
    public var isConstant: Bool
    /// Required alignment in bytes.
    public var alignment: Int
    /// The initial contents, relocated words zero.
    public var bytes: [UInt8]
    /// (byte offset, symbol, addend) for each pointer-sized word that holds an address.
    public var relocations: [(offset: Int, symbol: String, addend: Int)]

    /// All bytes zero and nothing relocated: the global can live in .bss.
    public var isZero: Bool { relocations.isEmpty && bytes.allSatisfy { $0 == 0 } }
}

/// A whole translation unit in Machine IR.
public struct MachineModule: Sendable {
    /// The defined functions, in module order.
    public var functions: [MachineFunction] = []
    /// The defined global variables, in module order.
    public var data: [MachineData] = []
}

extension MachineFunction {
    /// Each block's successors as layout indices: its branch targets, then the next block
    /// unless the block ends in a barrier (it falls through). What dataflow and loop
    /// analyses walk.
    var layoutSuccessors: [[Int]] {
        let index = Dictionary(uniqueKeysWithValues: blocks.enumerated().map { ($1.id, $0) })
        return blocks.enumerated().map { b, block in
            var next = block.successors.compactMap { index[$0] }
            if block.instructions.last?.isBarrier != true, b + 1 < blocks.count { next.append(b + 1) }
            return next
        }
    }
}
