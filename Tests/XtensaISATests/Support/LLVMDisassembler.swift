import CLLVM

/// LLVM's own Xtensa disassembler (esp32 CPU) through the C API.
final class LLVMDisassembler {
    private let context: LLVMDisasmContextRef

    /// LLVM's target registry is not safe to fill from several threads at once, and tests
    /// run in parallel: register the Xtensa target exactly once.
    private static let registered: Void = kiln_llvm_initialize_xtensa()

    init() throws {
        _ = Self.registered
        guard let context = LLVMCreateDisasmCPUFeatures("xtensa", "esp32", "", nil, 0, nil, nil) else {
            throw OracleError("LLVM has no Xtensa disassembler")
        }
        self.context = context
    }

    deinit { LLVMDisasmDispose(context) }

    /// The text LLVM prints for the instruction at the start of `bytes` at address `pc`, and
    /// how many bytes it took; nil when LLVM does not decode them.
    func disassemble(_ bytes: [UInt8], pc: Int) -> (text: String, size: Int)? {
        var input = bytes
        var output = [CChar](repeating: 0, count: 256)
        let size = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                LLVMDisasmInstruction(context, inBuf.baseAddress, UInt64(inBuf.count), UInt64(pc), outBuf.baseAddress, outBuf.count)
            }
        }
        guard size > 0 else { return nil }
        let text = output.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return (text, size)
    }
}

/// Collapses runs of whitespace to one space and trims, so tab/space layout does not matter.
func normalizedWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
}
