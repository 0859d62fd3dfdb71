/// What went where: output sections with their input sections, and every symbol. Rendered as
/// text by `kiln link --map`.
public struct LinkMap: Sendable, Equatable {
    public struct InputEntry: Sendable, Equatable {
        public var object: String
        public var section: String
        public var address: UInt32
        public var size: UInt32
    }
    public struct SectionEntry: Sendable, Equatable {
        public var name: String
        public var region: String
        /// What the section holds (code, rodata, data, bss).
        public var contents: OutputSectionSpec.Contents
        public var address: UInt32
        public var size: UInt32
        public var inputs: [InputEntry]
    }
    public struct SymbolEntry: Sendable, Equatable {
        public var name: String
        public var address: UInt32
        public var size: UInt32
        /// The defining object, or "<linker>" for symbols the layout defines.
        public var object: String
    }

    public var layout: String
    public var entry: UInt32
    public var regions: [MemoryRegion]
    public var sections: [SectionEntry]
    public var symbols: [SymbolEntry]
    /// Loadable input sections garbage collection dropped (address 0).
    public var discarded: [InputEntry] = []

    /// Bytes per kind of contents, over all output sections: the firmware's size.
    public var totals: (code: UInt32, rodata: UInt32, data: UInt32, bss: UInt32) {
        func sum(_ kind: OutputSectionSpec.Contents) -> UInt32 {
            sections.filter { $0.contents == kind }.reduce(0) { $0 + $1.size }
        }
        return (sum(.code), sum(.rodata), sum(.data), sum(.bss))
    }

    /// The address of `name`, if the map lists it.
    public func address(of name: String) -> UInt32? { symbols.first { $0.name == name }?.address }

    /// The map as text: regions, then sections with their inputs, then symbols by address.
    public var text: String {
        let sizes = totals
        var out = "Link map (layout \(layout)), entry 0x\(hex(entry, width: 8))\n"
        out += "Size: code \(sizes.code), rodata \(sizes.rodata), data \(sizes.data), bss \(sizes.bss) bytes\n"
        out += "\nMemory regions\n"
        for region in regions {
            out += "  \(pad(region.name, 8)) 0x\(hex(region.origin, width: 8))  length 0x\(hex(region.length, width: 8))\n"
        }
        out += "\nSections\n"
        for section in sections {
            out += "  \(pad(section.name, 24)) 0x\(hex(section.address, width: 8))  0x\(hex(section.size, width: 6))  \(section.region)\n"
            for input in section.inputs {
                out += "      0x\(hex(input.address, width: 8))  0x\(hex(input.size, width: 6))  \(pad(input.section, 28)) \(input.object)\n"
            }
        }
        if !discarded.isEmpty {
            out += "\nDiscarded (nothing refers to them)\n"
            for input in discarded {
                out += "                  0x\(hex(input.size, width: 6))  \(pad(input.section, 28)) \(input.object)\n"
            }
        }
        out += "\nSymbols\n"
        for symbol in symbols.sorted(by: { ($0.address, $0.name) < ($1.address, $1.name) }) {
            out += "  0x\(hex(symbol.address, width: 8))  0x\(hex(symbol.size, width: 6))  \(pad(symbol.name, 28)) \(symbol.object)\n"
        }
        return out
    }
}

private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}
