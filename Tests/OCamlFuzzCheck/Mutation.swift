import OCamlFrontend
import SoftFloatCheck

/// The ways a fuzz case damages a real executable. Each aims at a part with structure:
/// the trailer and table of contents, a section's body, or anywhere in the file.
public enum Mutation: String, CaseIterable, Sendable {
    /// A few bits flipped.
    case bitFlips
    /// A few bytes overwritten with random values.
    case byteOverwrite
    /// An extreme 32-bit value (0, -1, 2^31...) in either byte order: counts and sizes.
    case extremeWord
    /// The file cut short (the trailer moves, so mostly the trailer checks run).
    case truncation
    /// A slice cut out of a region (everything after it shifts).
    case cutSlice
    /// Random bytes inserted into a region.
    case insertedGarbage
    /// The section count, a section name or a section length in the table of contents.
    case tableOfContents
    /// The bodies of two sections exchanged, the table of contents adjusted to match: each
    /// name then labels the other's contents, at a consistent layout.
    case swappedSections

    /// The mutations that need no knowledge of the file's format (`apply(to:in:)`).
    public static let formatFree: [Mutation] = [.bitFlips, .byteOverwrite, .extremeWord, .truncation, .cutSlice, .insertedGarbage]

    /// `bytes` (whose sections are `file`'s) damaged in this way.
    public func apply(to bytes: [UInt8], _ file: ExecutableFile, _ random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        let sections = file.sections.filter { $0.length > 0 }
        let regions: [Range<Int>] = [file.tableOfContentsOffset..<bytes.count]
            + sections.map { $0.offset..<$0.offset + $0.length } + [0..<bytes.count]
        let region = regions[random.below(regions.count)]
        switch self {
        case .bitFlips, .byteOverwrite, .extremeWord, .truncation, .cutSlice, .insertedGarbage:
            return apply(to: bytes, in: region, &random)
        case .tableOfContents:
            let count = file.sections.count
            // Entry i is 8 bytes at tableOfContentsOffset + 8i; the count sits 16 bytes from the end.
            let choice = random.below(count + 1)
            let at = choice == count ? bytes.count - 16 : file.tableOfContentsOffset + 8 * choice + (random.coin() ? 0 : 4)
            if random.coin() {
                Self.putWord(&bytes, at: at, &random)
            } else {
                let word = Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
                let changed = UInt32(truncatingIfNeeded: word + [-1, 1, -4, 4, -64, 64][random.below(6)])
                for index in 0..<4 { bytes[at + index] = UInt8(truncatingIfNeeded: changed >> (24 - 8 * index)) }
            }
        case .swappedSections:
            guard file.sections.count >= 2 else { return bytes }
            var order = Array(file.sections.indices)
            let first = random.below(order.count)
            let second = (first + 1 + random.below(order.count - 1)) % order.count
            order.swapAt(first, second)
            // Bodies in the new order, then each entry keeps its name but takes the length of
            // the body now at its place.
            let start = file.sections[0].offset
            var rebuilt = Array(bytes[..<start])
            for index in order { rebuilt += file.body(file.sections[index]) }
            var toc = Array(bytes[file.tableOfContentsOffset...])
            for (slot, index) in order.enumerated() {
                let length = UInt32(file.sections[index].length)
                for byte in 0..<4 { toc[8 * slot + 4 + byte] = UInt8(truncatingIfNeeded: length >> (24 - 8 * byte)) }
            }
            return rebuilt + toc
        }
        return bytes
    }

    /// `bytes` damaged in this format-free way (`formatFree`) somewhere in `region` (the
    /// whole file for `truncation`); an extreme word goes in either byte order.
    public func apply(to bytes: [UInt8], in region: Range<Int>, _ random: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        func anywhere() -> Int { region.lowerBound + random.below(max(1, region.count)) }
        switch self {
        case .bitFlips:
            for _ in 0...random.below(4) { bytes[anywhere()] ^= UInt8(1 << random.below(8)) }
        case .byteOverwrite:
            for _ in 0...random.below(4) { bytes[anywhere()] = UInt8(random.below(256)) }
        case .extremeWord:
            Self.putWord(&bytes, at: region.lowerBound + random.below(max(1, region.count - 3)), &random)
        case .truncation:
            bytes.removeLast(1 + random.below(bytes.count))
        case .cutSlice:
            let start = anywhere()
            bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(64)))
        case .insertedGarbage:
            let garbage = (0...random.below(32)).map { _ in UInt8(random.below(256)) }
            bytes.insert(contentsOf: garbage, at: anywhere())
        case .tableOfContents, .swappedSections:
            preconditionFailure("\(self) needs the file's table of contents")
        }
        return bytes
    }

    private static func putWord(_ bytes: inout [UInt8], at offset: Int, _ random: inout SplitMix64) {
        let values: [UInt32] = [0, 1, 0xFF, 0xFFFF, 0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, UInt32(truncatingIfNeeded: random.next())]
        let value = values[random.below(values.count)]
        let bigEndian = random.coin()
        for index in 0..<4 where offset + index < bytes.count {
            bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * (bigEndian ? 3 - index : index)))
        }
    }
}
