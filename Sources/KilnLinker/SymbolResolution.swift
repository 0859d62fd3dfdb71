import ELFKit

/// Where a symbol's value comes from before addresses are known.
enum SymbolTarget: Equatable {
    /// `offset` bytes into an input section.
    case section(SectionID, offset: UInt32)
    case absolute(UInt32)
    /// Defined by the linker from the layout (`_stack_top`, `_bss_start`, ...).
    case linker(String)
    /// An undefined weak symbol: resolves to 0.
    case weakUndefined
}

/// The global symbol table: every global or weak definition, by name.
struct GlobalSymbols {
    struct Definition {
        var object: Int
        var symbol: Int
        var weak: Bool
    }
    var definitions: [String: Definition] = [:]
}

/// Names the linker defines when no object does.
let linkerSymbols: Set<String> = [
    "_stack_top", "_stack_limit", "_stack_guard", "_heap_start", "_heap_end",
    "_bss_start", "_bss_end", "_data_start", "_data_end", "_vecbase", "_end",
]

/// Collects global definitions; a second strong definition of a name is an error, a strong
/// one replaces a weak one.
func resolveGlobals(_ inputs: [LinkInput]) throws(LinkError) -> GlobalSymbols {
    var table = GlobalSymbols()
    for (objectIndex, input) in inputs.enumerated() {
        for (symbolIndex, symbol) in input.object.symbols.enumerated()
        where symbol.binding != .local && symbol.definition != .undefined {
            let new = GlobalSymbols.Definition(object: objectIndex, symbol: symbolIndex, weak: symbol.binding == .weak)
            guard let old = table.definitions[symbol.name] else {
                table.definitions[symbol.name] = new
                continue
            }
            if !old.weak && !new.weak {
                throw .duplicateSymbol(symbol: symbol.name, first: inputs[old.object].path, second: input.path)
            }
            if old.weak && !new.weak { table.definitions[symbol.name] = new }
        }
    }
    return table
}

extension GlobalSymbols {
    /// What symbol `index` of object `object` refers to; nil when it is undefined everywhere.
    func target(of index: Int, in object: Int, inputs: [LinkInput]) -> SymbolTarget? {
        let symbol = inputs[object].object.symbols[index]
        if symbol.binding == .local || symbol.definition != .undefined && symbol.binding == .global {
            return Self.localTarget(symbol, object: object)
        }
        if let definition = definitions[symbol.name] {
            return Self.localTarget(inputs[definition.object].object.symbols[definition.symbol], object: definition.object)
        }
        if linkerSymbols.contains(symbol.name) { return .linker(symbol.name) }
        return symbol.binding == .weak ? .weakUndefined : nil
    }

    private static func localTarget(_ symbol: Symbol, object: Int) -> SymbolTarget? {
        switch symbol.definition {
        case .section(let section): .section(SectionID(object: object, section: section), offset: symbol.value)
        case .absolute: .absolute(symbol.value)
        case .undefined, .common: nil
        }
    }
}
