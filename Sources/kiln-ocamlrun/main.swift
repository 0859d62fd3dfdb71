// kiln-ocamlrun: Kiln's bytecode interpreter and OCaml runtime built for the host, running
// an `ocamlc -compat-32` executable as `ocamlrun` would. It exists to calibrate the
// interpreter against ocamlrun (same .byte, same machine; Docs/benchmarks.md) and to test
// it without QEMU. Values are 32-bit: the heap, root stack, code image and static data lie
// in memory below 4 GiB.
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import KilnOCamlHost
import OCamlFrontend

func fail(_ message: String) -> Never {
    fputs(message + "\n", stderr)
    exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    fputs("usage: kiln-ocamlrun program.byte\n", stderr)
    exit(2)
}
let path = arguments[1]
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
if !missing.isEmpty {
    fail("\(path): error: the program calls primitives Kiln's runtime does not provide: \(missing.joined(separator: ", "))")
}

// The code image and the static data, below 4 GiB.
guard let image = kiln_host_reserve(UInt32(code.words.count * 4))?.assumingMemoryBound(to: UInt32.self) else {
    fail("kiln-ocamlrun: no memory below 4 GiB for the code")
}
image.update(from: code.words, count: code.words.count)
let dataBytes = UInt32(program.data.header.wordsOn32Bit ?? 0) * 4 + 4 * 256 + 4
guard let dataArea = kiln_host_reserve(dataBytes)?.assumingMemoryBound(to: UInt32.self) else {
    fail("kiln-ocamlrun: no memory below 4 GiB for the static data")
}
let data = StaticData(program.data, base: UInt32(UInt(bitPattern: dataArea))) { kiln_host_custom_ops_word(Int32($0)) }
guard data.words.count * 4 <= dataBytes, data.globals.count <= KILN_HOST_MAX_GLOBALS else {
    fail("\(path): error: the static data does not fit the host driver's tables")
}
dataArea.update(from: data.words, count: data.words.count)
let globals = kiln_host_globals()!
globals.update(from: data.globals, count: data.globals.count)
kiln_host_set_globals_count(UInt32(data.globals.count))
for offset in data.objectBlocks { kiln_host_add_static_oo_block(dataArea + offset) }

exit(kiln_interp_main(image, UInt32(code.programWords), primitives, globals))
