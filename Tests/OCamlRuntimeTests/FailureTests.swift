import Foundation
import KilnOCaml
import KilnOCamlHost
import KilnTestSupport
import Testing
@testable import OCamlRuntime

extension RuntimeSuites {
    /// Uncaught exceptions print what ocamlrun prints and exit with 2; pending output is
    /// flushed first (without Printexc linked, as in these oracle programs).
    @Suite struct FailureTests {
        /// Runs `source` with ocamlrun: (stdout, stderr, exit status).
        static func ocamlrun(_ source: String) throws -> (String, String, Int32) {
            let dir = try TestTools.scratchDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            try source.write(to: dir.appendingPathComponent("prog.ml"), atomically: true, encoding: .utf8)
            let build = try TestTools.run("ocamlc", ["-compat-32", "prog.ml", "-o", "prog.byte"], in: dir)
            #expect(build.status == 0, "\(build.stderr)")
            let run = try TestTools.run("ocamlrun", ["prog.byte"], in: dir)
            return (run.stdout, run.stderr, run.status)
        }

        /// An exception constructor defined by the program (a static tag-248 block in
        /// compiled code; here in the heap).
        static func constructor(_ name: String, slot: Int) -> Value {
            let s = Harness.string(name)
            Harness.globals[slot] = s
            let c = OCamlHeap.allocate(2, OCamlTag.object)!
            setField(c, 0, s)
            _ = caml_set_oo_id(c)
            Harness.globals[slot] = c
            return c
        }

        /// exn(arguments...), built from terms.
        static func exception(_ constructor: Value, _ arguments: [Term]) -> Value {
            if arguments.isEmpty { return constructor }
            return Term.block(0, [.int(0)] + arguments).build().withField0(constructor)
        }

        static func fatal(_ exn: Value) -> (String, String, Int32) {
            kiln_host_clear_output()
            var code: Int32 = 0
            var e = exn
            withUnsafeMutablePointer(to: &e) { p in
                _ = kiln_host_run_catching_exit({ ctx in
                    OCamlRuntime.caml_fatal_uncaught_exception(ctx!.assumingMemoryBound(to: Value.self).pointee)
                }, p, &code)
            }
            return (Harness.output(), Harness.output(error: true), code)
        }

        @Test func uncaughtExceptionsPrintAsOCamlRun() throws {
            let cases: [(String, String, [Term])] = [
                ("exception E", "Prog.E", []),
                ("exception E of int", "Prog.E", [.int(-42)]),
                ("exception E of int * string * float", "Prog.E", [.int(1), .string(Array("two".utf8)), .float(3)]),
                ("exception E of string", "Prog.E", [.string(Array("quote\"d".utf8))]),
                ("exception E of (int * int)", "Prog.E", [.block(0, [.int(1), .int(2)])]),
            ]
            for (declaration, name, arguments) in cases {
                let args = arguments.map(\.ocaml).map { "(Obj.obj \($0))" }
                let raise = arguments.isEmpty ? "raise E" : "raise (E (\(args.joined(separator: ", "))))"
                let source = Term.prelude + "\(declaration)\nlet () = print_string \"pending\"; \(raise)\n"
                let (out, err, status) = try Self.ocamlrun(source)
                Harness.start()
                let stdout = caml_ml_open_descriptor_out(valInt(1))
                let pending = Harness.string("pending")
                _ = caml_ml_output(stdout, pending, valInt(0), valInt(7))
                let c = Self.constructor(name, slot: Harness.firstFreeGlobal)
                let exn = Self.exception(c, arguments)
                let (kout, kerr, kstatus) = Self.fatal(exn)
                #expect(kout == out)
                #expect(kerr == err, "\(declaration)")
                #expect(kstatus == status)
            }
        }

        @Test func predefinedExceptionsPrintAsOCamlRun() throws {
            let programs: [(String, Int, [Term])] = [
                ("raise Not_found", Predefined.notFound, []),
                ("failwith \"boom\"", Predefined.failure, [.string(Array("boom".utf8))]),
                ("invalid_arg \"index out of bounds\"", Predefined.invalidArgument, [.string(Array("index out of bounds".utf8))]),
                ("raise (Match_failure (\"f.ml\", 3, 4))", Predefined.matchFailure, [.block(0, [.string(Array("f.ml".utf8)), .int(3), .int(4)])]),
                ("raise (Assert_failure (\"g.ml\", 10, 2))", Predefined.assertFailure, [.block(0, [.string(Array("g.ml".utf8)), .int(10), .int(2)])]),
                ("raise Division_by_zero", Predefined.divisionByZero, []),
                ("raise Stack_overflow", Predefined.stackOverflow, []),
                ("raise Out_of_memory", Predefined.outOfMemory, []),
            ]
            for (body, index, arguments) in programs {
                let (_, err, status) = try Self.ocamlrun("let () = \(body)\n")
                Harness.start()
                let exn = Self.exception(Predefined.exception(index), arguments)
                let (_, kerr, kstatus) = Self.fatal(exn)
                #expect(kerr == err)
                #expect(kstatus == status)
            }
        }
    }
}

extension Value {
    /// Sets field 0 and returns the block (for building exception values in tests).
    func withField0(_ v: Value) -> Value { setField(self, 0, v); return self }
}
