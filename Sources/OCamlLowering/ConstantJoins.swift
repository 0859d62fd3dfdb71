/// Stack words that hold the same static closure on every edge into their block: a
/// closure pushed before a loop and only read inside it. The lowering that knows them
/// gives the block's word that constant instead of a phi (or a frame word), so that a
/// static closure keeps its identity through the loop: applying it stays a known call,
/// and the closure does not escape into a phi (`ProgramEvidence`).
struct ConstantJoins {
    /// What an edge brings into a block's stack word.
    enum Source: Hashable {
        /// A static closure.
        case literal(String)
        /// A value of the given site (nil: not known, such as the function's arguments).
        case site(ValueSite?)
    }

    private var incoming: [ValueSite: [Source]] = [:]

    /// Records that an edge brings `value` (of site `site`) into the entry word `entry`.
    /// Only static closures (and a tupled parameter's marker, `TupledParameters`) count as
    /// literals: a join of integer constants gains little and would cost the function one
    /// more lowering.
    mutating func edge(into entry: ValueSite, value: String, site: ValueSite?, isStaticClosure: Bool) {
        incoming[entry, default: []].append(isStaticClosure ? .literal(value) : .site(site))
    }

    /// The entry words that are one constant: every edge brings that literal or another
    /// such word of the same constant (the greatest such set: a loop passes its word on;
    /// for a tupled parameter's marker, a word that only such words feed is one too).
    func conclusions() -> [ValueSite: String] {
        var constants: [ValueSite: String] = [:]
        for (entry, sources) in incoming {
            let literals = Set(sources.compactMap { if case .literal(let v) = $0 { v } else { nil } })
            if literals.count == 1 { constants[entry] = literals.first! }
        }
        // Words fed only by such words of a tupled parameter's marker (blocks after the
        // first join: `TupledParameters`), forwards. Only the marker: static closures keep
        // the rule above, which the corpus was checked with.
        var added = true
        while added {
            added = false
            for (entry, sources) in incoming where constants[entry] == nil {
                let values = sources.map { source -> String? in
                    switch source {
                    case .literal(let v): v
                    case .site(let site): site.flatMap { constants[$0] }
                    }
                }
                if let first = values.first, let constant = first, constant == TupledParameters.parameterMarker,
                   values.allSatisfy({ $0 == constant }) {
                    constants[entry] = constant
                    added = true
                }
            }
        }
        var changed = true
        while changed {
            changed = false
            for (entry, constant) in constants {
                let agrees = incoming[entry]!.allSatisfy { source in
                    switch source {
                    case .literal(let v): v == constant
                    case .site(let site): site.flatMap { constants[$0] } == constant
                    }
                }
                if !agrees {
                    constants[entry] = nil
                    changed = true
                }
            }
        }
        return constants
    }
}
