import Foundation
import KilnTestSupport
import KilnDriver
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

    /// kiln_icount_start/stop bracket the loop; the program reads the frozen count and exit
    /// reports the same number.
    @Test func marksCountOnlyTheBracketedCode() throws {
        let (result, _) = try Harness.runProgram(["count-marks.c"])
        let count = try #require(result.instructionCount)
        #expect(result.stdoutText == "counting\nread \(count)\n")
        #expect(count > 100 && count < 2000)
    }
}
