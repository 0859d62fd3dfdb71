import CLib
import Foundation
import Testing

/// The C library's pure logic built for the host (the `CLib` target) against glibc, the
/// oracle: printf conversions against glibc's snprintf, integer parsing against strtoll and
/// strtoull, rand against glibc's rand, character classes against ctype.h, the string
/// functions against glibc's.
@Suite struct HostLogicTests {
    /// A fixed-seed generator (SplitMix64), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// glibc's text for one conversion: `spec` is everything between % and the letter.
    func glibc(_ spec: String, _ letter: Character, _ argument: CVarArg) -> [UInt8] {
        var buffer = [CChar](repeating: 0, count: 2048)
        let count = withVaList([argument]) { vsnprintf(&buffer, buffer.count, "%" + spec + String(letter), $0) }
        return buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }
    }

    func kiln(_ flags: String, _ width: Int, _ precision: Int, _ letter: Character, value: UInt64,
              string: UnsafePointer<UInt8>? = nil) -> [UInt8] {
        var bits: UInt32 = 0
        for (i, flag) in "-+ #0".enumerated() where flags.contains(flag) { bits |= 1 << UInt32(i) }
        var output: [UInt8] = []
        let known = PrintfConversion.append(letter: UInt8(ascii: letter.unicodeScalars.first!), flags: .init(rawValue: bits),
                                            width: width, precision: precision, value: value, string: string, to: &output)
        #expect(known)
        return output
    }

    @Test func conversionsMatchGlibc() {
        var random = Generator(state: 5)
        let samples = Int(ProcessInfo.processInfo.environment["KILN_CLIB_SAMPLES"] ?? "") ?? 20_000
        var mismatches: [String] = []
        for _ in 0..<samples {
            var flags = ""
            for flag in "-+ #0" where random.below(4) == 0 { flags.append(flag) }
            let width = random.below(3) == 0 ? 0 : random.below(30)
            let precision = random.below(3) == 0 ? -1 : random.below(30)
            let spec = flags + (width > 0 ? String(width) : "") + (precision >= 0 ? "." + String(precision) : "")
            let letter = Array("diuxXoeEfFgGaAcsp")[random.below(17)]
            let expected: [UInt8], actual: [UInt8]
            switch letter {
            case "d", "i":
                let value = Int64(bitPattern: random.next()) >> UInt64(random.below(64))
                expected = glibc(spec + "ll", letter, value)
                actual = kiln(flags, width, precision, letter, value: UInt64(bitPattern: value))
            case "u", "x", "X", "o":
                let value = random.next() >> UInt64(random.below(64))
                expected = glibc(spec + "ll", letter, value)
                actual = kiln(flags, width, precision, letter, value: value)
            case "c":
                let value = Int32(32 + random.below(95))
                expected = glibc(spec, letter, value)
                actual = kiln(flags, width, precision, letter, value: UInt64(value))
            case "s":
                let text = ["", "a", "hello", "Kiln on Xtensa"][random.below(4)]
                expected = text.withCString { glibc(spec, letter, $0) }
                actual = text.withCString { $0.withMemoryRebound(to: UInt8.self, capacity: text.utf8.count + 1) {
                    kiln(flags, width, precision, letter, value: 0, string: $0)
                } }
            case "p":
                let value = random.below(4) == 0 ? 0 : random.next() >> UInt64(random.below(64))
                expected = glibc(spec, letter, Int(bitPattern: UInt(value)))  // a pointer's register, NULL included
                actual = kiln(flags, width, precision, letter, value: value)
            default:
                var bits = random.next()
                if random.below(3) == 0 { bits &= 0x800F_FFFF_FFFF_FFFF | (UInt64(1000 + random.below(100)) << 52) }
                expected = glibc(spec, letter, Double(bitPattern: bits))
                actual = kiln(flags, width, precision, letter, value: bits)
            }
            if actual != expected && mismatches.count < 10 {
                mismatches.append("%\(spec)\(letter): kiln '\(String(decoding: actual, as: UTF8.self))' glibc '\(String(decoding: expected, as: UTF8.self))'")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    @Test func integerParsingMatchesStrtoll() {
        var random = Generator(state: 7)
        let pieces = [" ", "\t", "+", "-", "0", "0x", "0X", "1", "7", "8", "9", "a", "F", "z", "Z", "g", "12345678901234567890",
                      "99999999999", "ffffffffffffffff", "777777777777777777777", ".", "x"]
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.below(6) { text += pieces[random.below(pieces.count)] }
            let base = [0, 2, 8, 10, 16, 36, random.below(37)][random.below(7)]
            guard base != 1 else { continue }
            text.withCString { c in
                c.withMemoryRebound(to: UInt8.self, capacity: text.utf8.count + 1) { u in
                    for signed in [true, false] {
                        errno = 0
                        var end: UnsafeMutablePointer<CChar>? = nil
                        let bits = signed ? UInt64(bitPattern: strtoll(c, &end, Int32(base))) : strtoull(c, &end, Int32(base))
                        let overflow = errno == ERANGE
                        let result = IntegerParsing.parse(u, base: base, bitWidth: 64, signed: signed)
                        #expect(result.bits == bits && result.overflowed == overflow && result.consumed == UnsafePointer(end!) - c,
                                "\(signed ? "strtoll" : "strtoull")(\"\(text)\", \(base))")
                    }
                }
            }
        }
    }

    @Test func randMatchesGlibc() {
        for seed: UInt32 in [0, 1, 2, 42, 12345, 0x8000_0000, .max] {
            srand(seed)
            var generator = GlibcRandom(seed: seed)
            for _ in 0..<2000 { #expect(generator.next() == rand(), "seed \(seed)") }
        }
    }

    @Test func characterClassesMatchGlibc() {
        for c: Int32 in -1...255 {
            let pairs: [(CCharacter.Classes, Int32)] = [
                (.alnum, isalnum(c)), (.alpha, isalpha(c)), (.blank, isblank(c)), (.control, iscntrl(c)),
                (.digit, isdigit(c)), (.graph, isgraph(c)), (.lower, islower(c)), (.punct, ispunct(c)),
                (.space, isspace(c)), (.upper, isupper(c)), (.xdigit, isxdigit(c)),
            ]
            for (set, glibc) in pairs { #expect(CCharacter.isIn(c, set) == (glibc != 0), "class \(set.rawValue) of \(c)") }
            #expect(CCharacter.convertCase(c, toUpper: true) == toupper(c))
            #expect(CCharacter.convertCase(c, toUpper: false) == tolower(c))
        }
    }

    @Test func stringFunctionsMatchGlibc() {
        var random = Generator(state: 11)
        func sign(_ x: Int32) -> Int32 { x > 0 ? 1 : x < 0 ? -1 : 0 }
        for _ in 0..<5000 {
            let alphabet: [UInt8] = [0x61, 0x62, 0x63, 0x20, 0x2C, 0xFF]
            let a = (0..<random.below(8)).map { _ in alphabet[random.below(alphabet.count)] } + [0]
            let b = (0..<random.below(8)).map { _ in alphabet[random.below(alphabet.count)] } + [0]
            let limit = random.below(10)
            a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in
                let x = pa.baseAddress!, y = pb.baseAddress!
                let cx = UnsafeRawPointer(x).assumingMemoryBound(to: CChar.self)
                let cy = UnsafeRawPointer(y).assumingMemoryBound(to: CChar.self)
                #expect(CString.length(x) == strlen(cx))
                #expect(sign(CString.compare(x, y, limit: .max)) == sign(strcmp(cx, cy)))
                #expect(sign(CString.compare(x, y, limit: limit)) == sign(strncmp(cx, cy, limit)))
                let needle = CString.find(y, in: x).map { $0 - x }
                #expect(needle == strstr(cx, cy).map { UnsafePointer($0) - cx })
                #expect(CString.span(x, y, accepting: true) == strspn(cx, cy))
                #expect(CString.span(x, y, accepting: false) == strcspn(cx, cy))
                let c = Int32(alphabet[random.below(alphabet.count)])
                #expect(CString.find(c, in: x, last: false).map { $0 - x } == strchr(cx, c).map { UnsafePointer($0) - cx })
                #expect(CString.find(c, in: x, last: true).map { $0 - x } == strrchr(cx, c).map { UnsafePointer($0) - cx })
            } }
        }
    }

    /// qsort orders (heapsort without scratch memory, merge sort with), the merge sort is
    /// stable, and bsearch finds what is there.
    @Test func sortingOrdersAndFinds() {
        var random = Generator(state: 13)
        for count in [0, 1, 2, 3, 10, 100, 1000] {
            var values = (0..<count).map { _ in Int32(truncatingIfNeeded: random.next() % 500) }
            let expected = values.sorted()
            let compare: Sorting.Comparison = { a, b in
                let x = a!.load(as: Int32.self), y = b!.load(as: Int32.self)
                return x < y ? -1 : x > y ? 1 : 0
            }
            var heap = values
            heap.withUnsafeMutableBytes { Sorting.sort($0.baseAddress!, count: count, size: 4, scratch: nil, by: compare) }
            #expect(heap == expected)
            // Stability: sort (key, original index) pairs by key only; the merge sort must
            // keep equal keys in their original order, as Swift's stable sort does.
            var pairs: [Int32] = []
            for (index, value) in values.enumerated() { pairs += [value % 7, Int32(index)] }
            let keyed: [(key: Int32, index: Int32)] = stride(from: 0, to: pairs.count, by: 2).map { (pairs[$0], pairs[$0 + 1]) }
            let stable: [Int32] = keyed.sorted { $0.key < $1.key }.map(\.index)
            let scratch = UnsafeMutableRawPointer.allocate(byteCount: max(8 * count, 1), alignment: 4)
            defer { scratch.deallocate() }
            pairs.withUnsafeMutableBytes { Sorting.sort($0.baseAddress!, count: count, size: 8, scratch: scratch, by: compare) }
            let indices: [Int32] = stride(from: 1, to: pairs.count, by: 2).map { pairs[$0] }
            #expect(indices == stable)
            values.withUnsafeMutableBytes { Sorting.sort($0.baseAddress!, count: count, size: 4, scratch: scratch, by: compare) }
            #expect(values == expected)
            for key: Int32 in [-1, 0, 250, 499, 500] {
                var k = key
                let found = values.withUnsafeBytes { buffer in
                    Sorting.search(&k, buffer.baseAddress!, count: count, size: 4, by: compare)?.load(as: Int32.self)
                }
                #expect(found == (values.contains(key) ? key : nil))
            }
        }
    }
}
