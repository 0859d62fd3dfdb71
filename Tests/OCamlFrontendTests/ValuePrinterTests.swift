import OCamlFrontend
import Testing

/// The constant printer needs no native stack for deep values and stops on cyclic ones.
@Suite struct ValuePrinterTests {
    /// A marshalled list of `count` integers, as output_value writes `[0; 1; ...]`.
    static func list(_ count: Int) throws -> MarshalledValue {
        // Each cell: a small block header (tag 0, size 2), the element, then the next cell.
        var data: [UInt8] = []
        for index in 0..<count { data += [0xA0, 0x02] + Synthetic.u32be(index) }
        data += [0x40]
        return try MarshalledValue(bytes: Synthetic.marshal(data, objects: count, words: 3 * count))
    }

    @Test func deepListsPrintWhole() throws {
        let value = try Self.list(20_000)  // 40,001 values, within the default budget
        let text = ValuePrinter(value).text(value.root)
        #expect(text.hasPrefix("<0>(0, <0>(1, <0>(2, "))
        #expect(text.hasSuffix("19999, 0" + String(repeating: ")", count: 20_000)))
    }

    @Test func cyclesStopAtTheBudget() throws {
        // A block whose field is itself: SHARED8 1 refers to the block being read.
        let value = try MarshalledValue(bytes: Synthetic.marshal([0x90, 0x04, 0x01], objects: 1, words: 2))
        var printer = ValuePrinter(value)
        printer.nodeLimit = 10
        #expect(printer.text(value.root) == String(repeating: "<0>(", count: 10) + "..." )
    }
}
