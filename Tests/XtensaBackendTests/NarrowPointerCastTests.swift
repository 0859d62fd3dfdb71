import Foundation
import KilnTestSupport
import Testing

/// `ptrtoint @g to i1` is the address's low bit, not the address. LLVM folds the
/// is-integer test of a static OCaml block (`trunc (ptrtoint @block) to i1`) into that
/// constant expression; taking it for the address made every static block an integer
/// (corpus program lang_polyvariants: `open_match (`B 7)` matched nothing).
@Suite struct NarrowPointerCastTests {
    static let program = """
        @block = global [3 x i32] [i32 2816, i32 133, i32 15], align 4

        define i32 @main() {
        entry:
          br i1 ptrtoint (ptr getelementptr (i8, ptr @block, i32 4) to i1), label %odd, label %even
        odd:
          ret i32 1
        even:
          %bit = zext i1 ptrtoint (ptr getelementptr (i8, ptr @block, i32 5) to i1) to i32
          %field = load i32, ptr getelementptr (i8, ptr @block, i32 8)
          %sum = add i32 %bit, %field
          ret i32 %sum
        }
        """

    /// The oracle: llc-22's build of the same IR exits alike (an even address, then an odd
    /// one's bit plus field 2: 16).
    @Test func lowBitsOfAnAddressAsLLCComputesThem() throws {
        let (expected, actual) = try TestTools.exitCodes(ofLLCAndKiln: Self.program)
        #expect(expected == 16)
        #expect(actual == expected)
    }
}
