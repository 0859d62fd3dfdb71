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
