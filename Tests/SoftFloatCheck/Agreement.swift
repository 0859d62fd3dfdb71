import SoftFloat

/// Whether a soft-float result agrees with the hardware's, under the NaN rule the
/// soft-float layer documents:
///
/// * not NaN: the bits must be identical (this includes the sign of zero);
/// * exactly one NaN operand: that NaN, quieted — hardware does the same, so identical;
/// * several NaN operands: ours is the first one quieted; the hardware may pick another
///   (x86 picks by register operand, which the compiler may commute), so it only has to
///   be one of them, quieted;
/// * no NaN operand (an invalid operation: ∞ − ∞, 0 × ∞, √−1 ...): IEEE leaves the
///   payload open; ours must be the default NaN and the hardware's any NaN.
func agrees<F: BinaryFormat>(_ format: F.Type, ours: UInt64, hardware: UInt64, operands: [UInt64]) -> Bool {
    typealias Shape = FormatShape<F>
    if ours == hardware { return true }
    guard Shape.isNaN(ours), Shape.isNaN(hardware) else { return false }
    var quietedNaNs: [UInt64] = []
    for operand in operands where Shape.isNaN(operand) { quietedNaNs.append(operand | Shape.quietBit) }
    if quietedNaNs.isEmpty { return ours == UInt64(truncatingIfNeeded: F.defaultNaN) }
    return quietedNaNs.count > 1 && ours == quietedNaNs[0] && quietedNaNs.contains(hardware)
}
