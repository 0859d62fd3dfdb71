import Foundation
import KilnTestSupport
@testable import KilnDriver
import Testing

/// `kiln run --count`: exact instruction counts from ICOUNT.
@Suite("Instruction counts")
struct CountTests {
    @Test func sameCountOnFiveRuns() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (elf, _) = try Harness.firmware(["count-loop.c"], defines: ["N=1000"], in: dir)
        let counts = try (0..<5).map { _ in try QEMURunner.run(elf: elf, timeout: 20).instructionCount }
        #expect(counts[0] != nil)
        #expect(Set(counts).count == 1, "\(counts)")
    }

    @Test func countGrowsLinearlyWithLoopLength() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var counts: [Int: Int] = [:]
        for n in [10, 100, 1000, 10000] {
            let (elf, _) = try Harness.firmware(["count-loop.c"], defines: ["N=\(n)"], in: dir)
            counts[n] = Int(try #require(try QEMURunner.run(elf: elf, timeout: 20).instructionCount))
        }
        let perIteration = (counts[100]! - counts[10]!) / 90
        #expect(perIteration > 0)
        #expect(counts[100]! - counts[10]! == 90 * perIteration)
        #expect(counts[1000]! - counts[100]! == 900 * perIteration)
        #expect(counts[10000]! - counts[1000]! == 9000 * perIteration)
    }

    /// Counts past 32 bits: started 256 instructions below ICOUNT's wrap, the same program
    /// reports the same count (the debug exception at the wrap is counted for, not crashed on).
    @Test func countCrossesTheThirtyTwoBitWrap() throws {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (plain, _) = try Harness.firmware(["count-loop.c"], defines: ["N=1000"], in: dir)
        let expected = try #require(try QEMURunner.run(elf: plain, timeout: 20).instructionCount)
        let (wrapping, _) = try Harness.firmware(["count-loop.c"], defines: ["N=1000", "ORIGIN=0xFFFFFF00u"], in: dir)
        let result = try QEMURunner.run(elf: wrapping, timeout: 20)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.instructionCount == expected)
    }

    /// The count line's two forms: `N`, and `LO HI` for counts of 2^32 and more.
    @Test func countLineCarriesSixtyFourBits() {
        var filter = CountLineFilter()
        #expect(filter.feed(Array("out\nkiln-icount 7 2\n".utf8)) == Array("out\n".utf8))
        #expect(filter.count == 7 + (2 << 32))
        _ = filter.feed(Array("kiln-icount 4294967295\n".utf8))
        #expect(filter.count == 4_294_967_295)
    }

    /// kiln_icount_start/stop bracket the loop; the program reads the frozen count and exit
    /// reports the same number.
    @Test func marksCountOnlyTheBracketedCode() throws {
        let (result, _) = try Harness.runProgram(["count-marks.c"])
        let count = try #require(result.instructionCount)
        #expect(result.stdoutText == "counting\nread \(count)\n")
        #expect(count > 100 && count < 2000)
    }
}
