import ELFKit

/// Models the tests write, read back and show to LLVM's tools.
enum Fixtures {
    /// Indices of `relocatable`'s sections, so tests read as what they mean.
    enum RelocatableSection { static let text = 0, literal = 1, rodata = 2, data = 3, bss = 4 }

    /// What Kiln's back end emits for a small function: code and literal pool, constant and
    /// writable data, zeroed data; section, local, global, weak, undefined and absolute
    /// symbols (locals first, as ELF orders them); R_XTENSA_SLOT0_OP on an `l32r` and a
    /// `call8`, R_XTENSA_32 in the literal pool and in data.
    static var relocatable: ELFFile {
        let code: [UInt8] = [
            0x36, 0x41, 0x00,  // entry a1, 32
            0x81, 0x00, 0x00,  // l32r a8, <literal>
            0x25, 0x00, 0x00,  // call8 ext_func
            0x1D, 0xF0,        // retw.n
        ]
        return ELFFile(
            kind: .relocatable,
            sections: [
                Section(name: ".text", flags: [.alloc, .execute], alignment: 4, data: code, relocations: [
                    Relocation(offset: 3, type: .slot0Op, symbol: 1),
                    Relocation(offset: 6, type: .slot0Op, symbol: 7),
                ]),
                Section(name: ".literal", flags: [.alloc, .execute], alignment: 4, data: [UInt8](repeating: 0, count: 8), relocations: [
                    Relocation(offset: 0, type: .r32, symbol: 8),
                    Relocation(offset: 4, type: .r32, symbol: 3, addend: 0),
                ]),
                Section(name: ".rodata", flags: [.alloc], alignment: 4, data: Array("hello\0\0\0".utf8)),
                Section(name: ".data", flags: [.alloc, .write], alignment: 4, data: [1, 0, 0, 0, 0, 0, 0, 0], relocations: [
                    Relocation(offset: 4, type: .r32, symbol: 2, addend: 2),
                    Relocation(offset: 0, type: .r32, symbol: 5, addend: -4),
                ]),
                Section(name: ".bss", kind: .nobits(size: 16), flags: [.alloc, .write], alignment: 8),
            ],
            symbols: [
                Symbol(name: ".text", type: .section, definition: .section(RelocatableSection.text)),
                Symbol(name: ".literal", type: .section, definition: .section(RelocatableSection.literal)),
                Symbol(name: ".rodata", type: .section, definition: .section(RelocatableSection.rodata)),
                Symbol(name: "counter", value: 4, size: 4, type: .object, definition: .section(RelocatableSection.bss)),
                Symbol(name: "helper", value: 9, size: 2, type: .function, definition: .section(RelocatableSection.text)),
                Symbol(name: "main", value: 0, size: 11, binding: .global, type: .function, definition: .section(RelocatableSection.text)),
                Symbol(name: "table", value: 0, size: 8, binding: .global, type: .object, definition: .section(RelocatableSection.data)),
                Symbol(name: "ext_func", binding: .global, definition: .undefined),
                Symbol(name: "ext_data", binding: .weak, type: .object, definition: .undefined),
                Symbol(name: "BOARD_ID", value: 0x1234, binding: .global, definition: .absolute),
                Symbol(name: "shared_buffer", size: 64, binding: .global, type: .object, definition: .common(alignment: 16)),
            ])
    }

    /// Addresses of `executable`'s two segments: ESP32 IRAM and DRAM.
    static let codeAddress: UInt32 = 0x4008_0000
    static let dataAddress: UInt32 = 0x3FFB_0000

    /// Code bytes `llvm-objdump` must decode back to these mnemonics.
    static let code: [UInt8] = [
        0x36, 0x41, 0x00,  // entry a1, 32
        0x22, 0xA0, 0x01,  // movi a2, 1
        0x3D, 0x02,        // mov.n a3, a2
        0x30, 0x42, 0x80,  // add a4, a2, a3
        0x1D, 0xF0,        // retw.n
    ]

    /// A linked firmware image: literals and code in one executable segment, initialised and
    /// zeroed data in a writable one, and a non-allocated section outside both.
    static var executable: ELFFile {
        ELFFile(
            kind: .executable(entry: codeAddress + 8),
            sections: [
                Section(name: ".literal", flags: [.alloc, .execute], address: codeAddress, alignment: 4,
                        data: [0x78, 0x56, 0x34, 0x12, 0x00, 0x00, 0xFB, 0x3F]),
                Section(name: ".text", flags: [.alloc, .execute], address: codeAddress + 8, alignment: 4, data: code),
                Section(name: ".data", flags: [.alloc, .write], address: dataAddress, alignment: 4, data: [1, 2, 3, 4, 5, 6]),
                Section(name: ".bss", kind: .nobits(size: 0x20), flags: [.alloc, .write], address: dataAddress + 8, alignment: 8),
                Section(name: ".comment", flags: [.merge, .strings], alignment: 1, data: Array("Kiln\0".utf8)),
            ],
            symbols: [
                Symbol(name: "_start", value: codeAddress + 8, size: UInt32(code.count), binding: .global, type: .function, definition: .section(1)),
                Symbol(name: "heap", value: dataAddress + 8, size: 0x20, binding: .global, type: .object, definition: .section(3)),
            ],
            segments: [
                Segment(address: codeAddress, flags: [.read, .execute], sections: [0, 1]),
                Segment(address: dataAddress, flags: [.read, .write], sections: [2, 3]),
            ])
    }
}
