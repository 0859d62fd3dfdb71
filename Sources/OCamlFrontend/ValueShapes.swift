/// Reading OCaml data structures (lists, options, maps) out of a `MarshalledValue`.
/// The sections SYMB, CRCS and DBUG are marshalled compiler data structures; a corrupt
/// file can make them any graph, even a cyclic one, so every walk here is bounded by the
/// number of objects and fails with `nil` rather than looping.
extension MarshalledValue {
    /// The elements of the OCaml list `value`, or nil if it is not a finite list.
    public func list(_ value: MarshalValue) -> [MarshalValue]? {
        var items: [MarshalValue] = []
        var cell = value
        while true {
            if cell == .int(0) { return items }
            guard let fields = fields(cell), fields.count == 2, items.count <= objects.count else { return nil }
            items.append(fields[0])
            cell = fields[1]
        }
    }

    /// The integer `value`, if it is one.
    public func int(_ value: MarshalValue) -> Int64? {
        if case .int(let number) = value { return number }
        return nil
    }

    /// The bindings of a `Map.Make(...).t` (an AVL tree: `Empty` = 0, `Node {l; v; d; r; h}`),
    /// in key order; nil if `value` is not such a tree.
    public func mapBindings(_ value: MarshalValue) -> [(key: MarshalValue, data: MarshalValue)]? {
        var bindings: [(key: MarshalValue, data: MarshalValue)] = []
        var visited = Set<Int>()
        // In-order walk with an explicit stack: a corrupt tree may be deep or cyclic.
        var stack: [[MarshalValue]] = []
        var node = value
        while true {
            while node != .int(0) {
                guard case .object(let index) = node, visited.insert(index).inserted,
                      let fields = fields(node), fields.count == 5 else { return nil }
                stack.append(fields)
                node = fields[0]
            }
            guard let fields = stack.popLast() else { return bindings }
            bindings.append((fields[1], fields[2]))
            node = fields[3]
        }
    }
}
