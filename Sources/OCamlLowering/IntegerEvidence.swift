import OCamlFrontend

/// Where a value of a function's symbolic execution comes from, named so that both
/// lowerings of the function (`RootFacts`) agree on it whatever SSA names they chose.
/// Depth -1 is the accumulator.
enum ValueSite: Hashable {
    /// A literal or a constant expression: an integer or static data, never in the heap.
    case constant
    /// What a stack word or the accumulator holds at the start of the block at `block`.
    case entry(block: Int, depth: Int)
    /// A value the instruction at `position` made, left at `depth` (or in the accumulator).
    case result(position: Int, depth: Int)
    /// The argument the function receives at stack depth `depth` of its body's first block:
    /// known only when every caller is known (`ProgramEvidence`).
    case parameter(depth: Int)
}

/// Which values need no root-frame word: the collector ignores integers and never frees
/// static data (Docs/abi.md, "Values that need no root"). The evidence comes from the
/// instructions, in two kinds:
///
/// * Results of integer instructions are tagged integers (ADDINT computes `a + b - 1`, odd
///   for any two words; comparisons give 1 or 3; OFFSETINT, NEGINT and BOOLNOT keep an
///   integer operand an integer).
/// * Operands of int-only instructions are integers in any program ocamlc accepted: it emits
///   ADDINT, LTINT, OFFSETINT, BLTINT, ... only where the type is `int` (or an immediate
///   type, whose values are all integers); within one block a value has one type, so one
///   integer use types every use of the same SSA value (see below). `Obj.magic` can break
///   that (ocamlopt would not root such a value either). EQ, NEQ, BEQ and BNEQ are `==`,
///   which compares pointers too, and BRANCHIF tests lists: those are no evidence.
///
/// Every site is a value of one block (values are renamed at each block's entry), and a
/// block's code is in one scope of GADT type equations (a match branches), so an integer
/// use proves the value for its whole block. A block's entry value is also an integer when
/// every edge into the block brings one (loops: the greatest such set).
struct IntegerEvidence {
    /// Sites known to hold integers (or static data).
    private(set) var sites: Set<ValueSite> = [.constant]
    /// The sites each edge brings into each block-entry site (nil: a value of no known site).
    private var incoming: [ValueSite: [ValueSite?]] = [:]

    mutating func insert(_ site: ValueSite?) {
        if let site { sites.insert(site) }
    }

    /// Records that an edge brings the value of `source` into the entry site `entry`.
    mutating func edge(into entry: ValueSite, from source: ValueSite?) {
        incoming[entry, default: []].append(source)
    }

    /// The sites that need no root: the evidence, and forwards the entry sites every edge
    /// of which brings a proven value (the greatest fixed point, so that loops keep their
    /// integers). Never backwards (from a proven entry to what its edges bring): with GADTs
    /// a value can be an `int` in one branch of a match and a pointer in another, so an
    /// integer use in one block says nothing about the values flowing into it — only about
    /// the values of its own block, whose code is all in one scope of the match.
    func conclusions() -> Set<ValueSite> {
        Self.greatestFixedPoint(proven: sites, incoming: incoming)
    }

    /// The facts one lowering found, for the program-wide analysis (`ProgramEvidence`).
    var facts: (proven: Set<ValueSite>, incoming: [ValueSite: [ValueSite?]]) { (sites, incoming) }

    /// `proven`, and the nodes every incoming edge of which brings a proven node or one of
    /// this set (the greatest such set: a loop, or a recursion, keeps its integers). A nil
    /// source is a value of no known node. Sound because every value at run time was made
    /// by a finite chain of edges from a proven node.
    static func greatestFixedPoint<Node: Hashable>(proven: Set<Node>, incoming: [Node: [Node?]]) -> Set<Node> {
        var candidates = Set(incoming.keys).subtracting(proven)
        // A worklist: a candidate is checked again only when one of its sources dropped out.
        var users: [Node: [Node]] = [:]
        for (node, sources) in incoming where candidates.contains(node) {
            for case let source? in sources where candidates.contains(source) { users[source, default: []].append(node) }
        }
        var work = Array(candidates)
        while let node = work.popLast() {
            guard candidates.contains(node) else { continue }
            if incoming[node]!.contains(where: { source in source.map { !proven.contains($0) && !candidates.contains($0) } ?? true }) {
                candidates.remove(node)
                work += users[node] ?? []
            }
        }
        return proven.union(candidates)
    }

    /// The operands an int-only instruction reads as integers: -1 is the accumulator, k the
    /// stack word k below the top (before the instruction pops anything).
    static func integerOperands(of opcode: Opcode) -> [Int] {
        switch opcode {
        case .ADDINT, .SUBINT, .MULINT, .DIVINT, .MODINT, .ANDINT, .ORINT, .XORINT, .LSLINT, .LSRINT, .ASRINT,
             .LTINT, .LEINT, .GTINT, .GEINT, .ULTINT, .UGEINT:
            return [-1, 0]
        case .NEGINT, .OFFSETINT, .BOOLNOT, .GETMETHOD,
             .BLTINT, .BLEINT, .BGTINT, .BGEINT, .BULTINT, .BUGEINT:
            return [-1]
        // The index (and for SETBYTESCHAR the character).
        case .GETVECTITEM, .GETBYTESCHAR, .GETSTRINGCHAR, .SETVECTITEM: return [0]
        case .SETBYTESCHAR: return [0, 1]
        default: return []
        }
    }

    /// Instructions whose result (the accumulator after them) is always an integer.
    static let integerResults: Set<Opcode> = [
        .ADDINT, .SUBINT, .MULINT, .DIVINT, .MODINT, .ANDINT, .ORINT, .XORINT, .LSLINT, .LSRINT, .ASRINT,
        .NEGINT, .OFFSETINT, .BOOLNOT, .ISINT, .VECTLENGTH, .GETBYTESCHAR, .GETSTRINGCHAR,
        .EQ, .NEQ, .LTINT, .LEINT, .GTINT, .GEINT, .ULTINT, .UGEINT,
    ]
}
