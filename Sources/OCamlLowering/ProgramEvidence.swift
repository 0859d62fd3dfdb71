/// A direct call of a known function (`FunctionLowering.apply`: a closure of a known entry
/// applied to as many arguments as its arity).
struct KnownCall {
    /// The callee's entry.
    var callee: Int
    /// The sites of the arguments, first argument first (nil: not known).
    var arguments: [ValueSite?]
    /// The site of the call's result in the caller; nil for a tail call, whose result is the
    /// caller's result.
    var result: ValueSite?
    /// The first argument, when a tuple whose fields could be passed instead (`TupledParameters`).
    var tuple: TupleArgument? = nil
}

/// What one lowering of a function found, for the program-wide evidence.
struct LoweringFacts {
    /// The function's own evidence (`IntegerEvidence.facts`).
    var proven: Set<ValueSite>
    var incoming: [ValueSite: [ValueSite?]]
    /// Its direct calls of known functions.
    var calls: [KnownCall]
    /// The sites of the values it returns (RETURN, and nil for a tail call of an unknown
    /// closure); tail calls of known functions are in `calls`. Raising returns no result.
    var returns: [ValueSite?]
}

/// Interprocedural integer evidence (Docs/abi.md, "Values that need no root"): the
/// per-function evidence of every function joined into one graph with two more kinds of
/// edge, both forwards (from where a value is made to where it arrives, never back):
///
/// * each argument of a direct call of a *known* function → the callee's parameter. A
///   function is known when its closure is static and appears nowhere in the program but as
///   the environment of direct calls of that function (`knownFunctions`): nothing else can
///   apply it, so its direct calls are all its calls. Any other function's parameters have
///   an unknown caller.
/// * every result of a function (RETURN's accumulator; a tail call's callee's result) →
///   the result of each direct call of it.
///
/// The greatest fixed point of the joined graph then proves, for `let rec tak x y z = ...`,
/// that `z` (only passed along) and each `tak` result are integers.
enum ProgramEvidence {
    /// A node of the program-wide graph.
    enum Node: Hashable {
        /// A site of the function of the given entry.
        case site(Int, ValueSite)
        /// What the function of the given entry returns.
        case result(Int)
    }

    /// The sites that need no root, by function entry.
    static func unrooted(_ facts: [Int: LoweringFacts], known: Set<Int>, arities: (Int) -> Int) -> [Int: Set<ValueSite>] {
        var proven: Set<Node> = []
        var incoming: [Node: [Node?]] = [:]
        for entry in known {
            for depth in 0..<arities(entry) { incoming[.site(entry, .parameter(depth: depth))] = [] }
        }
        for (entry, fact) in facts {
            for site in fact.proven { proven.insert(.site(entry, site)) }
            for (site, sources) in fact.incoming {
                incoming[.site(entry, site), default: []] += sources.map { $0.map { .site(entry, $0) } }
            }
            incoming[.result(entry), default: []] += fact.returns.map { $0.map { .site(entry, $0) } }
            for call in fact.calls {
                let calleeResult = Node.result(call.callee)
                if let result = call.result {
                    incoming[.site(entry, result), default: []].append(calleeResult)
                } else {
                    incoming[.result(entry), default: []].append(calleeResult)
                }
                guard known.contains(call.callee) else { continue }
                let arity = call.arguments.count
                for (i, argument) in call.arguments.enumerated() {
                    incoming[.site(call.callee, .parameter(depth: arity - 1 - i))]!.append(argument.map { .site(entry, $0) })
                }
            }
        }
        var sites: [Int: Set<ValueSite>] = [:]
        for node in IntegerEvidence.greatestFixedPoint(proven: proven, incoming: incoming) {
            if case .site(let entry, let site) = node { sites[entry, default: []].insert(site) }
        }
        return sites
    }

    /// The functions with a static closure (`ProgramContext.staticClosures`) that the given
    /// function definitions (LLVM text) mention only as the environment of a direct call of
    /// the function itself: `call i32 @caml_fun_E(i32 <its closure>, ...`. Any other
    /// mention (a phi, a store into a block or a frame word, an argument, a return, a load
    /// of its code pointer) may let the closure reach an application Kiln cannot see; so
    /// may the function's own `%env` (the closure it was applied to), if its body names it.
    static func knownFunctions(_ definitions: [(entry: Int, text: String)], _ context: ProgramContext) -> Set<Int> {
        var entryOfClosure: [String: Int] = [:]
        for (entry, closure) in context.staticClosures { entryOfClosure[closure] = entry }
        var escaping: Set<Int> = []
        // Every static closure operand is `ptrtoint (ptr getelementptr (i8, ptr @caml_closure_E, i32 K) to i32)`.
        let prefix = Array("ptrtoint (ptr getelementptr (i8, ptr ".utf8), block = Array("@caml_closure_".utf8)
        let suffix = Array(") to i32)".utf8), env = Array("%env".utf8)
        for (entry, definition) in definitions {
            let bytes = Array(definition.utf8)
            // The `define` line names `%env` once.
            if occurrences(of: env, in: bytes).count > 1 { escaping.insert(entry) }
            for hit in occurrences(of: block, in: bytes) {
                let start = hit - prefix.count
                guard start >= 0, Array(bytes[start..<hit]) == prefix,
                      let close = occurrences(of: suffix, in: bytes, from: hit).first else { return [] }
                let end = close + suffix.count
                guard let closureEntry = entryOfClosure[String(decoding: bytes[start..<end], as: UTF8.self)] else { return [] }
                let call = Array("call i32 @\(context.symbol(ofEntry: closureEntry))(i32 ".utf8)
                let isEnvironment = start >= call.count && Array(bytes[(start - call.count)..<start]) == call
                    && end < bytes.count && bytes[end] == UInt8(ascii: ",")
                if !isEnvironment { escaping.insert(closureEntry) }
            }
        }
        return Set(context.staticClosures.keys).subtracting(escaping)
    }

    /// The positions of `pattern` in `bytes` from `start` on (a plain scan: the definitions
    /// are megabytes, and String searches cost seconds on them).
    static func occurrences(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0) -> LazyFilterSequence<Range<Int>> {
        let last = bytes.count - pattern.count
        return (start..<max(start, last + 1)).lazy.filter { i in
            bytes[i] == pattern[0] && bytes[(i + 1)..<(i + pattern.count)].elementsEqual(pattern[1...])
        }
    }
}
