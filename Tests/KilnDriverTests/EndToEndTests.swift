import Foundation
import KilnDriver
import KilnLinker
import Testing

/// C programs compiled by LLVM's path, linked by Kiln with its startup code, run on QEMU.
@Suite("Programs on QEMU")
struct EndToEndTests {
    @Test func helloPrintsAndReturnsItsExitCode() throws {
        let (result, _) = try Harness.runProgram(["hello.c"])
        #expect(result.stdoutText == "hello from kiln\n")
        #expect(result.stderrText == "")
        #expect(result.status == 42)
    }

    @Test func recursionTenThousandDeepWithEveryCallSize() throws {
        let (result, _) = try Harness.runProgram(["recursion.c", "recursion-call4-call12.S"])
        #expect(result.stdoutText == "call8 10000\ncall4 10000\ncall12 10000\n")
        #expect(result.status == 0)
    }

    @Test func objectsCallEachOther() throws {
        let (result, _) = try Harness.runProgram(["multi-main.c", "multi-lib.c", "multi-asm.S"])
        #expect(result.stdoutText == "objects linked\nsum 4321\napply 145\n")
        #expect(result.status == 7)
    }

    /// Expected output from the same file built for the host with gcc.
    @Test func jumpTablesAndStaticData() throws {
        let (result, _) = try Harness.runProgram(["jump-tables.c"])
        #expect(result.stdoutText == """
            10 20 25 30 50 70 80 90 \nadd 107\nsub 93\nmul 700\ndiv 14\nmod 2\nand 4\nor 103\nxor 99\n? 0\n
            """)
        #expect(result.status == 0)
    }

    /// call8 and call12 to functions 600 KB away (global and static) run through veneers.
    @Test func farCallsRunThroughVeneers() throws {
        let (result, map) = try Harness.runProgram(["far-main.c", "far-calls.S"])
        #expect(result.stdoutText == "153\n")
        #expect(result.status == 0)
        #expect(map.symbols.contains { $0.name == "__kiln_veneer_far_twice" })
    }

    /// Ten far calls whose veneers push each other out of reach (far-cascade.S) all reach
    /// their targets: t<k>(k + 1) = 3(k + 1) + 100 + k, summed for k = 0..9.
    @Test func cascadingFarCallsRunThroughVeneers() throws {
        let (result, map) = try Harness.runProgram(["far-cascade-main.c", "far-cascade.S"])
        let sum = (0..<10).map { (k: Int) -> Int in 3 * (k + 1) + 100 + k }.reduce(0, +)
        #expect(result.stdoutText == "\(sum)\n")
        #expect(result.status == 0)
        #expect(map.symbols.filter { $0.name.hasPrefix("__kiln_veneer_.text.targets") }.count == 10)
    }

    /// LLVM passes stack arguments with MOVSP; after deep recursion has spilled main's
    /// caller, MOVSP raises the alloca exception, which the user vector must handle.
    @Test func stackArgumentsSurviveTheAllocaException() throws {
        let (result, _) = try Harness.runProgram(["stackargs.c"])
        #expect(result.stdoutText == "total 450\n")
        #expect(result.status == 450 & 0xFF)
    }

    /// MOVSP in a function entered by call4, call8 and call12 after its caller's window was
    /// spilled: each branch of the alloca handler (a handler that ignores EXCCAUSE 5 makes
    /// this program fail with "Alloca (EXCCAUSE 5)").
    @Test func allocaExceptionForEveryCallSize() throws {
        let (result, _) = try Harness.runProgram(["alloca.c", "alloca-calls.S"])
        #expect(result.stdoutText == "call4 1020\ncall8 1020\ncall12 1020\n")
        #expect(result.stderrText == "")
        #expect(result.status == 0)
    }

    @Test func exitFromNestedCall() throws {
        let (result, _) = try Harness.runProgram(["exit-nested.c"])
        #expect(result.stdoutText == "exiting\n")
        #expect(result.status == 3)
    }

    struct Fault: Sendable, CustomTestStringConvertible {
        let program: String
        let status: Int32
        let report: String
        /// Whether the reported PC must lie in main (the fault is in main's own code).
        let pcInMain: Bool
        var testDescription: String { program }
    }

    static let faults = [
        Fault(program: "fault-load.c", status: 72,
              report: "kiln: fault: LoadStorePIFAddrError (EXCCAUSE 15) at EPC1 0x", pcInMain: true),
        Fault(program: "fault-illegal.c", status: 71,
              report: "kiln: fault: IllegalInstruction (EXCCAUSE 0) at EPC1 0x", pcInMain: true),
        Fault(program: "fault-divide.c", status: 73,
              report: "kiln: fault: IntegerDivideByZero (EXCCAUSE 6) at EPC1 0x", pcInMain: true),
        Fault(program: "fault-double.c", status: 74,
              report: "kiln: fault: double exception: LoadStorePIFAddrError (EXCCAUSE 15) at EPC1 0x", pcInMain: false),
        Fault(program: "fault-overflow.c", status: 70,
              report: "kiln: fault: stack overflow (store into the stack guard) at PC 0x", pcInMain: false),
    ]

    @Test(arguments: faults)
    func faultIsReportedWithCauseAndPC(_ fault: Fault) throws {
        let extra = fault.program == "fault-double.c" ? ["fault-double-asm.S"] : []
        let (result, map) = try Harness.runProgram([fault.program] + extra)
        #expect(result.stdoutText == "before\n")
        #expect(result.status == fault.status)
        let report = result.stderrText
        #expect(report.hasPrefix(fault.report), "\(report)")
        #expect(report.hasSuffix("\n"))
        let pcText = report.dropFirst(fault.report.count).prefix { $0.isHexDigit }
        let pc = try #require(UInt32(pcText, radix: 16))
        if fault.pcInMain {
            let main = try #require(map.symbols.first { $0.name == "main" })
            #expect(pc >= main.address && pc < main.address + main.size, "PC 0x\(String(pc, radix: 16)) outside main")
        }
        if fault.program == "fault-load.c" { #expect(report.contains("EXCVADDR 0x10000000")) }
        if fault.program == "fault-double.c" {
            // The second fault is a window overflow handler's store below the bad stack.
            let overflow8 = String(format: "%08x", try #require(map.address(of: "_WindowOverflow8")))
            #expect(report.contains("EXCVADDR 0x0ffffff0, DEPC 0x" + overflow8), "\(report)")
        }
        if fault.program == "fault-overflow.c" {
            let guardAddress = try #require(map.address(of: "_stack_guard"))
            #expect(report.contains("stack guard 0x" + String(format: "%08x", guardAddress)))
        }
    }
}
