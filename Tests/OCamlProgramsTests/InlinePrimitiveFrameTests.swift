import Testing

/// A C_CALL whose primitive native code inlines without a slow path (InlinePrimitive's
/// `neverCalls`) is no call: a function whose only C_CALLs are such needs no root frame and
/// no stack check. Map.Make(Int)'s compare is such a function, called at every tree level.
@Suite struct InlinePrimitiveFrameTests {
    @Test func intCompareNeedsNoFrame() throws {
        let (_, function) = try RootFrameTests.lastRecursiveFunction("""
            let rec order (a : int) b = compare a b
            let () = print_int (order 3 4)
            """)
        #expect(!function.contains("@caml_root_sp"), "\(function)")
        #expect(!function.contains("@caml_native_stack_limit"), "\(function)")
    }

    @Test func stringLengthNeedsNoFrame() throws {
        let (_, function) = try RootFrameTests.lastRecursiveFunction("""
            let rec longer (a : string) b = String.length a > String.length b
            let () = print_string (if longer "abc" "de" then "yes" else "no")
            """)
        #expect(!function.contains("@caml_root_sp"), "\(function)")
    }

    /// Leaf primitives (`InlinePrimitive.leafPrimitives`: cannot collect or raise) are plain
    /// calls: a function that holds a string across a hash and a string comparison, and
    /// calls nothing else, needs no frame, no stack check and no sentinel test.
    @Test func leafPrimitivesNeedNoFrame() throws {
        let (_, function) = try RootFrameTests.lastRecursiveFunction("""
            external hash : int -> int -> int -> 'a -> int = "caml_hash"
            external equal : string -> string -> bool = "caml_string_equal"
            external order : string -> string -> int = "caml_string_compare"
            let rec keyed (s : string) t = if equal s t then hash 10 100 0 s else order t s
            let () = print_int (keyed "ab" "cd")
            """)
        #expect(function.contains("@caml_hash") && function.contains("@caml_string_equal"), "\(function)")
        #expect(!function.contains("@caml_root_sp"), "\(function)")
        #expect(!function.contains("@caml_native_stack_limit"), "\(function)")
        #expect(!function.split(separator: "\n").contains { $0.contains("icmp eq i32") && $0.hasSuffix(", 2") }, "\(function)")
    }

    /// A primitive with a slow path (polymorphic compare calls the runtime on blocks) still
    /// makes a frame: the test above can fail.
    @Test func polymorphicCompareStillRoots() throws {
        let (_, function) = try RootFrameTests.lastRecursiveFunction("""
            let rec order a b = compare a b
            let () = print_int (order "3" "4")
            """)
        #expect(function.contains("@caml_native_stack_limit"), "\(function)")
    }
}
