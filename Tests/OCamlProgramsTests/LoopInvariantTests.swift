import Foundation
import KilnTestSupport
import OCamlFrontend
@testable import OCamlLowering
import Testing

/// What LLVM can keep out of a loop of lowered OCaml code (MemoryTag.swift, `boundsChecked`):
/// the module as Kiln lowers it, optimised by opt-22 with `kiln build`'s pipeline.
@Suite struct LoopInvariantTests {
    /// `Bytes.set` in a loop (of a function LLVM does not inline: called twice, recursive;
    /// storing a value that varies, not a memset): the frame, the block, its length (header and padding byte) are
    /// loaded once before the loop. The block that stores the byte loads nothing and calls
    /// nothing (without the alias tags every store might overwrite them; with a call on the
    /// bounds check's other side, that call would).
    @Test func byteStoreLoopLoadsNothing() throws {
        let body = try Self.optimisedLastRecursiveFunction("""
            let rec fill b n = for j = 0 to n - 1 do Bytes.set b j (Char.unsafe_chr (j + n)) done; if n > 0 then (fill b (n - 1); fill b (n - 1))
            let () = let b = Bytes.make 10 ' ' in fill b 10; fill b 3; print_string (Bytes.to_string b)
            """)
        let loop = try #require(Self.loopBlocks(of: body, containing: "store i8"), "\(body)")
        #expect(!loop.isEmpty)
        for block in loop {
            #expect(!block.contains(" load "), "\(block)")
            #expect(!block.contains("call "), "\(block)")
        }
    }

    /// The blocks of the shortest cycle through the block whose text contains `needle` (the
    /// innermost loop; successors from the `label %name` operands), found breadth first.
    static func loopBlocks(of function: String, containing needle: String) -> [String]? {
        var blocks: [String: String] = [:]
        for text in function.components(separatedBy: "\n\n").dropFirst() {
            guard let name = text.split(separator: ":").first.map(String.init) else { continue }
            blocks[name] = text
        }
        let successors = blocks.mapValues { text in
            text.components(separatedBy: "label %").dropFirst().map { String($0.prefix { $0 != "," && $0 != " " && $0 != "]" && $0 != "\n" }) }
        }
        guard let start = blocks.first(where: { $0.value.contains(needle) })?.key else { return nil }
        var parent: [String: String] = [:], queue = [start]
        while !queue.isEmpty {
            let block = queue.removeFirst()
            for next in successors[block] ?? [] {
                if next == start {
                    var cycle = [block]
                    while let previous = parent[cycle.last!] { cycle.append(previous) }
                    return cycle.map { blocks[$0]! }
                }
                if parent[next] == nil { parent[next] = block; queue.append(next) }
            }
        }
        return nil
    }

    /// The optimised text of the last recursive function of `source`.
    static func optimisedLastRecursiveFunction(_ source: String) throws -> String {
        let dir = try TestTools.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let program = try RootFrameTests.compile(source, in: dir)
        let ir = dir.appendingPathComponent("program.ll")
        try ProgramLowering.lower(program).text.write(to: ir, atomically: true, encoding: .utf8)
        let optimised = try TestTools.run("opt-22", ["-passes=default<O2>", "-S", ir.path, "-o", "-"])
        try #require(optimised.status == 0, "\(optimised.stderr)")
        let text = optimised.stdout
        let start = try #require(text.range(of: "@caml_fun_\(try RootFrameTests.lastRecursiveEntry(program))(i32 %env"))
        let end = try #require(text.range(of: "\n}", range: start.upperBound..<text.endIndex))
        return String(text[start.lowerBound..<end.upperBound])
    }
}
