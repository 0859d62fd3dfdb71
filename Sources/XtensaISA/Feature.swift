/// An ISA option an instruction needs. Names follow the Xtensa ISA reference manual.
public enum Feature: String, CaseIterable, Sendable {
    case core, windowed, density, debug, exceptions, interrupts
    /// Interrupt levels above 1 (RFI); both cores Kiln targets have them.
    case highPriorityInterrupts = "highpri_interrupts"
    case mul16, mul32, mul32High = "mul32_high", div32, minmax, sext, nsa, clamps, loop
    case boolean, fp, s32c1i, releaseSync = "release_sync", threadPointer = "threadptr"
}

/// A target core: the set of ISA options it implements.
public struct Profile: Sendable, Hashable {
    /// Name used on the command line (`--target`).
    public let name: String
    public let features: Set<Feature>

    public init(name: String, features: Set<Feature>) {
        self.name = name
        self.features = features
    }

    public func has(_ feature: Feature) -> Bool { features.contains(feature) }

    /// QEMU's `dc233c` core (`qemu-system-xtensa -M sim -cpu dc233c`): no MUL32_HIGH,
    /// no booleans, no FPU (QEMU's `core-dc233c/core-isa.h`).
    public static let qemu = Profile(name: "qemu", features: [
        .core, .windowed, .density, .debug, .exceptions, .interrupts, .highPriorityInterrupts,
        .mul16, .mul32, .div32, .minmax, .sext, .nsa, .clamps, .loop, .s32c1i, .releaseSync, .threadPointer,
    ])

    /// The ESP32's LX6 core: everything the `qemu` profile has plus MUL32_HIGH, booleans and
    /// the single-precision FPU.
    public static let esp32 = Profile(name: "esp32", features: qemu.features.union([.mul32High, .boolean, .fp]))

    /// Every profile Kiln knows, by name.
    public static let all: [Profile] = [.qemu, .esp32]

    public static func named(_ name: String) -> Profile? { all.first { $0.name == name } }
}
