import ELFKit
import KilnLinker
import KilnTestSupport
import Testing
import XtensaISA

/// Relocations are applied through the instruction table: after linking, the decoded
/// instruction's target is the symbol's final address.
@Suite("Relocations")
struct RelocationTests {
    static let program = """
        .section .literal, "ax"
        .p2align 2
    .Lvalue:
        .long data_word
        .text
        .global main
        .p2align 2
    main:
        entry a1, 32
        l32r a2, .Lvalue
        call8 helper
        j helper_jump
        beqz a2, helper_jump
        retw
        .section .text.helper, "ax"
        .global helper
        .p2align 2
    helper:
        entry a1, 32
    helper_jump:
        retw
        .data
        .global data_word
        .p2align 2
    data_word:
        .long helper + 3

    """

    @Test func everyPCRelativeOperandReachesItsSymbol() throws {
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(Self.program, path: "main.S")], layout: .qemu)
        let file = result.executable
        let main = try #require(result.map.address(of: "main"))
        let helper = try #require(result.map.address(of: "helper"))
        let dataWord = try #require(result.map.address(of: "data_word"))
        let helperJump = helper + 3  // after the 3-byte ENTRY

        let l32r = try #require(Objects.instruction(at: main + 3, in: file))
        #expect(l32r.opcode == .l32r)
        let literal = UInt32(l32r.operands[1])
        #expect(literal < main, "L32R must read backward")
        #expect(Objects.word(at: literal, in: file) == dataWord, "R_XTENSA_32 in .literal")

        let call = try #require(Objects.instruction(at: main + 6, in: file))
        #expect(call.opcode == .call8 && UInt32(call.operands[0]) == helper)
        let jump = try #require(Objects.instruction(at: main + 9, in: file))
        #expect(jump.opcode == .j && UInt32(jump.operands[0]) == helperJump)
        let branch = try #require(Objects.instruction(at: main + 12, in: file))
        #expect(branch.opcode == .beqz && UInt32(branch.operands[1]) == helperJump)
        #expect(Objects.word(at: dataWord, in: file) == helper + 3, "R_XTENSA_32 with an addend")
    }

    /// ASM_EXPAND marks a call the assembler could have relaxed, DIFF values were computed by
    /// the assembler: with no relaxation in the linker both leave the bytes as they are.
    @Test func asmExpandAndDiffRelocationsLeaveBytesAlone() throws {
        var input = try Objects.assemble(Self.program, path: "main.S")
        let text = try #require(input.object.sectionIndex(named: ".text"))
        let data = try #require(input.object.sectionIndex(named: ".data"))
        let helper = try #require(input.object.symbols.firstIndex { $0.name == "helper" })
        input.object.sections[text].relocations.append(Relocation(offset: 6, type: .asmExpand, symbol: helper))
        input.object.sections[data].data += [0x2A, 0, 0, 0]
        input.object.sections[data].relocations.append(Relocation(offset: 4, type: .diff32, symbol: helper, addend: 99))
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"), input], layout: .qemu)
        let main = try #require(result.map.address(of: "main"))
        let call = try #require(Objects.instruction(at: main + 6, in: result.executable))
        #expect(call.opcode == .call8 && UInt32(call.operands[0]) == result.map.address(of: "helper"))
        #expect(Objects.word(at: result.map.address(of: "data_word")! + 4, in: result.executable) == 42)
    }

    /// call8 and call12 to a function 600 KB away go through veneers right after the caller:
    /// `l32r a9|a13, <word>; jx` with the word holding the target.
    @Test func farCallsGoThroughVeneers() throws {
        let far = """
            .text
            .global main
            .p2align 2
        main:
            entry a1, 48
            call8 far
            call12 far
            call8 far
            retw
            .section .text.far, "ax"
            .space 600000
            .global far
            .p2align 2
        far:
            entry a1, 32
            retw

        """
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(far, path: "far.S")], layout: .qemu)
        let file = result.executable
        let main = try #require(result.map.address(of: "main"))
        let target = try #require(result.map.address(of: "far"))
        var veneers: [UInt32] = []
        for (offset, register) in [(3, 9), (6, 13), (9, 9)] {
            let call = try #require(Objects.instruction(at: main + UInt32(offset), in: file))
            let veneer = UInt32(call.operands[0])
            veneers.append(veneer)
            #expect(veneer > main && veneer - main < 100, "the veneer follows the caller")
            let load = try #require(Objects.instruction(at: veneer, in: file))
            #expect(load.opcode == .l32r && load.operands[0] == register)
            #expect(Objects.word(at: UInt32(load.operands[1]), in: file) == target)
            let jump = try #require(Objects.instruction(at: veneer + 3, in: file))
            #expect(jump.opcode == .jx && jump.operands[0] == register)
        }
        #expect(veneers[0] == veneers[2], "one veneer per target and call size")
        #expect(veneers[0] != veneers[1])
        #expect(result.map.sections.flatMap(\.inputs).contains { $0.section == ".text.kiln_veneer" })
    }

    /// Veneers move code: one caller's veneer, between the next callers and their target,
    /// pushes the next call out of reach (Tests/KilnDriverTests/Programs/far-cascade.S, run
    /// in QEMU by the driver's tests). The link must still give every call a veneer in its
    /// few rounds, and each call must reach its target directly or through one.
    @Test func veneersThatPushOtherCallsOutOfReachGetVeneersToo() throws {
        let path = TestTools.packageRoot.appendingPathComponent("Tests/KilnDriverTests/Programs/far-cascade.S").path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(source.replacingOccurrences("far_cascade:", "main:\nfar_cascade:")
                                                               .replacingOccurrences(".global far_cascade", ".global main"),
                                                           path: "cascade.S")], layout: .qemu)
        let file = result.executable
        var veneered = 0
        for index in 0..<10 {
            let caller = try #require(result.map.address(of: "x\(index)"))
            let target = try #require(result.map.address(of: "t\(index)"))
            let call = try #require(Objects.instruction(at: caller + 5, in: file))
            #expect(call.opcode == .call8)
            let callee = UInt32(call.operands[0])
            if callee != target {
                veneered += 1
                let load = try #require(Objects.instruction(at: callee, in: file))
                #expect(load.opcode == .l32r && Objects.word(at: UInt32(load.operands[1]), in: file) == target,
                        "x\(index) calls 0x\(String(callee, radix: 16)), neither t\(index) nor a veneer for it")
            }
        }
        // Without veneers only x0's call is out of reach; the veneers push the others out.
        #expect(veneered == 10)
    }

    @Test func literalPoolGoesRightBeforeItsCode() throws {
        let functionSections = """
            .section .literal.first, "ax"
            .p2align 2
        .L1: .long 1
            .section .text.first, "ax"
            .global main
            .p2align 2
        main:
            entry a1, 32
            l32r a2, .L1
            call8 second
            retw
            .section .literal.second, "ax"
            .p2align 2
        .L2: .long 2
            .section .text.second, "ax"
            .global second
            .p2align 2
        second:
            entry a1, 32
            l32r a2, .L2
            retw

        """
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(functionSections, path: "fs.S")], layout: .qemu)
        let text = try #require(result.map.sections.first { $0.name == ".text" })
        let order = text.inputs.filter { $0.object == "fs.o" }.map(\.section)
        #expect(order == [".literal.first", ".text.first", ".literal.second", ".text.second"])
    }

    /// LLVM 22 emits `.literal_position` before switching sections, so the literals of a
    /// function in `.text` can land in `.literal.X` of the previous function's `.text.X`.
    /// The pool must still precede its user.
    @Test func literalPoolPrecedesItsFirstUserWhateverItsName() throws {
        let shifted = """
            .section .literal, "ax"
            .p2align 2
        .La: .long 1
            .section .literal.other, "ax"
            .p2align 2
        .Lb: .long 2
            .text
            .global main
            .p2align 2
        main:
            entry a1, 32
            l32r a2, .Lb
            call8 other
            retw
            .section .text.other, "ax"
            .global other
            .p2align 2
        other:
            entry a1, 32
            l32r a2, .La
            retw

        """
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(shifted, path: "shifted.S")], layout: .qemu)
        let text = try #require(result.map.sections.first { $0.name == ".text" })
        let order = text.inputs.filter { $0.object == "shifted.o" }.map(\.section)
        #expect(order == [".literal.other", ".text", ".literal", ".text.other"])
    }

    /// A pool named `.rodata.literal` is still code-side: it goes where its user goes, on
    /// esp32 too, where `.rodata*` would otherwise land in flash data.
    @Test func literalPoolFollowsItsUserWhateverItsName() throws {
        let source = """
            .section .rodata.literal, "ax"
            .p2align 2
        .Lx: .long 7
            .section .iram1.text, "ax"
            .global main
            .p2align 2
        main:
            entry a1, 32
            l32r a2, .Lx
            retw

        """
        for layout in [MemoryLayout.qemu, .esp32] {
            let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                          try Objects.assemble(source, path: "r.S")], layout: layout)
            let holder = try #require(result.map.sections.first { $0.inputs.contains { $0.section == ".rodata.literal" } })
            #expect(holder.name == (layout.name == "qemu" ? ".text" : ".iram.text"))
        }
    }

    /// A function named `add_literal` in its own section (`.text.add_literal`, as OCaml's
    /// `CamlinternalFormat...add_literal` once named) is code, not a pool. Taken for a pool,
    /// it was moved before its caller while its own literals stayed behind it, out of L32R's
    /// reach (a link error).
    @Test func functionNamedLiteralIsCode() throws {
        let source = """
            .section .literal.main, "ax"
            .p2align 2
        .Lm: .long 0x11111111
            .section .text.main, "ax"
            .global main
            .p2align 2
        main:
            entry a1, 32
            l32r a2, .Lm
            call8 add_literal
            retw
            .section .literal.add_literal, "ax"
            .p2align 2
        .Lx: .long 0x12345678
            .section .text.add_literal, "ax"
            .global add_literal
            .p2align 2
        add_literal:
            entry a1, 32
            l32r a2, .Lx
            retw

        """
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(source, path: "f.S")], layout: .qemu)
        let text = try #require(result.map.sections.first { $0.name == ".text" })
        let order = text.inputs.filter { $0.object == "f.o" }.map(\.section)
        #expect(order == [".literal.main", ".text.main", ".literal.add_literal", ".text.add_literal"])
    }

    @Test func garbageCollectionDropsUnreferencedSections() throws {
        let source = """
            .section .text.main, "ax"
            .global main
            .p2align 2
        main:
            entry a1, 32
            retw
            .section .text.unused, "ax"
            .global unused
            .p2align 2
        unused:
            entry a1, 32
            call8 nowhere
            retw
            .section .data.unused, "aw"
            .long unused

        """
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(source, path: "gc.S")], layout: .qemu)
        let inputs = result.map.sections.flatMap(\.inputs).map(\.section)
        #expect(inputs.contains(".text.main"))
        #expect(!inputs.contains(".text.unused"), "and its undefined reference is not an error")
        #expect(!inputs.contains(".data.unused"))
        #expect(result.map.address(of: "unused") == nil)
        #expect(result.map.discarded.map(\.section) == [".text.unused", ".data.unused"])
        #expect(result.map.text.contains("Discarded"))
    }

    @Test func strongDefinitionWinsOverWeakAndWeakUndefinedIsZero() throws {
        let weak = """
            .text
            .weak value
            .p2align 2
        value:
            .long 1
            .global main
            .p2align 2
        main:
            entry a1, 32
            movi a2, pointers
            retw
            .data
            .weak absent
            .global pointers
        pointers:
            .long value
            .long absent

        """
        let strong = """
            .data
            .global value
        value:
            .long 2

        """
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(weak, path: "weak.S"),
                                      try Objects.assemble(strong, path: "strong.S")], layout: .qemu)
        let value = try #require(result.map.symbols.first { $0.name == "value" })
        #expect(value.object == "strong.o")
        let pointers = try #require(result.map.address(of: "pointers"))
        #expect(Objects.word(at: pointers, in: result.executable) == value.address)
        #expect(Objects.word(at: pointers + 4, in: result.executable) == 0)
    }

    @Test func vectorsLandInTheirSlots() throws {
        let vectors = """
            .section .WindowOverflow8.text, "ax"
            .global _WindowOverflow8
        _WindowOverflow8:
            rfwo
            .section .UserExceptionVector.text, "ax"
            .global _UserExceptionVector
        _UserExceptionVector:
            j main
            .text
            .global main
            .p2align 2
        main:
            entry a1, 32
            retw

        """
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(vectors, path: "v.S")], layout: .qemu)
        #expect(result.map.address(of: "_WindowOverflow8") == MemoryLayout.qemuVectorBase + 0x80)
        #expect(result.map.address(of: "_UserExceptionVector") == MemoryLayout.qemuVectorBase + 0x340)
        #expect(result.map.address(of: "_vecbase") == MemoryLayout.qemuVectorBase)
        #expect(!result.executable.sections.contains { $0.name == ".ResetVector" }, "empty sections are left out")
        guard case .executable(let entry) = result.executable.kind else { Issue.record("not an executable"); return }
        #expect(entry == result.map.address(of: "_start"))
    }

    @Test func layoutSymbolsDescribeTheStack() throws {
        var layout = MemoryLayout.qemu
        layout.stackSize = 4096
        let result = try Linker.link([try Objects.assemble(TestTools.startAssembly, path: "start.S"),
                                      try Objects.assemble(".text\n.global main\nmain:\nentry a1, 32\nmovi a2, buffer\nretw\n.bss\nbuffer:\n.space 100\n", path: "m.S")],
                                     layout: layout)
        let map = result.map
        let guardBlock = try #require(map.address(of: "_stack_guard"))
        #expect(guardBlock % 64 == 0)
        #expect(guardBlock >= map.address(of: "_bss_end")!)
        #expect(map.address(of: "_stack_limit") == guardBlock + 64)
        #expect(map.address(of: "_stack_top")! - map.address(of: "_stack_limit")! >= 4096)
        #expect(map.address(of: "_stack_top")! % 16 == 0)
        #expect(map.text.contains("_stack_top"))
        #expect(map.totals.bss == map.address(of: "_bss_end")! - map.address(of: "_bss_start")!)
        #expect(map.totals.bss >= 100 && map.totals.code > 0)
    }
}
