// kiln-ocamlrun: Kiln's bytecode interpreter and OCaml runtime built for the host, running
// an `ocamlc -compat-32` executable as `ocamlrun` would. It exists to calibrate the
// interpreter against ocamlrun (same .byte, same machine; Docs/benchmarks.md) and to test
// it without QEMU. Values are 32-bit: the heap, root stack, code image and static data lie
// in memory below 4 GiB (mmap MAP_32BIT).
//
//   kiln-ocamlrun [--heap BYTES] [--stack BYTES] [--allow-missing] program.byte
//
// Like `kiln build`, it refuses a program calling primitives the runtime lacks, unless
// --allow-missing: then such a primitive ends the program (exit 3) only if it is called.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import KilnOCaml
import KilnOCamlHost
import OCamlFrontend
import OCamlRuntime

func fail(_ message: String) -> Never {
    fputs(message + "\n", stderr)
    exit(1)
}

/// Fresh memory below 4 GiB, so that its addresses fit the 32-bit values of Docs/abi.md.
func reserve32(_ bytes: Int) -> UnsafeMutableRawPointer {
    let p = mmap(nil, max(bytes, 1), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0)
    guard let p, p != MAP_FAILED else { fail("kiln-ocamlrun: no memory below 4 GiB") }
    return p
}

// Options. The defaults are larger than a firmware's (256 KiB heap, 32 KiB root stack):
// the host runs the benchmarks at their full size.
var arguments = Array(CommandLine.arguments.dropFirst())
var heapSize: UInt32 = 8 << 20
var stackSize: UInt32 = 1 << 20
var allowMissing = false
while arguments.count > 1, arguments[0].hasPrefix("--") {
    if arguments[0] == "--allow-missing" {
        allowMissing = true
        arguments.removeFirst()
        continue
    }
    guard let size = UInt32(arguments[1]) else { fail("kiln-ocamlrun: \(arguments[0]) needs a size in bytes") }
    switch arguments[0] {
    case "--heap": heapSize = size
    case "--stack": stackSize = size
    default: fail("kiln-ocamlrun: unknown option \(arguments[0])")
    }
    arguments.removeFirst(2)
}
guard arguments.count == 1 else {
    fputs("usage: kiln-ocamlrun [--heap BYTES] [--stack BYTES] [--allow-missing] program.byte\n", stderr)
    exit(2)
}
let path = arguments[0]
let program: BytecodeExecutable
do { program = try BytecodeExecutable(path: path) } catch { fail(error.description) }
let code = InterpreterCode(program)

// The primitive table: this executable's own C entry points, by name.
let executable = dlopen(nil, RTLD_NOW)
let primitives = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: max(1, code.primitives.count))
var missing: [String] = []
for (slot, name) in code.primitives.enumerated() {
    primitives[slot] = UnsafeRawPointer(dlsym(executable, name))
    if primitives[slot] == nil { missing.append(name) }
}
/// What a missing primitive's slot calls under --allow-missing.
let missingPrimitive: @convention(c) () -> UInt32 = {
    fputs("kiln-ocamlrun: the program called a primitive the runtime lacks\n", stderr)
    exit(3)
}
if !missing.isEmpty && allowMissing {
    for slot in 0..<code.primitives.count where primitives[slot] == nil {
        primitives[slot] = unsafeBitCast(missingPrimitive, to: UnsafeRawPointer.self)
    }
} else if !missing.isEmpty {
    fail("\(path): error: the runtime lacks \(missing.count) primitive(s) this program calls: \(missing.sorted().joined(separator: ", "))")
}

// The code image and the static data.
let image = reserve32(code.words.count * 4).assumingMemoryBound(to: UInt32.self)
image.update(from: code.words, count: code.words.count)
var layout = kiln_ocaml_memory()
caml_heap_size = heapSize
caml_root_stack_size = stackSize
guard kiln_ocaml_layout(&layout) != 0 else { fail("kiln-ocamlrun: cannot lay out a \(heapSize)-byte heap") }
let dataWords = (program.data.header.wordsOn32Bit ?? program.data.objects.reduce(0) { $0 + $1.wordsOn32Bit }) + 2 * 256
let dataArea = reserve32(dataWords * 4).assumingMemoryBound(to: UInt32.self)
let data = StaticData(program.data, base: UInt32(UInt(bitPattern: dataArea))) { kind in
    withUnsafeBytes(of: layout.custom_ops) { $0.load(fromByteOffset: 4 * kind, as: UInt32.self) }
}
dataArea.update(from: data.words, count: data.words.count)
let globals = kiln_ocaml_globals()!
let capacity = Int(kiln_ocaml_globals_count())
guard data.globals.count <= capacity else {
    fail("\(path): error: \(data.globals.count) globals; the host runtime's table holds \(capacity)")
}
globals.update(from: data.globals, count: data.globals.count)
(globals + data.globals.count).update(repeating: 1, count: capacity - data.globals.count)
// The host table of static objects needing fresh ids is empty (a constant of the host
// runtime); such blocks keep the id ocamlc gave them.

// The runtime calls OCaml back through the interpreter.
kiln_host_callback_function = { closure, a1, a2, a3, arity in
    switch arity {
    case 1: return kilnInterpreterCallback1(closure, a1)
    case 2: return kilnInterpreterCallback2(closure, a1, a2)
    default: return kilnInterpreterCallback3(closure, a1, a2, a3)
    }
}

struct Run { var status: Int32 = 0 }
var run = Run()
var exitCode: Int32 = 0
let exited = withUnsafeMutablePointer(to: &run) { context in
    kiln_host_run_catching_exit({ context in
        let run = context!.assumingMemoryBound(to: Run.self)
        run.pointee.status = kilnInterpreterMain(image, UInt32(code.programWords), primitives, globals)
    }, context, &exitCode)
}
// The host runtime's console collects the output; hand it to the real descriptors.
for (descriptor, which) in [(Int32(1), Int32(0)), (2, 1)] {
    var length: UInt32 = 0
    if let bytes = kiln_host_output(which, &length), length > 0 { _ = write(descriptor, bytes, Int(length)) }
}
exit(exited != 0 ? exitCode : run.status)
