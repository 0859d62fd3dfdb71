/// The memory layouts Kiln links for. Addresses are documented in Docs/usage.md.
extension MemoryLayout {
    /// Offsets of the exception vectors from VECBASE (the same on QEMU's dc233c and on the
    /// ESP32's LX6); each input section named here lands in its slot.
    static let vectorSlots: [OutputSectionSpec.Slot] = [
        .init(".WindowOverflow4.text", offset: 0x000, limit: 0x40),
        .init(".WindowUnderflow4.text", offset: 0x040, limit: 0x40),
        .init(".WindowOverflow8.text", offset: 0x080, limit: 0x40),
        .init(".WindowUnderflow8.text", offset: 0x0C0, limit: 0x40),
        .init(".WindowOverflow12.text", offset: 0x100, limit: 0x40),
        .init(".WindowUnderflow12.text", offset: 0x140, limit: 0x40),
        .init(".DebugExceptionVector.text", offset: 0x280, limit: 0x40),
        .init(".NMIExceptionVector.text", offset: 0x2C0, limit: 0x40),
        .init(".KernelExceptionVector.text", offset: 0x300, limit: 0x40),
        .init(".UserExceptionVector.text", offset: 0x340, limit: 0x80),
        .init(".DoubleExceptionVector.text", offset: 0x3C0, limit: 0x40),
    ]

    static let codeInputs = [".literal*", ".text*", ".iram*", ".startup*"]
    static let rodataInputs = [".rodata*", ".srodata*"]
    static let dataInputs = [".data*", ".sdata*"]
    static let bssInputs = [".bss*", ".sbss*"]

    /// VECBASE on the `qemu` profile: in RAM, clear of address 0 so that a null pointer
    /// dereference reads zeros rather than vector code.
    public static let qemuVectorBase: UInt32 = 0x2000

    /// QEMU's `sim` machine with the `dc233c` core: RAM from 0 (128 MiB), ROM at the reset
    /// vector 0xFE000000, where a stub jumps to `_start` (QEMU resets the CPU after loading).
    public static let qemu = MemoryLayout(
        name: "qemu",
        regions: [
            MemoryRegion(name: "rom", origin: 0xFE00_0000, length: 0x1000),
            MemoryRegion(name: "ram", origin: 0, length: 0x0800_0000),
        ],
        sections: [
            OutputSectionSpec(name: ".ResetVector", region: "rom", contents: .code,
                              inputs: [".ResetVector.text"], address: 0xFE00_0000, keep: true),
            OutputSectionSpec(name: ".vectors", region: "ram", contents: .code, inputs: [],
                              address: qemuVectorBase, alignment: 0x400, slots: vectorSlots),
            OutputSectionSpec(name: ".text", region: "ram", contents: .code, inputs: codeInputs),
            OutputSectionSpec(name: ".rodata", region: "ram", contents: .rodata, inputs: rodataInputs),
            OutputSectionSpec(name: ".data", region: "ram", contents: .data, inputs: dataInputs, alignment: 16),
            OutputSectionSpec(name: ".bss", region: "ram", contents: .bss, inputs: bssInputs, alignment: 16),
        ],
        entry: "_start", stackRegion: "ram", stackSize: 1 << 20)

    /// The ESP32 as ESP-IDF lays it out: vectors and startup code in IRAM (0x40080000),
    /// other code in flash-mapped IROM (0x400D0020), read-only data in flash-mapped DROM
    /// (0x3F400020), data, bss and stack in DRAM (0x3FFB0000). The 0x20 skips the image header
    /// of the flash page, as ESP-IDF's memory.ld does. IRAM and IROM lie in the same 1 GiB
    /// region, so windowed calls between them work.
    public static let esp32 = MemoryLayout(
        name: "esp32",
        regions: [
            MemoryRegion(name: "iram", origin: 0x4008_0000, length: 0x2_0000),
            MemoryRegion(name: "irom", origin: 0x400D_0020, length: 0x33_0000 - 0x20),
            MemoryRegion(name: "drom", origin: 0x3F40_0020, length: 0x40_0000 - 0x20),
            MemoryRegion(name: "dram", origin: 0x3FFB_0000, length: 0x3_0000),
        ],
        sections: [
            OutputSectionSpec(name: ".vectors", region: "iram", contents: .code, inputs: [],
                              address: 0x4008_0000, alignment: 0x400, slots: vectorSlots),
            OutputSectionSpec(name: ".iram.text", region: "iram", contents: .code,
                              inputs: [".iram*", ".startup*"]),
            OutputSectionSpec(name: ".flash.text", region: "irom", contents: .code,
                              inputs: [".literal*", ".text*"], address: 0x400D_0020),
            OutputSectionSpec(name: ".flash.rodata", region: "drom", contents: .rodata,
                              inputs: rodataInputs, address: 0x3F40_0020),
            OutputSectionSpec(name: ".data", region: "dram", contents: .data, inputs: dataInputs,
                              address: 0x3FFB_0000, alignment: 16),
            OutputSectionSpec(name: ".bss", region: "dram", contents: .bss, inputs: bssInputs, alignment: 16),
        ],
        entry: "_start", stackRegion: "dram", stackSize: 32 << 10)

    /// Every layout Kiln knows, by profile name.
    public static func named(_ name: String) -> MemoryLayout? {
        [qemu, esp32].first { $0.name == name }
    }
}
