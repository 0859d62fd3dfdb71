import KilnTestSupport
import Testing
@testable import XtensaBackend
import XtensaISA

/// i64 pieces the golden files do not pin down on their own.
@Suite struct DoubleWordTests {
    /// The windowed ABI's argument layout as llc-22 gives it (checked against
    /// `llc-22 -mtriple=xtensa -mcpu=esp32` on the same signatures).
    @Test func argumentLayout() {
        // i64 f(i32, i64, i64, i64): a2, a4/a5, a6/a7, then the stack at 0.
        #expect(ArgumentLayout.locations(words: [1, 2, 2, 2]).locations
            == [.registers(first: 0), .registers(first: 2), .registers(first: 4), .stack(offset: 0)])
        // f(5 × i32, i64, i32, i64): the i64 does not fit a6/a7 (a7 is the sixth), so it and
        // everything after go on the stack, i64s 8-byte aligned.
        let mixed = ArgumentLayout.locations(words: [1, 1, 1, 1, 1, 2, 1, 2])
        #expect(mixed.locations.suffix(3) == [.stack(offset: 0), .stack(offset: 8), .stack(offset: 16)])
        #expect(mixed.stackBytes == 24)
        // f(6 × i32, i32, i64): the i64 after one stack word is aligned to 8.
        #expect(ArgumentLayout.locations(words: [1, 1, 1, 1, 1, 1, 1, 2]).locations.suffix(2)
            == [.stack(offset: 0), .stack(offset: 8)])
    }

    /// With MUL32_HIGH (esp32) an i64 multiply is MULL and MULUH; without (qemu) a call.
    @Test func multiplyByProfile() throws {
        let ir = "define i64 @f(i64 %a, i64 %b) {\n  %x = mul i64 %a, %b\n  ret i64 %x\n}"
        let esp32 = try TestTools.compile(ir: ir, profile: .esp32).assembly
        #expect(esp32.contains("muluh") && !esp32.contains("__muldi3"))
        let qemu = try TestTools.compile(ir: ir, profile: .qemu).assembly
        #expect(qemu.contains("call8\t__muldi3") && !qemu.contains("muluh"))
    }
}
