import KilnOCaml
import KilnOCamlHost
import Testing
@testable import OCamlRuntime

extension RuntimeSuites {
    /// Start-up, allocation, raising and console output: the pieces a hello world needs.
    @Suite struct SmokeTests {
        @Test func helloWorldPath() {
            Harness.start()
            let out = caml_ml_open_descriptor_out(valInt(1))
            let s = Harness.string("Hello, world!\n")
            _ = caml_ml_output(out, s, valInt(0), caml_ml_string_length(s))
            #expect(Harness.output() == "")
            OCamlRuntime.caml_shutdown()
            #expect(Harness.output() == "Hello, world!\n")
        }

        @Test func raisingStoresTheBucket() {
            Harness.start()
            let r = caml_int_of_string(Harness.string("12x"))
            #expect(r == 2)
            #expect(Harness.raised() == "Failure(\"int_of_string\")")
            #expect(caml_int_of_string(Harness.string("-0x10")) == valInt(-16))
            #expect(caml_string_get(Harness.string("ab"), valInt(2)) == 2)
            #expect(Harness.raised() == "Invalid_argument(\"index out of bounds\")")
            #expect(caml_int32_div(boxInt32(1), boxInt32(0)) == 2)
            #expect(Harness.raised() == "Division_by_zero")
        }
    }
}

/// All suites touch the one runtime state, so they run one at a time under this parent.
@Suite(.serialized) struct RuntimeSuites {}

import Foundation
import KilnTestSupport

extension RuntimeSuites.SmokeTests {
    /// Runtime/OCaml/primitives.txt (what the front end checks programs against) lists
    /// exactly the runtime's C names; Scripts/ocaml-primitives.sh regenerates it.
    @Test func primitiveListIsCurrent() throws {
        let dir = TestTools.packageRoot.appendingPathComponent("Runtime/OCaml")
        var names: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: dir.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            var rest = text[...]
            while let r = rest.range(of: "@c(") {
                let after = rest[r.upperBound...]
                let end = after.firstIndex(of: ")")!
                names.insert(String(after[..<end]))
                rest = after[end...]
            }
        }
        let listed = try String(contentsOf: dir.appendingPathComponent("primitives.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(listed == names.sorted(), "run Scripts/ocaml-primitives.sh")
        // Every primitive a hello world calls is there (ocamlc's own list for it).
        for name in ["caml_ml_open_descriptor_out", "caml_ml_output", "caml_register_named_value", "caml_sys_const_big_endian",
                     "caml_int64_float_of_bits", "caml_format_int", "caml_ml_out_channels_list", "caml_sys_exit"] {
            #expect(listed.contains(name))
        }
    }
}

extension RuntimeSuites.SmokeTests {
    /// caml_get_public_method on a method table laid out as CamlinternalOO makes it:
    /// [Val_int n; size; method 0; label 0; ...], labels ascending (hashes, may be negative).
    @Test func publicMethodLookup() {
        Harness.start()
        let labels: [Int32] = [-500_000, -7, 3, 99, 12_345, 400_000]
        let methods = OCamlHeap.allocate(2 + 2 * labels.count, 0)!
        setField(methods, 0, valInt(Int32(labels.count)))
        setField(methods, 1, valInt(0))
        for (i, l) in labels.enumerated() {
            setField(methods, 2 + 2 * i, valInt(Int32(1000 + i)))
            setField(methods, 3 + 2 * i, valInt(l))
        }
        Harness.globals[Harness.firstFreeGlobal] = methods
        let obj = OCamlHeap.allocate(2, OCamlTag.object)!
        setField(obj, 0, methods)
        for (i, l) in labels.enumerated() {
            #expect(caml_get_public_method(obj, valInt(l)) == valInt(Int32(1000 + i)))
        }
        for absent: Int32 in [-600_000, 0, 4, 500_000] { #expect(caml_get_public_method(obj, valInt(absent)) == 0) }
    }
}
